import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  buildBlockList,
  checkIpRule,
  hashSecret,
  issueKey,
  keyLabel,
  parseKey,
  secretMatches,
} from "../../src/identity/gateway-keys.js";
import type { KeyRecord } from "../../src/identity/key-store.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { type OpenedStores, settled, storeBackends } from "../fixtures/store-backends.js";

const KEY_FORMAT = /^wg_[0-9a-f]{12}_[0-9a-f]{64}$/;
const HEX12 = "0123456789ab";
const HEX64 = "a".repeat(64);

/** Flips the last hex digit of s to a different one. */
function flipLast(s: string): string {
  const last = s.at(-1);
  return s.slice(0, -1) + (last === "0" ? "1" : "0");
}

describe("issueKey", () => {
  let store: SqliteStore;
  before(async () => {
    store = await SqliteStore.open(":memory:");
  });
  after(async () => {
    await store.close();
  });

  test("the issued key has the documented format and embeds the record id", async () => {
    const { key, record } = await issueKey(store.keys, { principal: "billing-service" });
    assert.match(key, KEY_FORMAT);
    assert.equal(parseKey(key)?.id, record.id);
    assert.match(record.id, /^[0-9a-f]{12}$/);
  });

  test("the record holds only the hash of the secret", async () => {
    const { key, record } = await issueKey(store.keys, { principal: "alice@example.com", name: "laptop", models: ["gpt-4o"] });
    const parsed = parseKey(key);
    assert.ok(parsed);
    assert.equal(record.secretHash, hashSecret(record.id, parsed.secret));
    assert.notEqual(record.secretHash, parsed.secret);
    assert.ok(!JSON.stringify(record).includes(parsed.secret), "issued record contains the secret");
    const stored = await store.keys.get(record.id);
    assert.ok(stored);
    assert.ok(!JSON.stringify(stored).includes(parsed.secret), "stored record contains the secret");
    assert.ok(!JSON.stringify(stored).includes(key));
  });

  test("fills the record from the input, deduplicating grants", async () => {
    const now = Date.now();
    const { record } = await issueKey(store.keys, {
      principal: "svc",
      name: "ci",
      models: ["gpt-4o", "gpt-4o", "claude-*"],
      routes: ["fraud"],
      ipAllow: ["10.0.0.0/8", "10.0.0.0/8"],
      expiresAt: now + 60_000,
      now,
    });
    assert.equal(record.principal, "svc");
    assert.equal(record.name, "ci");
    assert.deepEqual(record.models, ["gpt-4o", "claude-*"]);
    assert.deepEqual(record.routes, ["fraud"]);
    assert.deepEqual(record.ipAllow, ["10.0.0.0/8"]);
    assert.equal(record.expiresAt, now + 60_000);
    assert.equal(record.revokedAt, null);
    assert.equal(record.createdAt, now);
  });

  test("defaults: no name, no grants, any address, no expiry", async () => {
    const { record } = await issueKey(store.keys, { principal: "p" });
    assert.equal(record.name, null);
    assert.deepEqual(record.models, []);
    assert.deepEqual(record.routes, []);
    assert.deepEqual(record.ipAllow, []);
    assert.equal(record.expiresAt, null);
  });

  test("two keys differ in id and secret", async () => {
    const a = await issueKey(store.keys, { principal: "p" });
    const b = await issueKey(store.keys, { principal: "p" });
    assert.notEqual(a.key, b.key);
    assert.notEqual(a.record.id, b.record.id);
    assert.notEqual(parseKey(a.key)?.secret, parseKey(b.key)?.secret);
    assert.notEqual(a.record.secretHash, b.record.secretHash);
  });

  test("rejects bad principals", async () => {
    for (const principal of ["", " alice", "-leading-dash", "has space", "semi;colon", "a".repeat(129), "ünicode"]) {
      await assert.rejects(issueKey(store.keys, { principal }), /principal:/, `principal ${JSON.stringify(principal)}`);
    }
  });

  test("accepts principals at the edges of the allowed set", async () => {
    for (const principal of ["a", "a".repeat(128), "alice@example.com", "svc:billing_v2.prod-1"]) {
      const { record } = await issueKey(store.keys, { principal });
      assert.equal(record.principal, principal);
    }
  });

  test("rejects bad IP rules", async () => {
    for (const rule of ["10.0.0.0/33", "abc", "1.2.3.4/8/9", "2001:db8::/129", "10.0.0.0/", "/8", "300.1.1.1"]) {
      await assert.rejects(issueKey(store.keys, { principal: "p", ipAllow: [rule] }), /ip allow-list:/, `rule ${rule}`);
    }
  });

  test("rejects bad grant strings", async () => {
    for (const grant of ["", "has space", "semi;colon", "a".repeat(129), "model(.*)", "gpt-4o\n"]) {
      await assert.rejects(issueKey(store.keys, { principal: "p", models: [grant] }), /grant/, `model grant ${JSON.stringify(grant)}`);
      await assert.rejects(issueKey(store.keys, { principal: "p", routes: [grant] }), /grant/, `route grant ${JSON.stringify(grant)}`);
    }
  });

  test("rejects an expiry in the past, or exactly now", async () => {
    const now = 1_700_000_000_000;
    await assert.rejects(issueKey(store.keys, { principal: "p", expiresAt: now - 1, now }), /expiry: must be in the future/);
    await assert.rejects(issueKey(store.keys, { principal: "p", expiresAt: now, now }), /expiry/);
    await assert.rejects(issueKey(store.keys, { principal: "p", expiresAt: Date.now() - 1000 }), /expiry/);
    const ok = await issueKey(store.keys, { principal: "p", expiresAt: now + 1, now });
    assert.equal(ok.record.expiresAt, now + 1);
  });

  test("a rejected issue stores nothing", async () => {
    const before = (await store.keys.list({ includeRevoked: true })).length;
    await assert.rejects(issueKey(store.keys, { principal: "p", ipAllow: ["nope"] }));
    await assert.rejects(issueKey(store.keys, { principal: "bad principal" }));
    assert.equal((await store.keys.list({ includeRevoked: true })).length, before);
  });
});

describe("the secret never reaches the SQLite file", () => {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-keys-test-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("issue, close, grep the database bytes for the secret", async () => {
    const dbPath = join(dir, "sub", "wardgate.db");
    const store = await SqliteStore.open(dbPath);
    const { key, record } = await issueKey(store.keys, { principal: "grep-me", models: ["gpt-4o"] });
    await store.close();

    const secret = parseKey(key)?.secret;
    assert.ok(secret);
    const files = [dbPath, `${dbPath}-wal`, `${dbPath}-journal`].filter((f) => existsSync(f));
    const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
    // The data really is in these files (otherwise the negative check proves nothing).
    assert.ok(bytes.includes(record.secretHash), "the hash should be on disk");
    assert.ok(bytes.includes("grep-me"));
    assert.ok(!bytes.includes(secret), "the raw secret was found on disk");
    assert.ok(!bytes.includes(key), "the full key was found on disk");
    assert.ok(!bytes.includes(Buffer.from(secret, "hex")), "the secret's raw bytes were found on disk");
  });

  test("the database file is private to its owner", { skip: process.platform === "win32" }, async () => {
    const dbPath = join(dir, "perm.db");
    const store = await SqliteStore.open(dbPath);
    await store.close();
    assert.equal(statSync(dbPath).mode & 0o777, 0o600);
  });

  test("keys survive reopening the file", async () => {
    const dbPath = join(dir, "reopen.db");
    const a = await SqliteStore.open(dbPath);
    const { key, record } = await issueKey(a.keys, { principal: "p", routes: ["fraud"], ipAllow: ["::1"] });
    await a.close();
    const b = await SqliteStore.open(dbPath);
    try {
      const got = await b.keys.get(record.id);
      assert.deepEqual(got, record);
      assert.ok(got && secretMatches(got, parseKey(key)!.secret));
    } finally {
      await b.close();
    }
  });
});

describe("parseKey", () => {
  test("accepts a well-formed key", () => {
    assert.deepEqual(parseKey(`wg_${HEX12}_${HEX64}`), { id: HEX12, secret: HEX64 });
  });

  test("rejects malformed strings", () => {
    const bad = [
      "",
      `sk_${HEX12}_${HEX64}`, // wrong prefix
      `WG_${HEX12}_${HEX64}`, // uppercase prefix
      `wg${HEX12}_${HEX64}`, // missing separator
      `wg_${HEX12}_${HEX64.slice(1)}`, // short secret
      `wg_${HEX12}_${HEX64}0`, // long secret
      `wg_${HEX12.slice(1)}_${HEX64}`, // short id
      `wg_${HEX12.toUpperCase().replace("0", "A")}_${HEX64}`, // uppercase id
      `wg_${HEX12}_${HEX64.toUpperCase()}`, // uppercase secret
      `wg_${HEX12}_${HEX64}_extra`, // extra segment
      `wg_${HEX12}_${HEX12}_${HEX64}`, // extra segment
      `wg_${HEX12}_${"g".repeat(64)}`, // non-hex
      ` wg_${HEX12}_${HEX64}`, // leading space
      `wg_${HEX12}_${HEX64}\n`, // trailing newline
      `Bearer wg_${HEX12}_${HEX64}`,
    ];
    for (const s of bad) assert.equal(parseKey(s), undefined, `parseKey(${JSON.stringify(s)})`);
  });
});

describe("secretMatches", () => {
  const id = HEX12;
  const secret = "0123456789abcdef".repeat(4);
  const record: KeyRecord = {
    id,
    name: null,
    tenantId: "default",
    principal: "p",
    secretHash: hashSecret(id, secret),
    models: [],
    routes: [],
    ipAllow: [],
    expiresAt: null,
    revokedAt: null,
    createdAt: 0,
    lastUsedAt: null,
    lastUsedIp: null,
    rotatedFrom: null,
  };

  test("true for the right secret", () => {
    assert.equal(secretMatches(record, secret), true);
  });

  test("false for a secret one character off", () => {
    assert.equal(secretMatches(record, flipLast(secret)), false);
    assert.equal(secretMatches(record, `1${secret.slice(1)}`), false);
  });

  test("false for an empty or truncated secret", () => {
    assert.equal(secretMatches(record, ""), false);
    assert.equal(secretMatches(record, secret.slice(0, 63)), false);
  });

  test("the hash is bound to the id: the same secret under another id does not match", () => {
    assert.equal(secretMatches({ ...record, id: "ba9876543210" }, secret), false);
  });

  test("a corrupt stored hash never matches", () => {
    assert.equal(secretMatches({ ...record, secretHash: "" }, secret), false);
    assert.equal(secretMatches({ ...record, secretHash: "zz" }, secret), false);
  });
});

describe("keyLabel", () => {
  test("is wg_<id> and carries no secret", () => {
    assert.equal(keyLabel(HEX12), `wg_${HEX12}`);
  });
});

describe("checkIpRule", () => {
  test("accepts addresses and CIDR ranges", () => {
    for (const rule of ["10.0.0.0/8", "2001:db8::/32", "127.0.0.1", "::1", "0.0.0.0/0", "::/0", "192.168.1.1/32", "fe80::/128"]) {
      assert.equal(checkIpRule(rule), undefined, rule);
    }
  });

  test("rejects invalid rules with a message naming the rule", () => {
    const cases: [string, RegExp][] = [
      ["10.0.0.0/33", /invalid prefix length/],
      ["2001:db8::/129", /invalid prefix length/],
      ["10.0.0.0/-1", /invalid prefix length/],
      ["10.0.0.0/", /invalid prefix length/],
      ["10.0.0.0/8.5", /invalid prefix length/],
      ["10.0.0.0/ 8", /invalid prefix length/],
      ["abc", /not an IP address/],
      ["1.2.3.4/8/9", /not an IP address/],
      ["", /not an IP address/],
      ["/8", /not an IP address/],
      ["256.0.0.1", /not an IP address/],
      ["example.com", /not an IP address/],
    ];
    for (const [rule, re] of cases) {
      const problem = checkIpRule(rule);
      assert.ok(problem, `checkIpRule(${JSON.stringify(rule)}) should fail`);
      assert.match(problem, re, rule);
      assert.ok(problem.includes(`"${rule}"`), `message should name ${rule}`);
    }
  });
});

describe("buildBlockList", () => {
  test("matches addresses inside the rules and nothing else", () => {
    const list = buildBlockList(["10.0.0.0/8", "2001:db8::/32", "127.0.0.1"]);
    assert.equal(list.check("10.200.3.4", "ipv4"), true);
    assert.equal(list.check("11.0.0.1", "ipv4"), false);
    assert.equal(list.check("127.0.0.1", "ipv4"), true);
    assert.equal(list.check("127.0.0.2", "ipv4"), false);
    assert.equal(list.check("2001:db8:1::5", "ipv6"), true);
    assert.equal(list.check("2001:db9::5", "ipv6"), false);
  });
});

for (const backend of storeBackends) describe(`key store (${backend.name})`, { skip: backend.skip }, () => {
  let store: OpenedStores;
  before(async () => {
    store = await backend.open();
  });
  after(async () => {
    await store.close();
  });

  test("get returns exactly what was inserted; unknown id is undefined", async () => {
    const { record } = await issueKey(store.keys, {
      principal: "rt",
      name: "round-trip",
      models: ["a", "b*"],
      routes: ["r"],
      ipAllow: ["10.0.0.0/8", "::1"],
      expiresAt: Date.now() + 3_600_000,
    });
    assert.deepEqual(await store.keys.get(record.id), record);
    assert.equal(await store.keys.get("ffffffffffff"), undefined);
  });

  test("list / revoke / filter round trip", async () => {
    const t0 = 1_700_000_000_000;
    const a = await issueKey(store.keys, { principal: "team-a", name: "a1", now: t0 });
    const b = await issueKey(store.keys, { principal: "team-b", name: "b1", now: t0 + 1 });
    const c = await issueKey(store.keys, { principal: "team-a", name: "a2", now: t0 + 2 });
    const ids = (recs: KeyRecord[]) => recs.map((r) => r.id);

    const teamA = await store.keys.list({ principal: "team-a" });
    assert.deepEqual(ids(teamA), [a.record.id, c.record.id]);
    assert.deepEqual(ids(await store.keys.list({ principal: "team-b" })), [b.record.id]);
    assert.deepEqual(await store.keys.list({ principal: "nobody" }), []);

    const revokedAt = t0 + 100;
    assert.equal(await store.keys.revoke(a.record.id, revokedAt), true);
    assert.equal(await store.keys.revoke(a.record.id, revokedAt + 1), false, "second revoke must report false");
    assert.equal(await store.keys.revoke("000000000000", revokedAt), false, "unknown id must report false");

    const got = await store.keys.get(a.record.id);
    assert.equal(got?.revokedAt, revokedAt, "the first revocation time is kept");

    assert.deepEqual(ids(await store.keys.list({ principal: "team-a" })), [c.record.id]);
    assert.deepEqual(ids(await store.keys.list({ principal: "team-a", includeRevoked: true })), [a.record.id, c.record.id]);

    const all = ids(await store.keys.list());
    assert.ok(!all.includes(a.record.id), "list() excludes revoked keys by default");
    assert.ok(all.includes(b.record.id) && all.includes(c.record.id));
    assert.ok(ids(await store.keys.list({ includeRevoked: true })).includes(a.record.id));
  });

  test("list is ordered by creation time", async () => {
    const s = await backend.open();
    try {
      const late = await issueKey(s.keys, { principal: "p", now: 2000 });
      const early = await issueKey(s.keys, { principal: "p", now: 1000 });
      assert.deepEqual(
        (await s.keys.list()).map((r) => r.id),
        [early.record.id, late.record.id],
      );
    } finally {
      await s.close();
    }
  });

  test("concurrent revocations of one key: exactly one wins and its time is kept", async () => {
    const { record } = await issueKey(store.keys, { principal: "race" });
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => store.keys.revoke(record.id, 1000 + i)));
    assert.equal(results.filter(Boolean).length, 1);
    assert.equal((await store.keys.get(record.id))?.revokedAt, 1000 + results.indexOf(true) + 1);
  });

  test("inserting a duplicate id fails", async () => {
    const { record } = await issueKey(store.keys, { principal: "dup" });
    await assert.rejects(store.keys.insert({ ...record }));
  });

  test("the change token moves on this connection's own writes", async () => {
    const t1 = store.keys.changeToken();
    const { record } = await issueKey(store.keys, { principal: "tok" });
    const t2 = store.keys.changeToken();
    assert.notEqual(t2, t1);
    await store.keys.revoke(record.id, Date.now());
    assert.notEqual(store.keys.changeToken(), t2);
  });

  test("the change token is stable when nothing changes", async () => {
    await settled(store);
    const t = store.keys.changeToken();
    await store.keys.list();
    await store.keys.get("000000000000");
    assert.equal(store.keys.changeToken(), t);
  });

  test("ping succeeds on an open store", async () => {
    await store.ping();
  });
});
