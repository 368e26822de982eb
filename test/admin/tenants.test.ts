/**
 * Cross-tenant isolation, table-driven over every admin endpoint: an owner
 * of tenant A aiming at tenant B's objects gets exactly the answer a
 * missing object gets (404), lists show only A's objects, and B's data is
 * unchanged afterwards.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { type AdminClient, enrol, type Harness, makeAdmin, type Response, signIn, startHarness } from "./helpers.js";

describe("cross-tenant access through the admin API", () => {
  let h: Harness;
  let a: AdminClient;
  let bKey: string;
  let bAdmin: string;
  const bSwitch = "ks_0123456789ab";

  const snapshotB = async () => ({
    teams: await h.store.org.listTeams("tenant-b"),
    principals: await h.store.org.listPrincipals("tenant-b", { includeDisabled: true }),
    keys: await h.store.keys.list({ tenant: "tenant-b", includeRevoked: true }),
    admins: (await h.store.admin.listAccounts("tenant-b")).map(({ passwordHash: _, ...rest }) => rest),
    events: await h.store.admin.events.list("tenant-b"),
    policies: await h.store.policies.list("tenant-b"),
    killSwitches: await h.store.killSwitches.list("tenant-b", { includeLifted: true }),
  });

  before(async () => {
    h = await startHarness();
    const now = h.clock.t;
    await makeAdmin(h, "owner-a@example.com", "owner", "tenant-a");
    const { secret } = await enrol(h, "owner-a@example.com");
    a = await signIn(h, "owner-a@example.com", secret);
    await a.post("/principals", { id: "a-svc" });

    await h.store.org.ensureTenant("tenant-b");
    await h.store.org.createTeam({ tenantId: "tenant-b", id: "b-team", name: "B's team", createdAt: now });
    for (const id of ["b-svc", "b-user"]) {
      await h.store.org.putPrincipal({ tenantId: "tenant-b", id, kind: "service", teamId: "b-team", roles: ["r"], createdAt: now, disabledAt: null });
    }
    bKey = (await issueKey(h.store.keys, { tenantId: "tenant-b", principal: "b-svc", models: ["*"], now })).record.id;
    bAdmin = (await makeAdmin(h, "owner-b@example.com", "owner", "tenant-b")).id;
    await h.store.killSwitches.engage({ tenantId: "tenant-b", id: bSwitch, scope: "model", target: "b-model", reason: "B's incident", engagedAt: now, engagedBy: "cli", liftedAt: null, liftedBy: null });
    await h.store.policies.put("tenant-b", { id: "b-rule", tenant: "tenant-b", effect: "allow", subjects: ["*"], actions: ["invoke"], resources: ["model:*"] });
    await h.store.admin.events.append({ tenantId: "tenant-b", at: now, actor: "cli", action: "admins.create", target: bAdmin, outcome: "success", ip: null, detail: {} });
  });
  after(() => h.close());

  /** Each endpoint aimed at B's object, and the same call aimed at an object that exists nowhere. */
  const attempts: { name: string; atB: () => Promise<Response>; atNothing: () => Promise<Response> }[] = [
    { name: "DELETE /teams/:id", atB: () => a.call("DELETE", "/teams/b-team"), atNothing: () => a.call("DELETE", "/teams/no-team") },
    {
      name: "PATCH /principals/:id",
      atB: () => a.call("PATCH", "/principals/b-svc", { roles: ["owned"] }),
      atNothing: () => a.call("PATCH", "/principals/no-svc", { roles: ["owned"] }),
    },
    {
      name: "PATCH /principals/:id (onto B's team)",
      atB: () => a.call("PATCH", "/principals/a-svc", { team: "b-team" }),
      atNothing: () => a.call("PATCH", "/principals/a-svc", { team: "no-team" }),
    },
    { name: "POST /principals/:id/disable", atB: () => a.post("/principals/b-user/disable"), atNothing: () => a.post("/principals/no-user/disable") },
    {
      name: "POST /principals (in B's team)",
      atB: () => a.post("/principals", { id: "sneaky", team: "b-team" }),
      atNothing: () => a.post("/principals", { id: "sneaky", team: "no-team" }),
    },
    {
      name: "POST /keys (for B's principal)",
      atB: () => a.post("/keys", { principal: "b-svc", models: ["*"] }),
      atNothing: () => a.post("/keys", { principal: "no-svc", models: ["*"] }),
    },
    {
      name: "POST /keys/:id/rotate",
      atB: () => a.post(`/keys/wg_${bKey}/rotate`, { overlap: 0 }),
      atNothing: () => a.post("/keys/wg_000000000000/rotate", { overlap: 0 }),
    },
    { name: "POST /keys/:id/revoke", atB: () => a.post(`/keys/wg_${bKey}/revoke`), atNothing: () => a.post("/keys/wg_000000000000/revoke") },
    { name: "GET /policies/:id", atB: () => a.get("/policies/b-rule"), atNothing: () => a.get("/policies/no-rule") },
    { name: "DELETE /policies/:id", atB: () => a.call("DELETE", "/policies/b-rule"), atNothing: () => a.call("DELETE", "/policies/no-rule") },
    { name: "POST /kill-switches/:id/lift", atB: () => a.post(`/kill-switches/${bSwitch}/lift`), atNothing: () => a.post("/kill-switches/ks_000000000000/lift") },
    { name: "POST /admins/:id/disable", atB: () => a.post(`/admins/${bAdmin}/disable`), atNothing: () => a.post("/admins/adm_0000000000000000/disable") },
    { name: "POST /admins/:id/reset-mfa", atB: () => a.post(`/admins/${bAdmin}/reset-mfa`), atNothing: () => a.post("/admins/adm_0000000000000000/reset-mfa") },
  ];

  for (const t of attempts) {
    test(`${t.name}: B's object answers exactly like a missing one, and B is unchanged`, async () => {
      const before = await snapshotB();
      const atB = await t.atB();
      const atNothing = await t.atNothing();
      assert.equal(atB.status, 404, atB.text);
      assert.deepEqual(atB.body, atNothing.body);
      assert.equal(atB.body.error.code, "not_found");
      assert.equal(atB.text, atNothing.text, "indistinguishable from a missing object");
      assert.deepEqual(await snapshotB(), before);
    });
  }

  const lists: { name: string; path: string; key: string; bIds: string[]; field: string }[] = [
    { name: "GET /teams", path: "/teams", key: "teams", bIds: ["b-team"], field: "id" },
    { name: "GET /principals", path: "/principals?includeDisabled=true", key: "principals", bIds: ["b-svc", "b-user"], field: "id" },
    { name: "GET /keys", path: "/keys?includeRevoked=true", key: "keys", bIds: [], field: "id" },
    { name: "GET /admins", path: "/admins", key: "admins", bIds: [], field: "id" },
    { name: "GET /policies", path: "/policies", key: "policies", bIds: ["b-rule"], field: "id" },
    { name: "GET /kill-switches", path: "/kill-switches?all=true", key: "killSwitches", bIds: [bSwitch, "b-model", "B's incident"], field: "id" },
    { name: "GET /events", path: "/events", key: "events", bIds: [], field: "target" },
  ];
  for (const l of lists) {
    test(`${l.name} shows only the admin's own tenant`, async () => {
      const r = await a.get(l.path);
      assert.equal(r.status, 200, r.text);
      const text = JSON.stringify(r.body);
      for (const id of [...l.bIds, `wg_${bKey}`, bAdmin, "owner-b@example.com", "b-svc"]) assert.ok(!text.includes(id), `${l.name} leaks ${id}`);
      if (l.key === "principals") assert.deepEqual(r.body.principals.map((p: { id: string }) => p.id), ["a-svc"]);
    });
  }

  test("GET /events/export holds only the admin's own tenant's events", async () => {
    const r = await a.get("/events/export");
    assert.equal(r.status, 200);
    assert.ok(r.text.length > 0);
    assert.ok(!r.text.includes(bAdmin));
  });

  test("PUT /policies/:id naming tenant B (in the body or a resource) is refused and B is unchanged", async () => {
    const before = await snapshotB();
    const inBody = await a.call("PUT", "/policies/b-rule", { tenant: "tenant-b", subjects: ["*"], actions: ["invoke"], resources: ["model:*"] });
    assert.equal(inBody.status, 400, inBody.text);
    assert.match(inBody.body.error.message, /policy\.tenant: expected "tenant-a"/);
    const inResource = await a.call("PUT", "/policies/b-admin", { subjects: ["*"], actions: ["administer"], resources: ["tenant:tenant-b"] });
    assert.equal(inResource.status, 400, inResource.text);
    assert.deepEqual(await snapshotB(), before);
  });

  test("POST /policies/explain asks about A's principals and A's rules only", async () => {
    const r = await a.post("/policies/explain", { principal: "b-svc", model: "anything" });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.decision, "deny", "B's allow-all rule does not apply in A");
    assert.equal(r.body.principal.stored, false, "B's principal is not visible from A");
  });

  test("POST /kill-switches engages in A only: B's callers are not stopped by it", async () => {
    const before = await snapshotB();
    const r = await a.post("/kill-switches", { scope: "tenant", reason: "A's drill" });
    assert.equal(r.status, 201, r.text);
    assert.equal((await h.store.killSwitches.get("tenant-a", r.body.id))!.tenantId, "tenant-a");
    assert.deepEqual(await snapshotB(), before);
    assert.equal((await a.post(`/kill-switches/${r.body.id}/lift`)).status, 200);
  });

  test("same ids in A create A's own objects and leave B's alone", async () => {
    const before = await snapshotB();
    assert.equal((await a.post("/teams", { id: "b-team", name: "A's copy" })).status, 201);
    assert.equal((await a.post("/principals", { id: "b-svc" })).status, 201);
    assert.equal((await a.post("/keys", { principal: "b-svc", models: ["m"] })).status, 201);
    assert.equal((await a.call("PUT", "/policies/b-rule", { subjects: ["*"], actions: ["invoke"], resources: ["model:m"] })).status, 201);
    assert.deepEqual(await snapshotB(), before);
    assert.equal((await h.store.org.getTeam("tenant-a", "b-team"))!.name, "A's copy");
  });
});
