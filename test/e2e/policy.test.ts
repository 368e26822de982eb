/**
 * Policies end to end: a real gateway with `policies:` in its config, a real
 * SQLite store, the official openai client; denials carry the explanation;
 * a stored rule applies from the next request; and `wardgate policy
 * test|validate` from the command line against the same config and store.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { request } from "undici";
import { stringify } from "yaml";
import { savePolicy } from "../../src/policy/validate.js";
import { startGateway, type TestGateway } from "./harness.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");

const CONFIG = {
  providers: { demo: { type: "demo" } },
  models: [
    { name: "demo", provider: "demo" },
    { name: "demo-secure", provider: "demo", classification: "confidential" },
    { name: "demo-office", provider: "demo" },
  ],
  policies: [
    { id: "eng-demo", subjects: ["team:eng"], actions: ["invoke"], resources: ["model:demo"], conditions: { sourceIps: ["127.0.0.0/8", "::1"], maxTokens: 200 } },
    { id: "eng-secure", subjects: ["team:eng"], actions: ["invoke"], resources: ["model:demo-secure"], conditions: { classifications: ["public", "internal"] } },
    { id: "eng-office", subjects: ["team:eng"], actions: ["invoke"], resources: ["model:demo-office"], conditions: { sourceIps: ["10.0.0.0/8"] } },
    { id: "eng-tools", subjects: ["team:eng"], actions: ["use-tool"], resources: ["tool:get_*"] },
    { id: "no-contractors", effect: "deny", description: "contractors use the sandbox", subjects: ["role:contractor"], actions: ["invoke", "use-tool"], resources: ["*"] },
  ],
};

let gw: TestGateway;
let billing: OpenAI;
let contractor: OpenAI;
let narrow: OpenAI;
let billingKey: string;

const client = (apiKey: string) => new OpenAI({ apiKey, baseURL: `${gw.url}/v1`, maxRetries: 0 });
const hello = [{ role: "user" as const, content: "hello" }];

/** Runs fn, expects an APIError, returns its body's error object and status. */
async function refused(fn: () => Promise<unknown>): Promise<{ status: number; code: string; message: string; param: string | null; type: string }> {
  try {
    await fn();
  } catch (err) {
    assert.ok(err instanceof OpenAI.APIError, String(err));
    const e = err.error as { code: string; message: string; param: string | null; type: string };
    return { status: err.status!, ...e };
  }
  assert.fail("expected the gateway to refuse the request");
}

before(async () => {
  gw = await startGateway(CONFIG);
  const now = Date.now();
  await gw.store.org.putPrincipal({ tenantId: "default", id: "billing", kind: "service", teamId: "eng", roles: ["analyst"], createdAt: now, disabledAt: null });
  await gw.store.org.putPrincipal({ tenantId: "default", id: "temp", kind: "user", teamId: "eng", roles: ["contractor"], createdAt: now, disabledAt: null });
  billingKey = await gw.issue({ principal: "billing", models: ["demo*", "nope"] });
  billing = client(billingKey);
  contractor = client(await gw.issue({ principal: "temp", models: ["*"] }));
  narrow = client(await gw.issue({ principal: "billing", models: ["demo"] }));
});

after(() => gw.close());

describe("policies through the gateway (openai client)", () => {
  test("allowed by a rule: the reply arrives and the log names the rule as the grant", async () => {
    const r = await billing.chat.completions.create({ model: "demo", messages: hello, max_tokens: 100 });
    assert.equal(r.object, "chat.completion");
    const line = (await gw.logText()).split("\n").find((l) => l.includes('"model":"demo"') && l.includes('"status":200'));
    assert.ok(line, "a request line for the allowed request");
    assert.equal(JSON.parse(line).grant, "policy:rule/eng-demo");
  });

  test("max_completion_tokens counts too; over the limit is refused with the reason", async () => {
    await billing.chat.completions.create({ model: "demo", messages: hello, max_completion_tokens: 200 });
    const e = await refused(() => billing.chat.completions.create({ model: "demo", messages: hello, max_tokens: 201 }));
    assert.equal(e.status, 403);
    assert.match(e.message, /rule eng-demo: maxTokens: the request asks for up to 201 output tokens, more than 200/);
  });

  test("a request without max_tokens is refused and told to set it", async () => {
    const e = await refused(() => billing.chat.completions.create({ model: "demo", messages: hello }));
    assert.equal(e.status, 403);
    assert.equal(e.type, "permission_error");
    assert.equal(e.code, "policy_denied");
    assert.equal(e.param, "model");
    assert.match(e.message, /rule eng-demo: maxTokens: the request sets no max_tokens .*set it to at most 200/);
  });

  test("a failing address condition names the rule, the address and the range", async () => {
    const e = await refused(() => billing.chat.completions.create({ model: "demo-office", messages: hello }));
    assert.equal(e.code, "policy_denied");
    assert.match(e.message, /rule eng-office: sourceIps: 127\.0\.0\.1 is not in 10\.0\.0\.0\/8/);
  });

  test("no rule: the exact missing grant, before the model's existence is revealed", async () => {
    const e = await refused(() => billing.chat.completions.create({ model: "nope", messages: hello }));
    assert.equal(e.status, 403);
    assert.equal(e.message, "Denied by policy: no rule grants invoke on model:nope to principal 'billing' (team eng, roles analyst).");
  });

  test("a deny rule wins over the allow rule and is named", async () => {
    const e = await refused(() => contractor.chat.completions.create({ model: "demo", messages: hello, max_tokens: 10 }));
    assert.equal(e.code, "policy_denied");
    assert.match(e.message, /rule no-contractors denies invoke on model:demo to principal 'temp' \(team eng, roles contractor\) \(contractors use the sandbox\)/);
  });

  test("the key's own grants still bound: model_not_granted as before", async () => {
    const e = await refused(() => narrow.chat.completions.create({ model: "demo-secure", messages: hello }));
    assert.equal(e.code, "model_not_granted");
    assert.match(e.message, /Missing grant: model:demo-secure/);
  });

  test("tools: an allowed tool passes, an ungranted one is refused naming it", async () => {
    const tool = (name: string) => ({ type: "function" as const, function: { name, parameters: { type: "object", properties: {} } } });
    const ok = await billing.chat.completions.create({ model: "demo", messages: hello, max_tokens: 50, tools: [tool("get_weather")] });
    assert.equal(ok.object, "chat.completion");
    const e = await refused(() => billing.chat.completions.create({ model: "demo", messages: hello, max_tokens: 50, tools: [tool("get_weather"), tool("exec_shell")] }));
    assert.equal(e.status, 403);
    assert.equal(e.code, "policy_denied");
    assert.equal(e.param, "tools");
    assert.equal(e.message, "Denied by policy: no rule grants use-tool on tool:exec_shell to principal 'billing' (team eng, roles analyst).");
  });

  test("tools on the Anthropic Messages endpoint are authorized the same way", async () => {
    const send = (tool: string) =>
      request(`${gw.url}/v1/messages`, {
        method: "POST",
        headers: { "x-api-key": billingKey, "content-type": "application/json", "anthropic-version": "2023-06-01" },
        body: JSON.stringify({ model: "demo", max_tokens: 50, messages: hello, tools: [{ name: tool, input_schema: { type: "object" } }] }),
      });
    const ok = await send("get_time");
    assert.equal(ok.statusCode, 200);
    await ok.body.dump();
    const denied = await send("delete_files");
    assert.equal(denied.statusCode, 403);
    const body = (await denied.body.json()) as { type: string; error: { code: string; message: string } };
    assert.equal(body.type, "error", "Anthropic-shaped error");
    assert.equal(body.error.code, "policy_denied");
    assert.match(body.error.message, /no rule grants use-tool on tool:delete_files/);
  });

  test("data classification: the model's configured one, overridden by the header; an unknown header is a 400", async () => {
    const e = await refused(() => billing.chat.completions.create({ model: "demo-secure", messages: hello }));
    assert.match(e.message, /rule eng-secure: classifications: the request's data classification is 'confidential', not one of public, internal/);
    const ok = await billing.chat.completions.create({ model: "demo-secure", messages: hello }, { headers: { "x-wardgate-classification": "internal" } });
    assert.equal(ok.object, "chat.completion");
    const bad = await refused(() => billing.chat.completions.create({ model: "demo-secure", messages: hello }, { headers: { "x-wardgate-classification": "top-secret" } }));
    assert.equal(bad.status, 400);
    assert.equal(bad.code, "invalid_classification");
  });

  test("the models list shows only what policies allow (conditions on the body aside)", async () => {
    const list = await billing.models.list();
    assert.deepEqual(list.data.map((m) => m.id).sort(), ["demo"], "demo-secure is confidential, demo-office needs 10/8");
    const one = await request(`${gw.url}/v1/models/demo-office`, { headers: { authorization: `Bearer ${billingKey}` } });
    assert.equal(one.statusCode, 404);
    await one.body.dump();
  });

  test("a rule stored at runtime applies from the next request; deleting it restores access", async () => {
    await savePolicy(gw.store.policies, "default", { id: "freeze-billing", effect: "deny", subjects: ["principal:billing"], actions: ["invoke"], resources: ["model:demo"] });
    const e = await refused(() => billing.chat.completions.create({ model: "demo", messages: hello, max_tokens: 10 }));
    assert.match(e.message, /rule freeze-billing denies invoke on model:demo/);
    await gw.store.policies.delete("default", "freeze-billing");
    const r = await billing.chat.completions.create({ model: "demo", messages: hello, max_tokens: 10 });
    assert.equal(r.object, "chat.completion");
  });
});

describe("no policies: key: the implicit default policy keeps today's behaviour", () => {
  let plain: TestGateway;
  before(async () => {
    plain = await startGateway({ providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }] });
  });
  after(() => plain.close());

  test("a key's grants decide, and the log names the built-in rule with the key grant", async () => {
    const c = new OpenAI({ apiKey: await plain.issue({ models: ["dem*"] }), baseURL: `${plain.url}/v1`, maxRetries: 0 });
    const tools = [{ type: "function" as const, function: { name: "anything", parameters: {} } }];
    await c.chat.completions.create({ model: "demo", messages: hello, tools });
    const line = (await plain.logText()).split("\n").find((l) => l.includes('"status":200'));
    assert.equal(JSON.parse(line!).grant, "policy:rule/default:credential-grants (model:dem*)");
  });
});

describe("wardgate policy test|validate", () => {
  let configPath: string;
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, "-c", configPath, ...args], { encoding: "utf8", cwd: ROOT });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  before(() => {
    configPath = join(gw.dir, "wardgate.yaml");
    // The same config and the gateway's own store (the CLI shares it while the gateway runs).
    writeFileSync(configPath, stringify({ ...CONFIG, store: `sqlite:${join(gw.dir, "wardgate.db")}` }));
  });

  test("allow: exit 0, the rule and why; team and roles come from the stored principal", () => {
    const r = cli(["policy", "test", "--principal", "billing", "--model", "demo", "--ip", "127.0.0.1", "--max-tokens", "100"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^ALLOW {2}invoke model:demo/);
    assert.match(r.stdout, /principal: billing \(tenant default, team eng, roles analyst, via gateway-key\)/);
    assert.match(r.stdout, /rule: {6}eng-demo/);
    assert.match(r.stdout, /why: {7}Allowed by rule eng-demo: allow invoke on model:demo to team:eng if sourceIps 127\.0\.0\.0\/8, ::1 and maxTokens 200\./);
  });

  test("deny: exit 3 with the failing condition; --json gives the same decision", () => {
    const r = cli(["policy", "test", "--principal", "billing", "--model", "demo", "--ip", "8.8.8.8", "--max-tokens", "100"]);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stdout, /^DENY {2}invoke model:demo/);
    assert.match(r.stdout, /rule eng-demo: sourceIps: 8\.8\.8\.8 is not in 127\.0\.0\.0\/8, ::1/);
    const j = cli(["policy", "test", "--principal", "billing", "--role", "contractor", "--tool", "get_x", "--json"]);
    assert.equal(j.code, 3, j.stderr);
    const out = JSON.parse(j.stdout);
    assert.equal(out.decision, "deny");
    assert.equal(out.rule, "no-contractors");
    assert.equal(out.source, "policy:rule/no-contractors");
    assert.equal(out.resource, "tool:get_x");
    assert.deepEqual(out.principal.roles, ["contractor"], "--role overrides the stored roles");
  });

  test("time windows and --at; claims and via", () => {
    writeFileSync(
      configPath,
      stringify({
        ...CONFIG,
        store: `sqlite:${join(gw.dir, "wardgate.db")}`,
        policies: [
          { id: "night", subjects: ["claim:groups=oncall"], actions: ["invoke"], resources: ["model:demo"], conditions: { time: { days: ["fri"], from: "22:00", to: "02:00", timezone: "Europe/Berlin" } } },
        ],
      }),
    );
    const at = (iso: string) => cli(["policy", "test", "--principal", "ops", "--via", "jwt", "--claim", "groups=staff", "--claim", "groups=oncall", "--model", "demo", "--at", iso]);
    assert.equal(at("2026-01-10T00:30:00Z").code, 0, "Sat 01:30 in Berlin is in Friday's window");
    const late = at("2026-01-10T01:30:00Z");
    assert.equal(late.code, 3);
    assert.match(late.stdout, /time: Sat 02:30 Europe\/Berlin is outside fri 22:00-02:00 \(wrapping midnight\) Europe\/Berlin/);
    writeFileSync(configPath, stringify({ ...CONFIG, store: `sqlite:${join(gw.dir, "wardgate.db")}` }));
  });

  test("a claim named __proto__ is a claim, not a prototype write", () => {
    writeFileSync(
      configPath,
      stringify({
        ...CONFIG,
        store: `sqlite:${join(gw.dir, "wardgate.db")}`,
        policies: [{ id: "odd-claim", subjects: ["claim:__proto__=x"], actions: ["invoke"], resources: ["model:demo"] }],
      }),
    );
    try {
      const r = cli(["policy", "test", "--principal", "ops", "--via", "jwt", "--claim", "__proto__=x", "--model", "demo"]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /odd-claim/);
    } finally {
      writeFileSync(configPath, stringify({ ...CONFIG, store: `sqlite:${join(gw.dir, "wardgate.db")}` }));
    }
  });

  test("bad input exits 2 naming the flag", () => {
    const cases: [string[], RegExp][] = [
      [["--principal", "b", "--model", "demo", "--ip", "1.2.3"], /--ip: expected an IPv4 or IPv6 address/],
      [["--principal", "b", "--model", "demo", "--route", "x"], /expected exactly one of --model, --route or --tool/],
      [["--principal", "b"], /expected exactly one of --model, --route or --tool/],
      [["--principal", "b", "--model", "demo", "--at", "yesterday"], /--at: expected an ISO-8601 time/],
      [["--principal", "b", "--model", "demo", "--classification", "secret"], /--classification: expected one of public, internal, confidential, restricted/],
      [["--principal", "b", "--model", "demo", "--via", "password"], /--via: expected one of gateway-key, jwt, token/],
      [["--principal", "b", "--model", "demo", "--max-tokens", "-5"], /--max-tokens: expected a positive whole number/],
      [["--principal", "b", "--model", "demo", "--claim", "novalue"], /--claim: expected name=value/],
    ];
    for (const [args, expected] of cases) {
      const r = cli(["policy", "test", ...args]);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, expected);
    }
  });

  test("--key bounds the result by the key's grants", () => {
    const id = billingKey.slice(3, 15);
    const r = cli(["policy", "test", "--principal", "billing", "--key", `wg_${id}`, "--model", "demo-office", "--ip", "10.0.0.1"]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const n = cli(["policy", "test", "--principal", "billing", "--key", `wg_${id}`, "--route", "fraud"]);
    assert.equal(n.code, 3);
    assert.match(n.stdout, /code: {6}route_not_granted/);
  });

  test("validate: a summary when valid, key-path errors and exit 2 when not", async () => {
    const ok = cli(["policy", "validate"]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /policies valid/);
    assert.match(ok.stdout, /config: {2}5 rules \(4 allow, 1 deny\) in tenants default/);

    writeFileSync(configPath, stringify({ ...CONFIG, policies: [{ ...CONFIG.policies[0], conditions: { sourceIps: ["10.0.0.0/40"] } }, { ...CONFIG.policies[1], subjects: ["group:x"] }] }));
    const bad = cli(["policy", "validate"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /policies\[0\]\.conditions\.sourceIps\[0\]: expected a prefix length of 0-32/);
    assert.match(bad.stderr, /policies\[1\]\.subjects\[0\]: expected "\*", principal:<glob>/);

    // A stored rule whose id the config also uses is reported.
    writeFileSync(configPath, stringify({ ...CONFIG, store: `sqlite:${join(gw.dir, "wardgate.db")}` }));
    await savePolicy(gw.store.policies, "default", { id: "eng-demo", subjects: ["*"], actions: ["invoke"], resources: ["model:demo"] });
    const dup = cli(["policy", "validate"]);
    await gw.store.policies.delete("default", "eng-demo");
    assert.equal(dup.code, 2);
    assert.match(dup.stderr, /store: policy eng-demo \(tenant default\): the config has a rule with the same id/);
  });
});
