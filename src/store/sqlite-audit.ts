/**
 * AuditStore over SQLite. Appends run on the raw better-sqlite3 connection,
 * synchronously, inside one `BEGIN IMMEDIATE` transaction taken while holding
 * Kysely's connection (so no Kysely transaction of this process is open
 * around it): the write lock is taken before audit_state is read, so two
 * processes appending to one file serialise instead of both claiming the
 * same indexes. Reads page through the table in chunks so a million-row scan
 * never holds the connection (or memory) for long.
 */
import type Database from "better-sqlite3";
import type { Kysely } from "kysely";
import type { AuditScanOptions, AuditSigningKeyRecord, AuditStore, StoredAuditEvent } from "../audit/audit-store.js";
import type { AuditEventInput } from "../audit/log.js";
import { EMPTY_ROOT, type Frontier, hashLeafUtf8 } from "../audit/merkle.js";
import { type CheckpointRow, type EventRow, eventBody, restoreState, SCAN_CHUNK, type StateRow, saveFrontier, toCheckpoint, toEvent } from "./audit-rows.js";
import type { Tables } from "./migrations/index.js";

const COLUMNS = "idx, at, tenant_id, kind, body, leaf_hash";

export type SqliteAuditStore = AuditStore & {
  /** The raw connection, for statements that must share an append's transaction. */
  readonly raw: Database.Database;
  /**
   * Appends inside a write transaction the caller already holds on the raw
   * connection (the admin events' mirror uses it to write both in one).
   */
  appendWithin(events: readonly AuditEventInput[]): { size: number; root: Buffer };
  /** Runs `fn` in one BEGIN IMMEDIATE transaction on the raw connection, holding Kysely's connection meanwhile. */
  writeTransaction<T>(fn: () => T): Promise<T>;
  /** Like scan, a chunk of rows at a time (fewer promises for a million rows). */
  scanChunks(options?: AuditScanOptions): AsyncIterable<StoredAuditEvent[]>;
};

export function sqliteAuditStore(db: Kysely<Tables>, raw: Database.Database): SqliteAuditStore {
  // Prepared at first use: the store is built before migrations have created the tables.
  let prepared: ReturnType<typeof prepare> | undefined;
  const prepare = () => ({
    state: raw.prepare<[], StateRow>("SELECT size, frontier, root FROM audit_state WHERE id = 1"),
    putState: raw.prepare(
      "INSERT INTO audit_state (id, size, frontier, root) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET size = excluded.size, frontier = excluded.frontier, root = excluded.root",
    ),
    insert: raw.prepare("INSERT INTO audit_events (idx, at, tenant_id, kind, body, leaf_hash) VALUES (?, ?, ?, ?, ?, ?)"),
    get: raw.prepare<[number], EventRow>(`SELECT ${COLUMNS} FROM audit_events WHERE idx = ?`),
    leafHashes: raw.prepare<[number, number], Buffer>("SELECT leaf_hash FROM audit_events WHERE idx >= ? AND idx < ? ORDER BY idx").pluck(),
    checkpointAt: raw.prepare<[number], CheckpointRow>("SELECT size, root, at, note FROM audit_checkpoints WHERE size = ?"),
    latestCheckpoint: raw.prepare<[], CheckpointRow>("SELECT size, root, at, note FROM audit_checkpoints ORDER BY size DESC LIMIT 1"),
    checkpoints: raw.prepare<[number, number], CheckpointRow>("SELECT size, root, at, note FROM audit_checkpoints WHERE size > ? ORDER BY size LIMIT ?"),
    insertCheckpoint: raw.prepare("INSERT INTO audit_checkpoints (size, root, at, note) VALUES (?, ?, ?, ?)"),
    updateNote: raw.prepare("UPDATE audit_checkpoints SET note = ? WHERE size = ?"),
    signingKey: raw.prepare<[], { name: string; verifier_key: string; private_sealed: string }>(
      "SELECT name, verifier_key, private_sealed FROM audit_signing_key WHERE id = 1",
    ),
    setSigningKey: raw.prepare("INSERT INTO audit_signing_key (id, name, verifier_key, private_sealed) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
    sinkCursor: raw.prepare<[string], number>("SELECT next_idx FROM audit_sink_cursors WHERE name = ?").pluck(),
    setSinkCursor: raw.prepare(
      "INSERT INTO audit_sink_cursors (name, next_idx) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET next_idx = excluded.next_idx",
    ),
  });
  const st = () => (prepared ??= prepare());
  const scanStatements = new Map<string, Database.Statement<unknown[], EventRow>>();

  const readState = (): { size: number; frontier: Frontier; root: Buffer } => restoreState(st().state.get());

  const appendWithin = (events: readonly AuditEventInput[]): { size: number; root: Buffer } => {
    const s = st();
    const { size, frontier } = readState();
    const now = new Date().toISOString();
    let idx = size;
    for (const e of events) {
      const { text, at } = eventBody(e, idx, now);
      const leaf = hashLeafUtf8(text);
      s.insert.run(idx, at, e.tenant, e.kind, text, leaf);
      frontier.append(leaf);
      idx++;
    }
    const root = frontier.root();
    s.putState.run(idx, saveFrontier(frontier), root);
    return { size: idx, root };
  };

  const writeTransaction = <T>(fn: () => T): Promise<T> =>
    db.connection().execute(async () => {
      if (raw.inTransaction) throw new Error("audit: a write transaction is already open on this connection");
      return raw.transaction(fn).immediate();
    });

  async function* scanChunks(options: AuditScanOptions = {}): AsyncGenerator<StoredAuditEvent[]> {
    const conds = ["idx >= ?", "idx < ?"];
    const params: (string | number)[] = [];
    if (options.since !== undefined) {
      conds.push("at >= ?");
      params.push(options.since);
    }
    if (options.until !== undefined) {
      conds.push("at < ?");
      params.push(options.until);
    }
    if (options.tenantId !== undefined) {
      conds.push("tenant_id = ?");
      params.push(options.tenantId);
    }
    const sql = `SELECT ${COLUMNS} FROM audit_events WHERE ${conds.join(" AND ")} ORDER BY idx LIMIT ${SCAN_CHUNK}`;
    let stmt = scanStatements.get(sql);
    if (!stmt) {
      stmt = raw.prepare<unknown[], EventRow>(sql);
      scanStatements.set(sql, stmt);
    }
    let next = options.from ?? 0;
    const to = options.to ?? Number.MAX_SAFE_INTEGER;
    for (;;) {
      const rows = stmt.all(next, to, ...params);
      if (rows.length) yield rows.map(toEvent);
      if (rows.length < SCAN_CHUNK) return;
      next = rows[rows.length - 1]!.idx + 1;
    }
  }

  return {
    raw,
    append: (events) => (events.length === 0 ? Promise.resolve(readState()).then(({ size, root }) => ({ size, root })) : writeTransaction(() => appendWithin(events))),
    appendWithin,
    writeTransaction,
    state: async () => {
      const row = st().state.get();
      return row ? { size: Number(row.size), root: row.root } : { size: 0, root: EMPTY_ROOT };
    },
    scanChunks,
    scan: async function* (options?: AuditScanOptions) {
      for await (const chunk of scanChunks(options)) yield* chunk;
    },
    list: async (tenantId, options = {}) => {
      const conds = ["tenant_id = ?", "idx > ?"];
      const params: (string | number)[] = [tenantId, options.after ?? -1];
      if (options.kind !== undefined) {
        conds.push("kind = ?");
        params.push(options.kind);
      }
      const limit = Math.max(0, Math.min(options.limit ?? 1000, 10_000));
      return raw
        .prepare<unknown[], EventRow>(`SELECT ${COLUMNS} FROM audit_events WHERE ${conds.join(" AND ")} ORDER BY idx LIMIT ${limit}`)
        .all(...params)
        .map(toEvent);
    },
    get: async (idx) => {
      const r = st().get.get(idx);
      return r ? toEvent(r) : undefined;
    },
    leafHashes: async (from, to) => st().leafHashes.all(from, to),
    addCheckpoint: async (cp) => {
      await writeTransaction(() => {
        const s = st();
        const existing = s.checkpointAt.get(cp.size);
        if (!existing) s.insertCheckpoint.run(cp.size, cp.root, cp.at, cp.note);
        else if (Buffer.compare(existing.root, cp.root) === 0) s.updateNote.run(cp.note, cp.size);
        else throw new Error(`audit: a checkpoint of size ${cp.size} with another root is already stored`);
      });
    },
    checkpoints: async (options = {}) => st().checkpoints.all(options.after ?? -1, options.limit ?? 1000).map(toCheckpoint),
    latestCheckpoint: async () => {
      const r = st().latestCheckpoint.get();
      return r ? toCheckpoint(r) : undefined;
    },
    checkpointAt: async (size) => {
      const r = st().checkpointAt.get(size);
      return r ? toCheckpoint(r) : undefined;
    },
    signingKey: async (): Promise<AuditSigningKeyRecord | undefined> => {
      const r = st().signingKey.get();
      return r ? { name: r.name, verifierKey: r.verifier_key, privateSealed: r.private_sealed } : undefined;
    },
    setSigningKey: async (k) => {
      st().setSigningKey.run(k.name, k.verifierKey, k.privateSealed);
    },
    sinkCursor: async (name) => Number(st().sinkCursor.get(name) ?? 0),
    setSinkCursor: async (name, nextIdx) => {
      st().setSinkCursor.run(name, nextIdx);
    },
  };
}
