/**
 * The cluster mode end to end: three `wardgate serve` processes (the built
 * CLI) share one PostgreSQL database and one Redis, and traffic is spread
 * over all three at once through the official openai client. Checked: a
 * requests-per-window limit admits no more than its limit across the nodes;
 * a budget is never overshot and is settled to the true cost; a key revoked
 * through the store (as the CLI or another node's admin API would) is refused
 * by every node within one second; and the audit log the three nodes wrote
 * into at the same time verifies.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { RedisLimitBackend } from "../../src/limits/redis-backend.js";
import { budgetKey } from "../../src/limits/rules.js";
import { freshDatabase, pgSkip, type TestDatabase } from "../fixtures/postgres.js";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { REDIS_URL, redisSkip } from "../fixtures/redis.js";
import { freePort } from "../fixtures/processes.js";
import { waitFor } from "../fixtures/wait.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");
const NODES = 3;


interface Node {
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

describe("cluster: three gateway processes sharing PostgreSQL and Redis", { skip: pgSkip || redisSkip }, () => {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-cluster-"));
  const cfgFile = join(dir, "wardgate.yaml");
  const env = { ...process.env, WARDGATE_MASTER_KEYS: `1:${randomBytes(32).toString("base64")}` };
  // Unique rule ids: the Redis on 127.0.0.1 is shared with other test files.
  const run = randomBytes(4).toString("hex");
  const limitId = `cl-req-${run}`;
  const budget = { id: `cl-budget-${run}`, scope: "principal" as const, period: "total" as const };
  // 1000 USD per million tokens either way: the mock's usage (10 + 5 tokens) costs 0.015 USD; a budget of 0.3 fits 20.
  const BUDGET_MICROS = 300_000;
  const COST_MICROS = 15_000;
  const LIMIT = 30;
  let db: TestDatabase;
  let upstream: MockUpstream;
  const nodes: Node[] = [];
  const keys: Record<string, { key: string; id: string }> = {};

  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, "--config", cfgFile, ...args], { env, cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 0, `wardgate ${args.join(" ")}: ${r.stderr}`);
    return r.stdout;
  };

  async function startNode(i: number): Promise<Node> {
    const port = await freePort();
    const child = spawn(process.execPath, [CLI, "--config", cfgFile, "--data-dir", join(dir, `node${i}`), "serve", "--port", String(port)], {
      env,
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stderr!.on("data", (d) => {
      err += d;
    });
    await new Promise<void>((res, rej) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL"); // not left running behind a failed before()
        rej(new Error(`node ${i} did not start: ${out}\n${err}`));
      }, 60_000);
      child.stdout!.on("data", (d) => {
        out += d;
        if (/listening on/.test(out)) {
          clearTimeout(timer);
          res();
        }
      });
      child.once("exit", (code) => rej(new Error(`node ${i} exited ${code}: ${out}\n${err}`)));
    });
    child.removeAllListeners("exit");
    return { url: `http://127.0.0.1:${port}`, child, exited: new Promise((res) => child.once("exit", (code) => res(code))) };
  }

  before(async () => {
    db = await freshDatabase("cluster");
    upstream = await startMockUpstream();
    const config = {
      store: db.url,
      limitsBackend: REDIS_URL,
      crypto: { masterKey: { provider: "env" } },
      admin: { enabled: false },
      log: { level: "warn" },
      providers: { mock: { type: "openai", baseUrl: `${upstream.url}/v1`, apiKey: "sk-upstream-secret" } },
      models: [{ name: "mock-model", provider: "mock", price: { input: 1000, output: 1000, currency: "USD" } }],
      limits: [{ id: limitId, scope: "principal", match: "limited", requests: { limit: LIMIT, window: "31d" } }],
      budgets: [{ ...budget, match: "spender", amount: BUDGET_MICROS / 1e6, currency: "USD" }],
      limitsDefaults: { maxOutputTokens: 50 },
    };
    writeFileSync(cfgFile, JSON.stringify(config, null, 2)); // JSON is YAML
    for (const principal of ["limited", "spender", "victim"]) {
      const out = JSON.parse(cli(["keys", "create", "--principal", principal, "--model", "mock-model", "--json"])) as { key: string; id: string };
      keys[principal] = out;
    }
    // allSettled: a node that did start is stopped by after() even when another one failed to.
    const started = await Promise.allSettled(Array.from({ length: NODES }, (_, i) => startNode(i)));
    for (const r of started) if (r.status === "fulfilled") nodes.push(r.value);
    const failed = started.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  });

  after(async () => {
    for (const n of nodes) n.child.kill("SIGTERM");
    await Promise.all(nodes.map((n) => n.exited));
    await upstream?.close();
    await db?.drop();
  });

  const client = (node: Node, key: string) => new OpenAI({ apiKey: key, baseURL: `${node.url}/v1`, maxRetries: 0 });
  const ask = (o: OpenAI) => o.chat.completions.create({ model: "mock-model", messages: [{ role: "user", content: "hello" }] });

  /** Fires `perNode` requests at every node at once; returns the statuses (200, or the error's). */
  async function burst(key: string, perNode: number): Promise<{ status: number; code?: string }[]> {
    const calls = nodes.flatMap((n) => Array.from({ length: perNode }, () => ask(client(n, key))));
    return Promise.all(
      calls.map((p) =>
        p.then(
          () => ({ status: 200 }),
          (err: unknown) => {
            assert.ok(err instanceof OpenAI.APIError, String(err));
            return { status: err.status!, code: (err.error as { code?: string } | undefined)?.code };
          },
        ),
      ),
    );
  }

  test("a requests limit holds across the three nodes", async () => {
    const before = upstream.received.length;
    const results = await burst(keys.limited!.key, LIMIT); // 3 × the limit, all at once
    const admitted = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 429);
    assert.equal(admitted, LIMIT, `admitted ${admitted} of ${results.length} with a limit of ${LIMIT}`);
    assert.equal(refused.length, results.length - LIMIT);
    assert.ok(refused.every((r) => r.code === "rate_limit_exceeded"), JSON.stringify(refused.slice(0, 3)));
    assert.equal(upstream.received.length - before, LIMIT, "only admitted requests reach the upstream");
  });

  test("a budget is never overshot, and is settled to the true cost", async () => {
    const redis = new RedisLimitBackend({ url: REDIS_URL });
    try {
      const key = budgetKey(budget, "default/spender", Date.now());
      // Three waves of 3 × 15 concurrent requests: 135 × 0.015 USD would be 2.025 USD against a budget of 0.3.
      let admitted = 0;
      for (let wave = 0; wave < 3; wave++) {
        const results = await burst(keys.spender!.key, 15);
        admitted += results.filter((r) => r.status === 200).length;
        const other = results.filter((r) => r.status !== 200 && r.code !== "insufficient_quota");
        assert.deepEqual(other, [], "refusals are budget refusals");
      }
      // Settlement runs after the reply: wait for every reservation to be settled.
      let state = await redis.budget(key);
      const settled = async () => {
        state = await redis.budget(key);
        return state.reserved === 0;
      };
      await waitFor(settled, { what: () => `every reservation settled (${state.reserved} reserved)`, intervalMs: 20 });
      assert.ok(state.spent <= BUDGET_MICROS, `spent ${state.spent} of ${BUDGET_MICROS}`);
      assert.equal(state.spent, admitted * COST_MICROS, "settled to the reported usage, not the reservation");
      assert.ok(admitted >= 1 && admitted <= BUDGET_MICROS / COST_MICROS, `admitted ${admitted}`);
    } finally {
      await redis.close();
    }
  });

  test("a revoked key is refused by every node within one second", async (t) => {
    const { key, id } = keys.victim!;
    // Every node has the key in its cache before the revocation.
    for (const n of nodes) await ask(client(n, key));
    const { PostgresStore } = await import("../../src/store/postgres.js");
    const store = await PostgresStore.open(db.url, { poolSize: 1 });
    let t0: number;
    try {
      // The CLI shows ids as wg_<id>; the store takes the bare id.
      const bare = id.replace(/^wg_/, "");
      assert.ok(await store.keys.get(bare), "the key is in the shared store");
      t0 = Date.now();
      await store.keys.revoke(bare, t0);
    } finally {
      await store.close();
    }
    const seen = await Promise.all(
      nodes.map(async (n) => {
        const o = client(n, key);
        for (;;) {
          try {
            await ask(o);
          } catch (err) {
            if (err instanceof OpenAI.APIError && err.status === 401) return Date.now() - t0;
            throw err;
          }
          if (Date.now() - t0 > 3000) return Number.POSITIVE_INFINITY;
          await new Promise((r) => setTimeout(r, 10));
        }
      }),
    );
    t.diagnostic(`refused by the nodes after ${seen.join(", ")} ms`);
    assert.ok(Math.max(...seen) < 1000, `nodes refused the key after ${seen.join(", ")} ms`);
  });

  test("the audit log the three nodes appended to at once verifies", async () => {
    for (const n of nodes) n.child.kill("SIGTERM");
    assert.deepEqual(await Promise.all(nodes.map((n) => n.exited)), [0, 0, 0]);
    nodes.length = 0;
    const out = cli(["audit", "verify"]);
    assert.match(out, /ok|intact|verified/i);
  });
});
