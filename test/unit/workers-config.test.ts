/** What `serve --workers N` refuses before forking, and how --workers is parsed (the processes: test/e2e/workers.test.ts). */
import assert from "node:assert/strict";
import { availableParallelism } from "node:os";
import { test } from "node:test";
import { InvalidArgumentError } from "commander";
import { ConfigError, parseConfig } from "../../src/config/load.js";
import { checkWorkersConfig, parseWorkers } from "../../src/cli/workers.js";

const base = { providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo", price: { input: 1, output: 1 } }] };

test("--workers: a count from 1 to 256, or auto (one per core)", () => {
  assert.equal(parseWorkers("3"), 3);
  assert.equal(parseWorkers("auto"), availableParallelism());
  for (const bad of ["0", "257", "two", "-1", "1.5", "", " 2"]) assert.throws(() => parseWorkers(bad), InvalidArgumentError, bad);
});

test("memory counters are refused with more than one worker, for limits and budgets alike", () => {
  const limits = parseConfig({ ...base, limits: [{ id: "l", scope: "key", concurrent: 2 }] });
  const budgets = parseConfig({ ...base, budgets: [{ id: "b", scope: "tenant", amount: 10 }] });
  for (const config of [limits, budgets]) {
    assert.throws(() => checkWorkersConfig(config, 4), (e: unknown) => e instanceof ConfigError && /^limitsBackend: .*--workers 4.*4 times.*redis:\/\//.test(e.message));
    assert.doesNotThrow(() => checkWorkersConfig(config, 1), "one process: memory counters are exact");
    assert.doesNotThrow(() => checkWorkersConfig({ ...config, limitsBackend: "redis://127.0.0.1:6379" }, 4), "shared counters");
  }
  assert.doesNotThrow(() => checkWorkersConfig(parseConfig(base), 4), "nothing counted: nothing to share");
});

test("an in-memory SQLite store is refused with more than one worker", () => {
  assert.throws(() => checkWorkersConfig(parseConfig({ ...base, store: "sqlite::memory:" }), 2), /store: "sqlite::memory:" is private to each process/);
});
