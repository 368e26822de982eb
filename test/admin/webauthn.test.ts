/** WebAuthn as a second factor, with a software authenticator: registration (after step-up), sign-in, step-up, and refusals. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { enrol, type Harness, makeAdmin, PASSWORD, SoftAuthenticator, signIn, startHarness } from "./helpers.js";

describe("admin WebAuthn", () => {
  let h: Harness;
  let secret: string;
  const key = new SoftAuthenticator();
  before(async () => {
    h = await startHarness();
    await makeAdmin(h, "sec@example.com", "security-admin");
    ({ secret } = await enrol(h, "sec@example.com"));
  });
  after(() => h.close());

  test("registering a security key needs a full session with a recent step-up", async () => {
    const c = await signIn(h, "sec@example.com", secret);
    h.clock.advance(6 * 60_000);
    const stale = await c.post("/auth/webauthn/register/options");
    assert.equal(stale.body.error.code, "step_up_required");
    h.clock.advance(-6 * 60_000);

    const pre = h.client();
    await pre.post("/auth/login", { email: "sec@example.com", password: PASSWORD });
    assert.equal((await pre.post("/auth/webauthn/register/options")).body.error.code, "sign_in_incomplete");
  });

  test("register, then sign in with the key; the assertion's challenge is single-use and bound to the origin", async () => {
    const c = await signIn(h, "sec@example.com", secret);
    const options = await c.post("/auth/webauthn/register/options");
    assert.equal(options.status, 200, options.text);
    assert.equal(options.body.rp.id, "localhost");
    assert.equal(options.body.attestation, "none");
    const reg = await c.post("/auth/webauthn/register/verify", { response: key.register(options.body) });
    assert.equal(reg.status, 200, reg.text);
    assert.equal(reg.body.credentialId, key.id);
    // The challenge was used: the same registration cannot be replayed.
    assert.equal((await c.post("/auth/webauthn/register/verify", { response: key.register(options.body) })).body.error.code, "no_challenge");

    const s = h.client();
    const login = await s.post("/auth/login", { email: "sec@example.com", password: PASSWORD });
    assert.deepEqual(login.body.methods, ["totp", "webauthn", "recovery"]);
    const phish = await s.post("/auth/webauthn/options");
    assert.equal(phish.status, 200);
    assert.deepEqual(phish.body.allowCredentials.map((c: { id: string }) => c.id), [key.id]);
    const fromPhishingSite = await s.post("/auth/webauthn/verify", { response: key.assert(phish.body, { origin: "https://wardgate-login.example" }) });
    assert.equal(fromPhishingSite.status, 401, "an assertion made for another origin is refused");
    assert.equal(fromPhishingSite.body.error.code, "invalid_webauthn");

    const opts = await s.post("/auth/webauthn/options");
    const assertion = key.assert(opts.body);
    const ok = await s.post("/auth/webauthn/verify", { response: assertion });
    assert.equal(ok.status, 200, ok.text);
    assert.equal((await s.get("/me")).status, 200);

    // Replaying the same assertion in a new sign-in fails: a fresh challenge, and the counter did not move.
    const r = h.client();
    await r.post("/auth/login", { email: "sec@example.com", password: PASSWORD });
    await r.post("/auth/webauthn/options");
    assert.equal((await r.post("/auth/webauthn/verify", { response: assertion })).status, 401);
    const stored = await h.store.admin.listCredentials((await h.store.admin.findAccountByEmail("sec@example.com"))!.id);
    assert.equal(stored[0]!.counter, key.counter);
  });

  test("a key can refresh step-up; a cloned key (counter not advancing) is refused", async () => {
    const c = await signIn(h, "sec@example.com", secret);
    h.clock.advance(6 * 60_000);
    await c.post("/principals", { id: "svc" });
    assert.equal((await c.post("/keys", { principal: "svc" })).body.error.code, "step_up_required");
    const opts = await c.post("/auth/webauthn/options");
    const up = await c.post("/auth/step-up", { webauthn: key.assert(opts.body) });
    assert.equal(up.status, 200, up.text);
    assert.equal((await c.post("/keys", { principal: "svc" })).status, 201);

    const again = await c.post("/auth/webauthn/options");
    const cloned = key.assert(again.body, { counter: 1 });
    assert.equal((await c.post("/auth/step-up", { webauthn: cloned })).status, 401);
  });
});
