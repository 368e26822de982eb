/** POST /admin/v1/keys/:id/rotate: a new key shown once, the old one expiring after the overlap, step-up, an event. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { KeyAuthenticator } from "../../src/identity/authenticator.js";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { type AdminClient, enrol, type Harness, makeAdmin, signIn, startHarness } from "./helpers.js";

describe("admin API key rotation", () => {
  let h: Harness;
  let c: AdminClient;
  let secret: string;
  const HOUR = 3_600_000;

  before(async () => {
    h = await startHarness();
    await makeAdmin(h, "km@example.com", "key-manager");
    secret = (await enrol(h, "km@example.com")).secret;
    c = await signIn(h, "km@example.com", secret);
    await h.store.org.putPrincipal({ tenantId: "default", id: "svc", kind: "service", teamId: null, roles: [], createdAt: h.clock.t, disabledAt: null });
  });
  after(() => h.close());

  const issue = async () => (await issueKey(h.store.keys, { principal: "svc", models: ["gpt-4o"], routes: ["fraud"], ipAllow: ["10.0.0.0/8"], now: h.clock.t })).record.id;

  test("default overlap 24h: same grants, rotatedFrom, the new key works and is shown only here; an event", async () => {
    const id = await issue();
    const r = await c.post(`/keys/wg_${id}/rotate`, {});
    assert.equal(r.status, 201, r.text);
    assert.match(r.body.key, /^wg_[0-9a-f]{12}_/);
    assert.equal(r.body.record.rotatedFrom, `wg_${id}`);
    assert.deepEqual([r.body.record.models, r.body.record.routes, r.body.record.ipAllow], [["gpt-4o"], ["fraud"], ["10.0.0.0/8"]]);
    assert.equal(r.body.old.expiresAt, new Date(h.clock.t + 24 * HOUR).toISOString());
    assert.equal((await h.store.keys.get(id))!.expiresAt, h.clock.t + 24 * HOUR);
    const auth = await new KeyAuthenticator(h.store.keys, h.clock.now, h.store.org).authenticate(r.body.key, "10.1.2.3");
    assert.ok(auth.ok && auth.principal.key?.id === r.body.record.id.slice(3), "the new key authenticates");
    const list = await c.get("/keys");
    assert.ok(!list.text.includes(r.body.key.split("_")[2]), "the secret is not listed");
    const ev = (await h.store.admin.events.list("default")).filter((e) => e.action === "keys.rotate");
    assert.equal(ev.at(-1)?.target, `wg_${id}`);
    assert.equal(ev.at(-1)?.detail.newKey, r.body.record.id);
    assert.ok(!JSON.stringify(ev).includes(r.body.key.split("_")[2]));
  });

  test("overlap as a duration string, as seconds, and 0 (expire now); expiresAt sets the new key's expiry", async () => {
    const a = await issue();
    assert.equal((await c.post(`/keys/${a}/rotate`, { overlap: "30m" })).body.old.expiresAt, new Date(h.clock.t + 30 * 60_000).toISOString());
    const b = await issue();
    assert.equal((await c.post(`/keys/wg_${b}/rotate`, { overlap: 90 })).body.old.expiresAt, new Date(h.clock.t + 90_000).toISOString());
    const d = await issue();
    const at = new Date(h.clock.t + 30 * 24 * HOUR).toISOString();
    const r = await c.post(`/keys/wg_${d}/rotate`, { overlap: "0", expiresAt: at });
    assert.equal(r.body.old.status, "expired");
    assert.equal(r.body.record.expiresAt, at);
  });

  test("bad overlap, revoked and unknown keys are refused with reasons", async () => {
    const id = await issue();
    const bad = await c.post(`/keys/wg_${id}/rotate`, { overlap: "soon" });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /body\.overlap/);
    const extra = await c.post(`/keys/wg_${id}/rotate`, { overlap: "1h", grants: ["*"] });
    assert.equal(extra.status, 400);
    assert.match(extra.body.error.message, /grants: unknown field/);
    await h.store.keys.revoke(id, h.clock.t);
    const revoked = await c.post(`/keys/wg_${id}/rotate`, {});
    assert.equal(revoked.status, 400);
    assert.equal(revoked.body.error.code, "key_revoked");
    assert.equal((await c.post("/keys/not-a-key/rotate", {})).status, 404);
  });

  test("needs step-up", async () => {
    const id = await issue();
    h.clock.advance(10 * 60_000);
    const r = await c.post(`/keys/wg_${id}/rotate`, {});
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, "step_up_required");
    assert.equal((await h.store.keys.get(id))!.expiresAt, null, "nothing rotated");
    c = await signIn(h, "km@example.com", secret);
  });
});
