/**
 * The role matrix over real HTTP: every resource route × every role,
 * allowed or refused as the issue's least-privilege roles say. The expected
 * table is written out here, independently of src/admin/permissions.ts.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { newKillSwitchId } from "../../src/incident/kill-switches.js";
import { type AdminClient, enrol, type Harness, makeAdmin, type Response, signIn, startHarness } from "./helpers.js";

const ROLES = ["owner", "security-admin", "key-manager", "auditor"] as const;
type Role = (typeof ROLES)[number];
const ALL = ROLES;

interface Endpoint {
  method: string;
  route: string;
  allowed: readonly Role[];
  /** Success status when allowed. */
  ok: number;
  call(c: AdminClient, role: Role, h: Harness): Promise<Response>;
}

/** Per-role fixtures so each allowed call has something of its own to act on. */
const keyIds = new Map<Role, string>();
const adminIds = new Map<Role, string>();
const rotateIds = new Map<Role, string>();
const switchIds = new Map<Role, string>();

const ENDPOINTS: Endpoint[] = [
  { method: "GET", route: "/me", allowed: ALL, ok: 200, call: (c) => c.get("/me") },
  { method: "GET", route: "/teams", allowed: ALL, ok: 200, call: (c) => c.get("/teams") },
  { method: "POST", route: "/teams", allowed: ["owner", "security-admin"], ok: 201, call: (c, r) => c.post("/teams", { id: `new-${r}` }) },
  { method: "DELETE", route: "/teams/:id", allowed: ["owner", "security-admin"], ok: 200, call: (c, r) => c.call("DELETE", `/teams/old-${r}`) },
  { method: "GET", route: "/principals", allowed: ALL, ok: 200, call: (c) => c.get("/principals") },
  { method: "POST", route: "/principals", allowed: ["owner", "security-admin"], ok: 201, call: (c, r) => c.post("/principals", { id: `new-${r}`, roles: ["analyst"] }) },
  { method: "PATCH", route: "/principals/:id", allowed: ["owner", "security-admin"], ok: 200, call: (c, r) => c.call("PATCH", `/principals/p-${r}`, { roles: ["x"] }) },
  { method: "POST", route: "/principals/:id/disable", allowed: ["owner", "security-admin"], ok: 200, call: (c, r) => c.post(`/principals/d-${r}/disable`) },
  { method: "GET", route: "/keys", allowed: ALL, ok: 200, call: (c) => c.get("/keys") },
  { method: "POST", route: "/keys", allowed: ["owner", "security-admin", "key-manager"], ok: 201, call: (c) => c.post("/keys", { principal: "svc", models: ["gpt-4o"] }) },
  { method: "POST", route: "/keys/:id/rotate", allowed: ["owner", "security-admin", "key-manager"], ok: 201, call: (c, r) => c.post(`/keys/wg_${rotateIds.get(r)}/rotate`, { overlap: "1h" }) },
  { method: "POST", route: "/keys/:id/revoke", allowed: ["owner", "security-admin", "key-manager"], ok: 200, call: (c, r) => c.post(`/keys/wg_${keyIds.get(r)}/revoke`) },
  { method: "GET", route: "/admins", allowed: ["owner", "auditor"], ok: 200, call: (c) => c.get("/admins") },
  { method: "POST", route: "/admins", allowed: ["owner"], ok: 201, call: (c, r) => c.post("/admins", { email: `made-by-${r}@example.com`, role: "auditor", password: "a long enough password" }) },
  { method: "POST", route: "/admins/:id/disable", allowed: ["owner"], ok: 200, call: (c, r) => c.post(`/admins/${adminIds.get(r)}/disable`) },
  { method: "POST", route: "/admins/:id/reset-mfa", allowed: ["owner"], ok: 200, call: (c, r) => c.post(`/admins/${adminIds.get(r)}/reset-mfa`) },
  { method: "GET", route: "/policies", allowed: ["owner", "security-admin", "auditor"], ok: 200, call: (c) => c.get("/policies") },
  { method: "GET", route: "/policies/:id", allowed: ["owner", "security-admin", "auditor"], ok: 200, call: (c) => c.get("/policies/seed") },
  {
    method: "PUT",
    route: "/policies/:id",
    allowed: ["owner", "security-admin"],
    ok: 201,
    call: (c, r) => c.call("PUT", `/policies/new-${r}`, { subjects: ["*"], actions: ["invoke"], resources: ["model:m"] }),
  },
  { method: "DELETE", route: "/policies/:id", allowed: ["owner", "security-admin"], ok: 200, call: (c, r) => c.call("DELETE", `/policies/old-${r}`) },
  { method: "POST", route: "/policies/explain", allowed: ["owner", "security-admin", "auditor"], ok: 200, call: (c) => c.post("/policies/explain", { principal: "svc", model: "m" }) },
  { method: "GET", route: "/kill-switches", allowed: ["owner", "security-admin", "auditor"], ok: 200, call: (c) => c.get("/kill-switches?all=true") },
  {
    method: "POST",
    route: "/kill-switches",
    allowed: ["owner", "security-admin"],
    ok: 201,
    call: (c, r) => c.post("/kill-switches", { scope: "model", target: `m-${r}`, reason: "drill" }),
  },
  { method: "POST", route: "/kill-switches/:id/lift", allowed: ["owner", "security-admin"], ok: 200, call: (c, r) => c.post(`/kill-switches/${switchIds.get(r)}/lift`) },
  { method: "GET", route: "/events", allowed: ["owner", "security-admin", "auditor"], ok: 200, call: (c) => c.get("/events") },
  { method: "GET", route: "/events/export", allowed: ["owner", "security-admin", "auditor"], ok: 200, call: (c) => c.get("/events/export") },
  { method: "GET", route: "/audit/events", allowed: ["owner", "security-admin", "auditor"], ok: 200, call: (c) => c.get("/audit/events") },
  { method: "GET", route: "/audit/checkpoints", allowed: ["owner", "security-admin", "auditor"], ok: 200, call: (c) => c.get("/audit/checkpoints") },
  { method: "GET", route: "/budgets", allowed: ["owner", "security-admin", "auditor"], ok: 200, call: (c) => c.get("/budgets") },
];

describe("admin roles", () => {
  let h: Harness;
  const clients = new Map<Role, { secret: string; email: string }>();
  before(async () => {
    h = await startHarness();
    const now = h.clock.t;
    await h.store.org.ensureTenant("default");
    await h.store.policies.put("default", { id: "seed", tenant: "default", effect: "allow", subjects: ["*"], actions: ["invoke"], resources: ["model:m"] });
    await h.store.org.putPrincipal({ tenantId: "default", id: "svc", kind: "service", teamId: null, roles: [], createdAt: now, disabledAt: null });
    for (const role of ROLES) {
      const email = `${role}@example.com`;
      await makeAdmin(h, email, role);
      clients.set(role, { email, secret: (await enrol(h, email)).secret });
      await h.store.org.createTeam({ tenantId: "default", id: `old-${role}`, name: "old", createdAt: now });
      for (const p of [`p-${role}`, `d-${role}`]) await h.store.org.putPrincipal({ tenantId: "default", id: p, kind: "service", teamId: null, roles: [], createdAt: now, disabledAt: null });
      keyIds.set(role, (await issueKey(h.store.keys, { principal: "svc", models: ["m"], now })).record.id);
      rotateIds.set(role, (await issueKey(h.store.keys, { principal: "svc", models: ["m"], now })).record.id);
      await h.store.policies.put("default", { id: `old-${role}`, tenant: "default", effect: "allow", subjects: ["*"], actions: ["invoke"], resources: ["model:m"] });
      const ks = { tenantId: "default", id: newKillSwitchId(), scope: "route" as const, target: `r-${role}`, reason: "drill", engagedAt: now, engagedBy: "cli", liftedAt: null, liftedBy: null };
      await h.store.killSwitches.engage(ks);
      switchIds.set(role, ks.id);
      adminIds.set(role, (await makeAdmin(h, `target-of-${role}@example.com`, "auditor")).id);
    }
  });
  after(() => h.close());

  for (const role of ROLES) {
    test(`${role}: every route allowed or refused as the matrix says`, async () => {
      const { email, secret } = clients.get(role)!;
      const c = await signIn(h, email, secret); // a fresh second factor: step-up is not what is tested here
      for (const e of ENDPOINTS) {
        const r = await e.call(c, role, h);
        const label = `${role} ${e.method} ${e.route}`;
        if (e.allowed.includes(role)) {
          assert.equal(r.status, e.ok, `${label} should be allowed: ${r.text}`);
        } else {
          assert.equal(r.status, 403, `${label} should be refused: ${r.text}`);
          assert.equal(r.body.error.code, "permission_denied", label);
          assert.match(r.body.error.message, new RegExp(`Role ${role} does not have permission`));
        }
      }
    });
  }

  test("refusals changed nothing and were recorded as events", async () => {
    assert.ok(await h.store.org.getTeam("default", "old-auditor"), "the auditor could not delete a team");
    assert.equal((await h.store.org.getPrincipal("default", "d-key-manager"))!.disabledAt, null);
    assert.equal((await h.store.keys.get(keyIds.get("auditor")!))!.revokedAt, null);
    assert.equal((await h.store.keys.get(rotateIds.get("auditor")!))!.expiresAt, null, "the auditor could not rotate a key");
    assert.equal(await h.store.admin.findAccountByEmail("made-by-security-admin@example.com"), undefined);
    assert.ok(await h.store.policies.get("default", "old-auditor"), "the auditor could not delete a policy");
    assert.equal(await h.store.policies.get("default", "new-key-manager"), undefined);
    assert.equal((await h.store.killSwitches.get("default", switchIds.get("auditor")!))!.liftedAt, null, "the auditor could not lift a switch");
    assert.ok(!(await h.store.killSwitches.list("default")).some((s) => s.target === "m-key-manager"), "the key manager could not engage one");
    const denied = (await h.store.admin.events.list("default")).filter((e) => e.action === "access.denied" && e.detail.reason === "permission_denied");
    const expected = ROLES.reduce((n, role) => n + ENDPOINTS.filter((e) => !e.allowed.includes(role)).length, 0);
    assert.equal(denied.length, expected);
  });
});
