/** Full admin sign-in over real HTTP: password, TOTP enrolment, codes, recovery codes, replay, lockout. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { enrol, enrolmentTokenOf, type Harness, makeAdmin, PASSWORD, signIn, startHarness, totpCode, totpSecretOf } from "./helpers.js";

describe("admin sign-in", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  test("first sign-in enrols TOTP (otpauth URI and QR), returns 10 recovery codes once, and opens a full session", async () => {
    await makeAdmin(h, "owner@example.com", "owner");
    const c = h.client();
    const before = await c.get("/me");
    assert.equal(before.status, 401);
    assert.equal(before.body.error.code, "unauthenticated");

    const login = await c.post("/auth/login", { email: "Owner@Example.com", password: PASSWORD, enrolmentToken: enrolmentTokenOf(h, "owner@example.com") });
    assert.equal(login.status, 200, login.text);
    assert.equal(login.body.next, "enroll-totp");
    assert.match(login.body.otpauthUri, /^otpauth:\/\/totp\/Wardgate:owner%40example\.com\?/);
    assert.match(login.body.qrSvg, /^<svg/);
    assert.ok(c.csrf && c.cookie);
    const cookie = c.lastSetCookie!;
    for (const attr of [/HttpOnly/i, /Secure/i, /SameSite=Strict/i, /Path=\/admin/]) assert.match(cookie, attr);

    const early = await c.get("/me");
    assert.equal(early.status, 403, "a password-only session reaches nothing but enrolment");
    assert.equal(early.body.error.code, "sign_in_incomplete");

    const secret = totpSecretOf(login.body.otpauthUri);
    const wrong = await c.post("/auth/totp/enroll", { code: "000000" });
    assert.equal(wrong.status, 401);
    const preAuthCookie = c.cookie;
    const ok = await c.post("/auth/totp/enroll", { code: await totpCode(secret, h.clock) });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.recoveryCodes.length, 10);
    assert.equal(new Set(ok.body.recoveryCodes).size, 10);
    assert.equal(ok.body.account.mfa.totp, true, "the account in the answer is the enrolled one");
    assert.notEqual(c.cookie, preAuthCookie, "the session id changes when sign-in completes");
    const me = await c.get("/me");
    assert.equal(me.status, 200);
    assert.equal(me.body.account.email, "owner@example.com");
    assert.equal(me.body.account.mfa.totp, true);
    assert.equal(me.body.account.role, "owner");

    // The TOTP secret is sealed at rest: not in the database file in any form.
    const db = readFileSync(h.dbFile).toString("latin1") + readFileSync(`${h.dbFile}-wal`).toString("latin1");
    assert.ok(!db.includes(secret), "TOTP secret not stored in plain text");
    assert.ok(!db.includes(ok.body.recoveryCodes[0]), "recovery codes stored hashed");
    assert.ok(!db.includes(PASSWORD), "password not stored");
    const row = await h.store.admin.findAccountByEmail("owner@example.com");
    assert.match(row!.totpSecret!, /^wgk1\.1\.[0-9a-f]{8}\.ZGVmYXVsdA\./, "sealed by the keyring, bound to tenant default");
    assert.match(row!.passwordHash, /^\$argon2id\$/);
  });

  test("a later sign-in asks for a second factor; a TOTP code works once and cannot be replayed", async () => {
    await makeAdmin(h, "replay@example.com", "auditor");
    const { secret } = await enrol(h, "replay@example.com");
    const c = h.client();
    const login = await c.post("/auth/login", { email: "replay@example.com", password: PASSWORD });
    assert.equal(login.body.next, "second-factor");
    assert.deepEqual(login.body.methods, ["totp", "recovery"]);
    const code = await totpCode(secret, h.clock);
    assert.equal((await c.post("/auth/totp", { code })).status, 200);

    // The same code, presented again within its 30-second step by another sign-in: refused.
    const thief = h.client();
    await thief.post("/auth/login", { email: "replay@example.com", password: PASSWORD });
    const replay = await thief.post("/auth/totp", { code });
    assert.equal(replay.status, 401);
    assert.equal(replay.body.error.code, "invalid_code");
    assert.equal((await thief.get("/me")).status, 403);
    // An earlier step's code (still inside the drift window) is refused too once a later one was used.
    h.clock.advance(30_000);
    const older = await totpCode(secret, { t: h.clock.t - 30_000 } as never);
    assert.equal((await thief.post("/auth/totp", { code: older })).status, 401);
    assert.equal((await thief.post("/auth/totp", { code: await totpCode(secret, h.clock) })).status, 200);
  });

  test("recovery codes sign in once each", async () => {
    await makeAdmin(h, "recover@example.com", "auditor");
    const { recoveryCodes } = await enrol(h, "recover@example.com");
    const c = h.client();
    await c.post("/auth/login", { email: "recover@example.com", password: PASSWORD });
    const used = await c.post("/auth/recovery", { code: recoveryCodes[3]!.toUpperCase() });
    assert.equal(used.status, 200, used.text);
    assert.equal(used.body.recoveryCodesLeft, 9);
    assert.equal((await c.get("/me")).status, 200);

    const again = h.client();
    await again.post("/auth/login", { email: "recover@example.com", password: PASSWORD });
    assert.equal((await again.post("/auth/recovery", { code: recoveryCodes[3] })).status, 401, "a used code is refused");
    assert.equal((await again.post("/auth/recovery", { code: "aaaa-bbbb-cccc-dddd" })).status, 401);
    assert.equal((await again.post("/auth/recovery", { code: recoveryCodes[4] })).status, 200);
  });

  test("wrong password and unknown e-mail get the same answer", async () => {
    await makeAdmin(h, "same@example.com", "auditor");
    const c = h.client();
    const wrong = await c.post("/auth/login", { email: "same@example.com", password: "not the password!" });
    const unknown = await c.post("/auth/login", { email: "nobody@example.com", password: "not the password!" });
    assert.equal(wrong.status, 401);
    assert.deepEqual(unknown.body, wrong.body);
    assert.equal(unknown.status, wrong.status);
    assert.equal(c.cookie, undefined, "no session for a failed sign-in");
  });

  test("repeated failures lock the account with back-off (429 + Retry-After), even for the right password; the lock expires", async () => {
    await makeAdmin(h, "locked@example.com", "auditor");
    const { secret } = await enrol(h, "locked@example.com");
    const c = h.client();
    for (let i = 0; i < 4; i++) assert.equal((await c.post("/auth/login", { email: "locked@example.com", password: `wrong password ${i}` })).status, 401);
    const fifth = await c.post("/auth/login", { email: "locked@example.com", password: "wrong password 5" });
    assert.equal(fifth.status, 429);
    assert.equal(fifth.body.error.code, "account_locked");
    assert.equal(fifth.headers.get("retry-after"), "60");
    const right = await c.post("/auth/login", { email: "locked@example.com", password: PASSWORD });
    assert.equal(right.status, 429, "the right password does not open a locked account");

    h.clock.advance(61_000);
    // Second-factor failures count too: password right, then five wrong codes → locked again, for twice as long.
    assert.equal((await c.post("/auth/login", { email: "locked@example.com", password: PASSWORD })).status, 200);
    for (let i = 0; i < 4; i++) assert.equal((await c.post("/auth/totp", { code: "000000" })).status, 401);
    const locked = await c.post("/auth/totp", { code: "000000" });
    assert.equal(locked.status, 429);
    assert.equal(locked.headers.get("retry-after"), "120", "the second lockout in a row doubles");
    assert.equal((await c.post("/auth/totp", { code: await totpCode(secret, h.clock) })).status, 429, "a right code does not pass while locked");

    h.clock.advance(121_000);
    const ok = await signIn(h, "locked@example.com", secret);
    assert.equal((await ok.get("/me")).status, 200);
    const events = (await h.store.admin.events.list("default")).filter((e) => e.action === "auth.lockout");
    assert.equal(events.length, 2);
  });

  test("parallel guesses are each counted: a burst of wrong codes locks the account, and a right code in the burst does not pass once locked", async () => {
    await makeAdmin(h, "burst@example.com", "auditor");
    const { secret } = await enrol(h, "burst@example.com");
    const c = h.client();
    assert.equal((await c.post("/auth/login", { email: "burst@example.com", password: PASSWORD })).status, 200);
    const right = await totpCode(secret, h.clock);
    const wrong = Array.from({ length: 20 }, (_, i) => String((Number(right) + 1 + i) % 1_000_000).padStart(6, "0"));
    const results = await Promise.all(wrong.map((code) => c.post("/auth/totp", { code })));
    const statuses = results.map((r) => r.status);
    assert.ok(statuses.every((s) => s === 401 || s === 429), statuses.join(","));
    assert.ok(statuses.filter((s) => s === 401).length <= 4, `at most 4 failures before the lock: ${statuses.join(",")}`);
    const stored = await h.store.admin.findAccountByEmail("burst@example.com");
    assert.ok(stored!.lockedUntil! > h.clock.t, "locked");
    assert.equal((await c.post("/auth/totp", { code: right })).status, 429);
  });

  test("unknown e-mails lock out like real accounts (no account-existence tell; see signin-enumeration.test.ts)", async () => {
    const c = h.client();
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await c.post("/auth/login", { email: "ghost@example.com", password: "guess number one" })).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429]);
  });

  test("bad input is a 400 naming the field", async () => {
    const c = h.client();
    const r = await c.post("/auth/login", { email: "a@example.com" });
    assert.equal(r.status, 400);
    assert.match(r.body.error.message, /body\.password: required/);
    const extra = await c.post("/auth/login", { email: "a@example.com", password: "x", admin: true });
    assert.match(extra.body.error.message, /body\.admin: unknown field/);
  });
});
