/**
 * Key rotation with an overlap window, and last-used tracking (noted in
 * memory, written in batches: never a write per request), on a real SQLite
 * store with an injected clock.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type AuthResult, KeyAuthenticator } from "../../src/identity/authenticator.js";
import { issueKey, type NewKeyInput } from "../../src/identity/gateway-keys.js";
import { RotationError, rotateKey } from "../../src/identity/key-rotation.js";
import type { KeyUse } from "../../src/identity/key-store.js";
import { KeyUsageTracker } from "../../src/identity/key-usage.js";
import { type OpenedStores, storeBackends } from "../fixtures/store-backends.js";

const IP = "127.0.0.1";
const HOUR = 3_600_000;

function ok(r: AuthResult) {
  if (!r.ok) assert.fail(`expected success, got ${r.denial.code}: ${r.denial.message}`);
  return r.principal;
}
function code(r: AuthResult): string {
  return r.ok ? "ok" : r.denial.code;
}

for (const backend of storeBackends) describe(`rotateKey (${backend.name})`, { skip: backend.skip }, () => {
  let store: OpenedStores;
  let now = Date.now();
  let auth: KeyAuthenticator;
  const issue = (input: Partial<NewKeyInput> = {}) =>
    issueKey(store.keys, { tenantId: "acme", principal: "billing", name: "billing", models: ["gpt-4o*"], routes: ["fraud"], ipAllow: ["10.0.0.0/8", "127.0.0.1"], now, ...input });

  before(async () => {
    store = await backend.open();
    auth = new KeyAuthenticator(store.keys, () => now);
  });
  after(async () => {
    await store.close();
  });

  test("the new key has the same tenant, principal, name, grants and IP rules, and points back to the old", async () => {
    const { record: old } = await issue();
    const { key, record, old: after } = await rotateKey(store.keys, old.id, { overlapMs: HOUR, now });
    assert.notEqual(record.id, old.id);
    assert.match(key, new RegExp(`^wg_${record.id}_[0-9a-f]{64}$`));
    for (const field of ["tenantId", "principal", "name", "models", "routes", "ipAllow"] as const) assert.deepEqual(record[field], old[field], field);
    assert.equal(record.rotatedFrom, old.id);
    assert.equal(after.expiresAt, now + HOUR);
    assert.equal((await store.keys.get(old.id))?.expiresAt, now + HOUR, "stored");
  });

  test("both keys work during the overlap; the old one stops at its end", async () => {
    const { key: oldKey, record: old } = await issue();
    const { key: newKey } = await rotateKey(store.keys, old.id, { overlapMs: HOUR, now });
    const start = now;
    try {
      ok(await auth.authenticate(oldKey, IP));
      ok(await auth.authenticate(newKey, IP));
      now = start + HOUR - 1;
      ok(await auth.authenticate(oldKey, IP));
      now = start + HOUR;
      assert.equal(code(await auth.authenticate(oldKey, IP)), "expired_api_key");
      ok(await auth.authenticate(newKey, IP));
    } finally {
      now = start;
    }
  });

  test("overlap 0 ends the old key at once", async () => {
    const { key: oldKey, record: old } = await issue();
    ok(await auth.authenticate(oldKey, IP)); // cached
    const { key: newKey } = await rotateKey(store.keys, old.id, { overlapMs: 0, now });
    assert.equal(code(await auth.authenticate(oldKey, IP)), "expired_api_key");
    ok(await auth.authenticate(newKey, IP));
  });

  test("the overlap never lengthens the old key's life", async () => {
    const { record: old } = await issue({ expiresAt: now + 10 * 60_000 });
    const { old: after } = await rotateKey(store.keys, old.id, { overlapMs: 24 * HOUR, now });
    assert.equal(after.expiresAt, now + 10 * 60_000);
  });

  test("the new key keeps the old one's lifetime from now, unless told otherwise", async () => {
    const created = now - 30 * 24 * HOUR;
    const { record: old } = await issue({ now: created, expiresAt: created + 90 * 24 * HOUR });
    const { record } = await rotateKey(store.keys, old.id, { overlapMs: 0, now });
    assert.equal(record.expiresAt, now + 90 * 24 * HOUR);
    const { record: forever } = await issue();
    assert.equal((await rotateKey(store.keys, forever.id, { overlapMs: 0, now })).record.expiresAt, null);
    const { record: other } = await issue();
    assert.equal((await rotateKey(store.keys, other.id, { overlapMs: 0, now, expiresAt: now + HOUR })).record.expiresAt, now + HOUR);
  });

  test("revoked, expired, unknown and other tenants' keys are not rotated", async () => {
    const { record: revoked } = await issue();
    await store.keys.revoke(revoked.id, now);
    await assert.rejects(rotateKey(store.keys, revoked.id, { overlapMs: 0, now }), (e: unknown) => e instanceof RotationError && e.reason === "revoked");
    const { record: expired } = await issue({ now: now - 2 * HOUR, expiresAt: now - HOUR });
    await assert.rejects(rotateKey(store.keys, expired.id, { overlapMs: 0, now }), (e: unknown) => e instanceof RotationError && e.reason === "expired");
    await assert.rejects(rotateKey(store.keys, "0123456789ab", { overlapMs: 0, now }), (e: unknown) => e instanceof RotationError && e.reason === "not_found");
    const { record: acme } = await issue();
    await assert.rejects(rotateKey(store.keys, acme.id, { overlapMs: 0, now, tenant: "globex" }), (e: unknown) => e instanceof RotationError && e.reason === "not_found");
    assert.equal((await store.keys.get(acme.id))?.expiresAt, null, "untouched");
    await assert.rejects(rotateKey(store.keys, acme.id, { overlapMs: -1, now }), /overlap/);
  });
});

for (const backend of storeBackends) describe(`last-used tracking (${backend.name})`, { skip: backend.skip }, () => {
  let store: OpenedStores;
  before(async () => {
    store = await backend.open();
  });
  after(async () => {
    await store.close();
  });

  test("uses are noted in memory and written in one batch, newest per key", async () => {
    const writes: KeyUse[][] = [];
    const recordUse = store.keys.recordUse.bind(store.keys);
    const usage = new KeyUsageTracker({
      recordUse: async (uses) => {
        writes.push(uses.map((u) => ({ ...u })));
        await recordUse(uses);
      },
    });
    let now = 1_700_000_000_000;
    const auth = new KeyAuthenticator(store.keys, () => now, undefined, usage);
    const { key: a, record: ra } = await issueKey(store.keys, { principal: "a", models: ["*"], now });
    const { key: b, record: rb } = await issueKey(store.keys, { principal: "b", models: ["*"], now });
    for (let i = 0; i < 100; i++) {
      now += 1000;
      ok(await auth.authenticate(a, i % 2 ? "10.0.0.1" : "10.0.0.2"));
    }
    ok(await auth.authenticate(b, "2001:db8::1"));
    assert.equal(writes.length, 0, "no write per request");
    assert.equal(usage.pendingCount, 2);
    await usage.flush();
    assert.equal(writes.length, 1);
    assert.equal(writes[0]!.length, 2);
    const ka = await store.keys.get(ra.id);
    assert.equal(ka?.lastUsedAt, now);
    assert.equal(ka?.lastUsedIp, "10.0.0.1");
    assert.equal((await store.keys.get(rb.id))?.lastUsedIp, "2001:db8::1");
    await usage.flush();
    assert.equal(writes.length, 1, "nothing new, nothing written");
  });

  test("failed requests are not recorded as uses", async () => {
    const usage = new KeyUsageTracker(store.keys);
    const auth = new KeyAuthenticator(store.keys, Date.now, undefined, usage);
    const { key, record } = await issueKey(store.keys, { principal: "c", ipAllow: ["10.0.0.0/8"] });
    assert.equal(code(await auth.authenticate(key, "8.8.8.8")), "ip_not_allowed");
    assert.equal(code(await auth.authenticate(key.slice(0, -1) + (key.endsWith("0") ? "1" : "0"), "10.0.0.1")), "invalid_api_key");
    assert.equal(usage.pendingCount, 0);
    await usage.stop();
    assert.equal((await store.keys.get(record.id))?.lastUsedAt, null);
  });

  test("a failed flush keeps the uses for the next one and reports the error", async () => {
    let fail = true;
    const errors: unknown[] = [];
    const written: KeyUse[] = [];
    const usage = new KeyUsageTracker(
      {
        recordUse: async (uses) => {
          if (fail) throw new Error("database is locked");
          written.push(...uses);
        },
      },
      (err) => errors.push(err),
    );
    usage.note("aaaaaaaaaaaa", 1, "10.0.0.1");
    await usage.flush();
    assert.equal(errors.length, 1);
    usage.note("aaaaaaaaaaaa", 2, "10.0.0.2");
    fail = false;
    await usage.flush();
    assert.deepEqual(written, [{ id: "aaaaaaaaaaaa", at: 2, ip: "10.0.0.2" }]);
  });

  test("an older use never overwrites a newer one in the store", async () => {
    const { record } = await issueKey(store.keys, { principal: "d" });
    await store.keys.recordUse([{ id: record.id, at: 2000, ip: "10.0.0.2" }]);
    await store.keys.recordUse([{ id: record.id, at: 1000, ip: "10.0.0.1" }]);
    const k = await store.keys.get(record.id);
    assert.deepEqual([k?.lastUsedAt, k?.lastUsedIp], [2000, "10.0.0.2"]);
  });

  test("start() flushes on its own interval", async () => {
    const { key, record } = await issueKey(store.keys, { principal: "e", models: ["*"] });
    const usage = new KeyUsageTracker(store.keys).start(20);
    const auth = new KeyAuthenticator(store.keys, Date.now, undefined, usage);
    ok(await auth.authenticate(key, "10.9.9.9"));
    const deadline = Date.now() + 20_000; // "never flushes", not "slow"
    while ((await store.keys.get(record.id))?.lastUsedIp !== "10.9.9.9" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    assert.equal((await store.keys.get(record.id))?.lastUsedIp, "10.9.9.9");
    await usage.stop();
  });
});
