/** The OpenAPI document lists every admin route; secrets never appear in responses or events. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type AdminClient, enrol, type Harness, makeAdmin, PASSWORD, signIn, startHarness } from "./helpers.js";

const ROUTES = [
  "POST /auth/login",
  "POST /auth/totp/enroll",
  "POST /auth/totp",
  "POST /auth/recovery",
  "POST /auth/webauthn/options",
  "POST /auth/webauthn/verify",
  "POST /auth/step-up",
  "POST /auth/webauthn/register/options",
  "POST /auth/webauthn/register/verify",
  "POST /auth/logout",
  "POST /auth/logout-all",
  "GET /me",
  "GET /teams",
  "POST /teams",
  "DELETE /teams/{id}",
  "GET /principals",
  "POST /principals",
  "PATCH /principals/{id}",
  "POST /principals/{id}/disable",
  "GET /keys",
  "POST /keys",
  "POST /keys/{id}/revoke",
  "POST /keys/{id}/rotate",
  "GET /admins",
  "POST /admins",
  "POST /admins/{id}/disable",
  "POST /admins/{id}/reset-mfa",
  "POST /admins/{id}/enrolment-token",
  "GET /policies",
  "GET /policies/{id}",
  "PUT /policies/{id}",
  "DELETE /policies/{id}",
  "POST /policies/explain",
  "GET /kill-switches",
  "POST /kill-switches",
  "POST /kill-switches/{id}/lift",
  "GET /events",
  "GET /events/export",
  "GET /audit/events",
  "GET /audit/checkpoints",
  "GET /audit/checkpoints/latest",
  "GET /audit/proofs/inclusion",
  "GET /audit/proofs/consistency",
  "GET /budgets",
];

describe("admin API document and secrets", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  test("GET /admin/v1/openapi.json lists every route with its request and response schemas", async () => {
    const r = await h.client().get("/openapi.json");
    assert.equal(r.status, 200);
    assert.equal(r.body.openapi, "3.0.3");
    const listed = Object.entries(r.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/^\/admin\/v1/, "")}`),
    );
    assert.deepEqual([...listed].sort(), [...ROUTES].sort());
    const login = r.body.paths["/admin/v1/auth/login"].post;
    assert.deepEqual(login.requestBody.content["application/json"].schema.required, ["email", "password"]);
    assert.ok(login.responses["200"]);
    assert.deepEqual(login.security, [], "sign-in needs no session");
    assert.deepEqual(r.body.security, [{ session: [], csrf: [] }]);
    assert.ok(r.body.paths["/admin/v1/keys"].post.responses["201"].content["application/json"].schema.properties.key);
    assert.equal(r.body.components.securitySchemes.session.name, "wg_admin");
  });

  test("unknown admin paths are JSON 404s", async () => {
    const r = await h.client().get("/nope");
    assert.equal(r.status, 404);
    assert.equal(r.body.error.code, "not_found");
  });

  test("no response or event carries a password, password hash, TOTP secret or key secret (beyond the one response that issues it)", async () => {
    await makeAdmin(h, "owner@example.com", "owner");
    const seen: string[] = [];
    const record = (c: AdminClient) => {
      const call = c.call.bind(c);
      c.call = async (...args) => {
        const r = await call(...args);
        seen.push(r.text);
        return r;
      };
      return c;
    };
    const { secret } = await enrol(h, "owner@example.com");
    const c = record(await signIn(h, "owner@example.com", secret));
    await c.post("/principals", { id: "svc" });
    const made = await c.post("/keys", { principal: "svc", models: ["m"] });
    const keySecret = made.body.key.split("_")[2];
    seen.pop(); // the issuing response is the one place the key appears
    await c.get("/keys");
    const second = await c.post("/admins", { email: "second@example.com", role: "auditor", password: "another long password" });
    const enrolmentToken = second.body.enrolmentToken as string;
    assert.match(enrolmentToken, /^wgenrol_/);
    seen.pop(); // the one response that shows the new admin's enrolment token
    await c.get("/admins");
    await c.get("/me");
    await record(h.client()).post("/auth/login", { email: "owner@example.com", password: "wrong password!!" });
    await c.get("/events");
    await c.get("/events/export");
    const all = seen.join("\n");
    for (const s of [PASSWORD, "another long password", "wrong password!!", secret, keySecret, enrolmentToken.slice(8), "$argon2id$", "wgsb1.", "wgk1."]) {
      assert.ok(!all.includes(s), `leaked ${s.slice(0, 6)}…`);
    }
    const events = JSON.stringify(await h.store.admin.events.list("default"));
    for (const s of [PASSWORD, "wrong password!!", secret, keySecret, enrolmentToken.slice(8)]) assert.ok(!events.includes(s));
  });
});
