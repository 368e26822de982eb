/**
 * Guard inspection off the event loop. Inspecting a megabyte of adversarial
 * text costs about a second of CPU however linear the engine is; on the
 * gateway's one thread that second would stall every other request and
 * /healthz. Large texts are inspected here instead, on a few worker
 * threads, and the main thread only hands the texts over and takes the
 * verdict back (structured clones of strings: a memcpy).
 *
 * Fail closed: a job waits in a bounded queue (full: GuardPoolError
 * "guard_overloaded") and has a time budget from the moment it is queued
 * (exceeded: "guard_timeout"; a worker still busy with it is terminated and
 * replaced, since synchronous detector code cannot be interrupted). The
 * caller turns both into a 503; nothing is forwarded uninspected.
 */
import { Worker } from "node:worker_threads";
import type { GuardConfig } from "../config/guard-schema.js";
import type { Direction, GuardResult, TextField } from "./engine.js";
import type { PseudonymState } from "./pseudonyms.js";

export interface PoolJob {
  id: number;
  profile: string;
  direction: Direction;
  fields: TextField[];
  except: readonly string[] | undefined;
  conversations: readonly (readonly number[])[] | undefined;
  /** Responses: the request's distinctive tokens (a Set survives structured cloning). */
  conversation?: ReadonlySet<string> | undefined;
  /** Responses: the request's system prompt, whose leak the worker's guard looks for. */
  systemPrompt: string | undefined;
  pseudonyms: PseudonymState;
}

export type PoolReply = { id: number; ok: true; result: GuardResult; pseudonyms: PseudonymState } | { id: number; ok: false; message: string };

export interface PoolOptions {
  size: number;
  /** Jobs waiting for a worker, beyond the ones running. */
  queue: number;
  /** Milliseconds from queueing to verdict. */
  timeoutMs: number;
}

export type PoolFailure = "guard_overloaded" | "guard_timeout" | "guard_failed";

export class GuardPoolError extends Error {
  constructor(
    readonly code: PoolFailure,
    message: string,
  ) {
    super(message);
  }
}

// From dist/ the worker is the compiled .js; from src/ under tsx (tests, dev) the .ts file, with
// tsx's loader registered first by a tiny ESM entry (a worker does not inherit loader hooks).
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const WORKER_FILE = new URL(`./pool-worker${FROM_SOURCE ? ".ts" : ".js"}`, import.meta.url);
const WORKER_ENTRY = FROM_SOURCE
  ? new URL(
      `data:text/javascript,${encodeURIComponent(`const { register } = await import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}); register(); await import(${JSON.stringify(WORKER_FILE.href)});`)}`,
    )
  : WORKER_FILE;

interface Job {
  job: PoolJob;
  resolve(r: { result: GuardResult; pseudonyms: PseudonymState }): void;
  reject(err: GuardPoolError): void;
  timer: NodeJS.Timeout;
  slot: Slot | undefined;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | undefined;
}

export class GuardPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly guard: GuardConfig,
    private readonly opts: PoolOptions,
  ) {}

  /** Inspects in a worker; rejects with a GuardPoolError when the pool is full, the budget is spent or the worker fails. */
  inspect(job: Omit<PoolJob, "id">): Promise<{ result: GuardResult; pseudonyms: PseudonymState }> {
    if (this.closed) return Promise.reject(new GuardPoolError("guard_failed", "The guard is shutting down."));
    const busy = this.slots.filter((s) => s.job).length;
    if (busy + this.waiting.length >= this.opts.size + this.opts.queue) {
      return Promise.reject(new GuardPoolError("guard_overloaded", "The guard is inspecting as many large requests as it can; try again shortly."));
    }
    return new Promise((resolve, reject) => {
      const j: Job = { job: { ...job, id: this.nextId++ }, resolve, reject, slot: undefined, timer: undefined as unknown as NodeJS.Timeout };
      j.timer = setTimeout(() => this.expire(j), this.opts.timeoutMs);
      this.waiting.push(j);
      this.dispatch();
    });
  }

  /** Ends every job (refused: the caller answers 503) and stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.waiting.splice(0)) this.fail(j, new GuardPoolError("guard_failed", "The guard is shutting down."));
    const slots = this.slots.splice(0);
    for (const s of slots) if (s.job) this.fail(s.job, new GuardPoolError("guard_failed", "The guard is shutting down."));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = this.slots.find((s) => s.ready && !s.job);
      if (!slot) {
        // Workers start on first use (a gateway that never sees a large text runs none) and after a termination.
        if (this.slots.length < this.opts.size) this.slots.push(this.start());
        return;
      }
      const j = this.waiting.shift()!;
      j.slot = slot;
      slot.job = j;
      slot.worker.ref();
      slot.worker.postMessage(j.job);
    }
  }

  private start(): Slot {
    // No inherited flags: under `node --test` they would make the worker a test runner of its own.
    const worker = new Worker(WORKER_ENTRY, { workerData: { guard: this.guard }, execArgv: [] });
    const slot: Slot = { worker, ready: false, job: undefined };
    worker.unref();
    worker.on("message", (m: PoolReply | { ready: true }) => {
      if ("ready" in m) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const j = slot.job;
      if (!j || j.job.id !== m.id) return;
      slot.job = undefined;
      worker.unref();
      clearTimeout(j.timer);
      if (m.ok) j.resolve({ result: m.result, pseudonyms: m.pseudonyms });
      else j.reject(new GuardPoolError("guard_failed", "The guard failed to inspect the request."));
      this.dispatch();
    });
    const gone = () => {
      const i = this.slots.indexOf(slot);
      if (i === -1) return; // replaced or closed already
      this.slots.splice(i, 1);
      if (slot.job) this.fail(slot.job, new GuardPoolError("guard_failed", "The guard failed to inspect the request."));
      if (!this.closed) this.dispatch();
    };
    worker.on("error", gone);
    worker.on("exit", gone);
    return slot;
  }

  /** The budget is spent: a waiting job leaves the queue; a running one takes its worker with it. */
  private expire(j: Job): void {
    const message = `The guard did not finish inspecting within ${this.opts.timeoutMs} ms; the request is refused.`;
    const queued = this.waiting.indexOf(j);
    if (queued !== -1) this.waiting.splice(queued, 1);
    const slot = j.slot;
    if (slot && slot.job === j) {
      slot.job = undefined;
      const i = this.slots.indexOf(slot);
      if (i !== -1) this.slots.splice(i, 1);
      void slot.worker.terminate();
    }
    j.reject(new GuardPoolError("guard_timeout", message));
    if (!this.closed) this.dispatch();
  }

  private fail(j: Job, err: GuardPoolError): void {
    clearTimeout(j.timer);
    j.reject(err);
  }
}
