/** Limit rules: which counters a request is charged against, their names, periods, and the 429 naming the limit. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Budget, LimitRule } from "../../src/config/limits-schema.js";
import { MemoryLimitBackend } from "../../src/limits/memory-backend.js";
import {
  budgetKey,
  budgetRetryAfterMs,
  completionCharges,
  formatWindow,
  type LimitSubject,
  LimitRules,
  limitDenial,
  periodEnd,
  periodKey,
  reservations,
  windowCharges,
} from "../../src/limits/rules.js";

const NOW = Date.parse("2026-11-26T08:30:15Z");
const alice: LimitSubject = { tenantId: "default", keyId: "k1", principalId: "alice", teamId: "eng", model: "gpt-4o" };
const rule = (r: Partial<LimitRule> & Pick<LimitRule, "id" | "scope">): LimitRule => ({ match: "*", ...r });
const budget = (b: Partial<Budget> & Pick<Budget, "id" | "scope">): Budget => ({ match: "*", amount: 10_000_000, currency: "USD", period: "month", ...b });

describe("which rules apply", () => {
  test("each scope matches its subject by id or glob; subjects are tenant-qualified", () => {
    const rules = new LimitRules(
      [
        rule({ id: "per-key", scope: "key", requests: { limit: 60, window: 60_000 } }),
        rule({ id: "alice", scope: "principal", match: "alice", concurrent: 2 }),
        rule({ id: "bob", scope: "principal", match: "bob", concurrent: 2 }),
        rule({ id: "eng-tokens", scope: "team", match: "e?g", tokens: { limit: 100_000, window: 3_600_000 } }),
        rule({ id: "tenant", scope: "tenant", match: "default", requests: { limit: 1_000, window: 60_000 } }),
        rule({ id: "gpt4", scope: "model", match: "gpt-4*", requests: { limit: 500, window: 60_000 }, concurrent: 50 }),
        rule({ id: "claude", scope: "model", match: "claude-*", requests: { limit: 500, window: 60_000 } }),
      ],
      [],
    );
    const c = rules.forRequest(alice, NOW);
    assert.deepEqual(
      c.requests.map((r) => r.key),
      ["req:per-key:key:default/k1", "req:tenant:tenant:default", "req:gpt4:model:gpt-4o"],
    );
    assert.deepEqual(c.requests[0], { key: "req:per-key:key:default/k1", limit: 60, windowMs: 60_000, amount: 1 });
    assert.deepEqual(c.tokens, [{ key: "tok:eng-tokens:team:default/eng", limit: 100_000, windowMs: 3_600_000, amount: 0 }]);
    assert.deepEqual(c.concurrency, [
      { key: "conc:alice:principal:default/alice", limit: 2 },
      { key: "conc:gpt4:model:gpt-4o", limit: 50 },
    ]);
    assert.equal(c.labels.get("req:per-key:key:default/k1")?.subject, "wg_k1");
  });

  test("a caller without a key or team is not charged by key or team rules; no model, no model rules or budgets", () => {
    const rules = new LimitRules(
      [rule({ id: "k", scope: "key", concurrent: 1 }), rule({ id: "t", scope: "team", concurrent: 1 }), rule({ id: "m", scope: "model", concurrent: 1 })],
      [budget({ id: "b", scope: "principal" })],
    );
    const c = rules.forRequest({ tenantId: "default", keyId: null, principalId: "svc", teamId: null, model: null }, NOW);
    assert.deepEqual(c.concurrency, []);
    assert.deepEqual(c.budgets, [], "budgets are money spent on models");
    assert.equal(rules.forRequest({ ...alice, teamId: null }, NOW).concurrency.length, 2);
  });

  test("the same id in two tenants is two counters; a model counter is shared by all tenants", () => {
    const rules = new LimitRules([rule({ id: "t", scope: "team", concurrent: 1 }), rule({ id: "m", scope: "model", concurrent: 1 })], []);
    const other = rules.forRequest({ ...alice, tenantId: "acme" }, NOW);
    const mine = rules.forRequest(alice, NOW);
    assert.notEqual(other.concurrency[0]?.key, mine.concurrency[0]?.key);
    assert.equal(other.concurrency[1]?.key, mine.concurrency[1]?.key);
  });

  test("a ':' inside an id cannot make two counter names collide", () => {
    const rules = new LimitRules([rule({ id: "p", scope: "principal", concurrent: 1 })], []);
    const a = rules.forRequest({ ...alice, tenantId: "a:b", principalId: "c" }, NOW).concurrency[0]?.key;
    const b = rules.forRequest({ ...alice, tenantId: "a", principalId: "b:c" }, NOW).concurrency[0]?.key;
    // "a:b/c" and "a/b:c": the '/' after the tenant tells them apart (org ids cannot hold '/').
    assert.notEqual(a, b);
  });

  test("charges before and after: requests count 1, tokens count prompt then completion", () => {
    const rules = new LimitRules([rule({ id: "r", scope: "key", requests: { limit: 10, window: 60_000 }, tokens: { limit: 1_000, window: 60_000 } })], []);
    const c = rules.forRequest(alice, NOW);
    assert.deepEqual(
      windowCharges(c, 120).map((w) => [w.key, w.amount]),
      [
        ["req:r:key:default/k1", 1],
        ["tok:r:key:default/k1", 120],
      ],
    );
    assert.deepEqual(
      completionCharges(c, 30).map((w) => [w.key, w.amount]),
      [["tok:r:key:default/k1", 30]],
    );
  });
});

describe("budgets", () => {
  test("one counter per subject per period; reservations carry the worst case", () => {
    const rules = new LimitRules([], [budget({ id: "eng", scope: "team", match: "eng", period: "month" }), budget({ id: "daily", scope: "tenant", period: "day", amount: 1_000_000 })]);
    const c = rules.forRequest(alice, NOW);
    assert.deepEqual(
      reservations(c, 4_200),
      [
        { key: "budget:eng:2026-11:team:default/eng", limit: 10_000_000, amount: 4_200 },
        { key: "budget:daily:2026-11-26:tenant:default", limit: 1_000_000, amount: 4_200 },
      ],
    );
    assert.deepEqual(
      rules.budgetsFor(alice, NOW).map((b) => b.key),
      c.budgets.map((b) => b.key),
      "the same names for showing budget state",
    );
    assert.equal(budgetKey({ id: "eng", scope: "team", period: "total" }, "default/eng", NOW), "budget:eng:total:team:default/eng");
  });

  test("periods are UTC calendar periods; ISO weeks start on Monday", () => {
    assert.equal(periodKey("day", NOW), "2026-11-26");
    assert.equal(periodKey("week", NOW), "2026-W48");
    assert.equal(periodKey("week", Date.parse("2021-01-03T12:00:00Z")), "2020-W53", "a Sunday in the previous ISO year");
    assert.equal(periodKey("week", Date.parse("2026-11-30T00:00:00Z")), "2026-W49", "Monday starts a new week");
    assert.equal(periodKey("month", Date.parse("2026-12-31T23:59:59.999Z")), "2026-12");
    assert.equal(periodKey("month", Date.parse("2027-01-01T00:00:00Z")), "2027-01");
    assert.equal(periodKey("total", NOW), "total");
    assert.equal(periodEnd("day", NOW), Date.parse("2026-11-27T00:00:00Z"));
    assert.equal(periodEnd("week", NOW), Date.parse("2026-11-30T00:00:00Z"));
    assert.equal(periodEnd("month", NOW), Date.parse("2026-12-01T00:00:00Z"));
    assert.equal(periodEnd("total", NOW), undefined);
  });

  test("end to end with the memory backend: the budget is never overshot and settles to the true cost", async () => {
    const rules = new LimitRules([], [budget({ id: "eng", scope: "team", amount: 1_000 })]);
    const backend = new MemoryLimitBackend();
    const c = rules.forRequest(alice, NOW);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => backend.reserve(reservations(c, 300), `r${i}`, 60_000, NOW)));
    assert.equal(results.filter((r) => r.ok).length, 3);
    const refused = results.find((r) => !r.ok);
    assert.ok(refused && !refused.ok);
    const label = c.labels.get(refused.key);
    assert.ok(label);
    assert.equal(budgetRetryAfterMs(label, refused, 300, NOW), 1_000, "reservations in flight hold the room: retry soon");
    await backend.settle([c.budgets[0]!.key], "r0", 120);
    assert.deepEqual(await backend.budget(c.budgets[0]!.key), { limit: 1_000, spent: 120, reserved: 600 });
    await backend.close();
  });

  test("a budget spent to the limit asks to retry at the end of its period", () => {
    const label = { kind: "budget", ruleId: "eng", scope: "team", subject: "default/eng", limit: 1_000, period: "day", currency: "USD" } as const;
    assert.equal(budgetRetryAfterMs(label, { spent: 900, reserved: 0, limit: 1_000 }, 300, NOW), Date.parse("2026-11-27T00:00:00Z") - NOW);
    assert.equal(budgetRetryAfterMs({ ...label, period: "total" }, { spent: 900, reserved: 0, limit: 1_000 }, 300, NOW), 86_400_000);
  });
});

describe("the 429 naming the limit", () => {
  test("requests and tokens: rate_limit_exceeded, the rule, the subject, the limit and Retry-After", () => {
    const d = limitDenial({ kind: "requests", ruleId: "per-key", scope: "key", subject: "wg_k1", limit: 60, windowMs: 60_000 }, 12_300);
    assert.equal(d.status, 429);
    assert.equal(d.type, "rate_limit_error");
    assert.equal(d.code, "rate_limit_exceeded");
    assert.equal(d.message, "Rate limit 'per-key' reached for key wg_k1: 60 requests per 1m. Retry after 13 s.");
    assert.deepEqual(d.headers, { "retry-after": "13" });
    assert.equal(d.reasons[0]?.source, "limits:requests");
    const t = limitDenial({ kind: "tokens", ruleId: "eng", scope: "team", subject: "default/eng", limit: 100_000, windowMs: 3_600_000 }, 0);
    assert.match(t.message, /100000 tokens per 1h/);
    assert.deepEqual(t.headers, { "retry-after": "1" }, "never less than one second");
  });

  test("concurrency and budgets", () => {
    const c = limitDenial({ kind: "concurrent", ruleId: "two", scope: "principal", subject: "default/alice", limit: 2 }, 1_000);
    assert.equal(c.message, "Concurrency limit 'two' reached for principal default/alice: 2 requests at a time. Retry after 1 s.");
    const b = limitDenial({ kind: "budget", ruleId: "eng", scope: "team", subject: "default/eng", limit: 500_000_000, period: "month", currency: "USD" }, 3_600_000);
    assert.equal(b.code, "insufficient_quota", "SDKs do not retry it blindly");
    assert.equal(b.message, "Budget 'eng' for team default/eng has no room for this request: 500.00 USD per month. Retry after 3600 s.");
  });

  test("windows are shown as written", () => {
    assert.deepEqual([1_000, 90_000, 60_000, 3_600_000, 86_400_000, 1_500].map(formatWindow), ["1s", "90s", "1m", "1h", "1d", "1500ms"]);
  });
});
