/**
 * The admin listener of `wardgate serve` binds at start but builds the admin
 * app at the first request: until then none of it is loaded, and the first
 * requests (even concurrent ones) are served once it is.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, test } from "node:test";
import { startLazyAdmin, type LazyAdminServer } from "../../src/admin/lazy-listener.js";
import { adminSchema } from "../../src/config/admin-schema.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { SqliteStore } from "../../src/store/sqlite.js";

let store: SqliteStore;
let admin: LazyAdminServer;
const errors: Error[] = [];

before(async () => {
  store = await SqliteStore.open(":memory:");
  admin = await startLazyAdmin({ store, config: adminSchema.parse({}), keyring: new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]), host: "127.0.0.1", port: 0, onError: (e) => errors.push(e) });
});
after(async () => {
  await admin.close();
  await store.close();
});

test("nothing is built until the first request; concurrent first requests are all served by the real app", async () => {
  assert.equal(admin.loaded, false);
  const [doc, me, login] = await Promise.all([
    fetch(`${admin.url}/admin/v1/openapi.json`),
    fetch(`${admin.url}/admin/v1/me`),
    fetch(`${admin.url}/admin/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "nobody@example.com", password: "wrong password 123" }) }),
  ]);
  assert.equal(admin.loaded, true);
  assert.equal(doc.status, 200);
  assert.ok(((await doc.json()) as { paths: Record<string, unknown> }).paths["/admin/v1/auth/login"], "the OpenAPI document of the full app");
  assert.equal(me.status, 401, "the access hook runs: no session");
  assert.equal(((await me.json()) as { error: { code: string } }).error.code, "unauthenticated");
  assert.equal(login.status, 401, "an unknown account is refused like a wrong password");
  assert.deepEqual(errors, []);
});

test("unknown paths get the admin API's own 404", async () => {
  const r = await fetch(`${admin.url}/nope`);
  assert.equal(r.status, 404);
  assert.equal(((await r.json()) as { error: { code: string } }).error.code, "not_found");
});
