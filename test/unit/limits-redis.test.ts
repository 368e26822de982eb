/**
 * The Redis LimitBackend against the real Redis at 127.0.0.1:6379: the shared
 * conformance suite, plus what only a shared store has to show — two nodes
 * never overshoot, a crashed node's holds expire by the server's clock, an
 * unreachable Redis makes operations reject promptly, and the client recovers
 * by itself. Every key lives under a prefix unique to this run, deleted after.
 * Skipped, with the reason shown, when Redis is unreachable.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import net from "node:net";
import { after, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { evalCached, LimitBackendUnavailableError, RedisLimitBackend } from "../../src/limits/redis-backend.js";
import { WINDOW_SLACK_MS } from "../../src/limits/redis-scripts.js";
import { startTcpProxy } from "../fixtures/tcp-proxy.js";
import { limitBackendConformance } from "./limits-conformance.js";

const HOST = "127.0.0.1";
const PORT = 6379;
const URL = `redis://${HOST}:${PORT}`;
const PREFIX = `wgtest-${process.pid}-${randomBytes(4).toString("hex")}`;

async function probe(): Promise<string | false> {
  const c = new Redis(URL, { lazyConnect: true, enableOfflineQueue: false, connectTimeout: 500, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  let cause: Error | undefined;
  c.on("error", (err: Error) => {
    cause ??= err;
  });
  try {
    await c.connect();
    await c.ping();
    return false;
  } catch (err) {
    const why = (cause ?? err) instanceof Error ? (cause ?? (err as Error)).message : String(err);
    return `Redis unreachable at ${HOST}:${PORT} (${why})`;
  } finally {
    c.disconnect();
  }
}

const skip = await probe();
if (skip) console.log(`# SKIP limits-redis: ${skip}`);

/** A plain client for looking at (and cleaning up) the keys the backend wrote. */
const admin = skip ? undefined : new Redis(URL, { maxRetriesPerRequest: 0 });
const keysOf = async (pattern = "*"): Promise<string[]> => (admin ? admin.keys(`{${PREFIX}}:${pattern}`) : []);

after(async () => {
  if (!admin) return;
  const left = await admin.keys(`{${PREFIX}}*`);
  if (left.length > 0) await admin.del(...left);
  await admin.quit();
});

const node = (options: { url?: string; commandTimeoutMs?: number; connectTimeoutMs?: number; maxReconnectDelayMs?: number } = {}) =>
  new RedisLimitBackend({ url: URL, prefix: PREFIX, ...options });

limitBackendConformance("redis", () => node(), { skip });

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = net.createServer().listen(0, HOST);
  await once(s, "listening");
  const { port } = s.address() as net.AddressInfo;
  s.close();
  await once(s, "close");
  return port;
}

describe("Redis limit backend: many nodes, faults", { skip }, () => {
  test("two nodes sharing Redis: 200 concurrent reservations split across them never overshoot", async () => {
    const [a, b] = [node(), node()];
    try {
      await Promise.all([a.ping(), b.ping()]); // both connected, so neither node's burst waits for the other's
      const [team, tenant] = [`two:team:${randomBytes(4).toString("hex")}`, `two:tenant:${randomBytes(4).toString("hex")}`];
      const items = [
        { key: team, limit: 10_000, amount: 130 },
        { key: tenant, limit: 50_000, amount: 130 },
      ];
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? a : b).reserve(items, `r${i}`, 60_000, Date.now())),
      );
      const admitted = results.flatMap((r, i) => (r.ok ? [i] : []));
      assert.equal(admitted.length, 76, "⌊10000 / 130⌋, no more");
      // Sharing shows in the total: each node alone would admit 76. Which node gets them is not fixed:
      // with auto-pipelining one node's burst can reach Redis in one write, ahead of the other's.
      assert.deepEqual(await a.budget(team), { limit: 10_000, spent: 0, reserved: 76 * 130 });
      // Settled on the other node than the one that reserved: the state is shared, not per process.
      await Promise.all(admitted.map((i) => (i % 2 === 0 ? b : a).settle([team, tenant], `r${i}`, 100)));
      assert.deepEqual(await b.budget(team), { limit: 10_000, spent: 7_600, reserved: 0 });
      assert.deepEqual(await a.budget(tenant), { limit: 50_000, spent: 7_600, reserved: 0 });
      assert.deepEqual(await keysOf(`b?:${team}`), [], "no reservation sets or amounts are left behind");
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test("two nodes: 200 concurrent charges admit exactly the limit", async () => {
    const [a, b] = [node(), node()];
    try {
      const key = `two:req:${randomBytes(4).toString("hex")}`;
      const now = Date.now();
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? a : b).charge([{ key, limit: 61, windowMs: 60_000, amount: 1 }], now)),
      );
      assert.equal(results.filter((r) => r.ok).length, 61);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test("two nodes: 200 concurrent whole admissions split across them never overshoot a slot limit, a budget or a window", async () => {
    const [a, b] = [node(), node()];
    try {
      await Promise.all([a.ping(), b.ping()]);
      const id = randomBytes(4).toString("hex");
      const [slot, budget, win] = [`two:aconc:${id}`, `two:abudget:${id}`, `two:areq:${id}`];
      const now = Date.now();
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          (i % 2 === 0 ? a : b).admit({
            slots: [{ key: slot, limit: 150 }],
            leaseId: `r${i}`,
            reservations: [{ key: budget, limit: 10_000, amount: 130 }],
            reservationId: `r${i}`,
            charges: [{ key: win, limit: 90, windowMs: 60_000, amount: 1 }],
            ttlMs: 60_000,
            now,
          }),
        ),
      );
      const admitted = results.filter((r) => r.ok).length;
      assert.equal(admitted, 76, "⌊10000 / 130⌋: the budget binds first");
      assert.ok(
        results.every((r) => r.ok || r.kind === "budget"),
        "every refusal names the budget",
      );
      assert.deepEqual(await a.budget(budget), { limit: 10_000, spent: 0, reserved: 76 * 130 });
      assert.equal(await admin!.zcard(`{${PREFIX}}:c:${slot}`), 76, "one lease per admitted request, none for the refused");
      const start = now - (now % 60_000);
      assert.equal(await admin!.get(`{${PREFIX}}:w:60000:${start}:${win}`), "76", "one charge per admitted request, none for the refused");
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test("a crashed node's lease expires by the Redis server's clock, whatever `now` the others pass", async () => {
    const crashed = node();
    const other = node();
    try {
      const slot = [{ key: `crash:conc:${randomBytes(4).toString("hex")}`, limit: 1 }];
      assert.deepEqual(await crashed.acquire(slot, "held", 250, Date.now()), { ok: true });
      await crashed.close(); // never releases
      const hourLater = Date.now() + 3_600_000;
      assert.equal((await other.acquire(slot, "next", 60_000, hourLater)).ok, false, "a node with a clock an hour ahead cannot free it early");
      await sleep(400);
      assert.deepEqual(await other.acquire(slot, "next", 60_000, 0), { ok: true }, "nor a node with a clock far behind keep it");
    } finally {
      await other.close();
    }
  });

  test("a crashed node's reservation is freed by the server's clock and budget() shows it", async () => {
    const crashed = node();
    const other = node();
    try {
      const key = `crash:budget:${randomBytes(4).toString("hex")}`;
      assert.deepEqual(await crashed.reserve([{ key, limit: 1_000, amount: 900 }], "held", 250, Date.now()), { ok: true });
      await crashed.close();
      assert.equal((await other.reserve([{ key, limit: 1_000, amount: 200 }], "next", 60_000, Date.now() + 3_600_000)).ok, false);
      await sleep(400);
      assert.deepEqual(await other.budget(key), { limit: 1_000, spent: 0, reserved: 0 });
      assert.deepEqual(await keysOf(`b?:${key}`), [], "the expired reservation is gone, not just ignored");
    } finally {
      await other.close();
    }
  });

  test("Redis unreachable: every operation rejects promptly with LimitBackendUnavailableError", async () => {
    const b = node({ url: `redis://${HOST}:${await closedPort()}`, connectTimeoutMs: 500 });
    try {
      const ops: [string, () => Promise<unknown>][] = [
        ["charge", () => b.charge([{ key: "down:req", limit: 10, windowMs: 1_000, amount: 1 }], Date.now())],
        ["add", () => b.add([{ key: "down:req", limit: 10, windowMs: 1_000, amount: 1 }], Date.now())],
        ["acquire", () => b.acquire([{ key: "down:conc", limit: 1 }], "l", 1_000, Date.now())],
        ["release", () => b.release([{ key: "down:conc", limit: 1 }], "l")],
        ["reserve", () => b.reserve([{ key: "down:budget", limit: 10, amount: 1 }], "r", 1_000, Date.now())],
        ["settle", () => b.settle(["down:budget"], "r", 1)],
        [
          "admit",
          () =>
            b.admit({
              slots: [{ key: "down:conc", limit: 1 }],
              leaseId: "l",
              reservations: [{ key: "down:budget", limit: 10, amount: 1 }],
              reservationId: "r",
              charges: [{ key: "down:req", limit: 10, windowMs: 1_000, amount: 1 }],
              ttlMs: 1_000,
              now: Date.now(),
            }),
        ],
        [
          "finish",
          () =>
            b.finish({
              slots: [{ key: "down:conc", limit: 1 }],
              leaseId: "l",
              budgetKeys: ["down:budget"],
              reservationId: "r",
              actual: 1,
              charges: [{ key: "down:tok", limit: 10, windowMs: 1_000, amount: 1 }],
              now: Date.now(),
            }),
        ],
        ["budget", () => b.budget("down:budget")],
        ["ping", () => b.ping()],
      ];
      for (const [name, op] of ops) {
        const started = performance.now();
        await assert.rejects(op(), LimitBackendUnavailableError, name);
        assert.ok(performance.now() - started < 1_000, `${name} rejected within a second`);
      }
    } finally {
      await b.close();
    }
  });

  test("Redis gone mid-traffic: operations reject promptly, then the client reconnects by itself", async () => {
    // Cut and restored on the same port, without touching the real server.
    const proxy = await startTcpProxy({ host: HOST, port: PORT });
    const b = node({ url: `redis://${HOST}:${proxy.port}`, maxReconnectDelayMs: 200 });
    const key = `fault:req:${randomBytes(4).toString("hex")}`;
    const charge = () => b.charge([{ key, limit: 5, windowMs: 600_000, amount: 1 }], Date.now());
    try {
      assert.deepEqual(await charge(), { ok: true });
      proxy.cut();
      await sleep(50);
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await assert.rejects(charge(), LimitBackendUnavailableError);
        assert.ok(performance.now() - started < 1_100, "rejected within the command timeout");
      }
      await assert.rejects(b.ping(), LimitBackendUnavailableError, "not ready while down");
      proxy.restore(); // same port
      let recovered = false;
      for (let i = 0; i < 200 && !recovered; i++) {
        await sleep(100);
        recovered = await b.ping().then(
          () => true,
          () => false,
        );
      }
      assert.ok(recovered, "ping succeeds again within 20 s of Redis coming back");
      // The refused calls counted nothing: 4 more fit (5 − the one before the cut), then no more.
      for (let i = 0; i < 4; i++) assert.deepEqual(await charge(), { ok: true });
      assert.equal((await charge()).ok, false);
    } finally {
      await b.close();
      await proxy.close();
    }
  });

  test("commands in flight when the connection drops settle promptly; an unknown fate is held, never an overshoot", async () => {
    // Cut and restored on the same port, without touching the real server.
    const proxy = await startTcpProxy({ host: HOST, port: PORT });
    const b = node({ url: `redis://${HOST}:${proxy.port}`, maxReconnectDelayMs: 200 });
    const key = `fault:budget:${randomBytes(4).toString("hex")}`;
    try {
      await b.ping();
      const started = performance.now();
      const burst = Array.from({ length: 300 }, (_, i) => b.reserve([{ key, limit: 10_000, amount: 100 }], `r${i}`, 60_000, Date.now()));
      // Cut as soon as the first answer is back: some calls are answered, some are on the wire, some not yet sent.
      void burst[0]!.finally(() => proxy.cut());
      const results = await Promise.allSettled(burst);
      assert.ok(performance.now() - started < 1_500, "every call settled within the command timeout");
      for (const r of results) {
        if (r.status === "rejected") assert.ok(r.reason instanceof LimitBackendUnavailableError, String(r.reason));
      }
      const admitted = results.filter((r) => r.status === "fulfilled" && r.value.ok).length;
      proxy.restore();
      let state: Awaited<ReturnType<typeof b.budget>> | undefined;
      for (let i = 0; i < 200 && !state; i++) {
        await sleep(100);
        state = await b.budget(key).catch(() => undefined);
      }
      assert.ok(state, "budget readable again after Redis came back");
      assert.ok(state.reserved <= 10_000, `never over the budget (reserved ${state.reserved})`);
      assert.ok(state.reserved >= admitted * 100, "every admitted reservation is held (unknown ones may be too)");
    } finally {
      await b.close();
      await proxy.close();
    }
  });

  test("a finish while Redis is unreachable is kept, then applied whole (and once) when Redis is back", async () => {
    // Cut and restored on the same port, without touching the real server.
    const proxy = await startTcpProxy({ host: HOST, port: PORT });
    const b = node({ url: `redis://${HOST}:${proxy.port}`, maxReconnectDelayMs: 200 });
    const direct = node();
    const id = randomBytes(4).toString("hex");
    const [slot, team, tenant, win] = [`kept:conc:${id}`, `kept:team:${id}`, `kept:tenant:${id}`, `kept:tok:${id}`];
    const now = Date.now();
    try {
      const admitted = await b.admit({
        slots: [{ key: slot, limit: 1 }],
        leaseId: "r1",
        reservations: [
          { key: team, limit: 1_000, amount: 600 },
          { key: tenant, limit: 5_000, amount: 600 },
        ],
        reservationId: "r1",
        charges: [{ key: win, limit: 100, windowMs: 600_000, amount: 10 }],
        ttlMs: 60_000,
        now,
      });
      assert.deepEqual(admitted, { ok: true });
      proxy.cut();
      await sleep(50);
      const settlement = {
        slots: [{ key: slot, limit: 1 }],
        leaseId: "r1",
        budgetKeys: [team, tenant, team],
        reservationId: "r1",
        actual: 250,
        charges: [{ key: win, limit: 100, windowMs: 600_000, amount: 40 }],
        now,
      };
      await assert.rejects(b.finish(settlement), (err: unknown) => {
        assert.ok(err instanceof LimitBackendUnavailableError);
        assert.match(err.message, /kept: re-run when Redis is back/);
        return true;
      });
      assert.equal(b.unsettled, 1, "kept, whole: one entry");
      assert.deepEqual(await direct.budget(team), { limit: 1_000, spent: 0, reserved: 600 }, "nothing applied while cut off");
      const start = now - (now % 600_000);
      const windowKey = `{${PREFIX}}:w:600000:${start}:${win}`;
      assert.equal(await admin!.get(windowKey), "10");

      proxy.restore(); // the client reconnects by itself and re-runs what it kept
      let spent = 0;
      for (let i = 0; i < 200 && spent === 0; i++) {
        await sleep(100);
        spent = (await direct.budget(team)).spent;
      }
      assert.equal(spent, 250, "settled within 20 s of Redis coming back");
      assert.equal(b.unsettled, 0);
      assert.deepEqual(await direct.budget(team), { limit: 1_000, spent: 250, reserved: 0 }, "once, although named twice");
      assert.deepEqual(await direct.budget(tenant), { limit: 5_000, spent: 250, reserved: 0 });
      assert.deepEqual(await direct.acquire([{ key: slot, limit: 1 }], "other", 60_000, Date.now()), { ok: true }, "the lease was released");
      assert.equal(await admin!.get(windowKey), "50", "the completion tokens were added to the window of the finish's `now`");
      assert.deepEqual(await keysOf(`b?:*${id}`), [], "no reservation sets or amounts are left behind");
    } finally {
      await Promise.all([b.close(), direct.close()]);
      await proxy.close();
    }
  });

  test("a Redis error reply (a foreign value in a limit key) rejects, failing closed", async () => {
    const b = node();
    try {
      const name = `wrongtype:${randomBytes(4).toString("hex")}`;
      await admin!.set(`{${PREFIX}}:c:${name}`, "not a sorted set");
      await assert.rejects(b.acquire([{ key: name, limit: 5 }], "l", 1_000, Date.now()), (err: unknown) => {
        assert.ok(err instanceof LimitBackendUnavailableError);
        assert.match(err.message, /acquire failed: WRONGTYPE/);
        return true;
      });
    } finally {
      await b.close();
    }
  });
});

describe("Redis limit backend: keys and scripts", { skip }, () => {
  test("every key carries the prefix as its hash tag; windows and lease sets expire; settled budgets leave only their totals", async () => {
    const b = node();
    try {
      const id = randomBytes(4).toString("hex");
      const now = Date.now();
      await b.charge([{ key: `keys:req:${id}`, limit: 10, windowMs: 10_000, amount: 1 }], now);
      await b.acquire([{ key: `keys:conc:${id}`, limit: 2 }], "l1", 30_000, now);
      await b.reserve([{ key: `keys:budget:${id}`, limit: 100, amount: 10 }], "r1", 30_000, now);
      const mine = (await keysOf()).filter((k) => k.includes(id)).sort();
      const start = now - (now % 10_000);
      assert.deepEqual(mine, [
        `{${PREFIX}}:b:keys:budget:${id}`,
        `{${PREFIX}}:ba:keys:budget:${id}`,
        `{${PREFIX}}:br:keys:budget:${id}`,
        `{${PREFIX}}:c:keys:conc:${id}`,
        `{${PREFIX}}:w:10000:${start}:keys:req:${id}`,
      ]);
      const windowTtl = await admin!.pttl(`{${PREFIX}}:w:10000:${start}:keys:req:${id}`);
      assert.ok(windowTtl > 0 && windowTtl <= 10_000 + WINDOW_SLACK_MS, `window counter expires with its window (pttl ${windowTtl})`);
      const leaseTtl = await admin!.pttl(`{${PREFIX}}:c:keys:conc:${id}`);
      assert.ok(leaseTtl > 29_000 && leaseTtl <= 31_000, `lease set expires after its last lease (pttl ${leaseTtl})`);
      await b.release([{ key: `keys:conc:${id}`, limit: 2 }], "l1");
      await b.settle([`keys:budget:${id}`], "r1", 4);
      const left = (await keysOf()).filter((k) => k.includes(id) && !k.includes(":w:")).sort();
      assert.deepEqual(left, [`{${PREFIX}}:b:keys:budget:${id}`], "the budget's totals stay for its period; nothing else");
    } finally {
      await b.close();
    }
  });

  test("admit() writes the keys the three calls write, with the same expiries", async () => {
    const b = node();
    try {
      const id = randomBytes(4).toString("hex");
      const now = Date.now();
      const [win, conc, budget] = [`akeys:req:${id}`, `akeys:conc:${id}`, `akeys:budget:${id}`];
      assert.deepEqual(
        await b.admit({
          slots: [{ key: conc, limit: 2 }],
          leaseId: "l1",
          reservations: [{ key: budget, limit: 100, amount: 10 }],
          reservationId: "r1",
          charges: [{ key: win, limit: 10, windowMs: 10_000, amount: 3 }],
          ttlMs: 30_000,
          now,
        }),
        { ok: true },
      );
      const start = now - (now % 10_000);
      const mine = (await keysOf()).filter((k) => k.includes(id)).sort();
      assert.deepEqual(mine, [
        `{${PREFIX}}:b:${budget}`,
        `{${PREFIX}}:ba:${budget}`,
        `{${PREFIX}}:br:${budget}`,
        `{${PREFIX}}:c:${conc}`,
        `{${PREFIX}}:w:10000:${start}:${win}`,
      ]);
      assert.equal(await admin!.get(`{${PREFIX}}:w:10000:${start}:${win}`), "3");
      const windowTtl = await admin!.pttl(`{${PREFIX}}:w:10000:${start}:${win}`);
      assert.ok(windowTtl > 0 && windowTtl <= 10_000 + WINDOW_SLACK_MS, `window counter expires with its window (pttl ${windowTtl})`);
      const leaseTtl = await admin!.pttl(`{${PREFIX}}:c:${conc}`);
      assert.ok(leaseTtl > 29_000 && leaseTtl <= 31_000, `lease set expires after its last lease (pttl ${leaseTtl})`);
      assert.equal(await admin!.pttl(`{${PREFIX}}:b:${budget}`), -1, "a budget's totals do not expire (its name carries the period)");
      await b.release([{ key: conc, limit: 2 }], "l1");
      await b.settle([budget], "r1", 4);
      const left = (await keysOf()).filter((k) => k.includes(id) && !k.includes(":w:")).sort();
      assert.deepEqual(left, [`{${PREFIX}}:b:${budget}`], "released and settled as after the three calls");
      assert.deepEqual(await b.budget(budget), { limit: 100, spent: 4, reserved: 0 });
    } finally {
      await b.close();
    }
  });

  test("finish() leaves the keys release + settle + add leave", async () => {
    const b = node();
    try {
      const id = randomBytes(4).toString("hex");
      const now = Date.now();
      const [win, conc, budget] = [`fkeys:tok:${id}`, `fkeys:conc:${id}`, `fkeys:budget:${id}`];
      const admitted = await b.admit({
        slots: [{ key: conc, limit: 2 }],
        leaseId: "l1",
        reservations: [{ key: budget, limit: 100, amount: 10 }],
        reservationId: "r1",
        charges: [],
        ttlMs: 30_000,
        now,
      });
      assert.deepEqual(admitted, { ok: true });
      const charges = [{ key: win, limit: 10, windowMs: 10_000, amount: 7 }];
      await b.finish({ slots: [{ key: conc, limit: 2 }], leaseId: "l1", budgetKeys: [budget], reservationId: "r1", actual: 4, charges, now });
      const start = now - (now % 10_000);
      const mine = (await keysOf()).filter((k) => k.includes(id)).sort();
      assert.deepEqual(mine, [`{${PREFIX}}:b:${budget}`, `{${PREFIX}}:w:10000:${start}:${win}`], "the lease set and the reservation are gone");
      assert.equal(await admin!.get(`{${PREFIX}}:w:10000:${start}:${win}`), "7");
      const windowTtl = await admin!.pttl(`{${PREFIX}}:w:10000:${start}:${win}`);
      assert.ok(windowTtl > 0 && windowTtl <= 10_000 + WINDOW_SLACK_MS, `window counter expires with its window (pttl ${windowTtl})`);
      assert.deepEqual(await b.budget(budget), { limit: 100, spent: 4, reserved: 0 });
    } finally {
      await b.close();
    }
  });

  test("a script Redis has not seen is sent once (NOSCRIPT → EVAL), then run by its SHA1", async () => {
    const source = `return ARGV[1] .. '-${randomBytes(8).toString("hex")}'`;
    const { createHash } = await import("node:crypto");
    const script = { name: "probe", source, sha1: createHash("sha1").update(source).digest("hex") };
    assert.deepEqual(await admin!.script("EXISTS", script.sha1), [0]);
    assert.match(String(await evalCached(admin!, script, [], ["x"])), /^x-/);
    assert.deepEqual(await admin!.script("EXISTS", script.sha1), [1], "EVAL cached it");
    assert.match(String(await evalCached(admin!, script, [], ["y"])), /^y-/);
  });

  test("a prefix that could break the hash tag or the key layout is refused", () => {
    for (const prefix of ["", "a{b", "a}b", "with space", "x".repeat(65)]) {
      assert.throws(() => new RedisLimitBackend({ url: URL, prefix }), /limits redis prefix/, JSON.stringify(prefix));
    }
    assert.throws(() => new RedisLimitBackend({ url: URL, commandTimeoutMs: 0 }), /commandTimeoutMs/);
    for (const url of ["", "http://127.0.0.1:6379", "127.0.0.1:6379", "redis://"]) {
      assert.throws(() => new RedisLimitBackend({ url }), /limits redis url/, JSON.stringify(url));
    }
  });

  test("a closed backend refuses every operation; close twice is harmless", async () => {
    const b = node();
    await b.ping();
    await b.close();
    await b.close();
    await assert.rejects(b.charge([{ key: "closed:req", limit: 1, windowMs: 1_000, amount: 1 }], Date.now()), LimitBackendUnavailableError);
    await assert.rejects(b.ping(), /closed/);
  });
});
