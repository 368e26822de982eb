/**
 * Audit appends on a thread of their own. Canonicalising (JCS), hashing and
 * inserting an event costs tens of microseconds; on the gateway's one busy
 * thread that came to ~40% of its throughput (bench/audit-gateway.ts). Here
 * the main thread only hands each batch over (a structured clone), and a
 * worker with its own connection to the same file appends it in the same
 * cross-process-safe transaction the main thread's store uses, so batches,
 * admin events mirrored by the main thread and other processes' appends
 * still serialise on SQLite's write lock and never claim the same index.
 *
 * If the worker dies, pending and later appends fail (the AuditLog then fails
 * closed and retries); the next append starts a new worker.
 */
import { Worker } from "node:worker_threads";
import type { AuditStore } from "../audit/audit-store.js";
import { CanonicalJsonError } from "../audit/jcs.js";
import type { AuditEventInput } from "../audit/log.js";
import type { AppendReply, AppendRequest } from "./sqlite-audit-worker.js";

interface Pending {
  resolve(r: { size: number; root: Buffer }): void;
  reject(err: Error): void;
}

// From dist/ the worker is the compiled .js. From src/ under tsx (tests, dev) it is the .ts
// file, and a worker does not inherit tsx's loader hooks: a tiny ESM entry registers them first.
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const WORKER_FILE = new URL(`./sqlite-audit-worker${FROM_SOURCE ? ".ts" : ".js"}`, import.meta.url);
const WORKER_ENTRY = FROM_SOURCE
  ? new URL(
      `data:text/javascript,${encodeURIComponent(`const { register } = await import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}); register(); await import(${JSON.stringify(WORKER_FILE.href)});`)}`,
    )
  : WORKER_FILE;

export class SqliteAuditThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly file: string) {}

  /** Appends in the worker; rejects as the main thread's store would (CanonicalJsonError for a bad event). */
  append(events: readonly AuditEventInput[]): Promise<{ size: number; root: Buffer }> {
    if (this.closed) return Promise.reject(new Error("audit writer thread closed"));
    this.worker ??= this.start();
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Referenced only while an append is pending: an idle writer keeps no process alive.
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, events } satisfies AppendRequest);
    });
  }

  /** Lets the worker finish what it was sent, then stops it. */
  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    if (!w) return;
    await new Promise<void>((resolve) => {
      w.once("exit", () => resolve());
      w.ref(); // wait for it, even with nothing else left to keep the process up
      w.postMessage("close");
    });
  }

  private start(): Worker {
    // No inherited flags: under `node --test` they would make the worker a test runner of its own.
    const w = new Worker(WORKER_ENTRY, { workerData: { file: this.file }, execArgv: [] });
    w.unref();
    w.on("message", (m: AppendReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) w.unref();
      if (m.ok) p.resolve({ size: m.size, root: Buffer.from(m.root) });
      else p.reject(m.name === "CanonicalJsonError" ? new CanonicalJsonError(m.message) : new Error(m.message));
    });
    const fail = (err: Error) => {
      if (this.worker === w) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    w.on("error", (err) => fail(new Error(`audit writer thread failed: ${err.message}`)));
    w.on("exit", (code) => fail(new Error(`audit writer thread exited (${code})`)));
    return w;
  }
}

/** The store with its appends made by `thread`; reads stay on the caller's connection. */
export function withThreadAppends(store: AuditStore, thread: SqliteAuditThread): AuditStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === "append") return (events: readonly AuditEventInput[]) => thread.append(events);
      const v = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}
