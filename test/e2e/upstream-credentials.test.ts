/**
 * An upstream that reflects the request headers it received (a debugging
 * echo, a misconfigured proxy, an error page quoting the request) must not
 * reveal the gateway's own provider keys or configured service tokens to
 * the caller: not in an error body, not in a 2xx body, not in a relayed
 * header, not in a stream where the value is split across two chunks, and
 * not base64- or percent-encoded (issue 13).
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import { type MockUpstream, type Received, type ScriptedReply, startMockUpstream } from "../fixtures/mock-upstream.js";
import { startGateway, type TestGateway } from "./harness.js";

const secret = (prefix: string) => `${prefix}${randomBytes(18).toString("base64url")}`;
const OPENAI_KEY = secret("sk-live-");
const TENANT_TOKEN = secret("tt_");
const ANTHROPIC_KEY = secret("sk-ant-api03-");
const AZURE_KEY = randomBytes(16).toString("hex");
const SERVICE_TOKEN = secret("svc_");
const BASIC_USER = "gateway-svc";
const BASIC_PASSWORD = secret("pw-");
const BASIC = Buffer.from(`${BASIC_USER}:${BASIC_PASSWORD}`).toString("base64");

let upstream: MockUpstream;
let gw: TestGateway;
let key: string;

before(async () => {
  upstream = await startMockUpstream();
  gw = await startGateway({
    providers: {
      mock: { type: "openai", baseUrl: `${upstream.url}/v1`, apiKey: OPENAI_KEY, headers: { "x-tenant-token": TENANT_TOKEN } },
      claude: { type: "anthropic", baseUrl: upstream.url, apiKey: ANTHROPIC_KEY },
      az: { type: "azure-openai", baseUrl: upstream.url, apiKey: AZURE_KEY },
      svc: { type: "http", baseUrl: upstream.url, headers: { "x-service-token": SERVICE_TOKEN, authorization: `Basic ${BASIC}` } },
    },
    models: [
      { name: "oa", provider: "mock", guard: "off" },
      { name: "oa-guarded", provider: "mock" },
      { name: "an", provider: "claude", guard: "off" },
      { name: "az", provider: "az", guard: "off" },
    ],
    routes: [{ name: "svc", provider: "svc", guard: "off" }],
  });
  key = await gw.issue({ models: ["*"], routes: ["*"] });
});

after(async () => {
  await gw?.close();
  await upstream?.close();
});

/** Every form of every configured credential the caller must never see. */
function forbidden(): string[] {
  const values = [OPENAI_KEY, TENANT_TOKEN, ANTHROPIC_KEY, AZURE_KEY, SERVICE_TOKEN, BASIC_PASSWORD, BASIC];
  const out: string[] = [];
  for (const v of values) {
    out.push(v, encodeURIComponent(v));
    // The value base64-encoded inside a longer text, at each of the three alignments: its stable middle.
    for (const prefix of ["", "a", "ab"]) {
      const b64 = Buffer.from(`${prefix}${v}`).toString("base64");
      out.push(b64.slice(4, 4 + Math.floor((v.length * 4) / 3) - 8));
    }
  }
  return out;
}

function assertClean(what: string): void {
  for (const f of forbidden()) assert.ok(!what.includes(f), `a credential form reached the caller: ${f} in ${what.slice(0, 600)}`);
}

/** The request headers as the upstream saw them, reflected in several encodings. */
function reflect(req: Received): string {
  const lines = Object.entries(req.headers).map(([k, v]) => `${k}: ${String(v)}`);
  return JSON.stringify({
    error: { message: `bad request; you sent ${lines.join("; ")}`, type: "invalid_request_error" },
    echo: req.headers,
    encoded: { base64: Buffer.from(lines.join("\n")).toString("base64"), percent: encodeURIComponent(lines.join("\n")) },
    as_keys: Object.fromEntries(Object.values(req.headers).map((v) => [String(v), true])),
  });
}

async function send(path: string, body: object, reply: ScriptedReply, headers: Record<string, string> = {}) {
  const script = upstream.script(reply);
  const withScript = "messages" in body ? { ...body, messages: [{ role: "user", content: script }] } : { ...body, script };
  const res = await request(`${gw.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
    body: JSON.stringify(withScript),
  });
  const text = await res.body.text();
  return { status: res.statusCode, text, all: `${JSON.stringify(res.headers)}\n${text}` };
}

const CHAT = { model: "oa", messages: [] };

describe("error replies", () => {
  for (const status of [400, 404, 422, 429]) {
    test(`${status} reflecting the request headers (JSON, as values, keys and encodings)`, async () => {
      const r = await send("/v1/chat/completions", CHAT, { status, contentType: "application/json", body: reflect });
      assert.equal(r.status, status);
      assertClean(r.all);
      assert.match(r.text, /bad request/, "the rest of the upstream's message is kept");
    });
  }

  test("401 and 403 are never relayed", async () => {
    for (const status of [401, 403]) {
      const r = await send("/v1/chat/completions", CHAT, { status, contentType: "application/json", body: reflect });
      assert.equal(r.status, 502);
      assertClean(r.all);
    }
  });

  test("Anthropic's x-api-key and Azure's api-key reflected in a 400", async () => {
    const a = await send("/v1/messages", { model: "an", max_tokens: 5, messages: [] }, { status: 400, contentType: "application/json", body: reflect });
    assertClean(a.all);
    const z = await send("/v1/chat/completions", { model: "az", messages: [] }, { status: 400, contentType: "application/json", body: reflect });
    assertClean(z.all);
  });

  test("a route's service token and basic-auth credentials", async () => {
    const r = await send("/inference/svc/echo", {}, { status: 400, contentType: "application/json", body: reflect });
    assert.equal(r.status, 400);
    assertClean(r.all);
  });

  test("a credential reflected in a relayed header (content-type)", async () => {
    const r = await send("/v1/chat/completions", CHAT, {
      status: 400,
      headers: (req) => ({ "content-type": `application/json; echo=${String(req.headers.authorization)}` }),
      body: '{"error":{"message":"no"}}',
    });
    assertClean(r.all);
  });
});

describe("successful replies", () => {
  test("a 2xx JSON body reflecting the headers", async () => {
    const r = await send("/v1/chat/completions", CHAT, { contentType: "application/json", body: reflect });
    assert.equal(r.status, 200);
    assertClean(r.all);
  });

  test("a 2xx route body and its content-type", async () => {
    const r = await send("/inference/svc/echo", {}, { headers: (req) => ({ "content-type": `application/json; x=${String(req.headers["x-service-token"])}` }), body: reflect });
    assert.equal(r.status, 200);
    assertClean(r.all);
  });

  test("a stream that splits the reflected key across two chunks, at every position", async () => {
    const event = (s: string) => `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", created: 1, model: "oa", choices: [{ index: 0, delta: { content: s }, finish_reason: null }] })}\n\n`;
    for (const model of ["oa", "oa-guarded"]) {
      for (let cut = 1; cut < OPENAI_KEY.length; cut += 3) {
        const whole = event(`your key: ${OPENAI_KEY} ok`) + "data: [DONE]\n\n";
        const at = whole.indexOf(OPENAI_KEY) + cut;
        const r = await send("/v1/chat/completions", { ...CHAT, model, stream: true }, { contentType: "text/event-stream", chunks: [whole.slice(0, at), whole.slice(at)] });
        assert.equal(r.status, 200);
        assertClean(r.all);
        assert.match(r.text, /your key: /);
      }
    }
  });
});
