/**
 * Every bad input and every upstream failure gets its status and an
 * OpenAI-shaped error body with a request id, and nothing about the upstream
 * (URL, address, headers, stack, credential) leaks to the caller.
 */
import assert from "node:assert/strict";
import { connect } from "node:net";
import { Readable } from "node:stream";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { request } from "undici";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { fullConfig, startGateway, type TestGateway } from "./harness.js";
import { waitFor } from "../fixtures/wait.js";

let upstream: MockUpstream;
let gw: TestGateway;
let key: string;

before(async () => {
  upstream = await startMockUpstream();
  gw = await startGateway(
    fullConfig(upstream.url, {
      providers: {
        ...(fullConfig(upstream.url).providers as object),
        dead: { type: "openai", baseUrl: "http://127.0.0.1:1/v1", apiKey: "sk-dead", connectTimeoutMs: 500 },
      },
      models: [...(fullConfig(upstream.url).models as object[]), { name: "dead-model", provider: "dead" }],
      server: { maxBodyBytes: 4096 },
    }),
  );
  key = await gw.issue({ models: ["demo", "mock-model", "dead-model"] });
});

after(async () => {
  await gw.close();
  await upstream.close();
});

interface ErrorReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  error: { message: string; type: string; code: string; param: string | null; request_id: string };
}

async function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<ErrorReply> {
  const res = await request(`${gw.url}${path}`, {
    method: (init.method ?? "POST") as "POST",
    headers: init.headers ?? { authorization: `Bearer ${key}`, "content-type": "application/json" },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  const text = await res.body.text();
  const parsed = JSON.parse(text) as { error: ErrorReply["error"] };
  return { status: res.statusCode, headers: res.headers, text, error: parsed.error };
}

const chat = (content: string, model = "mock-model", extra: object = {}) => JSON.stringify({ model, messages: [{ role: "user", content }], ...extra });

/** The shape every error must have, and what must never be in it. */
function assertCleanError(r: ErrorReply, status: number, code: string): void {
  assert.equal(r.status, status, r.text);
  assert.equal(r.error.code, code);
  assert.equal(typeof r.error.message, "string");
  assert.equal(typeof r.error.type, "string");
  assert.match(r.error.request_id, /^req_[0-9a-f]{32}$/);
  assert.equal(r.headers["x-request-id"], r.error.request_id);
  assert.equal(r.headers["content-type"], "application/json");
  for (const leak of ["127.0.0.1:", "10.0.0.7", "10.1.2.3", "sk-upstream-secret", "sk-wrong", "Traceback", "app.py", "    at ", "internal.example", "upstream.internal"]) {
    assert.ok(!r.text.includes(leak), `error body leaks ${JSON.stringify(leak)}: ${r.text}`);
  }
}

describe("malformed requests", () => {
  test("malformed JSON → 400", async () => assertCleanError(await call("/v1/chat/completions", { body: '{"model": "demo",' }), 400, "invalid_json"));
  test("a JSON array body → 400", async () => assertCleanError(await call("/v1/chat/completions", { body: "[1,2]" }), 400, "invalid_body"));
  test("missing model → 400 naming the parameter", async () => {
    const r = await call("/v1/chat/completions", { body: '{"messages":[]}' });
    assertCleanError(r, 400, "missing_model");
    assert.equal(r.error.param, "model");
  });
  test("wrong content type → 415", async () =>
    assertCleanError(await call("/v1/chat/completions", { headers: { authorization: `Bearer ${key}`, "content-type": "text/plain" }, body: chat("x") }), 415, "unsupported_media_type"));
  test("body over the limit (announced length) → 413", async () =>
    assertCleanError(await call("/v1/chat/completions", { body: chat("x".repeat(10_000)) }), 413, "request_too_large"));
  test("body over the limit (chunked, no length) → 413", async () => {
    const big = chat("y".repeat(20_000));
    const res = await request(`${gw.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: Readable.from(
        (function* () {
          for (let i = 0; i < big.length; i += 1000) yield Buffer.from(big.slice(i, i + 1000));
        })(),
      ),
    });
    const body = JSON.parse(await res.body.text());
    assert.equal(res.statusCode, 413);
    assert.equal(body.error.code, "request_too_large");
  });
  test("demo rejects an invalid messages field like an upstream would → 400", async () => {
    const r = await call("/v1/chat/completions", { body: JSON.stringify({ model: "demo", messages: "hi" }) });
    assert.equal(r.status, 400);
    assert.equal(r.error.param, "messages");
  });
  test("unknown route → 404", async () => assertCleanError(await call("/v1/nope", { method: "GET" }), 404, "unknown_endpoint"));
  test("unknown generic route → 404", async () => assertCleanError(await call("/inference/nope/x", { body: "{}" }), 404, "unknown_endpoint"));
  test("wrong method → 405 with Allow", async () => {
    const r = await call("/v1/chat/completions", { method: "GET" });
    assertCleanError(r, 405, "method_not_allowed");
    assert.equal(r.headers.allow, "POST");
  });
  test("path traversal on a generic route → 400", async () => assertCleanError(await call("/inference/fraud/..%2Fadmin", { body: "{}" }), 400, "invalid_path"));
  test("a garbage HTTP request gets 400 and no crash", async () => {
    const reply = await new Promise<string>((resolve) => {
      const u = new URL(gw.url);
      const s = connect(Number(u.port), u.hostname, () => s.write("BLAH /\x00 HTTP/9\r\n\r\n"));
      let out = "";
      s.on("data", (d) => {
        out += d.toString();
      });
      s.on("close", () => resolve(out));
    });
    assert.match(reply, /^HTTP\/1\.1 400/);
    const ok = await call("/v1/chat/completions", { body: chat("still alive", "demo") });
    assert.equal(ok.status, 200);
  });
});

describe("authentication and authorization (deny by default)", () => {
  const asKey = (k: string | undefined, body = chat("hi", "demo")) =>
    call("/v1/chat/completions", { headers: { ...(k === undefined ? {} : { authorization: `Bearer ${k}` }), "content-type": "application/json" }, body });

  test("missing key → 401 with WWW-Authenticate", async () => {
    const r = await asKey(undefined);
    assertCleanError(r, 401, "missing_api_key");
    assert.match(String(r.headers["www-authenticate"]), /^Bearer/);
  });
  test("malformed key → 401", async () => assertCleanError(await asKey("sk-not-a-wardgate-key"), 401, "invalid_api_key"));
  test("right id, wrong secret → 401, same message as an unknown id", async () => {
    const wrong = `${key.slice(0, 16)}${"0".repeat(64)}`;
    const unknown = `wg_ffffffffffff_${"0".repeat(64)}`;
    const a = await asKey(wrong);
    const b = await asKey(unknown);
    assertCleanError(a, 401, "invalid_api_key");
    assert.equal(a.error.message, b.error.message);
  });
  test("expired key → 401", async () => {
    // Long enough for the first request to be served before expiry on a busy machine; then wait out the expiry.
    const expiresAt = Date.now() + 1500;
    const k = await gw.issue({ models: ["demo"], expiresAt });
    assert.equal((await asKey(k)).status, 200);
    await new Promise((r) => setTimeout(r, Math.max(0, expiresAt - Date.now()) + 20));
    assertCleanError(await asKey(k), 401, "expired_api_key");
  });
  test("revoked key stops working on the next request", async () => {
    const k = await gw.issue({ models: ["demo"] });
    assert.equal((await asKey(k)).status, 200);
    await gw.store.keys.revoke(k.slice(3, 15), Date.now());
    assertCleanError(await asKey(k), 401, "revoked_api_key");
  });
  test("model not granted → 403 naming the missing grant", async () => {
    const k = await gw.issue({ models: ["demo"] });
    const r = await asKey(k, chat("hi", "mock-model"));
    assertCleanError(r, 403, "model_not_granted");
    assert.match(r.error.message, /Missing grant: model:mock-model/);
  });
  test("a key with no grants can do nothing", async () => {
    const k = await gw.issue({});
    assertCleanError(await asKey(k), 403, "model_not_granted");
    const routes = await call("/inference/fraud/score", { headers: { authorization: `Bearer ${k}`, "content-type": "application/json" }, body: "{}" });
    assertCleanError(routes, 403, "route_not_granted");
    assert.match(routes.error.message, /Missing grant: route:fraud/);
  });
  test("granted glob but unknown model → 404", async () => {
    const k = await gw.issue({ models: ["*"] });
    assertCleanError(await asKey(k, chat("hi", "no-such-model")), 404, "model_not_found");
  });
  test("IP allow-list: an address outside the list → 403", async () => {
    const outside = await gw.issue({ models: ["demo"], ipAllow: ["10.0.0.0/8"] });
    assertCleanError(await asKey(outside), 403, "ip_not_allowed");
    const inside = await gw.issue({ models: ["demo"], ipAllow: ["127.0.0.0/8", "::1"] });
    assert.equal((await asKey(inside)).status, 200);
  });
  test("an OpenAI model on the Anthropic endpoint → 400", async () =>
    assertCleanError(await call("/v1/messages", { body: JSON.stringify({ model: "mock-model", max_tokens: 5, messages: [{ role: "user", content: "x" }] }) }), 400, "unsupported_endpoint"));
  test("the openai client surfaces these as typed errors", async () => {
    const c = new OpenAI({ apiKey: "wg_badbadbadbad_" + "1".repeat(64), baseURL: `${gw.url}/v1`, maxRetries: 0 });
    await assert.rejects(c.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "x" }] }), OpenAI.AuthenticationError);
    const limited = new OpenAI({ apiKey: await gw.issue({ models: ["demo"] }), baseURL: `${gw.url}/v1`, maxRetries: 0 });
    await assert.rejects(limited.chat.completions.create({ model: "mock-model", messages: [{ role: "user", content: "x" }] }), OpenAI.PermissionDeniedError);
  });
});

describe("upstream failures", () => {
  test("upstream 5xx → 502 without its body", async () => assertCleanError(await call("/v1/chat/completions", { body: chat("fail-500") }), 502, "upstream_error"));
  test("upstream refused the gateway's credentials → 502, not 401", async () => {
    const strict = await startMockUpstream({ requireHeader: ["authorization", "Bearer sk-right"] });
    const g2 = await startGateway({ providers: { s: { type: "openai", baseUrl: `${strict.url}/v1`, apiKey: "sk-wrong" } }, models: [{ name: "m", provider: "s" }] });
    try {
      const k = await g2.issue({ models: ["m"] });
      const res = await request(`${g2.url}/v1/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${k}`, "content-type": "application/json" }, body: chat("x", "m") });
      const text = await res.body.text();
      assert.equal(res.statusCode, 502);
      assert.equal(JSON.parse(text).error.code, "upstream_auth_failed");
      assert.ok(!text.includes("sk-upstream-secret") && !text.includes("upstream.internal") && !text.includes("sk-wrong"), text);
    } finally {
      await g2.close();
      await strict.close();
    }
  });
  test("upstream timeout → 504", async () => assertCleanError(await call("/v1/chat/completions", { body: chat("slow-3000") }), 504, "upstream_timeout"));
  test("upstream unreachable → 502", async () => assertCleanError(await call("/v1/chat/completions", { body: chat("x", "dead-model") }), 502, "upstream_unreachable"));
  test("upstream hangs up → 502", async () => assertCleanError(await call("/v1/chat/completions", { body: chat("hang-up") }), 502, "upstream_unreachable"));
  test("upstream 4xx passes its status and message with URLs scrubbed", async () => {
    const r = await call("/v1/chat/completions", { body: chat("fail-400") });
    assert.equal(r.status, 400);
    assert.equal(r.error.code, "invalid_value");
    assert.match(r.error.message, /Invalid 'temperature': see \[url\]/);
    assert.equal(r.headers["x-upstream-secret"], undefined);
    assert.match(String(r.headers["x-request-id"]), /^req_/);
  });
  test("upstream 429 passes with Retry-After", async () => {
    const r = await call("/v1/chat/completions", { body: chat("fail-429") });
    assert.equal(r.status, 429);
    assert.equal(r.headers["retry-after"], "7");
  });
  test("a stream that breaks mid-way ends with a well-formed SSE error event", async () => {
    const res = await request(`${gw.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: chat("break-stream", "mock-model", { stream: true }),
    });
    const text = await res.body.text();
    assert.equal(res.statusCode, 200);
    const events = text.trim().split("\n\n");
    const last = JSON.parse(events.at(-1)!.replace(/^data: /, ""));
    assert.equal(last.error.code, "upstream_stream_broken");
    assert.match(last.error.request_id, /^req_/);
    assert.match(events[0]!, /tok0/);
  });
  test("the openai client surfaces upstream failures as typed errors", async () => {
    const c = new OpenAI({ apiKey: key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    await assert.rejects(c.chat.completions.create({ model: "mock-model", messages: [{ role: "user", content: "fail-500" }] }), (e: unknown) => {
      assert.ok(e instanceof OpenAI.APIError);
      assert.equal(e.status, 502);
      return true;
    });
  });
});

describe("streams and disconnects", () => {
  test("a client that disconnects mid-stream aborts the upstream call", async () => {
    const before = upstream.aborted;
    const ac = new AbortController();
    const res = await request(`${gw.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: chat("long-stream", "mock-model", { stream: true }),
      signal: ac.signal,
    });
    // read a couple of chunks, then walk away
    let got = 0;
    try {
      for await (const c of res.body) {
        got += (c as Buffer).length;
        if (got > 200) ac.abort();
      }
    } catch {
      /* aborted on purpose */
    }
    await waitFor(() => upstream.aborted > before, { what: "the upstream request cut" }).catch(() => undefined);
    assert.equal(upstream.aborted, before + 1, "the upstream request was cut when the client left");
  });

  test("the request log redacts nothing it should not have: no keys, no secrets, no headers", async () => {
    const text = await gw.logText();
    assert.ok(text.includes('"msg":"request"'));
    assert.ok(!text.includes(key.slice(16)), "the key's secret is not logged");
    assert.ok(!/authorization/i.test(text), "no authorization header is logged");
    assert.ok(!text.includes("sk-upstream-secret"));
    const line = text.split("\n").find((l) => l.includes('"status":403'));
    assert.ok(line && JSON.parse(line).code === "model_not_granted");
  });
});
