/** Admin sessions: CSRF, idle and absolute timeouts (injected clock), sign-out, sign-out everywhere, step-up. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { enrol, type Harness, makeAdmin, signIn, startHarness, totpCode } from "./helpers.js";

describe("admin sessions", () => {
  let h: Harness;
  let secret: string;
  before(async () => {
    h = await startHarness();
    await makeAdmin(h, "owner@example.com", "owner");
    ({ secret } = await enrol(h, "owner@example.com"));
  });
  after(() => h.close());

  test("state-changing requests without the CSRF token, or with a wrong one, are refused (403 csrf_failed) and change nothing", async () => {
    const c = await signIn(h, "owner@example.com", secret);
    const missing = await c.post("/teams", { id: "eng" }, { csrf: null });
    assert.equal(missing.status, 403);
    assert.equal(missing.body.error.code, "csrf_failed");
    const wrong = await c.post("/teams", { id: "eng" }, { csrf: "A".repeat(43) });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error.code, "csrf_failed");
    assert.equal(await h.store.org.getTeam("default", "eng"), undefined);
    const del = await c.call("DELETE", "/teams/eng", undefined, { csrf: null });
    assert.equal(del.body.error.code, "csrf_failed");
    // Another session's token is not this session's token.
    const other = await signIn(h, "owner@example.com", secret);
    assert.equal((await c.post("/teams", { id: "eng" }, { csrf: other.csrf! })).body.error.code, "csrf_failed");
    const ok = await c.post("/teams", { id: "eng" });
    assert.equal(ok.status, 201, ok.text);
    assert.ok((await h.store.admin.events.list("default")).some((e) => e.action === "access.denied" && e.detail.reason === "csrf_failed"));
  });

  test("a state-changing request from another origin is refused, login included", async () => {
    const c = await signIn(h, "owner@example.com", secret);
    const cross = await c.call("POST", "/teams", { id: "from-evil" }, { headers: { origin: "https://evil.example" } });
    assert.equal(cross.status, 403);
    assert.equal(cross.body.error.code, "csrf_failed");
    assert.equal(await h.store.org.getTeam("default", "from-evil"), undefined);
    const login = await h.client().call("POST", "/auth/login", { email: "owner@example.com", password: "correct horse battery staple" }, { headers: { origin: "null" } });
    assert.equal(login.status, 403);
    const same = await c.call("POST", "/teams", { id: "from-admin-ui" }, { headers: { origin: "http://localhost:8788" } });
    assert.equal(same.status, 201, same.text);
  });

  test("an idle session expires; activity keeps it alive", async () => {
    const c = await signIn(h, "owner@example.com", secret);
    h.clock.advance(29 * 60_000);
    assert.equal((await c.get("/me")).status, 200, "activity within 30 minutes");
    h.clock.advance(29 * 60_000);
    assert.equal((await c.get("/me")).status, 200, "the idle timer restarted");
    h.clock.advance(30 * 60_000);
    const expired = await c.get("/me");
    assert.equal(expired.status, 401);
    assert.equal(expired.body.error.code, "session_expired");
    assert.match(expired.body.error.message, /idle/);
    assert.equal((await c.get("/me")).body.error.code, "unauthenticated", "an expired session is gone for good");
  });

  test("a session ends at its absolute age however active it is", async () => {
    const c = await signIn(h, "owner@example.com", secret);
    for (let i = 0; i < 25; i++) {
      h.clock.advance(29 * 60_000);
      const r = await c.get("/me");
      if (r.status !== 200) {
        assert.equal(r.body.error.code, "session_expired");
        assert.match(r.body.error.message, /maximum age/);
        assert.ok(i >= 24, `expired after ${(i + 1) * 29} minutes`);
        return;
      }
    }
    assert.fail("the session outlived 12 hours");
  });

  test("a sign-in left at the second factor expires after 10 minutes", async () => {
    const c = h.client();
    await c.post("/auth/login", { email: "owner@example.com", password: "correct horse battery staple" });
    h.clock.advance(10 * 60_000);
    const r = await c.post("/auth/totp", { code: await totpCode(secret, h.clock) });
    assert.equal(r.status, 401);
    assert.equal(r.body.error.code, "session_expired");
  });

  test("signing in again from the same browser ends its previous session", async () => {
    const c = await signIn(h, "owner@example.com", secret);
    const previous = c.cookie;
    await c.post("/auth/login", { email: "owner@example.com", password: "correct horse battery staple" });
    assert.notEqual(c.cookie, previous);
    c.cookie = previous;
    assert.equal((await c.get("/me")).status, 401);
  });

  test("logout ends this session; logout-all ends every session of the account", async () => {
    const a = await signIn(h, "owner@example.com", secret);
    const b = await signIn(h, "owner@example.com", secret);
    const stolenCookie = a.cookie;
    assert.equal((await a.post("/auth/logout")).status, 200);
    assert.equal(a.cookie, undefined, "the cookie is cleared");
    a.cookie = stolenCookie;
    assert.equal((await a.get("/me")).status, 401, "the old cookie is useless");
    assert.equal((await b.get("/me")).status, 200, "other sessions live on");

    const c = await signIn(h, "owner@example.com", secret);
    const all = await c.post("/auth/logout-all");
    assert.equal(all.status, 200);
    assert.ok(all.body.signedOut >= 2);
    assert.equal((await b.get("/me")).status, 401);
    assert.equal((await c.get("/me")).status, 401);
    const actions = (await h.store.admin.events.list("default")).map((e) => e.action);
    assert.ok(actions.includes("auth.logout") && actions.includes("auth.logout-all"));
  });

  test("sensitive actions need a fresh second factor: refused after the step-up window, honoured after POST /auth/step-up", async () => {
    const c = await signIn(h, "owner@example.com", secret);
    await c.post("/principals", { id: "billing" });
    const fresh = await c.post("/keys", { principal: "billing", models: ["gpt-4o"] });
    assert.equal(fresh.status, 201, "the sign-in's own second factor counts as a step-up");
    assert.match(fresh.body.key, /^wg_[0-9a-f]{12}_[0-9a-f]{64}$/);

    h.clock.advance(5 * 60_000 + 1000);
    const stale = await c.post("/keys", { principal: "billing", models: ["gpt-4o"] });
    assert.equal(stale.status, 403);
    assert.equal(stale.body.error.code, "step_up_required");
    const exportStale = await c.get("/events/export");
    assert.equal(exportStale.body.error.code, "step_up_required");
    assert.equal((await c.post("/admins", { email: "x@example.com", role: "auditor", password: "a long enough password" })).body.error.code, "step_up_required");
    assert.equal((await h.store.keys.list({ tenant: "default", principal: "billing" })).length, 1, "no key was made");

    const bad = await c.post("/auth/step-up", { code: "123456" });
    assert.equal(bad.status, 401);
    const up = await c.post("/auth/step-up", { code: await totpCode(secret, h.clock) });
    assert.equal(up.status, 200, up.text);
    assert.ok(Date.parse(up.body.stepUpUntil) > h.clock.t);
    const after = await c.post("/keys", { principal: "billing", models: ["gpt-4o"] });
    assert.equal(after.status, 201);
    const exported = await c.get("/events/export");
    assert.equal(exported.status, 200);
    assert.match(exported.headers.get("content-type")!, /application\/x-ndjson/);
    const lines = exported.text.trim().split("\n").map((l) => JSON.parse(l));
    assert.ok(lines.some((e) => e.action === "keys.create"));
    assert.ok(lines.some((e) => e.action === "access.denied" && e.detail.reason === "step_up_required"));
    // A key's secret never reaches the event log.
    assert.ok(!exported.text.includes(fresh.body.key.split("_")[2]));
  });
});
