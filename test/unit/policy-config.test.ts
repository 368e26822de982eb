/** `policies:` in the config: defaults, and every kind of mistake reported with its key path. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ConfigError, parseConfig } from "../../src/config/load.js";
import { checkRule } from "../../src/policy/validate.js";

const base = (policies: unknown, extra: Record<string, unknown> = {}) => ({
  providers: { demo: { type: "demo" } },
  models: [{ name: "demo", provider: "demo" }],
  policies,
  ...extra,
});

function problems(raw: unknown): string[] {
  try {
    parseConfig(raw);
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err.problems;
  }
  assert.fail("expected a ConfigError");
}

const ok = { id: "r1", subjects: ["*"], actions: ["invoke"], resources: ["model:demo"] };

describe("policies: parsing", () => {
  test("absent → undefined (implicit default policy); empty → [] (deny by default)", () => {
    assert.equal(parseConfig(base(undefined)).policies, undefined);
    assert.deepEqual(parseConfig(base([])).policies, []);
  });

  test("defaults: tenant default, effect allow; everything else kept", () => {
    const [r] = parseConfig(
      base([{ ...ok, description: "d", conditions: { sourceIps: ["10.0.0.0/8", "::1"], time: { days: ["mon"], from: "22:00", to: "06:00" }, maxTokens: "500", guardProfiles: ["standard"], classifications: ["public"] } }]),
    ).policies!;
    assert.equal(r!.tenant, "default");
    assert.equal(r!.effect, "allow");
    assert.equal(r!.conditions?.time?.timezone, "UTC");
    assert.equal(r!.conditions?.maxTokens, 500, "numbers may come from environment interpolation as strings");
  });

  test("models and routes take an optional classification", () => {
    const cfg = parseConfig(base(undefined, { models: [{ name: "demo", provider: "demo", classification: "confidential" }] }));
    assert.equal(cfg.models[0]!.classification, "confidential");
    assert.deepEqual(problems(base(undefined, { models: [{ name: "demo", provider: "demo", classification: "secret" }] })), [
      'models[0].classification: Invalid option: expected one of "public"|"internal"|"confidential"|"restricted"',
    ]);
  });
});

describe("policies: errors name the key", () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["unknown subject prefix", { ...ok, subjects: ["group:eng"] }, /^policies\[0\]\.subjects\[0\]: expected "\*", principal:<glob>, team:<id>, role:<name>, claim:<name>=<value> or via:/],
    ["claim without value", { ...ok, subjects: ["claim:groups"] }, /^policies\[0\]\.subjects\[0\]: claim:<name>=<value>/],
    ["unknown via", { ...ok, subjects: ["via:password"] }, /^policies\[0\]\.subjects\[0\]: via:<method>: expected one of gateway-key, jwt, token/],
    ["empty subjects", { ...ok, subjects: [] }, /^policies\[0\]\.subjects: /],
    ["unknown action", { ...ok, actions: ["delete"] }, /^policies\[0\]\.actions\[0\]: Invalid option/],
    ["unknown resource prefix", { ...ok, resources: ["file:/etc/passwd"] }, /^policies\[0\]\.resources\[0\]: expected "\*", model:<glob>, route:<glob>, tool:<glob> or tenant:<id>/],
    ["resource the actions can never match", { ...ok, resources: ["tool:x"] }, /^policies\[0\]\.resources\[0\]: a tool resource can never match the rule's actions \(invoke\)/],
    ["another tenant's tenant resource", { ...ok, actions: ["administer"], resources: ["tenant:acme"] }, /^policies\[0\]\.resources\[0\]: expected tenant:default/],
    ["bad effect", { ...ok, effect: "permit" }, /^policies\[0\]\.effect: Invalid option/],
    ["reserved id", { ...ok, id: "default:credential-grants" }, /^policies\[0\]\.id: ids starting with "default:" are reserved/],
    ["bad id", { ...ok, id: "has space" }, /^policies\[0\]\.id: expected a rule id/],
    ["unknown key", { ...ok, priority: 1 }, /^policies\[0\]\.priority: unknown key/],
    ["unknown condition", { ...ok, conditions: { colour: "red" } }, /^policies\[0\]\.conditions\.colour: unknown key/],
    ["bad CIDR prefix", { ...ok, conditions: { sourceIps: ["10.0.0.0/33"] } }, /^policies\[0\]\.conditions\.sourceIps\[0\]: expected a prefix length of 0-32/],
    ["bad IPv6 prefix", { ...ok, conditions: { sourceIps: ["2001:db8::/129"] } }, /^policies\[0\]\.conditions\.sourceIps\[0\]: expected a prefix length of 0-128/],
    ["not an address", { ...ok, conditions: { sourceIps: ["10.0.0"] } }, /^policies\[0\]\.conditions\.sourceIps\[0\]: expected an IPv4 or IPv6 address or CIDR range/],
    ["bad time", { ...ok, conditions: { time: { from: "24:00", to: "06:00" } } }, /^policies\[0\]\.conditions\.time\.from: expected a time of day as "HH:MM"/],
    ["from without to", { ...ok, conditions: { time: { from: "08:00" } } }, /^policies\[0\]\.conditions\.time\.to: expected both from and to/],
    ["empty window", { ...ok, conditions: { time: { from: "08:00", to: "08:00" } } }, /^policies\[0\]\.conditions\.time\.to: expected to to differ/],
    ["unknown day", { ...ok, conditions: { time: { days: ["fri", "fry"] } } }, /^policies\[0\]\.conditions\.time\.days\[1\]: Invalid option/],
    ["unknown time zone", { ...ok, conditions: { time: { days: ["mon"], timezone: "Mars/Olympus" } } }, /^policies\[0\]\.conditions\.time\.timezone: expected an IANA time zone name/],
    ["maxTokens zero", { ...ok, conditions: { maxTokens: 0 } }, /^policies\[0\]\.conditions\.maxTokens: /],
    ["maxTokens on a deny rule", { ...ok, effect: "deny", conditions: { maxTokens: 10 } }, /^policies\[0\]\.conditions\.maxTokens: maxTokens bounds what an allow rule grants/],
    ["unknown classification", { ...ok, conditions: { classifications: ["secret"] } }, /^policies\[0\]\.conditions\.classifications\[0\]: Invalid option/],
  ];
  for (const [what, rule, expected] of cases) {
    test(what, () => {
      const p = problems(base([rule]));
      assert.ok(p.some((line) => expected.test(line)), `${expected} not in:\n${p.join("\n")}`);
    });
  }

  test("duplicate ids within a tenant; the same id in two tenants is fine", () => {
    assert.deepEqual(problems(base([ok, ok])), ['policies[1].id: duplicate policy id "r1" in tenant "default"']);
    assert.equal(parseConfig(base([ok, { ...ok, tenant: "acme" }])).policies!.length, 2);
  });

  test("unknown guard profiles; configured ones are known", () => {
    assert.deepEqual(problems(base([{ ...ok, conditions: { guardProfiles: ["standard", "paranoid"] } }])), [
      'policies[0].conditions.guardProfiles[1]: expected one of the guard profiles (standard, strict, monitor, off), got "paranoid"',
    ]);
    const cfg = parseConfig(base([{ ...ok, conditions: { guardProfiles: ["paranoid"] } }], { guard: { profiles: { paranoid: { extends: "strict" } } } }));
    assert.deepEqual(cfg.policies![0]!.conditions?.guardProfiles, ["paranoid"]);
  });
});

describe("checkRule (stored rules, same schema)", () => {
  test("a valid document parses with defaults", () => {
    const r = checkRule(ok, "stored policy r1");
    assert.equal(r.rule?.tenant, "default");
  });

  test("problems carry the given prefix and key path; guard profiles checked when known", () => {
    assert.deepEqual(checkRule({ ...ok, subjects: ["nobody"] }, "policy").problems, [
      'policy.subjects[0]: expected "*", principal:<glob>, team:<id>, role:<name>, claim:<name>=<value> or via:gateway-key|jwt|token|mtls|admin-session; got "nobody"',
    ]);
    assert.deepEqual(checkRule({ ...ok, extra: 1 }, "policy").problems, ["policy.extra: unknown key (not part of the policy rule schema)"]);
    assert.deepEqual(checkRule({ ...ok, conditions: { guardProfiles: ["x"] } }, "p", new Set(["standard"])).problems, [
      'p.conditions.guardProfiles[0]: expected one of the guard profiles (standard), got "x"',
    ]);
    assert.equal(checkRule(null, "p").rule, undefined);
  });
});

test("the README's policy example validates and decides as the README says", async () => {
  const { readFileSync } = await import("node:fs");
  const { resolve } = await import("node:path");
  const { parse } = await import("yaml");
  const { TenantPolicy } = await import("../../src/policy/engine.js");
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Policies"), readme.indexOf("## Guard"));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(yaml, "README has a yaml block under Policies");
  const cfg = parseConfig({ ...parse(yaml), providers: { demo: { type: "demo" } }, models: [{ name: "gpt-4o", provider: "demo" }] });
  const policy = new TenantPolicy(cfg.policies!.map((rule) => ({ rule, origin: "config" as const })), { tenant: "default", implicitDefault: false });
  const billing = { id: "billing", tenant: "default", team: "eng", roles: ["analyst"], via: "gateway-key" as const, scope: null };
  const req = { principal: billing, action: "invoke" as const, kind: "model" as const, name: "gpt-4o", sourceIp: "8.8.8.8", at: Date.parse("2026-01-07T10:00:00Z"), requestedTokens: 500, guardProfile: "standard", classification: "internal" as const };
  assert.match(policy.explain(req), /rule eng-gpt4: sourceIps: 8\.8\.8\.8 is not in 10\.0\.0\.0\/8, 2001:db8::\/32/);
  assert.equal(policy.evaluate({ ...req, sourceIp: "10.1.2.3" }).rule, "eng-gpt4");
  assert.equal(
    policy.explain({ ...req, principal: { ...billing, team: null } }),
    "Denied by policy: no rule grants invoke on model:gpt-4o to principal 'billing' (no team, roles analyst).",
  );
  assert.equal(policy.evaluate({ ...req, sourceIp: "10.1.2.3", principal: { ...billing, roles: ["contractor"] } }).rule, "no-contractors");
});
