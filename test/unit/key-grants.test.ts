import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { KeyRecord } from "../../src/identity/key-store.js";
import type { Principal } from "../../src/identity/principal.js";
import { authorizeModel, authorizeRoute, globToRegExp, grantMatches } from "../../src/policy/key-grants.js";

function principal(models: string[], routes: string[] = []): Principal {
  const key: KeyRecord = {
    id: "0123456789ab",
    name: null,
    tenantId: "default",
    principal: "billing-service",
    secretHash: "00".repeat(32),
    models,
    routes,
    ipAllow: [],
    expiresAt: null,
    revokedAt: null,
    createdAt: 0,
    lastUsedAt: null,
    lastUsedIp: null,
    rotatedFrom: null,
  };
  return { id: key.principal, tenant: "default", team: null, roles: [], via: "gateway-key", key, scope: { models, routes } };
}

describe("grantMatches", () => {
  test("an exact grant matches only that name", () => {
    assert.equal(grantMatches(["gpt-4o"], "gpt-4o"), "gpt-4o");
    assert.equal(grantMatches(["gpt-4o"], "gpt-4o-mini"), undefined);
    assert.equal(grantMatches(["gpt-4o"], "gpt-4"), undefined);
    assert.equal(grantMatches(["gpt-4o"], "GPT-4o"), undefined, "matching is case-sensitive");
  });

  test("a grant without wildcards does not match a longer name (anchored)", () => {
    assert.equal(grantMatches(["gpt-4"], "gpt-4o"), undefined);
    assert.equal(grantMatches(["4o"], "gpt-4o"), undefined);
  });

  test("a trailing * matches the prefix and anything after it", () => {
    assert.equal(grantMatches(["gpt-4o*"], "gpt-4o"), "gpt-4o*");
    assert.equal(grantMatches(["gpt-4o*"], "gpt-4o-mini"), "gpt-4o*");
    assert.equal(grantMatches(["gpt-4o*"], "gpt-4"), undefined);
    assert.equal(grantMatches(["gpt-4o*"], "xgpt-4o"), undefined, "globs are anchored at the start");
  });

  test("a leading or middle * is anchored at both ends", () => {
    assert.equal(grantMatches(["*-mini"], "gpt-4o-mini"), "*-mini");
    assert.equal(grantMatches(["*-mini"], "gpt-4o-mini-2024"), undefined);
    assert.equal(grantMatches(["claude-*-4-5"], "claude-sonnet-4-5"), "claude-*-4-5");
    assert.equal(grantMatches(["claude-*-4-5"], "claude-sonnet-4-5-x"), undefined);
  });

  test('"*" matches every name', () => {
    for (const name of ["gpt-4o", "demo", "a", "org/model:v1", "x.y_z"]) assert.equal(grantMatches(["*"], name), "*");
  });

  test('"?" matches exactly one character', () => {
    assert.equal(grantMatches(["?"], "a"), "?");
    assert.equal(grantMatches(["?"], ""), undefined);
    assert.equal(grantMatches(["?"], "ab"), undefined);
    assert.equal(grantMatches(["gpt-?o"], "gpt-4o"), "gpt-?o");
    assert.equal(grantMatches(["gpt-?o"], "gpt-40o"), undefined);
  });

  test("regex metacharacters in grants are literal", () => {
    assert.equal(grantMatches(["gpt.4"], "gptx4"), undefined);
    assert.equal(grantMatches(["gpt.4*"], "gptx4o"), undefined, "a dot stays literal inside a glob");
    assert.equal(grantMatches(["gpt.4*"], "gpt.4o"), "gpt.4*");
    assert.equal(grantMatches(["a+*"], "aaa"), undefined);
    assert.equal(grantMatches(["a+*"], "a+b"), "a+*");
    assert.equal(grantMatches(["(a|b)*"], "a"), undefined);
    assert.equal(grantMatches(["[ab]*"], "a"), undefined);
    assert.equal(grantMatches(["[ab]*"], "[ab]x"), "[ab]*");
    assert.equal(grantMatches(["^gpt$*"], "gpt"), undefined);
    assert.equal(grantMatches(["a{2}*"], "aa"), undefined);
    assert.equal(grantMatches(["org/model-*"], "org/model-1"), "org/model-*");
    assert.equal(grantMatches(["a\\*"], "a\\b"), "a\\*");
  });

  test("a name containing a newline cannot slip past the anchor", () => {
    assert.equal(grantMatches(["gpt-4o*"], "evil\ngpt-4o"), undefined);
    assert.equal(grantMatches(["gpt-4o"], "gpt-4o\n"), undefined);
  });

  test("empty grants match nothing", () => {
    assert.equal(grantMatches([], "gpt-4o"), undefined);
    assert.equal(grantMatches([], ""), undefined);
  });

  test("returns the first grant that matches", () => {
    assert.equal(grantMatches(["claude-*", "gpt-*", "*"], "gpt-4o"), "gpt-*");
    assert.equal(grantMatches(["gpt-4o", "*"], "gpt-4o"), "gpt-4o");
  });

  test("globToRegExp is stable across calls (cache returns equivalent regexps)", () => {
    const a = globToRegExp("gpt-4o*");
    const b = globToRegExp("gpt-4o*");
    assert.equal(a.source, b.source);
    assert.equal(a.test("gpt-4o-mini"), true);
    assert.equal(b.test("gpt-4o-mini"), true, "a cached regexp must not carry lastIndex state");
    assert.equal(globToRegExp("gpt.4").test("gptx4"), false);
  });
});

describe("authorizeModel", () => {
  test("allows a granted model and reports which grant allowed it", () => {
    const r = authorizeModel(principal(["claude-*", "gpt-4o*"]), "gpt-4o-mini");
    assert.deepEqual(r, { ok: true, grant: "model:gpt-4o*" });
  });

  test("denies an ungranted model, naming the missing grant", () => {
    const r = authorizeModel(principal(["gpt-4o"]), "gpt-4");
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.denial.status, 403);
    assert.equal(r.denial.type, "permission_error");
    assert.equal(r.denial.code, "model_not_granted");
    assert.equal(r.denial.param, "model");
    assert.match(r.denial.message, /Missing grant: model:gpt-4\./);
    assert.match(r.denial.message, /wg_0123456789ab/);
    assert.match(r.denial.message, /principal 'billing-service'/);
    assert.equal(r.denial.reasons[0]?.source, "policy:key-grants");
    assert.equal(r.denial.reasons[0]?.verdict, "block");
  });

  test("empty grants deny every model", () => {
    for (const m of ["gpt-4o", "demo", "*"]) {
      const r = authorizeModel(principal([]), m);
      assert.equal(r.ok, false, m);
    }
  });

  test("model grants do not grant routes", () => {
    const r = authorizeRoute(principal(["*"], []), "fraud");
    assert.equal(r.ok, false);
  });
});

describe("authorizeRoute", () => {
  test("allows a granted route", () => {
    assert.deepEqual(authorizeRoute(principal([], ["fraud"]), "fraud"), { ok: true, grant: "route:fraud" });
    assert.deepEqual(authorizeRoute(principal([], ["fraud-*"]), "fraud-v2"), { ok: true, grant: "route:fraud-*" });
  });

  test("denies an ungranted route, naming the missing grant", () => {
    const r = authorizeRoute(principal([], ["fraud"]), "fraud2");
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.denial.status, 403);
    assert.equal(r.denial.code, "route_not_granted");
    assert.match(r.denial.message, /Missing grant: route:fraud2\./);
    assert.equal(r.denial.reasons[0]?.source, "policy:key-grants");
  });

  test("empty route grants deny everything; route grants do not grant models", () => {
    assert.equal(authorizeRoute(principal(["*"], []), "anything").ok, false);
    assert.equal(authorizeModel(principal([], ["*"]), "gpt-4o").ok, false);
  });
});
