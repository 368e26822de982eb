/**
 * Bootstrapping TOTP (issue 13): an account without a second factor (new, or
 * after an MFA reset) enrols only with its password *and* a one-time
 * enrolment token, shown once to whoever created or reset the account. The
 * password alone — guessed, phished or raced past the lockout — never yields
 * the otpauth URI.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { enrol, type Harness, makeAdmin, signIn, startHarness, totpCode, totpSecretOf } from "./helpers.js";

const DAY = 24 * 3_600_000;
const NEW_PASSWORD = "another long password";

describe("TOTP enrolment needs a one-time enrolment token", () => {
  let h: Harness;
  let ownerSecret: string;
  /** A fresh owner session (tests move the clock by days). */
  const asOwner = () => signIn(h, "owner@example.com", ownerSecret);
  before(async () => {
    h = await startHarness();
    await makeAdmin(h, "owner@example.com", "owner");
    ({ secret: ownerSecret } = await enrol(h, "owner@example.com"));
  });
  after(() => h.close());

  const login = (email: string, password: string, enrolmentToken?: string) => h.client().post("/auth/login", { email, password, ...(enrolmentToken !== undefined ? { enrolmentToken } : {}) });

  test("the password alone gets no otpauth URI and no session; a wrong token neither; the token shown at creation does", async () => {
    const owner = await asOwner();
    const made = await owner.post("/admins", { email: "kim@example.com", role: "auditor", password: NEW_PASSWORD });
    assert.equal(made.status, 201, made.text);
    const c = h.client();
    const bare = await c.post("/auth/login", { email: "kim@example.com", password: NEW_PASSWORD });
    assert.equal(bare.body.otpauthUri, undefined, "the password alone gets no otpauth URI");
    assert.equal(bare.status, 401);
    assert.equal(bare.body.error.code, "enrolment_token_required");
    assert.match(bare.body.error.message, /enrolment token/);
    assert.equal(c.cookie, undefined, "no session");
    assert.match(made.body.enrolmentToken, /^wgenrol_[A-Za-z0-9_-]{43}$/);
    assert.equal(Date.parse(made.body.enrolmentTokenExpiresAt), h.clock.t + DAY);

    const wrong = await login("kim@example.com", NEW_PASSWORD, `wgenrol_${"A".repeat(43)}`);
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.error.code, "invalid_enrolment_token");
    const garbage = await login("kim@example.com", NEW_PASSWORD, "not a token");
    assert.equal(garbage.body.error.code, "invalid_enrolment_token");
    // A token without the password is nothing either (and says nothing about the token).
    const noPassword = await login("kim@example.com", "a wrong password!", made.body.enrolmentToken);
    assert.equal(noPassword.body.error.code, "invalid_credentials");

    const k = h.client();
    const ok = await k.post("/auth/login", { email: "kim@example.com", password: NEW_PASSWORD, enrolmentToken: made.body.enrolmentToken });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.next, "enroll-totp");
    const done = await k.post("/auth/totp/enroll", { code: await totpCode(totpSecretOf(ok.body.otpauthUri), h.clock) });
    assert.equal(done.status, 200, done.text);
    const events = await h.store.admin.events.list("default");
    assert.ok(events.some((e) => e.action === "auth.login" && e.outcome === "failure" && e.detail.reason === "enrolment token missing"));
    assert.ok(!JSON.stringify(events).includes(made.body.enrolmentToken), "the token is in no event");
  });

  test("a token is single-use: two sign-ins racing with it get one URI between them, and it is refused afterwards", async () => {
    const owner = await asOwner();
    const made = await owner.post("/admins", { email: "race@example.com", role: "auditor", password: NEW_PASSWORD });
    const token = made.body.enrolmentToken as string;
    const racing = await Promise.all([1, 2, 3].map(() => login("race@example.com", NEW_PASSWORD, token)));
    assert.deepEqual(racing.map((r) => r.status).sort(), [200, 401, 401]);
    assert.equal(racing.filter((r) => r.body.otpauthUri).length, 1);
    for (const r of racing.filter((x) => x.status === 401)) assert.equal(r.body.error.code, "invalid_enrolment_token");
    const again = await login("race@example.com", NEW_PASSWORD, token);
    assert.equal(again.body.error.code, "invalid_enrolment_token", "used, though enrolment was not completed");
  });

  test("a token expires after 24 hours; an owner issues a new one (step-up), which replaces the old", async () => {
    const owner = await asOwner();
    const made = await owner.post("/admins", { email: "late@example.com", role: "auditor", password: NEW_PASSWORD });
    const id = made.body.id as string;
    h.clock.advance(DAY);
    assert.equal((await login("late@example.com", NEW_PASSWORD, made.body.enrolmentToken)).body.error.code, "invalid_enrolment_token");

    const fresh = await asOwner();
    const first = await fresh.post(`/admins/${id}/enrolment-token`);
    assert.equal(first.status, 200, first.text);
    const second = await fresh.post(`/admins/${id}/enrolment-token`);
    assert.notEqual(second.body.enrolmentToken, first.body.enrolmentToken);
    assert.equal((await login("late@example.com", NEW_PASSWORD, first.body.enrolmentToken)).body.error.code, "invalid_enrolment_token", "replaced");
    assert.equal((await login("late@example.com", NEW_PASSWORD, second.body.enrolmentToken)).status, 200);
    assert.ok((await h.store.admin.events.list("default")).some((e) => e.action === "admins.enrolment-token" && e.target === id));

    // An account with TOTP enrolled needs no token: re-issuing one is refused (reset MFA instead).
    const me = (await fresh.get("/me")).body.account.id;
    const enrolled = await fresh.post(`/admins/${me}/enrolment-token`);
    assert.equal(enrolled.status, 409);
    assert.match(enrolled.body.error.message, /reset-mfa/);
  });

  test("after an MFA reset the account enrols again only with the new token the reset returned", async () => {
    const owner = await asOwner();
    const made = await owner.post("/admins", { email: "reset@example.com", role: "auditor", password: NEW_PASSWORD });
    const k = h.client();
    const first = await k.post("/auth/login", { email: "reset@example.com", password: NEW_PASSWORD, enrolmentToken: made.body.enrolmentToken });
    assert.equal((await k.post("/auth/totp/enroll", { code: await totpCode(totpSecretOf(first.body.otpauthUri), h.clock) })).status, 200);

    const fresh = await asOwner();
    const reset = await fresh.post(`/admins/${made.body.id}/reset-mfa`);
    assert.equal(reset.status, 200, reset.text);
    assert.equal(reset.body.mfa.totp, false);
    assert.match(reset.body.enrolmentToken, /^wgenrol_/);
    assert.equal((await login("reset@example.com", NEW_PASSWORD)).body.error.code, "enrolment_token_required", "the password alone does not re-enrol");
    assert.equal((await login("reset@example.com", NEW_PASSWORD, made.body.enrolmentToken)).body.error.code, "invalid_enrolment_token", "nor the first token");
    const again = await login("reset@example.com", NEW_PASSWORD, reset.body.enrolmentToken);
    assert.equal(again.body.next, "enroll-totp");
  });

  test("another account's token does not open this one; wrong tokens count toward the lockout", async () => {
    const owner = await asOwner();
    const a = await owner.post("/admins", { email: "alpha@example.com", role: "auditor", password: NEW_PASSWORD });
    await owner.post("/admins", { email: "beta@example.com", role: "auditor", password: NEW_PASSWORD });
    assert.equal((await login("beta@example.com", NEW_PASSWORD, a.body.enrolmentToken)).body.error.code, "invalid_enrolment_token");
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await login("beta@example.com", NEW_PASSWORD, `wgenrol_${String(i).repeat(43)}`)).status);
    assert.deepEqual(statuses, [401, 401, 401, 429], "the fifth failure (alpha's token was the first) locks");
    assert.equal((await login("alpha@example.com", NEW_PASSWORD, a.body.enrolmentToken)).status, 200, "alpha's own token still works");
  });

  test("tokens are stored hashed", async () => {
    const owner = await asOwner();
    const made = await owner.post("/admins", { email: "hashed@example.com", role: "auditor", password: NEW_PASSWORD });
    const db = readFileSync(h.dbFile).toString("latin1") + readFileSync(`${h.dbFile}-wal`).toString("latin1");
    assert.ok(!db.includes(made.body.enrolmentToken.slice(8)), "not in the database file");
  });
});
