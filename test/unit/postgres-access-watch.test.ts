/**
 * Other nodes' access changes on PostgreSQL (migration 0012 + AccessWatch):
 * two stores on one database stand for two gateway nodes. A change through one
 * must move the other's change token within a second (NOTIFY: milliseconds),
 * a last-use write must not, and neither a lost notification nor a lost
 * connection may leave a node trusting stale caches.
 */
import assert from "node:assert/strict";
import net from "node:net";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import type { KeyRecord } from "../../src/identity/key-store.js";
import type { KillSwitch } from "../../src/incident/kill-switches.js";
import { AccessWatch } from "../../src/store/postgres-access-watch.js";
import { type PostgresStoreOptions, PostgresStore } from "../../src/store/postgres.js";
import { savePolicy } from "../../src/policy/validate.js";
import { freshDatabase, pgSkip, type TestDatabase } from "../fixtures/postgres.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resync so rare it never fires during a test: a move seen within it came by NOTIFY. */
const NOTIFY_ONLY = { resyncMs: 60_000 };

const key = (id: string): KeyRecord => ({
  id,
  name: null,
  tenantId: "default",
  principal: "alice",
  secretHash: "h".repeat(64),
  models: [],
  routes: [],
  ipAllow: [],
  expiresAt: null,
  revokedAt: null,
  createdAt: 1,
  lastUsedAt: null,
  lastUsedIp: null,
  rotatedFrom: null,
});

const rule = (id: string) => ({ id, subjects: ["team:eng"], actions: ["invoke"], resources: ["model:demo"] });

const killSwitch = (id: string): KillSwitch => ({
  tenantId: "default",
  id,
  scope: "model",
  target: "gpt-4*",
  reason: "incident",
  engagedAt: 1,
  engagedBy: "sec@example.com",
  liftedAt: null,
  liftedBy: null,
});

/**
 * Runs `write`, then polls `store`'s token until it moves or `withinMs` (from the
 * commit) passes. Returns ms from the write's start to the move (an upper bound on
 * commit-to-move: the notification can beat the commit's own acknowledgement), or
 * undefined when it did not move.
 */
async function moveAfter(store: { changeToken(): string; accessWatch?: { sync(): Promise<void> } }, write: () => Promise<unknown>, withinMs = 1000): Promise<number | undefined> {
  // Hear out the earlier writes' notifications first: on a busy machine one arriving late would count as this move.
  await store.accessWatch?.sync();
  const before = store.changeToken();
  const started = performance.now();
  await write();
  const committed = performance.now();
  while (performance.now() - committed < withinMs) {
    if (store.changeToken() !== before) return performance.now() - started;
    await sleep(1);
  }
  return store.changeToken() !== before ? performance.now() - started : undefined;
}

const latencies: Record<string, number> = {};

function assertMoved(what: string, ms: number | undefined, limit = 1000): void {
  assert.ok(ms !== undefined && ms < limit, `${what}: token did not move within ${limit} ms`);
  latencies[what] = Math.round(ms * 10) / 10;
}

describe("PostgreSQL access changes reach every node", { skip: pgSkip }, () => {
  let database: TestDatabase;
  let a: PostgresStore;
  let b: PostgresStore;
  let sqlClient: pg.Client;
  const opened: PostgresStore[] = [];
  const open = async (options: PostgresStoreOptions["accessWatch"]) => {
    const s = await PostgresStore.open(database.url, { poolSize: 2, accessWatch: options });
    opened.push(s);
    return s;
  };
  /** Terminates the backend of the watch whose application_name is `name`; returns how many it ended. */
  const terminate = async (name: string) => {
    const { rows } = await sqlClient.query<{ n: number }>(
      "SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()",
      [name],
    );
    return rows[0]!.n;
  };

  before(async () => {
    database = await freshDatabase("accesswatch");
    a = await open(NOTIFY_ONLY);
    b = await open(NOTIFY_ONLY);
    sqlClient = new pg.Client({ connectionString: database.url });
    await sqlClient.connect();
    await a.keys.insert(key("k1"));
    await a.keys.insert(key("k2"));
    await a.accessWatch!.sync(); // the inserts' notifications land before measuring
    await b.accessWatch!.sync();
  });
  after(async () => {
    await sqlClient?.end();
    for (const s of opened) await s.close();
    await database?.drop();
    console.log(`# propagation latency, write started on one node → other node's token moved (ms): ${JSON.stringify(latencies)}`);
  });

  test("0012 made the counter and its triggers", async () => {
    const { rows } = await sqlClient.query<{ tgname: string }>("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'access_notify_%' ORDER BY tgname");
    assert.deepEqual(
      rows.map((r) => r.tgname),
      ["gateway_keys", "gateway_tokens", "kill_switches", "policies", "principals", "teams", "tenants"].map((t) => `access_notify_${t}`),
    );
    assert.equal(a.accessWatch?.healthy(), true);
    assert.equal(b.accessWatch?.healthy(), true);
  });

  test("revoking a key on one node moves the other's token within a second (NOTIFY)", async () => {
    assertMoved("revoke key", await moveAfter(b, () => a.keys.revoke("k1", Date.now())));
  });

  test("changing a policy on one node moves the other's token within a second", async () => {
    assertMoved("put policy", await moveAfter(b, () => savePolicy(a.policies, "default", rule("r1"))));
    assertMoved("delete policy", await moveAfter(b, () => a.policies.delete("default", "r1")));
  });

  test("engaging and lifting a kill switch on one node moves the other's token within a second", async () => {
    assertMoved("engage kill switch", await moveAfter(b, () => a.killSwitches.engage(killSwitch("ks1"))));
    assertMoved("lift kill switch", await moveAfter(b, () => a.killSwitches.lift("default", "ks1", Date.now(), "sec@example.com")));
  });

  test("a last-use write (many a second) does not move the other's token", async () => {
    const moved = await moveAfter(b, () => a.keys.recordUse([{ id: "k2", at: Date.now(), ip: "10.0.0.1" }]), 300);
    assert.equal(moved, undefined, "last_used_at/_ip are not access columns");
    assert.equal(typeof (await b.keys.get("k2"))!.lastUsedAt, "number", "the write did land");
  });

  test("a raw SQL change by another client (the CLI, a hand edit) moves the token", async () => {
    assertMoved("raw SQL update", await moveAfter(b, () => sqlClient.query("UPDATE gateway_keys SET expires_at = 99 WHERE id = 'k2'")));
    assertMoved("raw SQL truncate", await moveAfter(b, () => sqlClient.query("TRUNCATE kill_switches")));
  });

  test("a rolled-back change notifies nobody", async () => {
    const moved = await moveAfter(
      b,
      async () => {
        await sqlClient.query("BEGIN");
        await sqlClient.query("UPDATE gateway_keys SET revoked_at = 1 WHERE id = 'k2'");
        await sqlClient.query("ROLLBACK");
      },
      300,
    );
    assert.equal(moved, undefined);
  });

  test("a node's own write moves its token at once, and once more when its NOTIFY returns; sync() waits for that", async () => {
    for (let i = 0; i < 10; i++) {
      const before = a.changeToken();
      await a.killSwitches.engage(killSwitch(`own${i}`));
      assert.notEqual(a.changeToken(), before, "at once, before any notification");
      await a.accessWatch!.sync();
      const settledToken = a.changeToken();
      await sleep(20);
      assert.equal(a.changeToken(), settledToken, "nothing more arrives after sync()");
    }
  });

  test("a lost notification is made up by the resync", async () => {
    const c = await open({ resyncMs: 200 });
    // Bumping the counter directly sends no NOTIFY (no trigger on access_generation): exactly a lost notification.
    const bump = () => sqlClient.query("UPDATE access_generation SET gen = gen + 1 WHERE id = 1");
    assert.equal(await moveAfter(b, bump, 300), undefined, "no notification was sent (b only listens)");
    // The bound says "by the resync, not never": generous for a busy machine (timers fire late).
    assertMoved("resync (200 ms interval)", await moveAfter(c, bump, 2000), 2000);
  });

  test("losing the LISTEN connection moves the token; the watch reconnects and hears NOTIFY again", async () => {
    const name = `wardgate-access-watch-test-${process.pid}`;
    const d = await open({ ...NOTIFY_ONLY, applicationName: name, minBackoffMs: 20 });
    assert.ok(d.accessWatch?.healthy());
    assertMoved("connection terminated", await moveAfter(d, async () => assert.equal(await terminate(name), 1)));
    const started = performance.now();
    while (!d.accessWatch?.healthy() && performance.now() - started < 20_000) await sleep(5);
    assert.ok(d.accessWatch?.healthy(), "reconnected by itself");
    await sleep(20); // the reconnect's own move has happened (healthy is set before it)
    assertMoved("revoke after reconnect", await moveAfter(d, () => a.keys.revoke("k2", Date.now())));
  });

  test("while the LISTEN connection is down, the resync reads through the pool", async () => {
    const name = `wardgate-access-watch-down-${process.pid}`;
    const e = await open({ resyncMs: 200, applicationName: name, minBackoffMs: 60_000 });
    await terminate(name);
    const started = performance.now();
    while (e.accessWatch?.healthy() && performance.now() - started < 20_000) await sleep(5);
    assert.equal(e.accessWatch?.healthy(), false, "down, and not retrying for a minute");
    await sleep(250); // a resync settles the counter's last value
    assertMoved("policy change, LISTEN down (resync via pool)", await moveAfter(e, () => savePolicy(a.policies, "default", rule("r2")), 2000), 2000);
  });
});

/**
 * A TCP proxy to PostgreSQL that can freeze: bytes are held, not dropped, and no
 * side learns anything (a partitioned network, not a closed connection). Thawing
 * delivers what was held, so the protocol stays intact.
 */
async function freezableProxy(target: URL) {
  let frozen = false;
  const flushes: (() => void)[] = [];
  const sockets = new Set<net.Socket>();
  const forward = (from: net.Socket, to: net.Socket) => {
    const held: Buffer[] = [];
    from.on("data", (d: Buffer) => (frozen ? held.push(d) : to.write(d)));
    flushes.push(() => {
      for (const d of held.splice(0)) to.write(d);
    });
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => undefined);
      s.on("close", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = new URL(target);
  url.host = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return {
    url: url.toString(),
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      for (const f of flushes) f();
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

describe("PostgreSQL access watch over a silently dead network", { skip: pgSkip }, () => {
  test("a LISTEN connection that stops answering (no error, no close) is given up: the token moves, and it reconnects after", async () => {
    const database = await freshDatabase("accesswatchnet");
    const proxy = await freezableProxy(new URL(database.url));
    const store = await PostgresStore.open(proxy.url, { poolSize: 1, accessWatch: { resyncMs: 200, minBackoffMs: 50 } });
    try {
      const watch = store.accessWatch!;
      assert.ok(watch.healthy());
      proxy.freeze();
      const before = store.changeToken();
      const frozenAt = performance.now();
      while (watch.healthy() && performance.now() - frozenAt < 5000) await sleep(10);
      assert.equal(watch.healthy(), false, "the resync's unanswered read gave the connection up");
      assert.notEqual(store.changeToken(), before, "caches are told not to trust what they hold");
      console.log(`# silent network loss detected after ${Math.round(performance.now() - frozenAt)} ms`);
      proxy.thaw();
      const thawedAt = performance.now();
      while (!watch.healthy() && performance.now() - thawedAt < 8000) await sleep(10);
      assert.ok(watch.healthy(), "reconnected once the network came back");
    } finally {
      proxy.thaw();
      await store.close();
      await proxy.close();
      await database.drop();
    }
  });
});

describe("AccessWatch without a server", () => {
  test("start does not reject, stays unhealthy, retries quietly, and closes", async () => {
    const watch = await AccessWatch.start("postgres://postgres@127.0.0.1:1/none", undefined, { resyncMs: 20, minBackoffMs: 10, maxBackoffMs: 40 });
    const t0 = watch.token();
    await sleep(200);
    assert.equal(watch.healthy(), false);
    assert.equal(watch.token(), t0, "nothing was lost: it never connected");
    await watch.close();
  });
});
