/** The limits config keys: defaults, parsing (windows, money as micro-units), and errors that name the key. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ConfigError, parseConfig } from "../../src/config/load.js";

const base = () => ({
  providers: { openai: { type: "openai", baseUrl: "https://api.openai.com/v1", apiKey: "sk" }, demo: { type: "demo" } },
  models: [
    { name: "gpt-4o", provider: "openai", price: { input: 2.5, output: 10 } },
    { name: "gpt-4o-mini", provider: "openai", price: { input: 0.15, output: 0.6 } },
  ],
});

/** The problems of a config that must be refused. */
function problems(cfg: unknown): string[] {
  try {
    parseConfig(cfg);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
    return err.problems;
  }
  assert.fail("expected a ConfigError, but the config was accepted");
}

describe("limits config", () => {
  test("absent: no limits, no budgets, the memory backend and default hold settings", () => {
    const cfg = parseConfig(base());
    assert.deepEqual(cfg.limits, []);
    assert.deepEqual(cfg.budgets, []);
    assert.equal(cfg.limitsBackend, "memory");
    assert.deepEqual(cfg.limitsDefaults, { maxOutputTokens: 4096, holdTtl: 900_000 });
  });

  test("a full set parses: windows in ms, money in micro-units, defaults filled in", () => {
    const cfg = parseConfig({
      ...base(),
      limits: [
        { id: "per-key", scope: "key", requests: { limit: 60, window: "1m" }, tokens: { limit: "100000", window: "1h" } },
        { id: "eng", scope: "team", match: "eng", concurrent: 4 },
        { id: "gpt4", scope: "model", match: "gpt-4*", requests: { limit: 500, window: 1_000 } },
      ],
      budgets: [
        { id: "eng-monthly", scope: "team", match: "eng", amount: 500 },
        { id: "tiny", scope: "key", amount: "0.000001", period: "day" },
        { id: "mini", scope: "model", match: "gpt-4o-mini", amount: 12.34, currency: "USD", period: "total" },
      ],
      limitsBackend: "redis://127.0.0.1:6379/0",
      limitsDefaults: { maxOutputTokens: 8192, holdTtl: "30m" },
    });
    assert.deepEqual(cfg.limits[0], { id: "per-key", scope: "key", match: "*", requests: { limit: 60, window: 60_000 }, tokens: { limit: 100_000, window: 3_600_000 } });
    assert.deepEqual(cfg.limits[1], { id: "eng", scope: "team", match: "eng", concurrent: 4 });
    assert.deepEqual(cfg.budgets[0], { id: "eng-monthly", scope: "team", match: "eng", amount: 500_000_000, currency: "USD", period: "month" });
    assert.equal(cfg.budgets[1]?.amount, 1);
    assert.equal(cfg.budgets[2]?.amount, 12_340_000);
    assert.equal(cfg.limitsBackend, "redis://127.0.0.1:6379/0");
    assert.deepEqual(cfg.limitsDefaults, { maxOutputTokens: 8192, holdTtl: 1_800_000 });
  });

  test("bad rules are refused naming the key and what was expected", () => {
    const p = problems({
      ...base(),
      limits: [
        { id: "a", scope: "user", concurrent: 1 },
        { id: "b", scope: "key" },
        { id: "c", scope: "key", requests: { limit: -1, window: "1m" } },
        { id: "d", scope: "key", requests: { limit: 1, window: "1500ms" } },
        { id: "e", scope: "key", requests: { limit: 1, window: "1m", burst: 3 } },
        { id: "has:colon", scope: "key", concurrent: 1 },
        { id: "g", scope: "key", concurrent: 1.5 },
      ],
    }).join("\n");
    assert.match(p, /limits\[0\]\.scope: expected one of key, principal, team, tenant, model/);
    assert.match(p, /limits\[1\]: expected at least one of requests, tokens or concurrent/);
    assert.match(p, /limits\[2\]\.requests\.limit: expected the number of requests per window of 0 or more/);
    assert.match(p, /limits\[3\]\.requests\.window: expected a window of whole seconds/);
    assert.match(p, /limits\[4\]\.requests\.burst: unknown key/);
    assert.match(p, /limits\[5\]\.id: expected an id of letters/);
    assert.match(p, /limits\[6\]\.concurrent: expected the number of concurrent requests as a whole number/);
  });

  test("duplicate ids and unknown models are refused", () => {
    const p = problems({
      ...base(),
      limits: [
        { id: "x", scope: "key", concurrent: 1 },
        { id: "x", scope: "model", match: "gpt-5", concurrent: 1 },
      ],
      budgets: [
        { id: "y", scope: "tenant", amount: 1 },
        { id: "y", scope: "tenant", amount: 1 },
      ],
    }).join("\n");
    assert.match(p, /limits\[1\]\.id: duplicate limit id "x"/);
    assert.match(p, /limits\[1\]\.match: expected one of the configured models \(gpt-4o, gpt-4o-mini\), got "gpt-5"/);
    assert.match(p, /budgets\[1\]\.id: duplicate budget id "y"/);
  });

  test("bad money, currency and periods are refused", () => {
    const p = problems({
      ...base(),
      budgets: [
        { id: "a", scope: "team", amount: -5 },
        { id: "b", scope: "team", amount: 0.0000001 },
        { id: "c", scope: "team", amount: 1, currency: "usd" },
        { id: "d", scope: "team", amount: 1, period: "year" },
        { id: "e", scope: "team", amount: "lots" },
      ],
    }).join("\n");
    assert.match(p, /budgets\[0\]\.amount: expected an amount of 0 or more with at most 6 decimals/);
    assert.match(p, /budgets\[1\]\.amount: expected an amount of 0 or more with at most 6 decimals/);
    assert.match(p, /budgets\[2\]\.currency: expected an ISO 4217 currency code/);
    assert.match(p, /budgets\[3\]\.period: expected one of day, week, month, total/);
    assert.match(p, /budgets\[4\]\.amount: expected an amount of money as a number/);
  });

  test("a budget needs a price, in its currency, on every model it can apply to (else spending goes uncounted)", () => {
    const unpriced = { ...base(), models: [...base().models, { name: "demo", provider: "demo" }] };
    assert.match(problems({ ...unpriced, budgets: [{ id: "t", scope: "tenant", amount: 1 }] }).join("\n"), /budgets\[0\]: expected models "demo" to have a price: budget "t" applies to it/);
    // A model budget that cannot reach the unpriced model is fine.
    parseConfig({ ...unpriced, budgets: [{ id: "m", scope: "model", match: "gpt-4*", amount: 1 }] });
    assert.match(
      problems({ ...base(), budgets: [{ id: "eur", scope: "team", amount: 1, currency: "EUR" }] }).join("\n"),
      /budgets\[0\]\.currency: expected USD, the currency of model "gpt-4o"'s price \(amounts are never converted\), got EUR/,
    );
  });

  test("limitsBackend and limitsDefaults are checked", () => {
    assert.match(problems({ ...base(), limitsBackend: "postgres://x" }).join("\n"), /limitsBackend: expected "memory" or a redis:\/\/ \(or rediss:\/\/\) URL/);
    assert.match(problems({ ...base(), limitsBackend: "redis" }).join("\n"), /limitsBackend: expected "memory"/);
    parseConfig({ ...base(), limitsBackend: "rediss://:secret@redis.internal:6380" });
    assert.match(problems({ ...base(), limitsDefaults: { maxOutputTokens: 0 } }).join("\n"), /limitsDefaults\.maxOutputTokens: expected maxOutputTokens of 1 or more/);
    assert.match(problems({ ...base(), limitsDefaults: { holdTtl: "10ms" } }).join("\n"), /limitsDefaults\.holdTtl: expected holdTtl of at least 1s/);
    assert.match(problems({ ...base(), limitsDefaults: { maxTokens: 5 } }).join("\n"), /limitsDefaults\.maxTokens: unknown key/);
  });

  test("onUnavailable: closed or open on a limit and in limitsDefaults; a budget can only be closed", () => {
    const cfg = parseConfig({
      ...base(),
      limits: [
        { id: "smooth", scope: "key", requests: { limit: 60, window: "1m" }, onUnavailable: "open" },
        { id: "strict", scope: "key", concurrent: 2, onUnavailable: "closed" },
        { id: "unset", scope: "key", concurrent: 2 },
      ],
      budgets: [{ id: "b", scope: "team", amount: 1, onUnavailable: "closed" }],
      limitsDefaults: { onUnavailable: "open" },
    });
    assert.deepEqual(
      cfg.limits.map((l) => l.onUnavailable),
      ["open", "closed", undefined],
    );
    assert.equal(cfg.limitsDefaults.onUnavailable, "open");
    const p = problems({
      ...base(),
      limits: [{ id: "x", scope: "key", concurrent: 1, onUnavailable: "fail-open" }],
      budgets: [{ id: "y", scope: "team", amount: 1, onUnavailable: "open" }],
      limitsDefaults: { onUnavailable: true },
    }).join("\n");
    assert.match(p, /limits\[0\]\.onUnavailable: expected one of closed, open/);
    assert.match(p, /budgets\[0\]\.onUnavailable: expected "closed": a budget cannot fail open/);
    assert.match(p, /limitsDefaults\.onUnavailable: expected one of closed, open/);
  });

  test("a generic route's usage pointers must be RFC 6901 JSON pointers", () => {
    const withRoute = (usage: unknown) => ({
      ...base(),
      providers: { ...base().providers, svc: { type: "http", baseUrl: "https://svc.internal" } },
      routes: [{ name: "llm", provider: "svc", usage }],
    });
    const cfg = parseConfig(withRoute({ promptTokens: "/usage/input", completionTokens: "/usage/a~1b" }));
    assert.deepEqual(cfg.routes[0]!.usage, { promptTokens: "/usage/input", completionTokens: "/usage/a~1b" });
    for (const bad of [{ promptTokens: "usage.input", completionTokens: "/usage/output" }, { promptTokens: "/usage/input", completionTokens: "/usage/~2" }, { promptTokens: "/usage/input" }]) {
      assert.match(problems(withRoute(bad)).join("\n"), /routes\[0\]\.usage/);
    }
  });
});
