import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type AuthResult, KeyAuthenticator, presentedKey } from "../../src/identity/authenticator.js";
import { issueKey, type NewKeyInput, parseKey } from "../../src/identity/gateway-keys.js";
import type { KeyStore } from "../../src/identity/key-store.js";
import { SqliteStore } from "../../src/store/sqlite.js";

const IP = "127.0.0.1";

function denied(r: AuthResult, status: number, code: string) {
  assert.equal(r.ok, false, `expected a denial with ${code}`);
  if (r.ok) throw new Error("unreachable");
  assert.equal(r.denial.status, status);
  assert.equal(r.denial.code, code);
  assert.equal(r.denial.reasons.length, 1);
  assert.equal(r.denial.reasons[0]?.source, "identity:gateway-key");
  assert.equal(r.denial.reasons[0]?.verdict, "block");
  return r.denial;
}

function allowed(r: AuthResult) {
  if (!r.ok) assert.fail(`expected success, got ${r.denial.code}: ${r.denial.message}`);
  return r.principal;
}

/** Replaces the last hex digit of a key with a different one. */
function flipLast(key: string): string {
  return key.slice(0, -1) + (key.endsWith("0") ? "1" : "0");
}

describe("KeyAuthenticator", () => {
  let store: SqliteStore;
  let auth: KeyAuthenticator;
  const issue = async (input: Partial<NewKeyInput> = {}) => issueKey(store.keys, { principal: "tester", ...input });

  before(async () => {
    store = await SqliteStore.open(":memory:");
    auth = new KeyAuthenticator(store.keys);
  });
  after(async () => {
    await store.close();
  });

  test("a valid key authenticates as its principal", async () => {
    const { key, record } = await issue({ principal: "billing-service", models: ["gpt-4o"] });
    const p = allowed(await auth.authenticate(key, IP));
    assert.equal(p.id, "billing-service");
    assert.equal(p.via, "gateway-key");
    assert.deepEqual(p.key, record);
  });

  test("a missing key → 401 missing_api_key", async () => {
    const d = denied(await auth.authenticate(undefined, IP), 401, "missing_api_key");
    assert.equal(d.type, "authentication_error");
    assert.match(d.message, /Missing gateway key/);
  });

  test("garbage and empty strings → 401 invalid_api_key", async () => {
    for (const s of ["", "garbage", "sk-proj-abc", "wg_", "Bearer x"]) {
      denied(await auth.authenticate(s, IP), 401, "invalid_api_key");
    }
  });

  test("a well-formed key with an unknown id → invalid_api_key", async () => {
    const d = denied(await auth.authenticate(`wg_${"0".repeat(12)}_${"a".repeat(64)}`, IP), 401, "invalid_api_key");
    assert.equal(d.message, "Invalid gateway key.");
  });

  test("the right id with a wrong secret is indistinguishable from an unknown id", async () => {
    const { key } = await issue();
    const unknown = denied(await auth.authenticate(`wg_${"0".repeat(12)}_${"a".repeat(64)}`, IP), 401, "invalid_api_key");
    const wrong = denied(await auth.authenticate(flipLast(key), IP), 401, "invalid_api_key");
    assert.deepEqual(wrong, unknown);
    // And the real key still works afterwards.
    allowed(await auth.authenticate(key, IP));
  });

  test("a wrong secret is refused even when the record is cached", async () => {
    const { key } = await issue();
    allowed(await auth.authenticate(key, IP));
    denied(await auth.authenticate(flipLast(key), IP), 401, "invalid_api_key");
  });

  test("a wrong secret for a revoked or expired key does not reveal its status", async () => {
    const { key, record } = await issue();
    await store.keys.revoke(record.id, Date.now());
    const d = denied(await auth.authenticate(flipLast(key), IP), 401, "invalid_api_key");
    assert.ok(!d.message.includes(record.id));
  });

  test("an expired key → 401 expired_api_key (issued in the past)", async () => {
    const t0 = Date.now() - 10_000;
    const { key, record } = await issue({ now: t0, expiresAt: t0 + 1000 });
    const d = denied(await auth.authenticate(key, IP), 401, "expired_api_key");
    assert.ok(d.message.includes(`wg_${record.id}`));
    assert.ok(d.message.includes(new Date(t0 + 1000).toISOString()));
    assert.ok(!d.message.includes(parseKey(key)!.secret), "message must not echo the secret");
  });

  test("expiry follows the injected clock, boundary included", async () => {
    let now = 1_000_000;
    const clocked = new KeyAuthenticator(store.keys, () => now);
    const { key } = await issue({ now, expiresAt: now + 5000 });
    allowed(await clocked.authenticate(key, IP));
    now += 4999;
    allowed(await clocked.authenticate(key, IP));
    now += 1; // exactly at expiresAt
    denied(await clocked.authenticate(key, IP), 401, "expired_api_key");
    now += 1_000_000;
    denied(await clocked.authenticate(key, IP), 401, "expired_api_key");
  });

  test("a revoked key → 401 revoked_api_key", async () => {
    const { key, record } = await issue();
    allowed(await auth.authenticate(key, IP));
    assert.equal(await store.keys.revoke(record.id, Date.now()), true);
    const d = denied(await auth.authenticate(key, IP), 401, "revoked_api_key");
    assert.match(d.message, new RegExp(`wg_${record.id} has been revoked`));
  });

  test("IP allow-list: allowed addresses pass, others get 403 ip_not_allowed", async () => {
    const { key, record } = await issue({ ipAllow: ["10.0.0.0/8", "2001:db8::/32", "192.168.1.7"] });
    allowed(await auth.authenticate(key, "10.1.2.3"));
    allowed(await auth.authenticate(key, "192.168.1.7"));
    allowed(await auth.authenticate(key, "2001:db8::42"));
    for (const ip of ["11.0.0.1", "192.168.1.8", "127.0.0.1", "2001:db9::1", "::1"]) {
      const d = denied(await auth.authenticate(key, ip), 403, "ip_not_allowed");
      assert.equal(d.type, "permission_error");
      assert.ok(d.message.includes(ip), "the message names the refused address");
      assert.ok(d.message.includes(`wg_${record.id}`));
    }
  });

  test("IP allow-list: IPv4-mapped IPv6 addresses are matched as IPv4", async () => {
    const { key } = await issue({ ipAllow: ["10.0.0.0/8", "127.0.0.1"] });
    allowed(await auth.authenticate(key, "::ffff:10.9.8.7"));
    allowed(await auth.authenticate(key, "::ffff:127.0.0.1"));
    denied(await auth.authenticate(key, "::ffff:11.9.8.7"), 403, "ip_not_allowed");
    denied(await auth.authenticate(key, "::ffff:127.0.0.2"), 403, "ip_not_allowed");
  });

  test("an empty allow-list allows any address", async () => {
    const { key } = await issue();
    for (const ip of ["1.2.3.4", "::1", "::ffff:8.8.8.8"]) allowed(await auth.authenticate(key, ip));
  });

  test("status checks run in order: revoked wins over expired and IP", async () => {
    const t0 = Date.now() - 10_000;
    const { key, record } = await issue({ now: t0, expiresAt: t0 + 1, ipAllow: ["10.0.0.1"] });
    await store.keys.revoke(record.id, Date.now());
    denied(await auth.authenticate(key, "8.8.8.8"), 401, "revoked_api_key");
  });
});

describe("KeyAuthenticator cache", () => {
  /** Wraps a KeyStore, counting get() calls. */
  function counting(keys: KeyStore) {
    const counter = { gets: 0 };
    const wrapped: KeyStore = {
      insert: (k) => keys.insert(k),
      get: (id) => {
        counter.gets++;
        return keys.get(id);
      },
      list: (o) => keys.list(o),
      revoke: (id, at) => keys.revoke(id, at),
      setExpiry: (id, at) => keys.setExpiry(id, at),
      recordUse: (uses) => keys.recordUse(uses),
      changeToken: () => keys.changeToken(),
    };
    return { wrapped, counter };
  }

  test("a verified key is served from the cache until the store changes", async () => {
    const store = await SqliteStore.open(":memory:");
    try {
      const { wrapped, counter } = counting(store.keys);
      const auth = new KeyAuthenticator(wrapped);
      const { key } = await issueKey(store.keys, { principal: "p" });
      allowed(await auth.authenticate(key, IP));
      allowed(await auth.authenticate(key, IP));
      allowed(await auth.authenticate(key, IP));
      assert.equal(counter.gets, 1, "repeat authentications should hit the cache");

      await issueKey(store.keys, { principal: "other" }); // any write moves the token
      allowed(await auth.authenticate(key, IP));
      assert.equal(counter.gets, 2, "a store change must drop the cache");
    } finally {
      await store.close();
    }
  });

  test("unknown ids are not cached as absent: a key issued later authenticates", async () => {
    const store = await SqliteStore.open(":memory:");
    try {
      const auth = new KeyAuthenticator(store.keys);
      denied(await auth.authenticate(`wg_${"1".repeat(12)}_${"b".repeat(64)}`, IP), 401, "invalid_api_key");
      const { key } = await issueKey(store.keys, { principal: "p" });
      allowed(await auth.authenticate(key, IP));
    } finally {
      await store.close();
    }
  });

  describe("across processes (two connections to one file)", () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-auth-test-"));
    const dbPath = join(dir, "wardgate.db");
    let gateway: SqliteStore;
    let cli: SqliteStore;
    before(async () => {
      gateway = await SqliteStore.open(dbPath);
      cli = await SqliteStore.open(dbPath);
    });
    after(async () => {
      await gateway.close();
      await cli.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** Waits for the gateway connection to notice another connection's write; returns how long it took. */
    async function noticed(before: string, limitMs = 1500): Promise<number> {
      const t0 = Date.now();
      while (gateway.keys.changeToken() === before && Date.now() - t0 < limitMs) await new Promise((r) => setTimeout(r, 2));
      return Date.now() - t0;
    }

    test("a revocation by the CLI's connection is enforced on the gateway's next request", async () => {
      const { wrapped, counter } = counting(gateway.keys);
      const auth = new KeyAuthenticator(wrapped);
      const { key, record } = await issueKey(cli.keys, { principal: "svc", models: ["*"] });

      allowed(await auth.authenticate(key, IP));
      allowed(await auth.authenticate(key, IP));
      assert.equal(counter.gets, 1, "the gateway should be caching the key");

      const token = gateway.keys.changeToken();
      assert.equal(await cli.keys.revoke(record.id, Date.now()), true);
      // Another process's write is seen through a file notification (or, at worst, the 1 s poll).
      // 1 s plus slack: timers and watch events fire late on a busy machine; never noticing is the failure.
      const ms = await noticed(token, 10_000);
      assert.ok(ms < 5_000, `noticed after ${ms} ms`);
      denied(await auth.authenticate(key, IP), 401, "revoked_api_key");
    });

    test("a key issued by the CLI is usable by the gateway immediately", async () => {
      const auth = new KeyAuthenticator(gateway.keys);
      const first = await issueKey(cli.keys, { principal: "svc" });
      allowed(await auth.authenticate(first.key, IP));
      const second = await issueKey(cli.keys, { principal: "svc2" });
      const p = allowed(await auth.authenticate(second.key, IP));
      assert.equal(p.id, "svc2");
    });

    test("the gateway's change token moves promptly when the other connection writes", async () => {
      const before = gateway.keys.changeToken();
      await issueKey(cli.keys, { principal: "x" });
      const ms = await noticed(before);
      assert.notEqual(gateway.keys.changeToken(), before);
      assert.ok(ms < 500, `file notification took ${ms} ms`);
    });

    test("reading the change token does not touch the database", async () => {
      const a = gateway.keys.changeToken();
      for (let i = 0; i < 1000; i++) gateway.keys.changeToken();
      assert.equal(gateway.keys.changeToken(), a);
    });
  });
});

describe("presentedKey", () => {
  test("reads Authorization: Bearer", () => {
    assert.equal(presentedKey({ authorization: "Bearer wg_abc" }), "wg_abc");
    assert.equal(presentedKey({ authorization: "bearer   wg_abc  " }), "wg_abc");
  });

  test("reads x-api-key, trimmed", () => {
    assert.equal(presentedKey({ "x-api-key": "wg_xyz" }), "wg_xyz");
    assert.equal(presentedKey({ "x-api-key": "  wg_xyz " }), "wg_xyz");
  });

  test("Authorization takes precedence over x-api-key", () => {
    assert.equal(presentedKey({ authorization: "Bearer one", "x-api-key": "two" }), "one");
  });

  test("a non-Bearer or malformed authorization header yields an empty (invalid) key, not a missing one", () => {
    assert.equal(presentedKey({ authorization: "Basic dXNlcjpwYXNz" }), "");
    assert.equal(presentedKey({ authorization: "Bearer" }), "");
    assert.equal(presentedKey({ authorization: "Bearer a b" }), "");
    assert.equal(presentedKey({ authorization: "wg_abc" }), "");
    assert.equal(presentedKey({ authorization: "Basic x", "x-api-key": "wg_xyz" }), "");
  });

  test("no credential headers yields undefined", () => {
    assert.equal(presentedKey({}), undefined);
    assert.equal(presentedKey({ authorization: undefined, "x-api-key": undefined }), undefined);
  });

  test("an empty authorization and empty x-api-key", () => {
    assert.equal(presentedKey({ authorization: "" }), undefined);
    assert.equal(presentedKey({ "x-api-key": "" }), "");
  });

  test("end to end: a key pulled from headers authenticates", async () => {
    const store = await SqliteStore.open(":memory:");
    try {
      const auth = new KeyAuthenticator(store.keys);
      const { key } = await issueKey(store.keys, { principal: "p" });
      allowed(await auth.authenticate(presentedKey({ authorization: `Bearer ${key}` }), IP));
      allowed(await auth.authenticate(presentedKey({ "x-api-key": key }), IP));
      denied(await auth.authenticate(presentedKey({ authorization: `Basic ${key}` }), IP), 401, "invalid_api_key");
      denied(await auth.authenticate(presentedKey({}), IP), 401, "missing_api_key");
    } finally {
      await store.close();
    }
  });
});
