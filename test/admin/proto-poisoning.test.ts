/**
 * Admin API bodies with "__proto__" or "constructor.prototype" keys are
 * refused with 400 before any handler copies them (Fastify's
 * onProtoPoisoning / onConstructorPoisoning: "error", its defaults, which
 * admin/app.ts must keep).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type AdminClient, enrol, type Harness, makeAdmin, signIn, startHarness } from "./helpers.js";

describe("admin API: prototype-poisoning bodies", () => {
  let h: Harness;
  let c: AdminClient;

  before(async () => {
    h = await startHarness();
    await makeAdmin(h, "km@example.com", "key-manager");
    c = await signIn(h, "km@example.com", (await enrol(h, "km@example.com")).secret);
  });
  after(() => h.close());

  for (const [what, text] of [
    ["__proto__", '{"principal":"svc","models":["m"],"__proto__":{"routes":["*"]}}'],
    ["nested __proto__", '{"principal":"svc","models":["m"],"limits":{"__proto__":{"x":1}}}'],
    ["constructor.prototype", '{"principal":"svc","models":["m"],"constructor":{"prototype":{"routes":["*"]}}}'],
  ] as const) {
    test(`${what}: 400 with an OpenAI-shaped error, nothing created`, async () => {
      const before = (await h.store.keys.list({ principal: "svc", includeRevoked: true })).length;
      const r = await c.post("/keys", JSON.parse(text));
      assert.equal(r.status, 400, r.text);
      assert.equal(r.body.error?.type, "invalid_request_error", r.text);
      assert.match(r.body.error.message, /not valid JSON/, "refused by the body parser, before any schema or handler");
      assert.equal((await h.store.keys.list({ principal: "svc", includeRevoked: true })).length, before);
    });
  }
});
