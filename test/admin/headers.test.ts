/**
 * Response headers of the admin listener (issue 13): nothing it answers may be
 * cached (new keys, otpauth URIs, recovery codes and enrolment tokens travel in
 * bodies), sniffed as another type, framed, or leak its URL as a referrer —
 * successes, client errors and server errors alike.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { startLazyAdmin } from "../../src/admin/lazy-listener.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { type AdminClient, enrol, type Harness, makeAdmin, type Response, signIn, startHarness, totpCode, totpSecretOf } from "./helpers.js";

function assertProtected(r: Response, what: string): void {
  assert.equal(r.headers.get("cache-control"), "no-store", `${what}: cache-control`);
  assert.equal(r.headers.get("x-content-type-options"), "nosniff", `${what}: x-content-type-options`);
  assert.equal(r.headers.get("referrer-policy"), "no-referrer", `${what}: referrer-policy`);
  assert.equal(r.headers.get("x-frame-options"), "DENY", `${what}: x-frame-options`);
  assert.match(r.headers.get("content-security-policy") ?? "", /frame-ancestors 'none'/, `${what}: content-security-policy`);
}

describe("admin response headers", () => {
  let h: Harness;
  let owner: AdminClient;
  before(async () => {
    h = await startHarness();
    await makeAdmin(h, "owner@example.com", "owner");
    const { secret } = await enrol(h, "owner@example.com");
    owner = await signIn(h, "owner@example.com", secret);
  });
  after(() => h.close());

  test("responses carrying secrets are not stored: a new key, a rotated key, a new admin's enrolment, the otpauth URI and recovery codes", async () => {
    await owner.post("/principals", { id: "svc" });
    const key = await owner.post("/keys", { principal: "svc", models: ["m"] });
    assert.equal(key.status, 201, key.text);
    assertProtected(key, "POST /keys");
    const rotated = await owner.post(`/keys/${key.body.record.id}/rotate`, {});
    assert.equal(rotated.status, 201, rotated.text);
    assertProtected(rotated, "POST /keys/:id/rotate");
    const made = await owner.post("/admins", { email: "new@example.com", role: "auditor", password: "a long enough password" });
    assert.equal(made.status, 201, made.text);
    assertProtected(made, "POST /admins");

    const c = h.client();
    const login = await c.post("/auth/login", { email: "new@example.com", password: "a long enough password", ...(made.body.enrolmentToken ? { enrolmentToken: made.body.enrolmentToken } : {}) });
    assert.equal(login.status, 200, login.text);
    assert.ok(login.body.otpauthUri);
    assertProtected(login, "POST /auth/login (otpauth URI)");
    const enrolled = await c.post("/auth/totp/enroll", { code: await totpCode(totpSecretOf(login.body.otpauthUri), h.clock) });
    assert.equal(enrolled.body.recoveryCodes.length, 10);
    assertProtected(enrolled, "POST /auth/totp/enroll (recovery codes)");
    assertProtected(await owner.get("/me"), "GET /me");
    assertProtected(await h.client().get("/openapi.json"), "GET /openapi.json");
  });

  test("errors carry the same headers: 400, 401, 403, 404, 413, 429 and 500", async () => {
    assertProtected(await h.client().post("/auth/login", { email: "a@example.com" }), "400");
    assertProtected(await h.client().get("/me"), "401");
    assertProtected(await owner.post("/teams", { id: "x" }, { csrf: null }), "403");
    assertProtected(await h.client().get("/nope"), "404");
    assertProtected(await h.client().post("/auth/login", { email: "a@example.com", password: "x".repeat(70 * 1024) }), "413");
    const c = h.client();
    let locked: Response | undefined;
    for (let i = 0; i < 5; i++) locked = await c.post("/auth/login", { email: "locked@example.com", password: `wrong ${i}` });
    assert.equal(locked!.status, 429);
    assertProtected(locked!, "429");
    // A store failure: the 500 says nothing of the cause, and is not cached either.
    const find = h.store.admin.findAccountByEmail;
    h.store.admin.findAccountByEmail = () => Promise.reject(new Error("database on fire"));
    try {
      const failed = await h.client().post("/auth/login", { email: "a@example.com", password: "whatever it is" });
      assert.equal(failed.status, 500);
      assert.ok(!failed.text.includes("fire"));
      assertProtected(failed, "500");
    } finally {
      h.store.admin.findAccountByEmail = find;
    }
  });
});

test("the lazy listener's own 503 (the admin app could not be built) carries them too", async () => {
  const errors: Error[] = [];
  // No config: building the app fails, and the listener answers for it.
  const lazy = await startLazyAdmin({ store: unusedStore(), config: undefined as never, keyring: new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]), host: "127.0.0.1", port: 0, onError: (e) => errors.push(e) });
  try {
    const r = await fetch(`${lazy.url}/admin/v1/me`);
    assert.equal(r.status, 503);
    assertProtected({ status: r.status, headers: r.headers, body: await r.json(), text: "" }, "503");
    assert.equal(errors.length, 1);
  } finally {
    await lazy.close();
  }
});

/** A store the failed build never touches. */
const unusedStore = () => ({}) as never;
