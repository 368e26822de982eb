/**
 * AuditStore over PostgreSQL (Kysely, pg pool). An append is one transaction
 * that first locks audit_state's one row (SELECT … FOR UPDATE), then reads
 * the tree's state, inserts the events and saves the new state: appends from
 * any number of processes or nodes queue on that row lock and never claim the
 * same index (the primary key on idx would refuse a duplicate anyway). Under
 * READ COMMITTED, a FOR UPDATE that waited returns the row as its holder
 * committed it, so the next append continues from there. Reads page through
 * the table in chunks: bounded memory for a million-row scan.
 */
import { type Kysely, sql, type Transaction } from "kysely";
import type { AuditScanOptions, AuditStore, StoredAuditEvent } from "../audit/audit-store.js";
import type { AuditEventInput } from "../audit/log.js";
import { EMPTY_ROOT, hashLeafUtf8 } from "../audit/merkle.js";
import { eventBody, restoreState, SCAN_CHUNK, saveFrontier, toCheckpoint, toEvent } from "./audit-rows.js";
import type { Tables } from "./migrations/index.js";

/** Rows per INSERT: 6 parameters each, far below PostgreSQL's 65535 per statement. */
const INSERT_CHUNK = 1000;

export type PostgresAuditStore = AuditStore & {
  /**
   * Locks the log for the rest of the caller's transaction (audit_state's row,
   * created if missing): whatever the caller numbers next (admin events'
   * seq) is serialised with every append, across processes.
   */
  lockWithin(tx: Transaction<Tables>): Promise<void>;
  /** Appends inside the caller's transaction (the admin events' mirror: both are written, or neither). */
  appendWithin(tx: Transaction<Tables>, events: readonly AuditEventInput[]): Promise<{ size: number; root: Buffer }>;
  /** Like scan, a chunk of rows at a time. */
  scanChunks(options?: AuditScanOptions): AsyncIterable<StoredAuditEvent[]>;
};

const lockedState = (tx: Transaction<Tables>) => tx.selectFrom("audit_state").select(["size", "frontier", "root"]).where("id", "=", 1).forUpdate().executeTakeFirst();

export function postgresAuditStore(db: Kysely<Tables>): PostgresAuditStore {
  /** The state row, locked until the transaction ends. */
  const lockState = async (tx: Transaction<Tables>) => {
    const row = await lockedState(tx);
    if (row) return row;
    // The first append ever: create the row (a racing first append waits on its key, then finds it), then lock it.
    await tx.insertInto("audit_state").values({ id: 1, size: 0, frontier: "[]", root: EMPTY_ROOT }).onConflict((oc) => oc.column("id").doNothing()).execute();
    const created = await lockedState(tx);
    if (!created) throw new Error("audit: cannot lock audit_state");
    return created;
  };

  const appendWithin = async (tx: Transaction<Tables>, events: readonly AuditEventInput[]) => {
    const { size, frontier } = restoreState(await lockState(tx));
    const now = new Date().toISOString();
    const rows: Tables["audit_events"][] = [];
    let idx = size;
    // Every body is built (and refused, CanonicalJsonError) before anything is written.
    for (const e of events) {
      const { text, at } = eventBody(e, idx, now);
      const leaf = hashLeafUtf8(text);
      rows.push({ idx, at, tenant_id: e.tenant, kind: e.kind, body: text, leaf_hash: leaf });
      frontier.append(leaf);
      idx++;
    }
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.insertInto("audit_events").values(rows.slice(i, i + INSERT_CHUNK)).execute();
    const root = frontier.root();
    await tx.updateTable("audit_state").set({ size: idx, frontier: saveFrontier(frontier), root }).where("id", "=", 1).execute();
    return { size: idx, root };
  };

  const state = async () => {
    const row = await db.selectFrom("audit_state").select(["size", "root"]).where("id", "=", 1).executeTakeFirst();
    return row ? { size: Number(row.size), root: row.root } : { size: 0, root: EMPTY_ROOT };
  };

  async function* scanChunks(options: AuditScanOptions = {}): AsyncGenerator<StoredAuditEvent[]> {
    let next = options.from ?? 0;
    const to = options.to ?? Number.MAX_SAFE_INTEGER;
    for (;;) {
      let q = db.selectFrom("audit_events").selectAll().where("idx", ">=", next).where("idx", "<", to);
      if (options.since !== undefined) q = q.where("at", ">=", options.since);
      if (options.until !== undefined) q = q.where("at", "<", options.until);
      if (options.tenantId !== undefined) q = q.where("tenant_id", "=", options.tenantId);
      const rows = await q.orderBy("idx").limit(SCAN_CHUNK).execute();
      if (rows.length) yield rows.map(toEvent);
      if (rows.length < SCAN_CHUNK) return;
      next = Number(rows[rows.length - 1]!.idx) + 1;
    }
  }

  return {
    lockWithin: async (tx) => {
      await lockState(tx);
    },
    appendWithin,
    append: (events) => (events.length === 0 ? state() : db.transaction().execute((tx) => appendWithin(tx, events))),
    state,
    scanChunks,
    scan: async function* (options?: AuditScanOptions) {
      for await (const chunk of scanChunks(options)) yield* chunk;
    },
    list: async (tenantId, options = {}) => {
      let q = db
        .selectFrom("audit_events")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("idx", ">", options.after ?? -1);
      if (options.kind !== undefined) q = q.where("kind", "=", options.kind);
      const limit = Math.max(0, Math.min(options.limit ?? 1000, 10_000));
      return (await q.orderBy("idx").limit(limit).execute()).map(toEvent);
    },
    get: async (idx) => {
      const r = await db.selectFrom("audit_events").selectAll().where("idx", "=", idx).executeTakeFirst();
      return r ? toEvent(r) : undefined;
    },
    leafHashes: async (from, to) =>
      (await db.selectFrom("audit_events").select("leaf_hash").where("idx", ">=", from).where("idx", "<", to).orderBy("idx").execute()).map((r) => r.leaf_hash),
    addCheckpoint: async (cp) => {
      await db.transaction().execute(async (tx) => {
        // Insert first: of two racing writers of one size, the second waits on the key and then compares.
        const inserted = await tx
          .insertInto("audit_checkpoints")
          .values({ size: cp.size, root: cp.root, at: cp.at, note: cp.note })
          .onConflict((oc) => oc.column("size").doNothing())
          .returning("size")
          .executeTakeFirst();
        if (inserted) return;
        const existing = await tx.selectFrom("audit_checkpoints").select("root").where("size", "=", cp.size).forUpdate().executeTakeFirstOrThrow();
        if (Buffer.compare(existing.root, cp.root) !== 0) throw new Error(`audit: a checkpoint of size ${cp.size} with another root is already stored`);
        await tx.updateTable("audit_checkpoints").set({ note: cp.note }).where("size", "=", cp.size).execute();
      });
    },
    checkpoints: async (options = {}) =>
      (
        await db
          .selectFrom("audit_checkpoints")
          .selectAll()
          .where("size", ">", options.after ?? -1)
          .orderBy("size")
          .limit(options.limit ?? 1000)
          .execute()
      ).map(toCheckpoint),
    latestCheckpoint: async () => {
      const r = await db.selectFrom("audit_checkpoints").selectAll().orderBy("size", "desc").limit(1).executeTakeFirst();
      return r ? toCheckpoint(r) : undefined;
    },
    checkpointAt: async (size) => {
      const r = await db.selectFrom("audit_checkpoints").selectAll().where("size", "=", size).executeTakeFirst();
      return r ? toCheckpoint(r) : undefined;
    },
    signingKey: async () => {
      const r = await db.selectFrom("audit_signing_key").selectAll().where("id", "=", 1).executeTakeFirst();
      return r ? { name: r.name, verifierKey: r.verifier_key, privateSealed: r.private_sealed } : undefined;
    },
    setSigningKey: async (k) => {
      // First writer wins: a racing second insert waits on the key, then does nothing.
      await db
        .insertInto("audit_signing_key")
        .values({ id: 1, name: k.name, verifier_key: k.verifierKey, private_sealed: k.privateSealed })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    },
    sinkCursor: async (name) => {
      const r = await db.selectFrom("audit_sink_cursors").select("next_idx").where("name", "=", name).executeTakeFirst();
      return Number(r?.next_idx ?? 0);
    },
    setSinkCursor: async (name, nextIdx) => {
      await db
        .insertInto("audit_sink_cursors")
        .values({ name, next_idx: nextIdx })
        .onConflict((oc) => oc.column("name").doUpdateSet({ next_idx: sql`excluded.next_idx` }))
        .execute();
    },
  };
}
