/**
 * A busy gateway is not a dead Redis (issue 14): the Redis limit backend's
 * command timeout, the PostgreSQL store's query timeout and so the audit
 * log's fail-closed trigger count only time this process was responsive. A
 * reply that arrived while the event loop was blocked is taken, not refused;
 * a server that does not answer while the loop is free still fails after the
 * timeout; a lost connection still fails at once.
 *
 * Redis: the shared server at 127.0.0.1:6379 behind a gate in this process
 * (a proxy that can hold back replies or kill the connections), so nothing is
 * paused or cut for other tests. PostgreSQL: a fresh database; pg_sleep on
 * the server stands for a slow reply.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import net from "node:net";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { sql } from "kysely";
import pg from "pg";
import { AuditLog } from "../../src/audit/log.js";
import { processLoop } from "../../src/core/loop-monitor.js";
import { CachedProbe } from "../../src/gateway/probe.js";
import { LimitBackendUnavailableError, RedisLimitBackend } from "../../src/limits/redis-backend.js";
import { PostgresStore } from "../../src/store/postgres.js";
import { freshDatabase, pgSkip, type TestDatabase } from "../fixtures/postgres.js";

const HOST = "127.0.0.1";
const REDIS_PORT = 6379;
const PREFIX = `wgtest-loop-${process.pid}-${randomBytes(4).toString("hex")}`;

/** Holds the event loop (every timer and socket of this process) for `ms`. */
function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

/**
 * Blocks the loop for `ms` from a setImmediate callback (`first` runs just before), as a busy request
 * handler does from an I/O callback: when it ends, the next loop iteration runs due timers before it
 * reads the sockets, so a timeout that counted the stall fires before the reply waiting in the socket
 * is read (a busy-wait in a timer callback would let the reply be read first).
 */
function stall(ms: number, first?: () => void): Promise<void> {
  return new Promise((resolve) => {
    setImmediate(() => {
      first?.();
      busyWait(ms);
      resolve();
    });
  });
}

async function until(cond: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!(await cond())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** Wall time of `fn` and how much of it this process was stalled. */
async function timed<T>(fn: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; elapsed: number; stalled: number }> {
  const release = processLoop.acquire();
  try {
    const t0 = performance.now();
    const s0 = processLoop.stalledMs();
    const [result] = await Promise.allSettled([fn()]);
    return { result: result!, elapsed: performance.now() - t0, stalled: processLoop.stalledMs() - s0 };
  } finally {
    release();
  }
}

async function redisSkip(): Promise<string | false> {
  const c = new Redis(`redis://${HOST}:${REDIS_PORT}`, { lazyConnect: true, enableOfflineQueue: false, connectTimeout: 500, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  c.on("error", () => undefined);
  try {
    await c.connect();
    await c.ping();
    return false;
  } catch (err) {
    return `Redis unreachable at ${HOST}:${REDIS_PORT} (${(err as Error).message})`;
  } finally {
    c.disconnect();
  }
}

interface ReplyGate {
  port: number;
  /** Replies from the server are kept back from now on. */
  hold(): void;
  /** Bytes kept back so far. */
  readonly held: number;
  /** Hands what was kept back to the client and stops holding. */
  pass(): void;
  /** Destroys every connection (the client sees its socket close, as when the server dies). */
  kill(): void;
  close(): Promise<void>;
}

/** A proxy to the shared Redis that can hold replies back or kill the connections. */
async function replyGate(port: number): Promise<ReplyGate> {
  const sockets = new Set<net.Socket>();
  const clients = new Set<net.Socket>();
  let holding = false;
  let held: { to: net.Socket; data: Buffer }[] = [];
  const server = net.createServer((client) => {
    const upstream = net.connect(port, HOST);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => undefined);
      s.on("close", () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    clients.add(client);
    client.on("close", () => clients.delete(client));
    client.pipe(upstream);
    upstream.on("data", (data: Buffer) => {
      if (holding) held.push({ to: client, data });
      else client.write(data);
    });
  });
  server.listen(0, HOST);
  await once(server, "listening");
  return {
    port: (server.address() as net.AddressInfo).port,
    hold: () => {
      holding = true;
    },
    get held() {
      return held.reduce((n, h) => n + h.data.length, 0);
    },
    pass: () => {
      holding = false;
      for (const h of held) h.to.write(h.data);
      held = [];
    },
    kill: () => {
      for (const s of sockets) s.destroy();
      held = [];
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      server.close();
      await once(server, "close");
    },
  };
}

const rSkip = await redisSkip();
if (rSkip) console.log(`# SKIP loop-aware Redis tests: ${rSkip}`);

describe("Redis limit backend: a stalled event loop is not a dead Redis", { skip: rSkip }, () => {
  let gate: ReplyGate;
  const backends: RedisLimitBackend[] = [];
  const node = (commandTimeoutMs?: number) => {
    const b = new RedisLimitBackend({ url: `redis://${HOST}:${gate.port}`, prefix: PREFIX, commandTimeoutMs, maxReconnectDelayMs: 200 });
    backends.push(b);
    return b;
  };
  const charge = (b: RedisLimitBackend, key: string) => b.charge([{ key, limit: 1_000, windowMs: 600_000, amount: 1 }], Date.now());

  before(async () => {
    gate = await replyGate(REDIS_PORT);
  });
  after(async () => {
    await Promise.all(backends.map((b) => b.close()));
    await gate.close();
    const admin = new Redis(`redis://${HOST}:${REDIS_PORT}`, { maxRetriesPerRequest: 0 });
    const left = await admin.keys(`{${PREFIX}}*`);
    if (left.length > 0) await admin.del(...left);
    await admin.quit();
  });

  test("a reply that waited in the socket while the loop was blocked past the timeout is taken, every time", async () => {
    const b = node(); // the default 1 s command timeout
    await b.ping();
    const key = `stall:${randomBytes(4).toString("hex")}`;
    for (let i = 0; i < 3; i++) {
      // Three in a row: two timeouts in a row would also drop the connection.
      gate.hold();
      const pending = charge(b, key);
      await until(() => gate.held > 0, "Redis to answer (the command is on the wire)");
      // The reply is put in this process's socket, and the loop does not read it for one and a half command timeouts.
      await stall(1_500, () => gate.pass());
      assert.deepEqual(await pending, { ok: true }, `stall ${i + 1}: no limits_unavailable`);
    }
    assert.deepEqual(await charge(b, key), { ok: true }, "and the connection still serves");
  });

  test("a Redis that does not answer still fails after the timeout while the loop is free", async () => {
    const b = node(); // 1 s
    await b.ping();
    gate.hold();
    try {
      const { result, elapsed, stalled } = await timed(() => charge(b, `silent:${randomBytes(4).toString("hex")}`));
      assert.equal(result.status, "rejected");
      assert.ok((result as PromiseRejectedResult).reason instanceof LimitBackendUnavailableError);
      assert.match(String((result as PromiseRejectedResult).reason), /timed out/i);
      assert.ok(elapsed >= 990, `not before the timeout (${Math.round(elapsed)} ms)`);
      assert.ok(elapsed - stalled < 1_500, `within the timeout and a margin, counting responsive time (${Math.round(elapsed)} ms, ${Math.round(stalled)} ms stalled)`);
    } finally {
      gate.pass();
    }
  });

  test("a connection that dies with a command in flight fails at once, well within the timeout", async () => {
    const b = node(5_000); // a long timeout: only the lost connection can explain a prompt failure
    await b.ping();
    gate.hold();
    const key = `killed:${randomBytes(4).toString("hex")}`;
    const pending = charge(b, key);
    await until(() => gate.held > 0, "the command to be on the wire");
    const killedAt = performance.now();
    gate.kill();
    await assert.rejects(pending, LimitBackendUnavailableError);
    assert.ok(performance.now() - killedAt < 1_000, `rejected within a second of the connection dying (${Math.round(performance.now() - killedAt)} ms)`);
    gate.pass();
    const t = performance.now();
    await assert.rejects(charge(b, key), LimitBackendUnavailableError, "while reconnecting, the next call fails too");
    assert.ok(performance.now() - t < 1_000, "and at once");
  });
});

describe("/readyz probe: a stalled event loop is not a dead dependency", { skip: rSkip }, () => {
  test("a check answered while the loop was blocked past the probe's timeout counts as ready", async () => {
    const release = processLoop.acquire(); // the gateway holds it while it runs
    const redis = new Redis(`redis://${HOST}:${REDIS_PORT}`, { maxRetriesPerRequest: 0 });
    try {
      await redis.ping();
      const probe = new CachedProbe(() => redis.ping().then(() => undefined), 1_000, 100);
      const ok = probe.ok(); // PING is written now; PONG comes back during the stall
      await stall(300);
      assert.equal(await ok, true);
    } finally {
      redis.disconnect();
      release();
    }
  });
});

describe("PostgreSQL store and audit log: a stalled event loop is not a dead database", { skip: pgSkip }, () => {
  let database: TestDatabase;
  let store: PostgresStore;
  let watcher: pg.Client;

  /** Whether a query of this database matching `pattern` is running, or waiting for a lock (`lock`). */
  const running = async (pattern: string, lock = false) => {
    const r = await watcher.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE $1 ${lock ? "AND wait_event_type = 'Lock'" : ""}`,
      [pattern],
    );
    return (r.rows[0] as { n: number }).n > 0;
  };

  before(async () => {
    database = await freshDatabase("loopaware");
    store = await PostgresStore.open(database.url, { poolSize: 4, queryTimeoutMs: 500 });
    watcher = new pg.Client({ connectionString: database.url });
    await watcher.connect();
  });
  after(async () => {
    await watcher?.end();
    await store?.close();
    await database?.drop();
  });

  test("a query answered while the loop was blocked past the timeout succeeds", async () => {
    const q = sql<{ s: string }>`SELECT pg_sleep(0.2)::text AS s`.execute(store.db);
    await until(() => running("SELECT pg_sleep(0.2)%"), "the query to run on the server");
    await stall(1_500); // three query timeouts; the answer comes back 0.2 s in and waits in the socket
    const r = await q;
    assert.equal(r.rows.length, 1);
  });

  test("a query the server does not answer in time still fails while the loop is free; the store goes on", async () => {
    // One connection: the next query can only run if the timed-out one's connection was let go.
    const one = await PostgresStore.open(database.url, { poolSize: 1, queryTimeoutMs: 500, migrate: false });
    try {
      const { result, elapsed, stalled } = await timed(() => sql`SELECT pg_sleep(5)`.execute(one.db));
      assert.equal(result.status, "rejected");
      assert.match(String((result as PromiseRejectedResult).reason), /timed out|timeout/i);
      assert.ok(elapsed >= 490, `not before the timeout (${Math.round(elapsed)} ms)`);
      assert.ok(elapsed - stalled < 1_000, `within the timeout and a margin, counting responsive time (${Math.round(elapsed)} ms, ${Math.round(stalled)} ms stalled)`);
      const t = performance.now();
      await one.ping(); // on a new connection, not queued behind the 5 s sleep
      assert.ok(performance.now() - t < 2_000, `the next query did not wait for the sleep (${Math.round(performance.now() - t)} ms)`);
    } finally {
      await one.close();
    }
  });

  test("the audit log keeps admitting when its write is answered during a stall", async () => {
    const errors: unknown[] = [];
    const log = new AuditLog({ store: store.audit, queue: 100, onQueueFull: "fail-closed", maxEvents: 10, maxDelayMs: 1, onError: (err) => errors.push(err) });
    try {
      log.record({ kind: "test.first", tenant: "default" });
      await log.flush(); // audit_state's row exists now
      // Another session holds the log's row lock for 1 s, all on the server (one simple query).
      const locker = new pg.Client({ connectionString: database.url });
      await locker.connect();
      try {
        const locked = locker.query("BEGIN; SELECT 1 FROM audit_state WHERE id = 1 FOR UPDATE; SELECT pg_sleep(1); COMMIT");
        await until(() => running("BEGIN; SELECT 1 FROM audit_state%"), "the lock to be taken");
        log.record({ kind: "test.stalled", tenant: "default" });
        await until(() => running("%FOR UPDATE%", true), "the audit write to wait for the lock");
        await stall(1_500); // the lock goes at 1 s; the write's answer waits in the socket past the 0.5 s timeout
        await locked;
      } finally {
        await locker.end();
      }
      await log.flush();
      assert.deepEqual(errors, [], "no write failed");
      assert.equal(log.admits(), true);
      assert.equal(log.stats().failing, false);
    } finally {
      await log.close();
    }
  });
});
