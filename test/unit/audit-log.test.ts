/**
 * The audit log's writer and checkpointer over a real (in-memory) SQLite
 * store: batching, the two queue-full policies, a failing writer that is
 * refused and then recovers, events that are not JSON, checkpoints every N
 * events and every T (injected clock) that verify, publishers, and the
 * signing key sealed by the keyring.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { AuditStore, StoredCheckpoint } from "../../src/audit/audit-store.js";
import { generateSigner, parseVerifierKey, verifyCheckpoint } from "../../src/audit/checkpoint.js";
import { Checkpointer } from "../../src/audit/checkpointer.js";
import { AuditLog, type AuditLogOptions } from "../../src/audit/log.js";
import { loadOrCreateSigningKey } from "../../src/audit/signing-key.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { SqliteStore } from "../../src/store/sqlite.js";

const keyring = () => new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
const ev = (n: number, tenant = "default") => ({ kind: "test.event", tenant, n });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail("condition not reached in time");
    await wait(5);
  }
}
async function bodies(store: SqliteStore): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for await (const r of store.audit.scan()) out.push(JSON.parse(r.body) as Record<string, unknown>);
  return out;
}

/** The store's audit log with a count of append calls and a switch that makes appends fail. */
function instrumented(store: SqliteStore) {
  const real = store.audit;
  const calls: number[] = [];
  /** When each append call came (performance.now()). */
  const times: number[] = [];
  const state = { broken: false };
  const audit: AuditStore = {
    ...real,
    append: async (events) => {
      if (state.broken) throw new Error("disk I/O error");
      calls.push(events.length);
      times.push(performance.now());
      return real.append(events);
    },
  };
  return { audit, calls, times, state };
}

const options = (audit: AuditStore, extra: Partial<AuditLogOptions> = {}): AuditLogOptions => ({
  store: audit,
  queue: 100,
  onQueueFull: "fail-closed",
  maxEvents: 10,
  maxDelayMs: 10,
  retryMs: 10,
  ...extra,
});

describe("AuditLog", () => {
  let store: SqliteStore;
  before(async () => {
    store = await SqliteStore.open(":memory:");
  });
  after(() => store.close());

  test("record only queues; a full batch is written at once in one append, a partial one after maxDelay", async () => {
    const s = await SqliteStore.open(":memory:");
    const { audit, calls, times } = instrumented(s);
    let now = Date.UTC(2026, 0, 1);
    const log = new AuditLog(options(audit, { maxEvents: 4, maxDelayMs: 30, now: () => now }));
    for (let i = 0; i < 4; i++) assert.equal(log.record(ev(i)), true);
    assert.deepEqual(calls, [], "nothing is written synchronously");
    await until(() => calls.length === 1);
    assert.deepEqual(calls, [4]);
    now += 1000;
    const recorded = performance.now();
    log.record(ev(4));
    await until(() => calls.length === 2);
    assert.deepEqual(calls, [4, 1]);
    // Timers never fire early, so this holds however slow the machine (a fixed sleep before checking did not).
    assert.ok(times[1]! - recorded >= 29, `a partial batch waits for maxDelay (written after ${(times[1]! - recorded).toFixed(1)} ms)`);
    const all = await bodies(s);
    assert.deepEqual(all.map((b) => b.n), [0, 1, 2, 3, 4]);
    assert.equal(all[0]!.at, "2026-01-01T00:00:00.000Z", "at is the time of recording");
    assert.equal(all[4]!.at, "2026-01-01T00:00:01.000Z");
    await log.close();
    await s.close();
  });

  test("fail-closed: a full queue refuses admission, still takes admitted requests' events, then counts a gap", async () => {
    const s = await SqliteStore.open(":memory:");
    const log = new AuditLog(options(s.audit, { queue: 2, maxEvents: 100, maxDelayMs: 60_000 }));
    assert.equal(log.admits(), true);
    log.record(ev(0));
    assert.equal(log.admits(), true);
    log.record(ev(1));
    assert.equal(log.admits(), false, "queue at its limit: no new requests");
    assert.equal(log.record(ev(2)), true, "requests already admitted are still recorded");
    assert.equal(log.record(ev(3, "acme")), true);
    assert.equal(log.record(ev(4, "acme")), false, "twice the queue: refused");
    assert.deepEqual(log.stats(), { queued: 4, lost: 1, failing: false });
    await log.flush();
    assert.equal(log.admits(), true);
    const all = await bodies(s);
    assert.deepEqual(all.map((b) => b.kind), ["test.event", "test.event", "test.event", "test.event", "audit.gap"]);
    assert.equal(all[4]!.lost, 1);
    assert.deepEqual(all[4]!.byTenant, { acme: 1 });
    await log.close();
    await s.close();
  });

  test("serve-unaudited: always admits; events beyond the queue are lost and an audit.gap says how many", async () => {
    const s = await SqliteStore.open(":memory:");
    let now = Date.UTC(2026, 0, 1);
    const log = new AuditLog(options(s.audit, { queue: 2, onQueueFull: "serve-unaudited", maxEvents: 100, maxDelayMs: 60_000, now: () => now }));
    log.record(ev(0));
    log.record(ev(1));
    assert.equal(log.admits(), true);
    now += 5;
    assert.equal(log.record(ev(2, "acme")), false);
    now += 5;
    assert.equal(log.record(ev(3)), false);
    assert.equal(log.admits(), true);
    await log.flush();
    const all = await bodies(s);
    assert.deepEqual(all.map((b) => b.kind), ["test.event", "test.event", "audit.gap"]);
    assert.deepEqual(
      { lost: all[2]!.lost, byTenant: all[2]!.byTenant, since: all[2]!.since, until: all[2]!.until, tenant: all[2]!.tenant },
      { lost: 2, byTenant: { acme: 1, default: 1 }, since: "2026-01-01T00:00:00.005Z", until: "2026-01-01T00:00:00.010Z", tenant: "default" },
    );
    assert.equal(log.stats().lost, 0);
    await log.close();
    await s.close();
  });

  test("a failing writer stops admission, keeps its events in order, retries, and recovers", async () => {
    const s = await SqliteStore.open(":memory:");
    const { audit, state } = instrumented(s);
    const errors: string[] = [];
    const log = new AuditLog(options(audit, { maxEvents: 2, onError: (err, what) => errors.push(`${what}: ${(err as Error).message}`) }));
    state.broken = true;
    for (let i = 0; i < 3; i++) log.record(ev(i));
    await until(() => log.stats().failing);
    assert.equal(log.admits(), false);
    assert.deepEqual(errors, ["write: disk I/O error"]);
    log.record(ev(3));
    await wait(40); // several retries, still failing, one error logged
    assert.equal(errors.length, 1);
    await assert.rejects(log.flush(), /cannot be written; 4 events/);
    state.broken = false;
    await until(() => !log.stats().failing && log.stats().queued === 0);
    assert.equal(log.admits(), true);
    assert.deepEqual((await bodies(s)).map((b) => b.n), [0, 1, 2, 3]);
    await log.close();
    await s.close();
  });

  test("an event that is not JSON is kept as audit.invalid; the rest of its batch is written", async () => {
    const s = await SqliteStore.open(":memory:");
    const log = new AuditLog(options(s.audit));
    log.record(ev(0));
    log.record({ kind: "test.bad", tenant: "acme", n: Number.NaN });
    log.record(ev(2));
    await log.flush();
    const all = await bodies(s);
    assert.deepEqual(all.map((b) => b.kind), ["test.event", "audit.invalid", "test.event"]);
    assert.equal(all[1]!.tenant, "acme");
    assert.equal(all[1]!.refusedKind, "test.bad");
    assert.match(String(all[1]!.error), /not a JSON number/);
    assert.equal(log.admits(), true);
    await log.close();
    await s.close();
  });

  test("close writes what is queued and refuses what comes after", async () => {
    const s = await SqliteStore.open(":memory:");
    const log = new AuditLog(options(s.audit, { maxDelayMs: 60_000 }));
    log.record(ev(0));
    await log.close();
    assert.equal(log.record(ev(1)), false);
    assert.equal(log.admits(), false);
    assert.equal((await s.audit.state()).size, 1);
    await s.close();
  });
});

describe("Checkpointer", () => {
  const ORIGIN = "test.example/wardgate/audit";

  test("every N events: a signed checkpoint of the store's state that verifies", async () => {
    const s = await SqliteStore.open(":memory:");
    const signer = generateSigner(ORIGIN);
    const published: number[] = [];
    const cp = await new Checkpointer({
      store: s.audit,
      signer,
      origin: ORIGIN,
      everyEvents: 5,
      everyMs: 3_600_000,
      publishers: [{ name: "list", publish: async (c) => void published.push(c.size) }],
    }).start();
    const log = new AuditLog({ store: s.audit, queue: 100, onQueueFull: "fail-closed", maxEvents: 3, maxDelayMs: 5, checkpointer: cp });
    for (let i = 0; i < 12; i++) log.record(ev(i));
    await log.flush();
    await until(() => published.length >= 2);
    const stored = await s.audit.checkpoints();
    // Batches of 3: sizes 3, 6 (≥ 5 since 0: checkpoint), 9, 12 (≥ 5 since 6: checkpoint).
    assert.deepEqual(stored.map((c) => c.size), [6, 12]);
    const verifier = parseVerifierKey(signer.verifierKey());
    for (const c of stored) {
      const checked = verifyCheckpoint(c.note, [verifier], ORIGIN);
      assert.equal(checked.size, c.size);
      assert.deepEqual(checked.root, c.root);
      assert.deepEqual(c.root, await rootAt(s, c.size));
    }
    assert.deepEqual(published, [6, 12]);
    await log.close();
    await s.close();
  });

  test("every T (injected clock): only once the time has passed and the log has grown; close takes a last one", async () => {
    const s = await SqliteStore.open(":memory:");
    let now = 1_000_000;
    const cp = await new Checkpointer({ store: s.audit, signer: generateSigner(ORIGIN), origin: ORIGIN, everyEvents: 1000, everyMs: 10_000, now: () => now }).start();
    await s.audit.append([ev(0), ev(1)]);
    cp.appended(2);
    assert.equal(await cp.tick(), undefined, "T has not passed");
    now += 10_000;
    const first = await cp.tick();
    assert.equal(first?.size, 2);
    assert.equal(first?.at, new Date(now).toISOString());
    now += 10_000;
    assert.equal(await cp.tick(), undefined, "the log has not grown");
    await s.audit.append([ev(2)]);
    now += 5_000;
    assert.equal(await cp.tick(), undefined);
    await cp.close();
    assert.deepEqual((await s.audit.checkpoints()).map((c) => c.size), [2, 3]);
    await s.close();
  });

  test("a failing publisher is reported and does not stop checkpoints or other publishers", async () => {
    const s = await SqliteStore.open(":memory:");
    const errors: string[] = [];
    const got: StoredCheckpoint[] = [];
    const cp = await new Checkpointer({
      store: s.audit,
      signer: generateSigner(ORIGIN),
      origin: ORIGIN,
      everyEvents: 1,
      everyMs: 3_600_000,
      publishers: [
        { name: "down", publish: async () => Promise.reject(new Error("connection refused")) },
        { name: "ok", publish: async (c) => void got.push(c) },
      ],
      onError: (err, what) => errors.push(`${what}: ${(err as Error).message}`),
    }).start();
    await s.audit.append([ev(0)]);
    await cp.checkpoint();
    await s.audit.append([ev(1)]);
    await cp.checkpoint();
    await cp.close();
    assert.deepEqual(got.map((c) => c.size), [1, 2]);
    assert.deepEqual(errors, ["publish to down: connection refused", "publish to down: connection refused"]);
    await s.close();
  });
});

async function rootAt(s: SqliteStore, size: number): Promise<Buffer> {
  const { rootOf } = await import("../../src/audit/merkle.js");
  return rootOf(await s.audit.leafHashes(0, size));
}

describe("audit signing key", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "wardgate-audit-key-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("generated at first use, stored sealed (no private key in the database files), the same key after", async () => {
    const file = join(dir, "key.sqlite");
    const ring = keyring();
    const s = await SqliteStore.open(file);
    const signer = await loadOrCreateSigningKey(s.audit, ring, "gw.example/wardgate/audit");
    const again = await loadOrCreateSigningKey(s.audit, ring, "another-name");
    assert.equal(again.verifierKey(), signer.verifierKey());
    const stored = await s.audit.signingKey();
    assert.equal(stored?.verifierKey, signer.verifierKey());
    assert.match(stored!.privateSealed, /^wgk1\./);
    await s.audit.append([ev(0)]);
    // PRIVATE+KEY+<name>+<hex id>+<base64 key>: the base64 may itself contain "+", so take all after the 4th.
    const seed = signer.privateKeyString().split("+").slice(4).join("+");
    assert.ok(seed.length >= 40, "the whole encoded key, not a fragment of it");
    for (const f of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, f));
      assert.ok(!bytes.includes("PRIVATE+KEY"), `${f} holds a private key`);
      assert.ok(!bytes.includes(seed), `${f} holds the key's seed`);
    }
    // Another master key cannot open it: refused, not replaced.
    await assert.rejects(loadOrCreateSigningKey(s.audit, keyring(), "x"));
    assert.equal((await s.audit.signingKey())?.verifierKey, signer.verifierKey());
    await s.close();
  });

  test("two handles creating the key at once end up with the same one", async () => {
    const file = join(dir, "race.sqlite");
    const ring = keyring();
    const a = await SqliteStore.open(file);
    const b = await SqliteStore.open(file);
    const [x, y] = await Promise.all([loadOrCreateSigningKey(a.audit, ring, "n"), loadOrCreateSigningKey(b.audit, ring, "n")]);
    assert.equal(x.verifierKey(), y.verifierKey());
    await Promise.all([a.close(), b.close()]);
  });
});
