/** Owners manage admins through the API: create (new admins enrol at first sign-in), reset MFA, disable. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type AdminClient, enrol, type Harness, makeAdmin, startHarness, totpCode, totpSecretOf } from "./helpers.js";

describe("admin accounts through the API", () => {
  let h: Harness;
  let owner: AdminClient;
  before(async () => {
    h = await startHarness();
    await makeAdmin(h, "owner@example.com", "owner");
    owner = (await enrol(h, "owner@example.com")).client;
  });
  after(() => h.close());

  test("create validates the password rules and e-mail, refuses duplicates, and the new admin must enrol TOTP with the enrolment token", async () => {
    const weak = await owner.post("/admins", { email: "kim@example.com", role: "key-manager", password: "short" });
    assert.equal(weak.status, 400);
    assert.match(weak.body.error.message, /password: expected 12-1024 characters/);
    const local = await owner.post("/admins", { email: "kimberley@example.com", role: "key-manager", password: "my name is kimberley!" });
    assert.match(local.body.error.message, /must not contain the e-mail address's name part/);
    const badRole = await owner.post("/admins", { email: "kim@example.com", role: "root", password: "long enough password" });
    assert.match(badRole.body.error.message, /body\.role/);

    const made = await owner.post("/admins", { email: "kim@example.com", role: "key-manager", password: "long enough password" });
    assert.equal(made.status, 201, made.text);
    assert.deepEqual({ email: made.body.email, role: made.body.role, mfa: made.body.mfa, tenant: made.body.tenant }, { email: "kim@example.com", role: "key-manager", mfa: { totp: false }, tenant: "default" });
    assert.equal((await owner.post("/admins", { email: "KIM@example.com", role: "auditor", password: "long enough password" })).status, 409);

    assert.match(made.body.enrolmentToken, /^wgenrol_/, "the one-time enrolment token, shown to the owner once");
    const kim = h.client();
    const login = await kim.post("/auth/login", { email: "kim@example.com", password: "long enough password", enrolmentToken: made.body.enrolmentToken });
    assert.equal(login.body.next, "enroll-totp");
    assert.equal((await kim.post("/auth/totp/enroll", { code: await totpCode(totpSecretOf(login.body.otpauthUri), h.clock) })).status, 200);
    assert.equal((await kim.get("/me")).body.account.role, "key-manager");
  });

  test("reset-mfa ends the admin's sessions and sends them back to enrolment (with a new token); disable locks them out with the wrong-password answer", async () => {
    const id = (await h.store.admin.findAccountByEmail("kim@example.com"))!.id;
    h.clock.advance(30_000);
    const kim = h.client();
    const login = await kim.post("/auth/login", { email: "kim@example.com", password: "long enough password" });
    assert.equal(login.body.next, "second-factor");
    const reset = await owner.post(`/admins/${id}/reset-mfa`);
    assert.equal(reset.status, 200, reset.text);
    assert.equal(reset.body.mfa.totp, false);
    assert.equal((await kim.post("/auth/totp", { code: "123456" })).status, 401, "the pending sign-in was ended");
    assert.equal((await h.client().post("/auth/login", { email: "kim@example.com", password: "long enough password" })).body.error.code, "enrolment_token_required");
    assert.equal((await h.client().post("/auth/login", { email: "kim@example.com", password: "long enough password", enrolmentToken: reset.body.enrolmentToken })).body.next, "enroll-totp");

    const me = (await owner.get("/me")).body.account.id;
    const self = await owner.post(`/admins/${me}/disable`);
    assert.equal(self.status, 409, "an owner cannot disable themselves");
    const disabled = await owner.post(`/admins/${id}/disable`);
    assert.equal(disabled.body.status, "disabled");
    const refused = await h.client().post("/auth/login", { email: "kim@example.com", password: "long enough password" });
    assert.equal(refused.status, 401);
    assert.equal(refused.body.error.code, "invalid_credentials");
    const actions = (await h.store.admin.events.list("default")).filter((e) => e.target === id).map((e) => e.action);
    for (const a of ["admins.create", "auth.totp-enroll", "admins.reset-mfa", "admins.disable"]) assert.ok(actions.includes(a), `${a} recorded`);
  });
});
