/**
 * `wardgate budgets show`: with the memory backend it refuses clearly (the
 * counters are in the gateway process; zeros would be a lie), through the
 * real command line; with Redis it shows the spending stored there, per
 * tenant and for the shared model budgets. The Redis part uses budget ids
 * unique to this run and deletes their keys afterwards; it is skipped when
 * Redis is unreachable.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { Redis } from "ioredis";
import { budgetState, budgetTable, MEMORY_BACKEND_MESSAGE } from "../../src/cli/budgets.js";
import { CliError } from "../../src/cli/errors.js";
import { parseConfig } from "../../src/config/load.js";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { RedisLimitBackend } from "../../src/limits/redis-backend.js";
import { budgetKey } from "../../src/limits/rules.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { portReachable, REDIS_URL } from "../fixtures/redis.js";

const ROOT = resolve(import.meta.dirname, "../..");
const RUN = `cli-${randomBytes(4).toString("hex")}`;
const NOW = Date.UTC(2026, 10, 26, 10, 0, 0);

const configOf = (limitsBackend: string) =>
  parseConfig({
    providers: { demo: { type: "demo" } },
    models: [{ name: "demo", provider: "demo", price: { input: 1, output: 1, currency: "USD" } }],
    limitsBackend,
    budgets: [
      { id: `${RUN}-key`, scope: "key", amount: 2, period: "month" },
      { id: `${RUN}-tenant`, scope: "tenant", amount: 50, period: "day" },
      { id: `${RUN}-model`, scope: "model", match: "demo", amount: 1000, period: "total" },
    ],
  });

describe("wardgate budgets show", () => {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-budgets-cli-"));
  let store: SqliteStore;
  let keyId: string;
  before(async () => {
    store = await SqliteStore.open(join(dir, "wardgate.db"));
    keyId = (await issueKey(store.keys, { principal: "svc", models: ["demo"], now: NOW })).record.id;
    await store.org.ensureTenant("acme");
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("memory backend: a clear refusal, not zeros (exit 1), through the real command line", async () => {
    await assert.rejects(budgetState(configOf("memory"), store, {}, NOW), (err: unknown) => err instanceof CliError && err.exitCode === 1 && err.message === MEMORY_BACKEND_MESSAGE);
    const yaml = join(dir, "memory.yaml");
    writeFileSync(
      yaml,
      "providers: { demo: { type: demo } }\nmodels: [{ name: demo, provider: demo, price: { input: 1, output: 1, currency: USD } }]\nbudgets: [{ id: daily, scope: tenant, amount: 5, period: day }]\n",
    );
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "--config", yaml, "--data-dir", dir, "budgets", "show"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /limitsBackend is "memory": budget counters live inside the running gateway process/);
    assert.match(r.stderr, /GET \/admin\/v1\/budgets/);
  });

  test("bad options are usage errors (exit 2)", async () => {
    for (const o of [{ scope: "galaxy" }, { subject: "svc" }, { scope: "key", subject: "nope" }, { tenant: "bad id" }]) {
      await assert.rejects(budgetState(configOf("memory"), store, o, NOW), (err: unknown) => err instanceof CliError && err.exitCode === 2, JSON.stringify(o));
    }
  });

  test("Redis backend: the spending stored in Redis, per tenant and per model", async (t) => {
    if (!(await portReachable(6379))) {
      t.skip("Redis is not reachable at 127.0.0.1:6379");
      return;
    }
    const config = configOf(REDIS_URL);
    // What the gateway would have written (createLimits uses the default key prefix).
    const gateway = new RedisLimitBackend({ url: REDIS_URL });
    const spend = async (id: string, subject: string, micros: number, held = 0) => {
      const b = config.budgets.find((x) => x.id === id)!;
      const key = budgetKey(b, subject, NOW);
      await gateway.reserve([{ key, limit: b.amount, amount: micros }], `${RUN}-s`, 60_000, NOW);
      await gateway.settle([key], `${RUN}-s`, micros);
      if (held > 0) await gateway.reserve([{ key, limit: b.amount, amount: held }], `${RUN}-h`, 60_000, NOW);
    };
    try {
      await spend(`${RUN}-key`, `default/${keyId}`, 500_000, 250_000);
      await spend(`${RUN}-tenant`, "acme", 7_000_000);
      await spend(`${RUN}-model`, "demo", 123_456_789);
      const { rows } = await budgetState(config, store, {}, NOW);
      const got = rows.map((r) => [r.budget.slice(RUN.length + 1), r.subject, r.spent, r.reserved, r.remaining, r.periodKey]);
      assert.deepEqual(got, [
        // Tenant by tenant (sorted), then the model budgets shared by all.
        ["tenant", "acme", "7.00", "0.00", "43.00", "2026-11-26"],
        ["key", `wg_${keyId}`, "0.50", "0.25", "1.25", "2026-11"],
        ["tenant", "default", "0.00", "0.00", "50.00", "2026-11-26"],
        ["model", "demo", "123.456789", "0.00", "876.543211", "total"],
      ]);
      const acme = await budgetState(config, store, { tenant: "acme", scope: "tenant" }, NOW);
      assert.deepEqual(
        acme.rows.map((r) => [r.subject, r.spent]),
        [["acme", "7.00"]],
      );
      const key = await budgetState(config, store, { scope: "key", subject: `wg_${keyId}` }, NOW);
      assert.equal(key.rows.length, 1);
      const table = budgetTable(rows);
      assert.match(table, /^BUDGET\s+SCOPE\s+SUBJECT\s+SPENT\s+RESERVED\s+REMAINING\s+LIMIT\s+CURRENCY\s+PERIOD\s+ENDS\n/);
      assert.match(table, new RegExp(`${RUN}-key\\s+key\\s+wg_${keyId}\\s+0\\.50\\s+0\\.25\\s+1\\.25\\s+2\\.00\\s+USD\\s+2026-11\\s+2026-12-01T00:00:00\\.000Z`));
      assert.match(table, /total\s+never\n$/);
    } finally {
      await gateway.close();
      const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 0 });
      const left = await redis.keys(`{wardgate}:*${RUN}*`);
      if (left.length > 0) await redis.del(...left);
      await redis.quit();
    }
  });

  test("Redis unreachable: a clear error naming where, never the URL's password", async () => {
    const config = configOf("redis://user:s3cret@127.0.0.1:1");
    await assert.rejects(
      budgetState(config, store, {}, NOW),
      (err: unknown) => err instanceof CliError && err.exitCode === 1 && /cannot read the budget counters from redis:\/\/127\.0\.0\.1:1/.test(err.message) && !err.message.includes("s3cret"),
    );
  });
});
