/**
 * The audit writer's thread (see sqlite-audit-thread.ts): its own connection
 * to the database file, appending each batch it is sent exactly as the main
 * thread's store would (sqlite-audit.ts: one BEGIN IMMEDIATE transaction that
 * reads the tree state, canonicalises, hashes and inserts), and answering with
 * the new size and root or the error.
 */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { AuditEventInput } from "../audit/log.js";
import { sqliteAuditStore } from "./sqlite-audit.js";
import { configureConnection } from "./sqlite-connection.js";

export interface AppendRequest {
  id: number;
  events: readonly AuditEventInput[];
}
export type AppendReply = { id: number; ok: true; size: number; root: Uint8Array } | { id: number; ok: false; name: string; message: string };

const port = parentPort;
if (!port) throw new Error("sqlite-audit-worker runs as a worker thread");
const raw = new Database((workerData as { file: string }).file, { fileMustExist: true });
configureConnection(raw);
const store = sqliteAuditStore(new Kysely({ dialect: new SqliteDialect({ database: raw }) }), raw);

// One batch at a time: the main thread's AuditLog never has two appends in flight.
port.on("message", (m: AppendRequest | "close") => {
  if (m === "close") {
    raw.close();
    port.close();
    return;
  }
  store.append(m.events).then(
    (r) => port.postMessage({ id: m.id, ok: true, size: r.size, root: r.root } satisfies AppendReply),
    (err: unknown) => {
      const e = err instanceof Error ? err : new Error(String(err));
      port.postMessage({ id: m.id, ok: false, name: e.name, message: e.message } satisfies AppendReply);
    },
  );
});
