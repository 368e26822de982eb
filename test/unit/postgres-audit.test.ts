/**
 * What is particular to the audit log and admin events on PostgreSQL: two
 * stores (two pools, as two nodes have) appending at once claim no index and
 * no admin seq twice, and the log passes 2^31 events (migration 0011).
 * The behaviour shared with SQLite is in audit-store.test.ts.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { hashLeaf, rootOf } from "../../src/audit/merkle.js";
import { PostgresStore } from "../../src/store/postgres.js";
import { freshDatabase, pgSkip, type TestDatabase } from "../fixtures/postgres.js";

async function rows(store: PostgresStore) {
  const out = [];
  for await (const r of store.audit.scan()) out.push(r);
  return out;
}

describe("PostgreSQL audit log and admin events, two nodes", { skip: pgSkip }, () => {
  let database: TestDatabase;
  let a: PostgresStore;
  let b: PostgresStore;
  before(async () => {
    database = await freshDatabase("pgaudit");
    [a, b] = await Promise.all([PostgresStore.open(database.url, { poolSize: 4 }), PostgresStore.open(database.url, { poolSize: 4 })]);
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  test("20 batches from each store at once: indexes 0..N-1 once each, and the root is the rows' root", async () => {
    const batch = (store: string, n: number) => Array.from({ length: 3 }, (_, i) => ({ kind: "test.concurrent", tenant: "default", store, n, i }));
    const writes: Promise<unknown>[] = [];
    for (let n = 0; n < 20; n++) writes.push(a.audit.append(batch("a", n)), b.audit.append(batch("b", n)));
    await Promise.all(writes);
    const log = await rows(a);
    assert.equal(log.length, 120);
    assert.deepEqual(log.map((r) => r.idx), Array.from({ length: 120 }, (_, i) => i), "contiguous, no duplicates");
    for (const r of log) {
      assert.equal(JSON.parse(r.body).seq, r.idx);
      assert.deepEqual(r.leafHash, hashLeaf(Buffer.from(r.body, "utf8")));
    }
    const state = await b.audit.state();
    assert.equal(state.size, 120);
    assert.deepEqual(state.root, rootOf(log.map((r) => r.leafHash)));
    // Each batch landed whole and in order (one transaction each).
    for (const store of ["a", "b"]) {
      const mine = log.filter((r) => JSON.parse(r.body).store === store);
      assert.equal(mine.length, 60);
    }
  });

  test("admin events from both stores at once (with audit appends between): seq 1..N per tenant, each mirrored once", async () => {
    const before = (await a.audit.state()).size;
    const event = (actor: string) => ({ tenantId: "default", at: Date.now(), actor, action: "test.race", target: null, outcome: "success" as const, ip: null, detail: {} });
    const writes: Promise<unknown>[] = [];
    for (let n = 0; n < 20; n++) writes.push(a.admin.events.append(event("a")), b.admin.events.append(event("b")), a.audit.append([{ kind: "test.between", tenant: "default", n }]));
    await Promise.all(writes);
    const events = await a.admin.events.list("default", { limit: 100 });
    assert.deepEqual(events.map((e) => e.seq), Array.from({ length: 40 }, (_, i) => i + 1));
    const log = await rows(b);
    assert.deepEqual(log.map((r) => r.idx), Array.from({ length: log.length }, (_, i) => i));
    const copies = log.slice(before).filter((r) => r.kind === "admin.test.race").map((r) => JSON.parse(r.body).adminSeq as number);
    assert.deepEqual(copies.sort((x, y) => x - y), events.map((e) => e.seq));
    assert.equal(log.length, before + 60);
    assert.deepEqual((await a.audit.state()).root, rootOf(log.map((r) => r.leafHash)));
  });

  test("the log continues past 2^31 events (audit_events.idx is bigint)", async () => {
    const database2 = await freshDatabase("pgaudit_big");
    const store = await PostgresStore.open(database2.url, { poolSize: 2 });
    try {
      // A log of exactly 2^31 leaves has a one-hash frontier: its root.
      const root = Buffer.alloc(32, 7);
      const size = 2 ** 31;
      await sql`INSERT INTO audit_state (id, size, frontier, root) VALUES (1, ${size}, ${JSON.stringify([root.toString("hex")])}, ${root})`.execute(store.db);
      const after = await store.audit.append([{ kind: "test.big", tenant: "default" }]);
      assert.equal(after.size, size + 1);
      const row = await store.audit.get(size);
      assert.equal(row?.idx, size);
      assert.equal(JSON.parse(row!.body).seq, size);
    } finally {
      await store.close();
      await database2.drop();
    }
  });
});
