/**
 * Kill switches end to end: a running Gateway and admin API share one store;
 * a switch engaged through the admin API or the CLI refuses the openai
 * client's next request with 403 kill_switch (naming the switch, not the
 * reason), another tenant is unaffected, and lifting it serves again. Also
 * `wardgate policy validate`'s warning about tenants whose admins no rule
 * grants administer.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { stringify } from "yaml";
import { type AdminServer, startAdmin } from "../../src/admin/app.js";
import { adminSchema } from "../../src/config/admin-schema.js";
import { parseConfig } from "../../src/config/load.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { AdminClient, Clock, enrol, type Harness, makeAdmin, ORIGIN, signIn } from "../admin/helpers.js";
import { startGateway, type TestGateway } from "./harness.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");
const CONFIG = { providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }, { name: "demo-2", provider: "demo" }] };

let gw: TestGateway;
let admin: AdminServer;
let c: AdminClient;
let billing: OpenAI;
let ops: OpenAI;
let acme: OpenAI;
let configPath: string;

const client = (apiKey: string) => new OpenAI({ apiKey, baseURL: `${gw.url}/v1`, maxRetries: 0 });
const ask = (o: OpenAI, model = "demo") => o.chat.completions.create({ model, messages: [{ role: "user", content: "hello" }] });
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, "-c", configPath, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

async function refused(o: OpenAI, model = "demo"): Promise<{ status: number; code: string; message: string; type: string }> {
  try {
    await ask(o, model);
  } catch (err) {
    assert.ok(err instanceof OpenAI.APIError, String(err));
    return { status: err.status!, ...(err.error as { code: string; message: string; type: string }) };
  }
  assert.fail("expected a refusal");
}

before(async () => {
  gw = await startGateway(CONFIG);
  const clock = new Clock(Date.now());
  admin = await startAdmin({ store: gw.store, config: adminSchema.parse({ origin: ORIGIN }), gateway: parseConfig(CONFIG), keyring: new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]), now: clock.now, host: "127.0.0.1", port: 0 });
  const h = { store: gw.store, admin, clock, dbFile: "", client: () => new AdminClient(admin.url), close: async () => undefined } as Harness;
  await makeAdmin(h, "sec@example.com", "security-admin");
  c = await signIn(h, "sec@example.com", (await enrol(h, "sec@example.com")).secret);
  const now = Date.now();
  await gw.store.org.putPrincipal({ tenantId: "default", id: "billing", kind: "service", teamId: "eng", roles: [], createdAt: now, disabledAt: null });
  await gw.store.org.putPrincipal({ tenantId: "default", id: "ops", kind: "service", teamId: "ops", roles: [], createdAt: now, disabledAt: null });
  await gw.store.org.ensureTenant("acme");
  await gw.store.org.putPrincipal({ tenantId: "acme", id: "billing", kind: "service", teamId: "eng", roles: [], createdAt: now, disabledAt: null });
  billing = client(await gw.issue({ principal: "billing", models: ["*"] }));
  ops = client(await gw.issue({ principal: "ops", models: ["*"] }));
  acme = client(await gw.issue({ tenantId: "acme", principal: "billing", models: ["*"] }));
  configPath = join(gw.dir, "wardgate.yaml");
  writeFileSync(configPath, stringify({ ...CONFIG, store: `sqlite:${join(gw.dir, "wardgate.db")}` }));
});

after(async () => {
  await admin.close();
  await gw.close();
});

describe("kill switches through the gateway (openai client)", () => {
  test("engaged through the admin API (model glob): the next request is refused; another model, another tenant unaffected; lift serves again", async () => {
    assert.equal((await ask(billing)).object, "chat.completion");
    const e = await c.post("/kill-switches", { scope: "model", target: "demo", reason: "prompt-injection campaign, ticket 42" });
    assert.equal(e.status, 201, e.text);
    const id: string = e.body.id;
    assert.match(id, /^ks_[0-9a-f]{12}$/);
    const r = await refused(billing);
    assert.equal(r.status, 403);
    assert.equal(r.type, "permission_error");
    assert.equal(r.code, "kill_switch");
    assert.match(r.message, new RegExp(`kill switch ${id} \\(scope model\\)`));
    assert.ok(!r.message.includes("ticket 42"), "the reason is for administrators");
    assert.equal((await ask(billing, "demo-2")).object, "chat.completion", "a model the switch does not match");
    assert.equal((await ask(acme)).object, "chat.completion", "another tenant is unaffected");
    const listed = await c.get("/kill-switches");
    assert.deepEqual(listed.body.killSwitches.map((s: { id: string }) => s.id), [id]);
    assert.equal(listed.body.killSwitches[0].reason, "prompt-injection campaign, ticket 42");
    const lift = await c.post(`/kill-switches/${id}/lift`);
    assert.equal(lift.status, 200, lift.text);
    assert.equal(lift.body.status, "lifted");
    assert.equal(lift.body.liftedBy, "sec@example.com");
    assert.equal((await ask(billing)).object, "chat.completion", "served again");
    assert.equal((await c.get("/kill-switches")).body.killSwitches.length, 0);
    assert.equal((await c.get("/kill-switches?all=true")).body.killSwitches.length, 1);
    const log = await gw.logText();
    assert.ok(log.split("\n").some((l) => l.includes('"code":"kill_switch"') && l.includes('"status":403')), "the request log records the refusal");
    const events = (await gw.store.admin.events.list("default")).map((ev) => `${ev.action}:${ev.target}`);
    assert.ok(events.includes(`kill-switches.engage:${id}`) && events.includes(`kill-switches.lift:${id}`));
  });

  test("team and tenant-wide switches stop callers before the body is read; token minting too", async () => {
    const team = await c.post("/kill-switches", { scope: "team", target: "eng", reason: "compromised CI" });
    assert.equal((await refused(billing)).code, "kill_switch");
    assert.equal((await ask(ops)).object, "chat.completion", "another team");
    await c.post(`/kill-switches/${team.body.id}/lift`);
    const all = await c.post("/kill-switches", { scope: "tenant", reason: "full stop" });
    assert.equal(all.body.target, "*");
    assert.match((await refused(ops)).message, /scope tenant/);
    const mint = await fetch(`${gw.url}/v1/wardgate/tokens`, { method: "POST", headers: { authorization: `Bearer ${ops.apiKey}`, "content-type": "application/json" }, body: "{}" });
    assert.equal(mint.status, 403);
    assert.equal(((await mint.json()) as { error: { code: string } }).error.code, "kill_switch");
    assert.equal((await ask(acme)).object, "chat.completion", "another tenant is unaffected");
    await c.post(`/kill-switches/${all.body.id}/lift`);
    assert.equal((await ask(ops)).object, "chat.completion");
  });

  test("bad input and lifting twice are refused with reasons", async () => {
    const bad = await c.post("/kill-switches", { scope: "principal", target: "bill*", reason: "x" });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /body\.target: a principal switch names one principal id/);
    assert.equal((await c.post("/kill-switches", { scope: "model", target: "m" })).status, 400, "a reason is required");
    const s = await c.post("/kill-switches", { scope: "route", target: "nothing", reason: "test" });
    await c.post(`/kill-switches/${s.body.id}/lift`);
    assert.equal((await c.post(`/kill-switches/${s.body.id}/lift`)).status, 409);
    assert.equal((await c.post("/kill-switches/ks_000000000000/lift")).status, 404);
  });
});

describe("wardgate kill-switch (the operator's break-glass CLI)", () => {
  test("engage a principal switch → refused; list shows it; lift → served again", async () => {
    const e = cli(["kill-switch", "engage", "--principal", "billing", "--reason", "key leaked in a public repo", "--json"]);
    assert.equal(e.code, 0, e.stderr);
    const sw = JSON.parse(e.stdout) as { id: string; scope: string; engagedBy: string };
    assert.equal(sw.scope, "principal");
    assert.match(sw.engagedBy ?? "", /^cli:/);
    const r = await refused(billing);
    assert.equal(r.code, "kill_switch");
    assert.match(r.message, new RegExp(sw.id));
    assert.equal((await ask(acme)).object, "chat.completion", "acme's billing is another principal");
    const list = cli(["kill-switch", "list"]);
    assert.equal(list.code, 0);
    assert.match(list.stdout, new RegExp(`${sw.id}\\s+principal\\s+billing\\s+ENGAGED.*reason: key leaked`));
    const json = JSON.parse(cli(["kill-switch", "list", "--json"]).stdout) as { id: string }[];
    assert.deepEqual(json.map((s) => s.id), [sw.id]);
    const lift = cli(["kill-switch", "lift", sw.id]);
    assert.equal(lift.code, 0, lift.stderr);
    assert.match(lift.stdout, new RegExp(`lifted ${sw.id}`));
    assert.equal((await ask(billing)).object, "chat.completion");
    assert.match(cli(["kill-switch", "list"]).stdout, /no engaged kill switches/);
    assert.match(cli(["kill-switch", "list", "--all"]).stdout, new RegExp(`${sw.id}.*lifted`));
    assert.ok((await gw.store.admin.events.list("default")).some((ev) => ev.actor.startsWith("cli:") && ev.action === "kill-switches.lift" && ev.target === sw.id));
  });

  test("--tenant scopes a switch to its tenant", async () => {
    const e = cli(["kill-switch", "engage", "--tenant-wide", "--tenant", "acme", "--reason", "acme incident"]);
    assert.equal(e.code, 0, e.stderr);
    const id = /engaged (ks_[0-9a-f]{12})/.exec(e.stdout)![1]!;
    assert.equal((await refused(acme)).code, "kill_switch");
    assert.equal((await ask(billing)).object, "chat.completion", "default tenant unaffected");
    assert.equal(cli(["kill-switch", "lift", id]).code, 1, "not a switch of tenant default");
    assert.equal(cli(["kill-switch", "lift", id, "--tenant", "acme"]).code, 0);
    assert.equal((await ask(acme)).object, "chat.completion");
  });

  test("bad input exits 2 naming the flag", () => {
    const cases: [string[], RegExp][] = [
      [["engage", "--reason", "x"], /exactly one of --tenant-wide, --model, --route, --principal or --team/],
      [["engage", "--model", "a", "--team", "b", "--reason", "x"], /exactly one of/],
      [["engage", "--model", "a", "--reason", " "], /--reason: required/],
      [["engage", "--model", "a", "--reason", "x", "--tenant", "bad tenant"], /--tenant/],
      [["lift", "nope"], /kill switch id: expected ks_/],
    ];
    for (const [args, expected] of cases) {
      const r = cli(["kill-switch", ...args]);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, expected);
    }
  });
});

describe("wardgate policy validate: admins no rule grants administer", () => {
  test("warns naming the tenant; no warning once a rule grants it, nor in implicit mode", async () => {
    await gw.store.org.ensureTenant("locked");
    const h = { store: gw.store, admin, clock: new Clock(Date.now()), dbFile: "", client: () => new AdminClient(admin.url), close: async () => undefined } as Harness;
    await makeAdmin(h, "owner@locked.example", "owner", "locked");
    const base = { ...CONFIG, store: `sqlite:${join(gw.dir, "wardgate.db")}` };
    const grant = (tenant: string) => ({ id: `admins-${tenant}`, tenant, subjects: ["role:owner", "role:security-admin"], actions: ["administer"], resources: [`tenant:${tenant}`] });
    writeFileSync(configPath, stringify({ ...base, policies: [grant("default")] }));
    const r = cli(["policy", "validate"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: tenant 'locked' has 1 admin but no policy rule grants administer on tenant:locked/);
    assert.ok(!r.stderr.includes("tenant 'default'"), "default's security-admin is granted");
    writeFileSync(configPath, stringify({ ...base, policies: [grant("default"), grant("locked")] }));
    assert.equal(cli(["policy", "validate"]).stderr, "");
    writeFileSync(configPath, stringify(base));
    assert.equal(cli(["policy", "validate"]).stderr, "", "implicit mode: the role matrix alone decides");
  });

  test("wardgate policy delete removes a stored rule (break-glass), with an event; config rules are refused", async () => {
    await gw.store.policies.put("locked", { id: "no-admins", tenant: "locked", effect: "deny", subjects: ["*"], actions: ["administer"], resources: ["tenant:locked"] });
    const r = cli(["policy", "delete", "no-admins", "--tenant", "locked"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await gw.store.policies.get("locked", "no-admins"), undefined);
    assert.ok((await gw.store.admin.events.list("locked")).some((e) => e.actor.startsWith("cli:") && e.action === "policies.delete" && e.target === "no-admins"));
    assert.equal(cli(["policy", "delete", "no-admins", "--tenant", "locked"]).code, 1, "already gone");
    const base = { ...CONFIG, store: `sqlite:${join(gw.dir, "wardgate.db")}` };
    writeFileSync(configPath, stringify({ ...base, policies: [{ id: "cfg", subjects: ["*"], actions: ["invoke"], resources: ["model:demo"] }] }));
    const cfg = cli(["policy", "delete", "cfg"]);
    assert.equal(cfg.code, 2);
    assert.match(cfg.stderr, /defined in the config file/);
    writeFileSync(configPath, stringify(base));
  });
});
