/**
 * Short-lived tokens end to end: minted over HTTP from a gateway key at
 * POST /v1/wardgate/tokens, used with the official openai client, bound to
 * their key (revocation, IP allow-list), and last-used times recorded.
 * Also `wardgate keys rotate` and the last-used display of the built CLI.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { request } from "undici";
import { startGateway, type TestGateway } from "./harness.js";

let gw: TestGateway;

const client = (apiKey: string, ip?: string) =>
  new OpenAI({ apiKey, baseURL: `${gw.url}/v1`, maxRetries: 0, ...(ip ? { defaultHeaders: { "x-forwarded-for": ip } } : {}) });
const ask = (apiKey: string, model = "demo", ip?: string) => client(apiKey, ip).chat.completions.create({ model, messages: [{ role: "user", content: "Hi" }] });

interface Minted {
  token: string;
  expires_at: number;
  models: string[];
  routes: string[];
}

async function mint(credential: string, body: unknown, ip?: string) {
  const res = await request(`${gw.url}/v1/wardgate/tokens`, {
    method: "POST",
    headers: { authorization: `Bearer ${credential}`, "content-type": "application/json", ...(ip ? { "x-forwarded-for": ip } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.statusCode, headers: res.headers, body: (await res.body.json()) as Minted & { error: { code: string; message: string; param: string | null; type: string } } };
}

before(async () => {
  gw = await startGateway({
    server: { trustedProxies: ["127.0.0.1"] },
    providers: { demo: { type: "demo" } },
    models: [
      { name: "demo", provider: "demo" },
      { name: "demo-large", provider: "demo" },
    ],
  });
});

after(async () => {
  await gw.close();
});

describe("short-lived tokens", () => {
  test("mint with a key, then call the model with the token through the openai client", async () => {
    const key = await gw.issue({ principal: "batch-svc", models: ["demo*"] });
    const before = Math.floor(Date.now() / 1000);
    const r = await mint(key, { ttl_seconds: 600, models: ["demo"] });
    // 600 s from the moment of minting, rounded up to a whole second: somewhere between before and after.
    const after = Math.ceil(Date.now() / 1000);
    assert.equal(r.status, 201);
    assert.equal(r.headers["cache-control"], "no-store");
    assert.match(r.body.token, /^wgt_[0-9a-f]{16}_[0-9a-f]{64}$/);
    assert.ok(r.body.expires_at >= before + 600 && r.body.expires_at <= after + 600, `expires_at ${r.body.expires_at}`);
    assert.deepEqual(r.body.models, ["demo"]);
    assert.deepEqual(r.body.routes, []);
    assert.equal((await ask(r.body.token)).object, "chat.completion");
    // The token is narrower than its key: demo-large is the key's, not the token's.
    await assert.rejects(ask(r.body.token, "demo-large"), (err: unknown) => err instanceof OpenAI.PermissionDeniedError && /Missing grant: model:demo-large/.test(err.message));
    assert.equal((await ask(key, "demo-large")).object, "chat.completion");
    const lines = (await gw.logText()).trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const viaToken = lines.filter((l) => l.via === "token" && l.principal === "batch-svc");
    assert.ok(viaToken.length >= 1);
    assert.equal(viaToken[0]!.keyId, key.slice(3, 15), "the log names the parent key");
    assert.ok(!lines.some((l) => JSON.stringify(l).includes(r.body.token.slice(21))), "the token's secret is never logged");
  });

  test("defaults: the key's grants, 15 minutes", async () => {
    const key = await gw.issue({ models: ["demo", "demo-large"] });
    const r = await mint(key, {});
    assert.equal(r.status, 201);
    assert.deepEqual(r.body.models, ["demo", "demo-large"]);
    const ttl = r.body.expires_at - Date.now() / 1000;
    assert.ok(ttl > 890 && ttl <= 901, `ttl ${ttl}`);
  });

  test("a grant the key does not hold → 403 grant_not_held naming it", async () => {
    const key = await gw.issue({ models: ["demo"] });
    for (const models of [["demo-large"], ["demo*"], ["*"]]) {
      const r = await mint(key, { models });
      assert.equal(r.status, 403);
      assert.equal(r.body.error.code, "grant_not_held");
      assert.equal(r.body.error.param, "models");
      assert.ok(r.body.error.message.includes(`Missing grant: model:${models[0]}`), r.body.error.message);
    }
  });

  test("bad requests name the field: ttl out of range, unknown field, wrong types", async () => {
    const key = await gw.issue({ models: ["demo"] });
    const cases: [unknown, string, RegExp][] = [
      [{ ttl_seconds: 3601 }, "ttl_seconds", /ttl_seconds: expected a whole number of seconds from 1 to 3600/],
      [{ ttl_seconds: 0 }, "ttl_seconds", /ttl_seconds/],
      [{ ttl_seconds: "60" }, "ttl_seconds", /ttl_seconds/],
      [{ models: "demo" }, "models", /models: expected an array/],
      [{ ttl: 60 }, "ttl", /Unknown field 'ttl': expected ttl_seconds, models or routes/],
    ];
    for (const [body, param, message] of cases) {
      const r = await mint(key, body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal(r.body.error.type, "invalid_request_error");
      assert.equal(r.body.error.param, param);
      assert.match(r.body.error.message, message);
    }
  });

  test("only a gateway key mints: a token cannot mint another; GET is 405; no credential is 401", async () => {
    const key = await gw.issue({ models: ["demo"] });
    const { body } = await mint(key, {});
    const again = await mint(body.token, {});
    assert.equal(again.status, 403);
    assert.equal(again.body.error.code, "gateway_key_required");
    const get = await request(`${gw.url}/v1/wardgate/tokens`, { headers: { authorization: `Bearer ${key}` } });
    assert.equal(get.statusCode, 405);
    assert.equal(get.headers.allow, "POST");
    await get.body.dump();
    const anon = await request(`${gw.url}/v1/wardgate/tokens`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    assert.equal(anon.statusCode, 401);
    await anon.body.dump();
  });

  test("expiry: a 3-second token is refused once it has expired", async () => {
    const key = await gw.issue({ models: ["demo"] });
    // 3 s, not 1: the first call must land before expiry even when a busy machine makes it slow.
    const { body } = await mint(key, { ttl_seconds: 3 });
    assert.equal((await ask(body.token)).object, "chat.completion");
    await new Promise((r) => setTimeout(r, Math.max(0, body.expires_at * 1000 - Date.now()) + 50));
    await assert.rejects(ask(body.token), (err: unknown) => err instanceof OpenAI.AuthenticationError && err.code === "expired_token");
  });

  test("revoking the parent key ends its tokens on the next request", async () => {
    const key = await gw.issue({ models: ["demo"] });
    const { body } = await mint(key, {});
    assert.equal((await ask(body.token)).object, "chat.completion");
    const id = key.slice(3, 15);
    assert.equal(await gw.store.keys.revoke(id, Date.now()), true);
    await assert.rejects(ask(body.token), (err: unknown) => err instanceof OpenAI.AuthenticationError && err.code === "revoked_api_key");
  });

  test("the key's IP allow-list applies to its tokens", async () => {
    const key = await gw.issue({ models: ["demo"], ipAllow: ["10.0.0.0/8"] });
    const r = await mint(key, {}, "10.1.1.1");
    assert.equal(r.status, 201);
    assert.equal((await ask(r.body.token, "demo", "10.2.2.2")).object, "chat.completion");
    await assert.rejects(ask(r.body.token, "demo", "203.0.113.5"), (err: unknown) => {
      assert.ok(err instanceof OpenAI.PermissionDeniedError);
      assert.equal(err.code, "ip_not_allowed");
      return true;
    });
    // And minting from outside the allow-list is refused by the key itself.
    assert.equal((await mint(key, {}, "203.0.113.5")).status, 403);
  });
});

describe("last use", () => {
  test("requests with a key and with its tokens record the key's last use and address, written on shutdown", async () => {
    const own = await startGateway({ server: { trustedProxies: ["127.0.0.1"] }, providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }] });
    try {
      const key = await own.issue({ models: ["demo"] });
      const id = key.slice(3, 15);
      const c = new OpenAI({ apiKey: key, baseURL: `${own.url}/v1`, maxRetries: 0, defaultHeaders: { "x-forwarded-for": "198.51.100.7" } });
      const t0 = Date.now();
      await c.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "Hi" }] });
      assert.equal((await own.store.keys.get(id))?.lastUsedAt, null, "not written per request");
      await own.gw.stop(); // flushes
      const k = await own.store.keys.get(id);
      assert.ok(k?.lastUsedAt && k.lastUsedAt >= t0 && k.lastUsedAt <= Date.now());
      assert.equal(k?.lastUsedIp, "198.51.100.7");
    } finally {
      await own.close();
    }
  });
});

describe("CLI: keys rotate and last use", () => {
  const ROOT = resolve(import.meta.dirname, "../..");
  const CLI = join(ROOT, "dist/cli/main.js");

  test("rotate prints the new key once, keeps the old one for the overlap, and show/list display last use", async () => {
    const dir = gw.dir;
    const config = join(dir, "cli.yaml");
    writeFileSync(config, `dataDir: ${JSON.stringify(dir)}\nstore: ${JSON.stringify(`sqlite:${join(dir, "wardgate.db")}`)}\nproviders: { demo: { type: demo } }\nmodels: [{ name: demo, provider: demo }]\n`);
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, "--config", config, ...args], { encoding: "utf8" });
    const key = await gw.issue({ principal: "rotating-svc", models: ["demo"], ipAllow: ["10.0.0.0/8"] });
    const id = key.slice(3, 15);
    await gw.store.keys.recordUse([{ id, at: Date.parse("2026-01-02T03:04:05Z"), ip: "10.0.0.9" }]);

    const show = cli("keys", "show", `wg_${id}`);
    assert.equal(show.status, 0, show.stderr);
    assert.match(show.stdout, /last used:\s+2026-01-02T03:04:05\.000Z from 10\.0\.0\.9/);
    const list = cli("keys", "list", "--principal", "rotating-svc");
    assert.match(list.stdout, /LAST USED/);
    assert.match(list.stdout, /2026-01-02T03:04:05\.000Z from 10\.0\.0\.9/);

    const t0 = Date.now();
    const r = cli("keys", "rotate", `wg_${id}`, "--overlap", "2h", "--json");
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { key: string; id: string; rotatedFrom: string; ipAllow: string[]; models: string[]; replaced: { expiresAt: string } };
    assert.match(out.key, /^wg_[0-9a-f]{12}_[0-9a-f]{64}$/);
    assert.equal(out.rotatedFrom, `wg_${id}`);
    assert.deepEqual(out.ipAllow, ["10.0.0.0/8"]);
    assert.deepEqual(out.models, ["demo"]);
    const oldExpiry = Date.parse(out.replaced.expiresAt);
    assert.ok(oldExpiry >= t0 + 2 * 3_600_000 - 1000 && oldExpiry <= Date.now() + 2 * 3_600_000);
    // The running gateway sees the new key at once (another process wrote it).
    assert.equal((await new OpenAI({ apiKey: out.key, baseURL: `${gw.url}/v1`, maxRetries: 0, defaultHeaders: { "x-forwarded-for": "10.0.0.1" } }).chat.completions.create({ model: "demo", messages: [{ role: "user", content: "Hi" }] })).object, "chat.completion");

    const human = cli("keys", "rotate", out.id, "--overlap", "0");
    assert.equal(human.status, 0, human.stderr);
    assert.match(human.stdout, /^wg_[0-9a-f]{12}_[0-9a-f]{64}\n\nThis is the only time the new key is shown/);
    assert.match(human.stdout, new RegExp(`The old key ${out.id} stops working now`));

    const bad = cli("keys", "rotate", out.id, "--overlap", "soon");
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--overlap: expected a duration/);
    const gone = cli("keys", "rotate", "wg_000000000000");
    assert.equal(gone.status, 1);
    assert.match(gone.stderr, /no key wg_000000000000/);
  });
});
