/**
 * A rule changed through the admin API applies on the gateway's next
 * request: a running Gateway and admin API share one store; a deny rule PUT
 * through the API refuses the openai client with the explanation, and
 * deleting it serves the client again.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, test } from "node:test";
import OpenAI from "openai";
import { type AdminServer, startAdmin } from "../../src/admin/app.js";
import { adminSchema } from "../../src/config/admin-schema.js";
import { parseConfig } from "../../src/config/load.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { AdminClient, Clock, enrol, type Harness, makeAdmin, ORIGIN, signIn } from "../admin/helpers.js";
import { startGateway, type TestGateway } from "./harness.js";

const CONFIG = { providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }] };

let gw: TestGateway;
let admin: AdminServer;
let c: AdminClient;
let openai: OpenAI;

before(async () => {
  gw = await startGateway(CONFIG);
  const clock = new Clock(Date.now());
  admin = await startAdmin({
    store: gw.store,
    config: adminSchema.parse({ origin: ORIGIN }),
    gateway: parseConfig(CONFIG),
    keyring: new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]),
    now: clock.now,
    host: "127.0.0.1",
    port: 0,
  });
  const h = { store: gw.store, admin, clock, dbFile: "", client: () => new AdminClient(admin.url), close: async () => undefined } as Harness;
  await makeAdmin(h, "sec@example.com", "security-admin");
  c = await signIn(h, "sec@example.com", (await enrol(h, "sec@example.com")).secret);
  await gw.store.org.putPrincipal({ tenantId: "default", id: "billing", kind: "service", teamId: "eng", roles: ["analyst"], createdAt: Date.now(), disabledAt: null });
  openai = new OpenAI({ apiKey: await gw.issue({ principal: "billing", models: ["demo"] }), baseURL: `${gw.url}/v1`, maxRetries: 0 });
});

after(async () => {
  await admin.close();
  await gw.close();
});

const ask = () => openai.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "hello" }] });

test("a deny rule PUT through the admin API refuses the next request with the explanation; deleting it serves again", async () => {
  assert.equal((await ask()).object, "chat.completion", "served before the rule");
  const put = await c.call("PUT", "/policies/freeze-analysts", {
    effect: "deny",
    description: "incident 42",
    subjects: ["role:analyst"],
    actions: ["invoke"],
    resources: ["model:demo"],
  });
  assert.equal(put.status, 201, put.text);
  try {
    await ask();
    assert.fail("expected a refusal");
  } catch (err) {
    assert.ok(err instanceof OpenAI.APIError, String(err));
    assert.equal(err.status, 403);
    const e = err.error as { code: string; message: string };
    assert.equal(e.code, "policy_denied");
    assert.match(e.message, /rule freeze-analysts denies invoke on model:demo to principal 'billing' \(team eng, roles analyst\) \(incident 42\)/);
  }
  assert.equal((await c.call("DELETE", "/policies/freeze-analysts")).status, 200);
  assert.equal((await ask()).object, "chat.completion", "served again once the rule is gone");
});
