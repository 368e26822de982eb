/**
 * Stored policies (real SQLite): tenant-scoped CRUD, validation on write and
 * on load, and the live engine that rebuilds a tenant's policy only when the
 * store's change token moves. Plus the request facts the gateway reads.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { parseConfig } from "../../src/config/load.js";
import type { Principal } from "../../src/identity/principal.js";
import { LivePolicies } from "../../src/policy/live.js";
import { declaredTools, requestClassification, requestedTokens } from "../../src/policy/request-facts.js";
import type { PolicyRequest } from "../../src/policy/types.js";
import { PolicyValidationError, savePolicy } from "../../src/policy/validate.js";
import { type OpenedStores, storeBackends } from "../fixtures/store-backends.js";

const jwtUser: Principal = { id: "alice", tenant: "default", team: "eng", roles: [], via: "jwt", scope: null };
const ask = (p: Principal, name = "demo"): PolicyRequest => ({
  principal: p,
  action: "invoke",
  kind: "model",
  name,
  sourceIp: "127.0.0.1",
  at: Date.now(),
  requestedTokens: undefined,
  guardProfile: "standard",
  classification: "internal",
});
const rule = (id: string, extra: Record<string, unknown> = {}) => ({ id, subjects: ["team:eng"], actions: ["invoke"], resources: ["model:demo"], ...extra });

for (const backend of storeBackends) describe(`policy store (${backend.name})`, { skip: backend.skip }, () => {
  let store: OpenedStores;
  before(async () => {
    store = await backend.open();
    await store.org.ensureTenant("acme");
  });
  after(() => store.close());

  test("put/get/list/delete are bound to one tenant", async () => {
    await savePolicy(store.policies, "default", rule("a"));
    await savePolicy(store.policies, "acme", rule("a", { subjects: ["*"] }));
    await savePolicy(store.policies, "default", rule("b"));
    assert.deepEqual((await store.policies.list("default")).map((p) => p.id), ["a", "b"]);
    assert.deepEqual((await store.policies.list("acme")).map((p) => p.id), ["a"]);
    assert.deepEqual(((await store.policies.get("acme", "a"))!.document as { subjects: string[] }).subjects, ["*"]);
    assert.equal(await store.policies.get("acme", "b"), undefined, "another tenant's rule is not visible");
    assert.equal(await store.policies.delete("acme", "b"), false);
    assert.equal(await store.policies.delete("default", "b"), true);
    assert.deepEqual((await store.policies.list("default")).map((p) => p.id), ["a"]);
  });

  test("put replaces a rule with the same id and keeps its creation time", async () => {
    await savePolicy(store.policies, "default", rule("c"), undefined, 1000);
    await savePolicy(store.policies, "default", rule("c", { subjects: ["role:x"] }), undefined, 2000);
    const c = (await store.policies.get("default", "c"))!;
    assert.equal(c.createdAt, 1000);
    assert.equal(c.updatedAt, 2000);
    assert.deepEqual((c.document as { subjects: string[] }).subjects, ["role:x"]);
    await store.policies.delete("default", "c");
  });

  test("savePolicy validates with the config's schema and refuses another tenant's rule", async () => {
    await assert.rejects(savePolicy(store.policies, "default", rule("bad", { resources: ["file:x"] })), (err: unknown) => {
      assert.ok(err instanceof PolicyValidationError);
      assert.match(err.problems[0]!, /^policy\.resources\[0\]: expected "\*", model:<glob>/);
      return true;
    });
    await assert.rejects(savePolicy(store.policies, "default", rule("x", { tenant: "acme" })), /policy\.tenant: expected "default"/);
    await assert.rejects(savePolicy(store.policies, "default", rule("g", { conditions: { guardProfiles: ["nope"] } }), new Set(["standard"])), /guardProfiles\[0\]/);
    assert.equal(await store.policies.get("default", "bad"), undefined);
  });
});

for (const backend of storeBackends) describe(`LivePolicies: config and store rules, rebuilt when the store changes (${backend.name})`, { skip: backend.skip }, () => {
  let store: OpenedStores;
  before(async () => {
    // SQLite in memory: no file watcher, so the change token moves only with this test's own writes (as on PostgreSQL, for now).
    store = await backend.open();
  });
  after(() => store.close());

  test("a cached tenant answers synchronously; a stored change applies from the next evaluation", async () => {
    const config = parseConfig({ policies: [rule("cfg-demo")] });
    const live = new LivePolicies({ configRules: config.policies, store: store.policies, changeToken: () => store.changeToken() });
    const first = await live.forTenant("default");
    assert.equal(first.evaluate(ask(jwtUser)).rule, "cfg-demo");
    const again = live.forTenant("default");
    assert.ok(!(again instanceof Promise), "no store read while nothing changed");
    assert.equal(again, first, "the same compiled policy: never rebuilt per request");

    await savePolicy(store.policies, "default", { id: "deny-alice", effect: "deny", subjects: ["principal:alice"], actions: ["invoke"], resources: ["*"] });
    const reloaded = live.forTenant("default");
    assert.ok(reloaded instanceof Promise, "the change token moved: the tenant is reloaded");
    const d = (await reloaded).evaluate(ask(jwtUser));
    assert.equal(d.allow, false);
    assert.equal(d.rule, "deny-alice");

    await store.policies.delete("default", "deny-alice");
    assert.equal((await live.forTenant("default")).evaluate(ask(jwtUser)).allow, true);
  });

  test("a stored rule that no longer validates denies the whole tenant (fail closed)", async () => {
    const live = new LivePolicies({ configRules: [], store: store.policies, changeToken: () => store.changeToken() });
    // Written behind the API's back, as a corrupted row or an older schema would be.
    await store.db.insertInto("policies").values({ tenant_id: "default", id: "broken", document: '{"id":"broken","subjects":["nobody"]}', created_at: 0, updated_at: 0 }).execute();
    await savePolicy(store.policies, "default", rule("fine"));
    const d = (await live.forTenant("default")).evaluate(ask(jwtUser));
    assert.equal(d.allow, false);
    assert.match(d.explanation, /the stored policy broken of tenant 'default' is invalid/);
    await store.policies.delete("default", "broken");
    assert.equal((await live.forTenant("default")).evaluate(ask(jwtUser)).rule, "fine");
    await store.policies.delete("default", "fine");
  });

  test("tenants are compiled separately; config rules apply only in their tenant", async () => {
    const config = parseConfig({ policies: [rule("acme-only", { tenant: "acme" })] });
    const live = new LivePolicies({ configRules: config.policies, store: store.policies, changeToken: () => store.changeToken() });
    assert.equal((await live.forTenant("default")).evaluate(ask(jwtUser)).allow, false);
    assert.equal((await live.forTenant("acme")).evaluate(ask({ ...jwtUser, tenant: "acme" })).rule, "acme-only");
  });

  test("a store that cannot be read rejects (the gateway refuses the request)", async () => {
    const failing = { list: () => Promise.reject(new Error("disk I/O error")), get: async () => undefined, put: async () => undefined, delete: async () => false };
    const live = new LivePolicies({ configRules: [], store: failing });
    await assert.rejects(Promise.resolve(live.forTenant("default")), /disk I\/O error/);
  });
});

describe("request facts", () => {
  test("requestedTokens: the largest numeric field of the three, or undefined", () => {
    assert.equal(requestedTokens({ max_tokens: 100 }), 100);
    assert.equal(requestedTokens({ max_completion_tokens: 300, max_tokens: 100 }), 300);
    assert.equal(requestedTokens({ max_output_tokens: 50 }), 50);
    assert.equal(requestedTokens({ max_tokens: "100" }), undefined, "a string is not a token count");
    assert.equal(requestedTokens({}), undefined);
    assert.equal(requestedTokens(undefined), undefined);
  });

  test("declaredTools: OpenAI functions, custom and built-in tools, legacy functions, Anthropic tools", () => {
    assert.deepEqual(
      declaredTools({
        tools: [{ type: "function", function: { name: "get_weather" } }, { type: "custom", custom: { name: "grammar" } }, { type: "web_search_preview" }, { name: "lookup", input_schema: {} }],
        functions: [{ name: "legacy" }, { name: "get_weather" }],
      }),
      { tools: ["get_weather", "grammar", "web_search_preview", "lookup", "legacy"] },
    );
    assert.deepEqual(declaredTools({ messages: [] }), { tools: [] });
    assert.deepEqual(declaredTools({ tools: "x" }), { error: "'tools' must be an array of tools.", param: "tools" });
    assert.deepEqual(declaredTools({ tools: [{ function: { name: 1 } }] }), { error: "'tools[0]' must be a tool with a name.", param: "tools[0]" });
  });

  test("requestClassification: header, else configured, else internal; unknown header → error", () => {
    assert.equal(requestClassification(undefined, undefined), "internal");
    assert.equal(requestClassification(undefined, "confidential"), "confidential");
    assert.equal(requestClassification(" Public ", "confidential"), "public");
    assert.deepEqual(requestClassification("secret", undefined), { error: "Header x-wardgate-classification must be one of public, internal, confidential, restricted." });
  });
});
