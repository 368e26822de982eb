/** Which requests pass uncounted while the counter store is down (onUnavailable), the throttled warning, and the cached readiness probe. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "pino";
import { parseConfig } from "../../src/config/load.js";
import { CachedProbe } from "../../src/gateway/probe.js";
import { FailOpen } from "../../src/limits/fail-open.js";
import { LimitRules } from "../../src/limits/rules.js";

const config = (extra: Record<string, unknown>) =>
  parseConfig({ providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo", price: { input: 1, output: 1 } }], ...extra });

const subject = (principalId: string) => ({ tenantId: "default", keyId: "k1", principalId, teamId: null, model: "demo" });

function setup(extra: Record<string, unknown>) {
  const cfg = config(extra);
  let now = 0;
  const failOpen = new FailOpen(cfg.limits, cfg.budgets, cfg.limitsDefaults.onUnavailable, () => now);
  const rules = new LimitRules(cfg.limits, cfg.budgets);
  return { failOpen, counters: (p: string) => rules.forRequest(subject(p), 0), tick: (ms: number) => (now += ms) };
}

describe("onUnavailable", () => {
  test("closed by default: nothing passes uncounted", () => {
    const { failOpen, counters } = setup({ limits: [{ id: "rpm", scope: "principal", requests: { limit: 1, window: "1m" } }] });
    assert.equal(failOpen.admits(counters("a")), false);
    assert.equal(failOpen.all, false);
  });

  test("open rule: passes; with a closed rule or a budget on the same request: refused", () => {
    const { failOpen, counters } = setup({
      limits: [
        { id: "smooth", scope: "principal", requests: { limit: 1, window: "1m" }, onUnavailable: "open" },
        { id: "strict", scope: "principal", match: "bob", concurrent: 1 },
      ],
      budgets: [{ id: "money", scope: "principal", match: "carol", amount: 1 }],
    });
    assert.equal(failOpen.admits(counters("alice")), true);
    assert.equal(failOpen.admits(counters("bob")), false, "a closed rule applies too");
    assert.equal(failOpen.admits(counters("carol")), false, "a budget applies too: budgets never fail open");
    assert.equal(failOpen.all, false);
  });

  test("limitsDefaults.onUnavailable: open applies to rules without their own; a rule can still say closed", () => {
    const { failOpen, counters } = setup({
      limits: [
        { id: "a", scope: "principal", match: "alice", requests: { limit: 1, window: "1m" } },
        { id: "b", scope: "principal", match: "bob", requests: { limit: 1, window: "1m" }, onUnavailable: "closed" },
      ],
      limitsDefaults: { onUnavailable: "open" },
    });
    assert.equal(failOpen.admits(counters("alice")), true);
    assert.equal(failOpen.admits(counters("bob")), false);
    const all = setup({ limits: [{ id: "a", scope: "principal", concurrent: 1 }], limitsDefaults: { onUnavailable: "open" } });
    assert.equal(all.failOpen.all, true, "every control open: the gateway stays ready");
  });

  test("the warning is logged at most every 10 s, with the number admitted uncounted since the last", () => {
    const { failOpen, counters, tick } = setup({ limits: [{ id: "smooth", scope: "principal", requests: { limit: 1, window: "1m" }, onUnavailable: "open" }] });
    const lines: Record<string, unknown>[] = [];
    const log = { warn: (o: Record<string, unknown>) => lines.push(o) } as unknown as Logger;
    const err = new Error("limits backend: Redis charge failed: Connection is closed.");
    for (let i = 0; i < 5; i++) failOpen.warn(log, counters("a"), err);
    assert.equal(lines.length, 1);
    tick(10_000);
    failOpen.warn(log, counters("a"), err);
    assert.equal(lines.length, 2);
    assert.deepEqual(lines[1], { uncounted: 5, rules: ["smooth"], err: err.message });
  });
});

describe("CachedProbe", () => {
  test("asks at most once per ttl, shares one run between concurrent polls, and follows the dependency", async () => {
    let calls = 0;
    let up = true;
    const probe = new CachedProbe(async () => {
      calls++;
      await sleep(5);
      if (!up) throw new Error("down");
    }, 500); // the "cached" step below must come within the ttl, even on a busy machine
    assert.deepEqual(await Promise.all([probe.ok(), probe.ok(), probe.ok()]), [true, true, true]);
    assert.equal(calls, 1);
    up = false;
    assert.equal(await probe.ok(), true, "cached");
    await sleep(550);
    assert.equal(await probe.ok(), false);
    up = true;
    await sleep(550);
    assert.equal(await probe.ok(), true);
    assert.equal(calls, 3);
  });

  test("a check that does not answer counts as failed after the timeout", async () => {
    const probe = new CachedProbe(() => new Promise(() => {}), 1_000, 30);
    const started = performance.now();
    assert.equal(await probe.ok(), false);
    assert.ok(performance.now() - started < 5_000, "answered by the timeout, not left hanging");
  });
});
