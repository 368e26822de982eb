/**
 * The policy engine's decision table: every subject, resource and condition
 * kind, deny over allow, the credential scope first, the implicit default
 * policy, and explain() for allow and each kind of denial.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type PolicyRule, policyRuleSchema } from "../../src/config/policy-schema.js";
import type { KeyRecord } from "../../src/identity/key-store.js";
import type { Principal } from "../../src/identity/principal.js";
import { IMPLICIT_RULE_ID, TenantPolicy } from "../../src/policy/engine.js";
import type { PolicyRequest } from "../../src/policy/types.js";

const rule = (r: Record<string, unknown>): PolicyRule => policyRuleSchema.parse(r);

function engine(rules: Record<string, unknown>[], opts: { implicit?: boolean; tenant?: string } = {}): TenantPolicy {
  return new TenantPolicy(
    rules.map((r) => ({ rule: rule(r), origin: "config" as const })),
    { tenant: opts.tenant ?? "default", implicitDefault: opts.implicit ?? false },
  );
}

function principal(over: Partial<Principal> = {}): Principal {
  return { id: "billing", tenant: "default", team: "eng", roles: ["analyst"], via: "gateway-key", scope: null, ...over };
}

function keyScoped(models: string[], routes: string[] = [], over: Partial<Principal> = {}): Principal {
  const key: KeyRecord = {
    id: "0123456789ab",
    name: null,
    tenantId: "default",
    principal: "billing",
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
  return principal({ key, scope: { models, routes }, ...over });
}

/** Wednesday 2026-01-07 10:00 UTC. */
const WED_10_UTC = Date.parse("2026-01-07T10:00:00Z");

function ask(p: Principal, over: Partial<PolicyRequest> = {}): PolicyRequest {
  return {
    principal: p,
    action: "invoke",
    kind: "model",
    name: "gpt-4o",
    sourceIp: "10.1.2.3",
    at: WED_10_UTC,
    requestedTokens: 100,
    guardProfile: "standard",
    classification: "internal",
    ...over,
  };
}

const allowAll = (subjects: string[], extra: Record<string, unknown> = {}) => ({ id: "r", subjects, actions: ["invoke"], resources: ["model:gpt-4o"], ...extra });

describe("subjects", () => {
  const cases: [string, string, Partial<Principal>, boolean][] = [
    ["*", "any authenticated principal", {}, true],
    ["principal:billing", "exact principal", {}, true],
    ["principal:billing", "another principal", { id: "billing-2" }, false],
    ["principal:bill*", "principal glob", { id: "billing-2" }, true],
    ["principal:svc-?", "principal ? glob", { id: "svc-a" }, true],
    ["principal:svc-?", "? is one character", { id: "svc-ab" }, false],
    ["team:eng", "team", {}, true],
    ["team:eng", "other team", { team: "sales" }, false],
    ["team:eng", "no team", { team: null }, false],
    ["role:analyst", "role", {}, true],
    ["role:admin", "missing role", {}, false],
    ["claim:dept=finance", "string claim", { claims: { dept: "finance" } }, true],
    ["claim:dept=finance", "other claim value", { claims: { dept: "sales" } }, false],
    ["claim:groups=ai-users", "array claim containing the value", { claims: { groups: ["staff", "ai-users"] } }, true],
    ["claim:groups=ai-users", "array claim without the value", { claims: { groups: ["staff"] } }, false],
    ["claim:level=3", "numeric claim", { claims: { level: 3 } }, true],
    ["claim:dept=finance", "no claims at all (gateway key)", {}, false],
    ["claim:https://example.com/roles=ops", "URL claim name", { claims: { "https://example.com/roles": ["ops"] } }, true],
    ["via:jwt", "authenticated by JWT", { via: "jwt" }, true],
    ["via:jwt", "authenticated by key", {}, false],
    ["via:token", "short-lived token", { via: "token" }, true],
  ];
  for (const [subject, what, over, allowed] of cases) {
    test(`${subject} — ${what} → ${allowed ? "allow" : "deny"}`, () => {
      const d = engine([allowAll([subject])]).evaluate(ask(principal(over)));
      assert.equal(d.allow, allowed, d.explanation);
    });
  }

  test("any of several subjects suffices", () => {
    const e = engine([allowAll(["team:ops", "role:analyst"])]);
    assert.equal(e.evaluate(ask(principal())).allow, true);
    assert.equal(e.evaluate(ask(principal({ roles: [] }))).allow, false);
  });

  test("rules of another tenant never apply", () => {
    const e = engine([{ ...allowAll(["*"]), tenant: "acme" }]);
    assert.equal(e.ruleCount, 0);
    assert.equal(e.evaluate(ask(principal())).allow, false);
    const acme = engine([{ ...allowAll(["*"]), tenant: "acme" }], { tenant: "acme" });
    assert.equal(acme.evaluate(ask(principal({ tenant: "acme" }))).allow, true);
  });
});

describe("actions and resources", () => {
  const e = engine([
    { id: "models", subjects: ["*"], actions: ["invoke"], resources: ["model:gpt-4o*", "model:claude-*-4-5", "route:fraud"] },
    { id: "tools", subjects: ["*"], actions: ["use-tool"], resources: ["tool:get_*"] },
    { id: "admins", subjects: ["role:admin"], actions: ["administer", "read-audit"], resources: ["tenant:default"] },
    { id: "auditors", subjects: ["role:auditor"], actions: ["read-audit"], resources: ["*"] },
  ]);
  const cases: [string, Partial<Principal>, Partial<PolicyRequest>, boolean][] = [
    ["model glob prefix", {}, { name: "gpt-4o-mini" }, true],
    ["model glob is anchored", {}, { name: "xgpt-4o" }, false],
    ["model glob in the middle", {}, { name: "claude-sonnet-4-5" }, true],
    ["model glob in the middle, longer name", {}, { name: "claude-sonnet-4-5-x" }, false],
    ["globs are case-sensitive", {}, { name: "GPT-4o" }, false],
    ["a glob's dot is literal", {}, { name: "claude-sonnet-4x5" }, false],
    ["route", {}, { kind: "route", name: "fraud" }, true],
    ["a model grant is not a route grant", {}, { kind: "route", name: "gpt-4o" }, false],
    ["tool glob", {}, { action: "use-tool", kind: "tool", name: "get_weather" }, true],
    ["tool not granted", {}, { action: "use-tool", kind: "tool", name: "exec_shell" }, false],
    ["invoke does not grant use-tool", {}, { action: "use-tool", kind: "tool", name: "gpt-4o" }, false],
    ["administer the own tenant", { roles: ["admin"] }, { action: "administer", kind: "tenant", name: "default" }, true],
    ["administer needs the role", {}, { action: "administer", kind: "tenant", name: "default" }, false],
    ["read-audit via a * resource", { roles: ["auditor"] }, { action: "read-audit", kind: "tenant", name: "default" }, true],
    ["read-audit does not grant administer", { roles: ["auditor"] }, { action: "administer", kind: "tenant", name: "default" }, false],
  ];
  for (const [what, over, req, allowed] of cases) {
    test(`${what} → ${allowed ? "allow" : "deny"}`, () => {
      const d = e.evaluate(ask(principal(over), req));
      assert.equal(d.allow, allowed, d.explanation);
    });
  }

  test("a * glob matches names with any characters, '*' resource matches every kind", () => {
    const star = engine([{ id: "all", subjects: ["*"], actions: ["invoke", "use-tool"], resources: ["*"] }]);
    for (const name of ["org/model:v1", "a", "x.y_z"]) assert.equal(star.evaluate(ask(principal(), { name })).allow, true, name);
    assert.equal(star.evaluate(ask(principal(), { action: "use-tool", kind: "tool", name: "anything" })).allow, true);
    assert.equal(star.evaluate(ask(principal(), { action: "administer", kind: "tenant", name: "default" })).allow, false);
  });
});

describe("deny rules", () => {
  const rules = [
    { id: "everyone", subjects: ["*"], actions: ["invoke"], resources: ["model:*"] },
    { id: "no-contractors", effect: "deny", description: "contractors use the sandbox", subjects: ["role:contractor"], actions: ["invoke"], resources: ["model:gpt-4o*"] },
  ];

  test("a matching deny rule overrides an allow rule, whatever the order", () => {
    for (const order of [rules, [...rules].reverse()]) {
      const d = engine(order).evaluate(ask(principal({ roles: ["contractor"] })));
      assert.equal(d.allow, false);
      assert.equal(d.rule, "no-contractors");
      if (d.allow) continue;
      assert.equal(d.denial.status, 403);
      assert.equal(d.denial.type, "permission_error");
      assert.equal(d.denial.code, "policy_denied");
      assert.equal(d.denial.reasons[0]!.source, "policy:rule/no-contractors");
      assert.equal(
        d.explanation,
        "Denied by policy: rule no-contractors denies invoke on model:gpt-4o to principal 'billing' (team eng, roles contractor) (contractors use the sandbox).",
      );
    }
  });

  test("a deny rule that does not match leaves the allow rule in force", () => {
    const e = engine(rules);
    assert.equal(e.evaluate(ask(principal())).allow, true);
    assert.equal(e.evaluate(ask(principal({ roles: ["contractor"] }), { name: "demo" })).allow, true, "the deny names only gpt-4o*");
  });

  test("a deny rule's conditions limit when it denies", () => {
    const e = engine([rules[0]!, { id: "office-only", effect: "deny", subjects: ["*"], actions: ["invoke"], resources: ["*"], conditions: { sourceIps: ["0.0.0.0/0", "::/0"] } }]);
    const inside = engine([rules[0]!, { id: "outside", effect: "deny", subjects: ["*"], actions: ["invoke"], resources: ["*"], conditions: { sourceIps: ["203.0.113.0/24"] } }]);
    assert.equal(e.evaluate(ask(principal())).allow, false);
    assert.equal(inside.evaluate(ask(principal())).allow, true, "10.1.2.3 is not in the denied range");
    assert.equal(inside.evaluate(ask(principal(), { sourceIp: "203.0.113.9" })).allow, false);
  });
});

describe("conditions", () => {
  const withCond = (conditions: Record<string, unknown>) => engine([allowAll(["team:eng"], { id: "eng-gpt4", conditions })]);

  test("sourceIps: IPv4 CIDR in and out; the explanation names the address and ranges", () => {
    const e = withCond({ sourceIps: ["10.0.0.0/8"] });
    assert.equal(e.evaluate(ask(principal())).allow, true);
    const d = e.evaluate(ask(principal(), { sourceIp: "8.8.8.8" }));
    assert.equal(d.allow, false);
    assert.match(d.explanation, /rule eng-gpt4: sourceIps: 8\.8\.8\.8 is not in 10\.0\.0\.0\/8/);
    assert.equal(d.rule, "eng-gpt4");
    if (!d.allow) assert.equal(d.denial.reasons[0]!.source, "policy:rule/eng-gpt4");
  });

  test("sourceIps: IPv6 ranges and single addresses, mixed families", () => {
    const e = withCond({ sourceIps: ["2001:db8::/32", "192.0.2.7"] });
    assert.equal(e.evaluate(ask(principal(), { sourceIp: "2001:db8:1::5" })).allow, true);
    assert.equal(e.evaluate(ask(principal(), { sourceIp: "2001:db9::1" })).allow, false);
    assert.equal(e.evaluate(ask(principal(), { sourceIp: "192.0.2.7" })).allow, true);
    assert.equal(e.evaluate(ask(principal(), { sourceIp: "192.0.2.8" })).allow, false);
    assert.equal(e.evaluate(ask(principal(), { sourceIp: "::1" })).allow, false);
    assert.equal(e.evaluate(ask(principal(), { sourceIp: "" })).allow, false, "an unknown address fails closed");
    assert.equal(e.evaluate(ask(principal(), { sourceIp: "not-an-ip" })).allow, false);
  });

  test("time: a window inside one day, by day of week", () => {
    const e = withCond({ time: { days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00" } });
    assert.equal(e.evaluate(ask(principal())).allow, true, "Wed 10:00");
    assert.equal(e.evaluate(ask(principal(), { at: Date.parse("2026-01-07T18:00:00Z") })).allow, false, "to is exclusive");
    assert.equal(e.evaluate(ask(principal(), { at: Date.parse("2026-01-07T08:00:00Z") })).allow, true, "from is inclusive");
    const sat = e.evaluate(ask(principal(), { at: Date.parse("2026-01-10T10:00:00Z") }));
    assert.equal(sat.allow, false);
    assert.match(sat.explanation, /rule eng-gpt4: time: Sat 10:00 UTC is outside mon,tue,wed,thu,fri 08:00-18:00 UTC/);
  });

  test("time: a window across midnight belongs to the day it opens", () => {
    const e = withCond({ time: { days: ["fri"], from: "22:00", to: "02:00" } });
    const at = (iso: string) => e.evaluate(ask(principal(), { at: Date.parse(iso) })).allow;
    assert.equal(at("2026-01-09T23:30:00Z"), true, "Fri 23:30");
    assert.equal(at("2026-01-10T01:59:00Z"), true, "Sat 01:59 is still Friday's window");
    assert.equal(at("2026-01-10T02:00:00Z"), false, "Sat 02:00");
    assert.equal(at("2026-01-10T23:30:00Z"), false, "Sat 23:30: Saturday's window is not open");
    assert.equal(at("2026-01-09T01:00:00Z"), false, "Fri 01:00 belongs to Thursday's window");
    assert.equal(at("2026-01-09T21:59:00Z"), false, "Fri 21:59");
  });

  test("time: time zones, including across a daylight-saving change", () => {
    const e = withCond({ time: { from: "09:00", to: "17:00", timezone: "America/New_York" } });
    const at = (iso: string) => e.evaluate(ask(principal(), { at: Date.parse(iso) })).allow;
    assert.equal(at("2026-01-07T14:30:00Z"), true, "09:30 EST");
    assert.equal(at("2026-01-07T13:30:00Z"), false, "08:30 EST");
    assert.equal(at("2026-07-07T13:30:00Z"), true, "09:30 EDT");
    assert.equal(at("2026-07-07T21:30:00Z"), false, "17:30 EDT");
    const d = e.evaluate(ask(principal(), { at: Date.parse("2026-07-07T21:30:00Z") }));
    assert.match(d.explanation, /time: Tue 17:30 America\/New_York is outside every day 09:00-17:00 America\/New_York/);
  });

  test("time: a zone east of UTC changes the day", () => {
    const e = withCond({ time: { days: ["sat"], timezone: "Asia/Tokyo" } });
    assert.equal(e.evaluate(ask(principal(), { at: Date.parse("2026-01-09T16:00:00Z") })).allow, true, "Fri 16:00 UTC is Sat 01:00 in Tokyo");
    assert.equal(e.evaluate(ask(principal(), { at: Date.parse("2026-01-09T14:00:00Z") })).allow, false, "Fri 23:00 in Tokyo");
  });

  test("maxTokens: at most N; a request that sets none fails closed and is told to set it", () => {
    const e = withCond({ maxTokens: 1000 });
    assert.equal(e.evaluate(ask(principal(), { requestedTokens: 1000 })).allow, true);
    const over = e.evaluate(ask(principal(), { requestedTokens: 1001 }));
    assert.equal(over.allow, false);
    assert.match(over.explanation, /maxTokens: the request asks for up to 1001 output tokens, more than 1000/);
    const none = e.evaluate(ask(principal(), { requestedTokens: undefined }));
    assert.equal(none.allow, false);
    assert.match(none.explanation, /maxTokens: the request sets no max_tokens .*set it to at most 1000/);
    assert.equal(e.evaluate(ask(principal(), { requestedTokens: undefined, probe: true })).allow, true, "listing models has no body to ask");
  });

  test("guardProfiles: the effective profile must be listed", () => {
    const e = withCond({ guardProfiles: ["strict", "standard"] });
    assert.equal(e.evaluate(ask(principal())).allow, true);
    const off = e.evaluate(ask(principal(), { guardProfile: "off" }));
    assert.equal(off.allow, false);
    assert.match(off.explanation, /guardProfiles: the model's guard profile is 'off', not one of strict, standard/);
  });

  test("classifications: the request's classification must be listed", () => {
    const e = withCond({ classifications: ["public", "internal"] });
    assert.equal(e.evaluate(ask(principal())).allow, true);
    const d = e.evaluate(ask(principal(), { classification: "restricted" }));
    assert.equal(d.allow, false);
    assert.match(d.explanation, /classifications: the request's data classification is 'restricted', not one of public, internal/);
  });

  test("all conditions must hold, and every failing one is explained", () => {
    const e = withCond({ sourceIps: ["10.0.0.0/8"], maxTokens: 50, classifications: ["public"] });
    const d = e.evaluate(ask(principal(), { sourceIp: "8.8.8.8" }));
    assert.equal(d.allow, false);
    assert.match(d.explanation, /rule eng-gpt4: sourceIps: 8\.8\.8\.8 is not in 10\.0\.0\.0\/8; maxTokens: .*; classifications: /);
    assert.equal(e.evaluate(ask(principal(), { requestedTokens: 10, classification: "public" })).allow, true);
  });

  test("a second allow rule without the failing condition allows", () => {
    const e = engine([
      allowAll(["team:eng"], { id: "eng-office", conditions: { sourceIps: ["10.0.0.0/8"] } }),
      allowAll(["team:eng"], { id: "eng-small", conditions: { maxTokens: 200 } }),
    ]);
    const d = e.evaluate(ask(principal(), { sourceIp: "8.8.8.8", requestedTokens: 100 }));
    assert.equal(d.allow, true);
    assert.equal(d.rule, "eng-small");
    const both = e.evaluate(ask(principal(), { sourceIp: "8.8.8.8", requestedTokens: 500 }));
    assert.match(both.explanation, /rule eng-office: sourceIps: .*; rule eng-small: maxTokens: /);
  });
});

describe("credential scope comes first", () => {
  const e = engine([{ id: "all", subjects: ["*"], actions: ["invoke"], resources: ["*"] }]);

  test("a key without the grant gets the existing model_not_granted error, whatever the rules", () => {
    const d = e.evaluate(ask(keyScoped(["demo"])));
    assert.equal(d.allow, false);
    if (d.allow) return;
    assert.equal(d.denial.code, "model_not_granted");
    assert.match(d.denial.message, /Missing grant: model:gpt-4o/);
    assert.equal(d.denial.reasons[0]!.source, "policy:key-grants");
  });

  test("routes: route_not_granted", () => {
    const d = e.evaluate(ask(keyScoped([], ["other"]), { kind: "route", name: "fraud" }));
    assert.equal(d.allow, false);
    if (!d.allow) assert.equal(d.denial.code, "route_not_granted");
  });

  test("within the scope, policies still decide (explicit mode)", () => {
    const none = engine([]);
    const d = none.evaluate(ask(keyScoped(["gpt-4o"])));
    assert.equal(d.allow, false);
    assert.equal(d.explanation, "Denied by policy: no rule grants invoke on model:gpt-4o to principal 'billing' (team eng, roles analyst).");
    if (!d.allow) assert.equal(d.denial.reasons[0]!.source, "policy:default-deny");
    assert.equal(e.evaluate(ask(keyScoped(["gpt-*"]))).allow, true);
  });

  test("a null scope (JWT without grants) is bounded by policies alone", () => {
    assert.equal(e.evaluate(ask(principal({ via: "jwt" }))).allow, true);
  });
});

describe("the implicit default policy (no policies: key)", () => {
  const implicit = engine([], { implicit: true });

  test("allows what the key grants, naming the rule and the key grant", () => {
    const d = implicit.evaluate(ask(keyScoped(["gpt-4o*"])));
    assert.equal(d.allow, true);
    assert.equal(d.rule, IMPLICIT_RULE_ID);
    if (d.allow) assert.equal(d.grant, "policy:rule/default:credential-grants (model:gpt-4o*)");
    assert.match(d.explanation, /default:credential-grants .*granted by model:gpt-4o\*/);
  });

  test("allows tools of a granted credential, not admin actions", () => {
    assert.equal(implicit.evaluate(ask(keyScoped(["gpt-4o"]), { action: "use-tool", kind: "tool", name: "exec" })).allow, true);
    const admin = implicit.evaluate(ask(keyScoped(["*"]), { action: "administer", kind: "tenant", name: "default" }));
    assert.equal(admin.allow, false);
    assert.match(admin.explanation, /grants only invoke and use-tool/);
  });

  test("a null scope is denied, explaining that a policy is needed", () => {
    const d = implicit.evaluate(ask(principal({ via: "jwt" })));
    assert.equal(d.allow, false);
    assert.match(d.explanation, /no rule grants invoke on model:gpt-4o .*no grants of its own and no policies are configured: add a rule under `policies:`/);
  });

  test("stored rules still apply in implicit mode: deny rules deny, allow rules grant null-scope principals", () => {
    const withRules = new TenantPolicy(
      [
        { rule: rule({ id: "jwt-demo", subjects: ["via:jwt"], actions: ["invoke"], resources: ["model:gpt-4o"] }), origin: "store" },
        { rule: rule({ id: "no-night", effect: "deny", subjects: ["principal:night*"], actions: ["invoke"], resources: ["*"] }), origin: "store" },
      ],
      { tenant: "default", implicitDefault: true },
    );
    const jwt = withRules.evaluate(ask(principal({ via: "jwt" })));
    assert.equal(jwt.rule, "jwt-demo");
    assert.match(jwt.explanation, /Allowed by rule jwt-demo \(stored\)/);
    assert.equal(withRules.evaluate(ask(keyScoped(["*"], [], { id: "nightly" }))).allow, false);
    assert.equal(withRules.evaluate(ask(keyScoped(["*"]))).allow, true);
  });
});

describe("explain()", () => {
  const e = engine([
    { id: "eng-gpt4", description: "engineering may use GPT-4o from the office", subjects: ["team:eng"], actions: ["invoke"], resources: ["model:gpt-4o"], conditions: { sourceIps: ["10.0.0.0/8"] } },
  ]);

  test("allow: the allowing rule, its description and what it grants", () => {
    assert.equal(
      e.explain(ask(principal())),
      "Allowed by rule eng-gpt4 (engineering may use GPT-4o from the office): allow invoke on model:gpt-4o to team:eng if sourceIps 10.0.0.0/8.",
    );
  });

  test("missing grant: names the action, resource and principal with team and roles", () => {
    assert.equal(
      e.explain(ask(principal({ team: "sales", roles: [] }))),
      "Denied by policy: no rule grants invoke on model:gpt-4o to principal 'billing' (team sales, no roles).",
    );
    assert.equal(
      e.explain(ask(principal({ tenant: "default", team: null, roles: ["a", "b"] }), { name: "o1" })),
      "Denied by policy: no rule grants invoke on model:o1 to principal 'billing' (no team, roles a, b).",
    );
  });

  test("failing condition: which condition of which rule and why", () => {
    assert.equal(
      e.explain(ask(principal(), { sourceIp: "8.8.8.8" })),
      "Denied by policy: no rule allows invoke on model:gpt-4o to principal 'billing' (team eng, roles analyst): rule eng-gpt4: sourceIps: 8.8.8.8 is not in 10.0.0.0/8.",
    );
  });

  test("a tool denial points at the tools parameter", () => {
    const d = e.evaluate(ask(principal(), { action: "use-tool", kind: "tool", name: "exec_shell" }));
    assert.equal(d.allow, false);
    if (d.allow) return;
    assert.equal(d.denial.param, "tools");
    assert.equal(d.explanation, "Denied by policy: no rule grants use-tool on tool:exec_shell to principal 'billing' (team eng, roles analyst).");
  });

  test("a broken (invalid stored) policy denies everything with its reason", () => {
    const broken = new TenantPolicy([{ rule: rule(allowAll(["*"])), origin: "config" }], {
      tenant: "default",
      implicitDefault: false,
      broken: { rule: "bad", reason: "the stored policy bad is invalid" },
    });
    const d = broken.evaluate(ask(principal()));
    assert.equal(d.allow, false);
    if (!d.allow) assert.equal(d.denial.reasons[0]!.source, "policy:rule/bad");
  });
});
