/**
 * /admin/v1/policies over real HTTP: config rules listed read-only, stored
 * rules created, replaced and deleted with the policy module's validation
 * (key paths in the 400), step-up, events, and the explain dry run.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { parseConfig } from "../../src/config/load.js";
import { type AdminClient, enrol, type Harness, makeAdmin, signIn, startHarness } from "./helpers.js";

const ADMINS_MAY = { id: "admins", subjects: ["via:admin-session"], actions: ["administer", "read-audit"], resources: ["tenant:default"] };
const gateway = parseConfig({
  providers: { demo: { type: "demo" } },
  models: [{ name: "demo", provider: "demo", classification: "confidential" }],
  policies: [
    ADMINS_MAY,
    { id: "eng-demo", subjects: ["team:eng"], actions: ["invoke"], resources: ["model:demo"], conditions: { sourceIps: ["10.0.0.0/8"] } },
    { id: "other-tenant-rule", tenant: "acme", subjects: ["*"], actions: ["invoke"], resources: ["model:*"] },
  ],
});

describe("admin API policies", () => {
  let h: Harness;
  let c: AdminClient;
  let secret: string;

  before(async () => {
    h = await startHarness({}, { gateway });
    await makeAdmin(h, "sec@example.com", "security-admin");
    secret = (await enrol(h, "sec@example.com")).secret;
    c = await signIn(h, "sec@example.com", secret);
    await h.store.org.putPrincipal({ tenantId: "default", id: "billing", kind: "service", teamId: "eng", roles: ["analyst"], createdAt: h.clock.t, disabledAt: null });
  });
  after(() => h.close());

  test("GET /policies: the tenant's config rules read-only, no other tenant's", async () => {
    const r = await c.get("/policies");
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.mode, "explicit");
    assert.deepEqual(r.body.policies.map((p: { id: string; source: string; readOnly: boolean }) => [p.id, p.source, p.readOnly]), [
      ["admins", "config", true],
      ["eng-demo", "config", true],
    ]);
    assert.deepEqual(r.body.policies[1].rule.conditions, { sourceIps: ["10.0.0.0/8"] });
  });

  test("PUT creates (201) then replaces (200) a stored rule; GET shows it with source store; events", async () => {
    const rule = { effect: "deny", description: "no weekend", subjects: ["role:analyst"], actions: ["invoke"], resources: ["model:demo"] };
    const made = await c.call("PUT", "/policies/no-analysts", rule);
    assert.equal(made.status, 201, made.text);
    assert.equal(made.body.source, "store");
    assert.equal(made.body.rule.tenant, "default", "the session's tenant");
    assert.equal(made.body.rule.id, "no-analysts");
    const replaced = await c.call("PUT", "/policies/no-analysts", { ...rule, description: "changed" });
    assert.equal(replaced.status, 200, replaced.text);
    const got = await c.get("/policies/no-analysts");
    assert.equal(got.body.rule.description, "changed");
    assert.equal(got.body.readOnly, false);
    assert.equal((await c.get("/policies")).body.policies.at(-1).id, "no-analysts");
    const actions = (await h.store.admin.events.list("default")).filter((e) => e.action.startsWith("policies.")).map((e) => `${e.action}:${e.target}:${e.outcome}`);
    assert.deepEqual(actions, ["policies.create:no-analysts:success", "policies.update:no-analysts:success"]);
  });

  test("invalid rules are 400 with the key paths, and nothing is stored", async () => {
    const r = await c.call("PUT", "/policies/bad", { subjects: ["nobody"], actions: ["invoke"], resources: ["model:demo"], conditions: { sourceIps: ["300.1.1.1"] }, colour: "red" });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, "invalid_policy");
    assert.match(r.body.error.message, /policy\.subjects\[0\]: expected "\*"/);
    assert.match(r.body.error.message, /policy\.conditions\.sourceIps\[0\]/);
    assert.match(r.body.error.message, /policy\.colour: unknown key/);
    assert.equal(await h.store.policies.get("default", "bad"), undefined);
    const guard = await c.call("PUT", "/policies/bad", { subjects: ["*"], actions: ["invoke"], resources: ["model:demo"], conditions: { guardProfiles: ["nonexistent"] } });
    assert.match(guard.body.error.message, /policy\.conditions\.guardProfiles\[0\]: expected one of the guard profiles/);
    const mismatch = await c.call("PUT", "/policies/bad", { id: "other", subjects: ["*"], actions: ["invoke"], resources: ["model:demo"] });
    assert.match(mismatch.body.error.message, /policy\.id: expected "bad"/);
    const failures = (await h.store.admin.events.list("default")).filter((e) => e.action === "policies.create" && e.outcome === "failure");
    assert.equal(failures.length, 2, "each refused rule is an event");
  });

  test("a body naming another tenant is refused; config rules are read-only", async () => {
    const r = await c.call("PUT", "/policies/sneak", { tenant: "acme", subjects: ["*"], actions: ["invoke"], resources: ["model:*"] });
    assert.equal(r.status, 400);
    assert.match(r.body.error.message, /policy\.tenant: expected "default"/);
    assert.equal(await h.store.policies.get("acme", "sneak"), undefined);
    const res = await c.call("PUT", "/policies/sneak2", { subjects: ["*"], actions: ["administer"], resources: ["tenant:acme"] });
    assert.equal(res.status, 400);
    assert.match(res.body.error.message, /expected tenant:default/);
    const ro = await c.call("PUT", "/policies/eng-demo", { subjects: ["*"], actions: ["invoke"], resources: ["model:*"] });
    assert.equal(ro.status, 409);
    assert.equal(ro.body.error.code, "policy_read_only");
    assert.equal((await c.call("DELETE", "/policies/eng-demo")).status, 409);
  });

  test("POST /policies/explain: allow with the rule, deny with the failing condition, team/roles from the stored principal", async () => {
    const allow = await c.post("/policies/explain", { principal: "billing", model: "demo", ip: "10.1.2.3", roles: [] });
    assert.equal(allow.status, 200, allow.text);
    assert.equal(allow.body.decision, "allow");
    assert.equal(allow.body.rule, "eng-demo");
    assert.equal(allow.body.source, "policy:rule/eng-demo");
    const cond = await c.post("/policies/explain", { principal: "billing", model: "demo", ip: "8.8.8.8", roles: [] });
    assert.equal(cond.body.decision, "deny");
    assert.equal(cond.body.code, "policy_denied");
    assert.match(cond.body.explanation, /rule eng-demo: sourceIps: 8\.8\.8\.8 is not in 10\.0\.0\.0\/8/);
    const denyRule = await c.post("/policies/explain", { principal: "billing", model: "demo", ip: "10.1.2.3" });
    assert.equal(denyRule.body.decision, "deny", "the stored deny rule matches role analyst (from the stored principal)");
    assert.equal(denyRule.body.rule, "no-analysts");
    const admin = await c.post("/policies/explain", { principal: "sec@example.com", via: "admin-session", roles: ["security-admin"], action: "administer" });
    assert.equal(admin.body.decision, "allow");
    assert.equal(admin.body.resource, "tenant:default");
    const bad = await c.post("/policies/explain", { principal: "billing", model: "demo", route: "x" });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /exactly one of model, route or tool/);
  });

  test("DELETE removes a stored rule (event), then 404; PUT and DELETE need step-up", async () => {
    const d = await c.call("DELETE", "/policies/no-analysts");
    assert.equal(d.status, 200, d.text);
    assert.equal(await h.store.policies.get("default", "no-analysts"), undefined);
    assert.equal((await c.call("DELETE", "/policies/no-analysts")).status, 404);
    assert.equal((await c.get("/policies/no-analysts")).status, 404);
    assert.ok((await h.store.admin.events.list("default")).some((e) => e.action === "policies.delete" && e.target === "no-analysts"));
    h.clock.advance(10 * 60_000);
    const put = await c.call("PUT", "/policies/later", { subjects: ["*"], actions: ["invoke"], resources: ["model:demo"] });
    assert.equal(put.status, 403);
    assert.equal(put.body.error.code, "step_up_required");
    assert.equal(await h.store.policies.get("default", "later"), undefined);
    c = await signIn(h, "sec@example.com", secret);
  });
});
