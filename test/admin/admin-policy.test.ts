/**
 * Policies govern the admin plane when the config has an explicit
 * `policies:` key: after the role check, the admin (e-mail, role, via
 * admin-session) must be granted administer — or read-audit for the events
 * routes — on its tenant, with source-address and time-window conditions.
 * Sign-in is never subject to it. The clock is the harness's.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { administerGaps } from "../../src/admin/policies.js";
import { parseConfig } from "../../src/config/load.js";
import { type AdminClient, enrol, type Harness, makeAdmin, signIn, startHarness } from "./helpers.js";

const gateway = parseConfig({
  providers: { demo: { type: "demo" } },
  models: [{ name: "demo", provider: "demo" }],
  policies: [
    // default: administer from loopback only; read-audit only for auditors
    { id: "admins-local", subjects: ["via:admin-session"], actions: ["administer"], resources: ["tenant:default"], conditions: { sourceIps: ["127.0.0.0/8", "::1"] } },
    { id: "auditors-read", subjects: ["role:auditor"], actions: ["read-audit"], resources: ["tenant:default"] },
    // office: office hours only (the harness clock starts Monday 2026-01-05 09:00 UTC)
    { id: "office-hours", tenant: "office", subjects: ["role:owner"], actions: ["administer", "read-audit"], resources: ["tenant:office"], conditions: { time: { days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "17:00" } } },
    // remote: only from 10.0.0.0/8 (the test connects from 127.0.0.1)
    { id: "vpn-only", tenant: "remote", subjects: ["*"], actions: ["administer"], resources: ["tenant:remote"], conditions: { sourceIps: ["10.0.0.0/8"] } },
    // nobody: rules, but none grants administer
    { id: "nobody-invoke", tenant: "nobody", subjects: ["*"], actions: ["invoke"], resources: ["model:*"] },
  ],
});

describe("access policies on the admin plane", () => {
  let h: Harness;
  const secrets = new Map<string, string>();
  const as = async (email: string): Promise<AdminClient> => signIn(h, email, secrets.get(email)!);

  before(async () => {
    h = await startHarness({}, { gateway });
    for (const [email, role, tenant] of [
      ["owner@example.com", "owner", "default"],
      ["auditor@example.com", "auditor", "default"],
      ["owner@office.example", "owner", "office"],
      ["owner@remote.example", "owner", "remote"],
      ["owner@nobody.example", "owner", "nobody"],
    ] as const) {
      await makeAdmin(h, email, role, tenant);
      secrets.set(email, (await enrol(h, email)).secret);
    }
  });
  after(() => h.close());

  test("allowed by a rule with sourceIps 127.0.0.0/8; a change goes through", async () => {
    const c = await as("owner@example.com");
    assert.equal((await c.get("/teams")).status, 200);
    const r = await c.post("/teams", { id: "eng" });
    assert.equal(r.status, 201, r.text);
  });

  test("the events routes need read-audit: refused to an owner no rule grants it, allowed to the auditor", async () => {
    const owner = await as("owner@example.com");
    const r = await owner.get("/events");
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, "policy_denied");
    assert.match(r.body.error.message, /no rule grants read-audit on tenant:default to principal 'owner@example\.com' \(no team, roles owner\)/);
    assert.equal((await owner.get("/events/export")).body.error.code, "policy_denied");
    const auditor = await as("auditor@example.com");
    assert.equal((await auditor.get("/events")).status, 200);
    // The tamper-evident log's routes are reading the audit trail too.
    assert.equal((await owner.get("/audit/events")).body.error.code, "policy_denied");
    assert.equal((await owner.get("/audit/checkpoints")).body.error.code, "policy_denied");
    assert.equal((await auditor.get("/audit/events")).status, 200);
  });

  test("denied outside a time window (injectable clock); sign-in itself still works", async () => {
    const inHours = await as("owner@office.example");
    assert.equal((await inHours.get("/teams")).status, 200, "Monday 09:00 UTC is inside 08:00-17:00");
    h.clock.advance(9 * 3_600_000); // Monday 18:00
    const late = await as("owner@office.example");
    const r = await late.get("/teams");
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, "policy_denied");
    assert.match(r.body.error.message, /rule office-hours: time: Mon 18:0\d UTC is outside mon,tue,wed,thu,fri 08:00-17:00 UTC/);
    h.clock.advance(15 * 3_600_000); // Tuesday 09:00: back inside
  });

  test("denied from an address outside the rule's sourceIps", async () => {
    const c = await as("owner@remote.example");
    const r = await c.get("/principals");
    assert.equal(r.status, 403);
    assert.match(r.body.error.message, /rule vpn-only: sourceIps: 127\.0\.0\.1 is not in 10\.0\.0\.0\/8/);
  });

  test("denied when no rule grants administer; the refusal is an event and nothing changed", async () => {
    const c = await as("owner@nobody.example");
    const r = await c.post("/teams", { id: "x" });
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, "policy_denied");
    assert.match(r.body.error.message, /no rule grants administer on tenant:nobody/);
    assert.equal((await c.get("/me")).status, 403, "every non-sign-in route is administer");
    assert.equal(await h.store.org.getTeam("nobody", "x"), undefined);
    const ev = (await h.store.admin.events.list("nobody")).filter((e) => e.action === "access.denied" && e.detail.reason === "policy_denied");
    assert.ok(ev.length >= 2);
    assert.equal(ev[0]!.target, "POST /admin/v1/teams");
    const register = await c.post("/auth/webauthn/register/options");
    assert.equal(register.body.error.code, "policy_denied", "adding a second factor is administration, not sign-in");
    assert.equal((await c.post("/auth/logout")).status, 200, "signing out is not subject to policies");
  });

  test("the role check comes first: a role without the permission is refused as before", async () => {
    const auditor = await as("auditor@example.com");
    const r = await auditor.post("/teams", { id: "nope" });
    assert.equal(r.body.error.code, "permission_denied");
  });

  test("administerGaps: tenants with admins that no allow rule could grant administer", () => {
    const admins = [
      { tenantId: "default", email: "a@x", role: "owner" as const, disabledAt: null },
      { tenantId: "office", email: "b@x", role: "owner" as const, disabledAt: null },
      { tenantId: "nobody", email: "c@x", role: "owner" as const, disabledAt: null },
      { tenantId: "gone", email: "d@x", role: "owner" as const, disabledAt: 1 },
    ];
    assert.deepEqual(administerGaps(gateway.policies!, admins), [{ tenant: "nobody", admins: 1 }]);
    assert.deepEqual(administerGaps([], admins).map((g) => g.tenant), ["default", "nobody", "office"]);
  });
});
