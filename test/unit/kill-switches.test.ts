/** Kill switches: input checks, matching (scopes, globs, lifted ignored), the SQLite store (tenant isolation, change token) and the cache. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { checkKillSwitchInput, type KillSwitch, LiveKillSwitches, newKillSwitchId, refusalMessage, TenantKillSwitches } from "../../src/incident/kill-switches.js";
import type { Exchange } from "../../src/gateway/exchange.js";
import { killSwitchCaller, killSwitchTarget } from "../../src/gateway/kill-switch-stage.js";
import type { GatewayContext } from "../../src/gateway/pipeline.js";
import { type OpenedStores, storeBackends } from "../fixtures/store-backends.js";

const sw = (scope: KillSwitch["scope"], target: string, extra: Partial<KillSwitch> = {}): KillSwitch => ({
  tenantId: "default",
  id: newKillSwitchId(),
  scope,
  target,
  reason: "incident 7: leaked key",
  engagedAt: 1,
  engagedBy: "sec@example.com",
  liftedAt: null,
  liftedBy: null,
  ...extra,
});

describe("kill switch matching", () => {
  test("model and route globs; exact names", () => {
    const s = new TenantKillSwitches([sw("model", "gpt-4*"), sw("route", "fraud"), sw("model", "claude-?-opus")]);
    assert.equal(s.forTarget("model", "gpt-4o")?.target, "gpt-4*");
    assert.equal(s.forTarget("model", "gpt-3.5"), undefined);
    assert.equal(s.forTarget("model", "claude-3-opus")?.target, "claude-?-opus");
    assert.equal(s.forTarget("model", "claude-35-opus"), undefined, "? is one character");
    assert.equal(s.forTarget("route", "fraud")?.scope, "route");
    assert.equal(s.forTarget("route", "fraud-check"), undefined);
    assert.equal(s.forTarget("route", "gpt-4o"), undefined, "a model switch does not match a route of that name");
    assert.equal(s.forCaller({ id: "anyone", team: null }), undefined, "model/route switches do not stop a caller as such");
  });

  test("tenant, principal and team scopes match the caller", () => {
    const s = new TenantKillSwitches([sw("principal", "billing"), sw("team", "eng")]);
    assert.equal(s.forCaller({ id: "billing", team: null })?.scope, "principal");
    assert.equal(s.forCaller({ id: "alice", team: "eng" })?.scope, "team");
    assert.equal(s.forCaller({ id: "bob", team: "ops" }), undefined);
    assert.equal(s.forCaller({ id: "billing-2", team: null }), undefined, "principal ids are exact, not globs");
    const all = new TenantKillSwitches([sw("tenant", "*")]);
    assert.equal(all.forCaller({ id: "anyone", team: null })?.scope, "tenant");
  });

  test("lifted switches are ignored", () => {
    const s = new TenantKillSwitches([sw("tenant", "*", { liftedAt: 5, liftedBy: "x" }), sw("model", "*", { liftedAt: 5, liftedBy: "x" })]);
    assert.equal(s.size, 0);
    assert.equal(s.forCaller({ id: "a", team: null }), undefined);
    assert.equal(s.forTarget("model", "gpt-4o"), undefined);
  });

  test("the refusal names the switch and scope, never the reason", () => {
    const s = sw("model", "gpt-4*");
    const m = refusalMessage(s);
    assert.match(m, new RegExp(`kill switch ${s.id} \\(scope model\\)`));
    assert.ok(!m.includes("leaked"));
  });

  test("input checks name the field", () => {
    assert.deepEqual(checkKillSwitchInput("tenant", undefined, " why "), { scope: "tenant", target: "*", reason: "why" });
    assert.throws(() => checkKillSwitchInput("planet", "x", "r"), /^Error: scope: expected one of tenant, model, route, principal, team/);
    assert.throws(() => checkKillSwitchInput("model", undefined, "r"), /target: expected a model name or glob/);
    assert.throws(() => checkKillSwitchInput("principal", "bill*", "r"), /target: a principal switch names one principal id, not a glob/);
    assert.throws(() => checkKillSwitchInput("model", "m", "  "), /reason: required/);
    assert.throws(() => checkKillSwitchInput("model", "m", "x".repeat(501)), /reason: at most 500 characters/);
    assert.throws(() => checkKillSwitchInput("tenant", "acme", "r"), /target: a tenant-wide switch takes no target/);
    assert.match(newKillSwitchId(), /^ks_[0-9a-f]{12}$/);
  });
});

describe("kill switch stage", () => {
  const byPrincipal = sw("principal", "billing");
  const byModel = sw("model", "gpt-*");
  const g = { killSwitches: { forTenant: () => new TenantKillSwitches([byPrincipal, byModel]) } } as unknown as GatewayContext;
  const exchange = (id: string, model?: string) => ({ principal: { id, tenant: "default", team: null }, model, route: undefined, pathModel: undefined }) as unknown as Exchange;

  test("a refusal is 403 permission_error kill_switch with the Reason source incident:kill-switch/<id>", () => {
    const d = killSwitchCaller(exchange("billing"), g);
    assert.ok(d && !(d instanceof Promise));
    assert.deepEqual([d.status, d.type, d.code, d.reasons[0]!.source], [403, "permission_error", "kill_switch", `incident:kill-switch/${byPrincipal.id}`]);
    assert.equal(killSwitchCaller(exchange("ops"), g), undefined);
    const t = killSwitchTarget(exchange("ops", "gpt-4o"), g);
    assert.ok(t && !(t instanceof Promise));
    assert.equal(t.reasons[0]!.source, `incident:kill-switch/${byModel.id}`);
    assert.equal(killSwitchTarget(exchange("ops", "claude"), g), undefined);
  });

  test("switches that cannot be read refuse the request (fail closed)", async () => {
    const broken = { killSwitches: { forTenant: () => Promise.reject(new Error("disk gone")) } } as unknown as GatewayContext;
    const d = await killSwitchCaller(exchange("ops"), broken);
    assert.equal(d?.status, 503);
    assert.equal(d?.code, "kill_switch_unavailable");
  });
});

for (const backend of storeBackends) describe(`kill switch store and cache (${backend.name})`, { skip: backend.skip }, () => {
  let store: OpenedStores;
  before(async () => {
    store = await backend.open();
  });
  after(() => store.close());

  test("tenant isolation: list, get and lift see only their tenant", async () => {
    const a = sw("model", "gpt-4o", { tenantId: "a" });
    await store.killSwitches.engage(a);
    assert.deepEqual((await store.killSwitches.list("a")).map((s) => s.id), [a.id]);
    assert.deepEqual(await store.killSwitches.list("b"), []);
    assert.equal(await store.killSwitches.get("b", a.id), undefined);
    assert.equal(await store.killSwitches.lift("b", a.id, 9, "intruder"), false);
    assert.equal((await store.killSwitches.get("a", a.id))!.liftedAt, null);
    assert.deepEqual(await store.killSwitches.get("a", a.id), a, "read back as written");
  });

  test("concurrent lifts of one switch: exactly one succeeds", async () => {
    const s = sw("model", "race", { tenantId: "r" });
    await store.killSwitches.engage(s);
    const lifted = await Promise.all(["a", "b", "c", "d"].map((by) => store.killSwitches.lift("r", s.id, 7, by)));
    assert.equal(lifted.filter(Boolean).length, 1);
    assert.equal((await store.killSwitches.get("r", s.id))!.liftedBy, ["a", "b", "c", "d"][lifted.indexOf(true)]);
  });

  test("writes move the change token; the cache answers synchronously until then", async () => {
    const live = new LiveKillSwitches(store.killSwitches, () => store.changeToken());
    // Notifications of the earlier tests' writes (PostgreSQL NOTIFY) may still move the token:
    // read until a whole read saw no move, then the next lookup (synchronous, no I/O between) is cached.
    let first: Awaited<ReturnType<typeof live.forTenant>>;
    let token: unknown;
    do {
      token = store.changeToken();
      first = await live.forTenant("c");
    } while (store.changeToken() !== token);
    assert.equal(first.size, 0);
    assert.ok(!(live.forTenant("c") instanceof Promise), "cached: a map lookup");
    const before = store.changeToken();
    const s = sw("team", "eng", { tenantId: "c" });
    await store.killSwitches.engage(s);
    assert.notEqual(store.changeToken(), before);
    const next = live.forTenant("c");
    assert.ok(next instanceof Promise, "re-read after the change");
    assert.equal((await next).forCaller({ id: "x", team: "eng" })?.id, s.id);
    assert.equal(await store.killSwitches.lift("c", s.id, 10, "sec"), true);
    assert.equal((await live.forTenant("c")).size, 0);
    assert.equal(await store.killSwitches.lift("c", s.id, 11, "sec"), false, "already lifted");
    assert.deepEqual((await store.killSwitches.list("c", { includeLifted: true })).map((x) => [x.id, x.liftedBy]), [[s.id, "sec"]]);
    assert.deepEqual(await store.killSwitches.list("c"), []);
  });
});
