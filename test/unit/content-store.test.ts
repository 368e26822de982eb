/** The exchange_content store (SQLite and PostgreSQL): tenant-scoped reads, replace on conflict, deletion by age, and the sealed-column descriptor. */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { contentAad, type StoredContent } from "../../src/audit/content-store.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { exchangeContentSealedColumn } from "../../src/store/kysely-content.js";
import { storeBackends } from "../fixtures/store-backends.js";

for (const backend of storeBackends) test(`content rows: per tenant, replaced on conflict, deleted by age, opened only with their own aad (${backend.name})`, { skip: backend.skip }, async () => {
  const store = await backend.open();
  const keyring = new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
  const row = (reqId: string, part: "request" | "response", tenantId: string, at: string, text: string): StoredContent => ({
    reqId,
    part,
    tenantId,
    at,
    mode: "encrypted",
    sealed: keyring.seal(tenantId, text, contentAad(reqId, part)),
  });
  await store.content.put([row("r1", "request", "acme", "2026-11-01T00:00:00.000Z", "old"), row("r1", "response", "acme", "2026-11-01T00:00:00.000Z", "answer")]);
  await store.content.put([row("r1", "request", "acme", "2026-11-01T00:00:00.000Z", "new"), row("r2", "request", "other", "2026-11-20T00:00:00.000Z", "theirs")]);
  const rows = await store.content.get("acme", "r1");
  assert.deepEqual(rows.map((r) => r.part), ["request", "response"]);
  assert.equal(keyring.open("acme", rows[0]!.sealed, contentAad("r1", "request")).toString(), "new");
  assert.throws(() => keyring.open("acme", rows[0]!.sealed, contentAad("r1", "response")), "a row moved to another part does not open");
  assert.deepEqual(await store.content.get("acme", "r2"), [], "another tenant's exchange reads as nothing");
  // The descriptor the crypto commands use computes the same tenant and aad from a raw row.
  const raw = { req_id: "r1", part: "response", tenant_id: "acme" };
  assert.equal(keyring.open(exchangeContentSealedColumn.tenant(raw), rows[1]!.sealed, exchangeContentSealedColumn.aad(raw)).toString(), "answer");
  assert.equal(await store.content.deleteBefore("2026-11-10T00:00:00.000Z"), 2);
  assert.deepEqual(await store.content.get("acme", "r1"), []);
  assert.equal((await store.content.get("other", "r2")).length, 1);
  // More rows than one INSERT takes (chunks of 100), in one put.
  await store.content.put(Array.from({ length: 250 }, (_, i) => row(`bulk${i}`, "request", "acme", "2026-11-21T00:00:00.000Z", `t${i}`)));
  assert.equal(await store.content.deleteBefore("2026-11-22T00:00:00.000Z"), 251);
  await store.close();
});

test("the content writer: batches in one put, seals per tenant and part, bounded queue, a failing store is reported, not thrown", async () => {
  const { ContentWriter } = await import("../../src/gateway/content-writer.js");
  const keyring = new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
  const puts: StoredContent[][] = [];
  let failing = false;
  const store = {
    put: async (rows: readonly StoredContent[]) => {
      if (failing) throw new Error("disk full");
      puts.push([...rows]);
    },
    get: async () => [],
    deleteBefore: async () => 0,
  };
  const logged: string[] = [];
  const log = { error: (_o: unknown, m: string) => logged.push(`error ${m}`), warn: (_o: unknown, m: string) => logged.push(`warn ${m}`) };
  const w = new ContentWriter(store, keyring, log as never, { maxQueue: 3, delayMs: 1000 });
  const part = (reqId: string, part: "request" | "response") => ({ reqId, part, tenantId: "acme", at: "2026-11-26T00:00:00.000Z", mode: "encrypted" as const, text: `text of ${reqId} ${part}` });
  assert.equal(w.enqueue([part("a", "request"), part("a", "response")]), true);
  assert.equal(w.enqueue([part("b", "request"), part("b", "response")]), false, "over the bound: dropped");
  await w.flush();
  assert.equal(puts.length, 1);
  assert.deepEqual(puts[0]!.map((r) => r.part), ["request", "response"]);
  assert.equal(keyring.open("acme", puts[0]![1]!.sealed, contentAad("a", "response")).toString(), "text of a response");
  assert.ok(!puts[0]![0]!.sealed.includes("text of"));
  assert.deepEqual(logged, ["warn exchange content not kept (queue full or store failing); the audit events keep its hashes"]);
  failing = true;
  w.enqueue([part("c", "request")]);
  await w.flush();
  assert.equal(logged.filter((l) => l.startsWith("error")).length, 1);
});
