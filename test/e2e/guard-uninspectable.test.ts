/**
 * Replies the guard cannot read are refused, not passed unread (issue 13):
 * octet-stream, no content type, compressed bodies, JSON nested deeper than
 * the guard walks, stream events whose data is not JSON. A route (or model)
 * may say `responses: { uninspectable: pass }`. Streams in shapes other
 * than OpenAI's — NDJSON (Ollama's native API), a route's own SSE events —
 * are inspected, with hold-back, rather than waved through.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import { type MockUpstream, type ScriptedReply, startMockUpstream } from "../fixtures/mock-upstream.js";
import { fullConfig, startGateway, type TestGateway } from "./harness.js";

const CANARY = `ZQ${randomBytes(3).toString("hex").toUpperCase()}-CANARY`;
const HALF_A = CANARY.slice(0, 5);
const HALF_B = CANARY.slice(5);

let upstream: MockUpstream;
let gw: TestGateway;
let key: string;

function config(url: string, passing: boolean): Record<string, unknown> {
  const base = fullConfig(url);
  const pass = passing ? { responses: { uninspectable: "pass" } } : {};
  return {
    ...base,
    models: [...(base.models as object[]), { name: "oa", provider: "mock", guard: "watch", ...pass }],
    routes: [{ name: "raw", provider: "fraud", guard: "watch", ...pass }],
    guard: { profile: "standard", profiles: { watch: { extends: "standard", leak: { canaries: [CANARY] } } } },
  };
}

before(async () => {
  upstream = await startMockUpstream();
  gw = await startGateway(config(upstream.url, false));
  key = await gw.issue({ models: ["*"], routes: ["*"] });
});

after(async () => {
  await gw?.close();
  await upstream?.close();
});

async function viaRoute(g: TestGateway, k: string, reply: ScriptedReply) {
  const script = upstream.script(reply);
  const res = await request(`${g.url}/inference/raw/generate`, {
    method: "POST",
    headers: { authorization: `Bearer ${k}`, "content-type": "application/json" },
    body: JSON.stringify({ script }),
  });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

async function viaChat(g: TestGateway, k: string, reply: ScriptedReply, stream = false) {
  const script = upstream.script(reply);
  const res = await request(`${g.url}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${k}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "oa", stream, messages: [{ role: "user", content: script }] }),
  });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

function deep(levels: number, leaf: unknown): unknown {
  let v = leaf;
  for (let i = 0; i < levels; i++) v = { next: v };
  return v;
}

const chatJson = (content: string) =>
  JSON.stringify({ id: "c", object: "chat.completion", created: 1, model: "oa", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] });

/** What cannot be read, each with what the caller would otherwise receive. */
const UNREADABLE: [string, "route" | "chat", ScriptedReply][] = [
  ["application/octet-stream", "route", { contentType: "application/octet-stream", body: `see ${CANARY}` }],
  ["no content type", "route", { body: `see ${CANARY}` }],
  ["JSON nested deeper than the guard walks", "route", { contentType: "application/json", body: JSON.stringify(deep(40, `see ${CANARY}`)) }],
  ["a model endpoint answering octet-stream", "chat", { contentType: "application/octet-stream", body: chatJson(`see ${CANARY}`) }],
  ["a compressed body (content-encoding: gzip)", "chat", { contentType: "application/json", headers: { "content-encoding": "gzip" }, body: gzipSync(chatJson(`see ${CANARY}`)) }],
];

describe("refused by default", () => {
  for (const [name, via, reply] of UNREADABLE) {
    test(`${name}: 502 guard_response_uninspectable, nothing of it delivered`, async () => {
      const r = via === "route" ? await viaRoute(gw, key, reply) : await viaChat(gw, key, reply);
      assert.equal(r.status, 502, r.text);
      assert.equal((JSON.parse(r.text) as { error: { code: string } }).error.code, "guard_response_uninspectable");
      assert.ok(!r.text.includes(HALF_B));
    });
  }

  test("a stream event whose data is not JSON ends the stream with an error event; nothing after it leaves", async () => {
    const chunk = (content: string) => `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", created: 1, model: "oa", choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
    const r = await viaChat(gw, key, { contentType: "text/event-stream", chunks: [chunk("Hello"), `data: see ${CANARY}\n\n`, chunk(" world"), "data: [DONE]\n\n"] }, true);
    assert.equal(r.status, 200);
    assert.ok(!r.text.includes(HALF_B), r.text);
    assert.match(r.text, /"code":"guard_response_uninspectable"/);
    assert.ok(!r.text.includes("[DONE]"));
  });

  test("a declared image (binary media) passes: there is no text in it to read", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const r = await request(`${gw.url}/inference/raw/render`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ script: upstream.script({ contentType: "image/png", body: png }) }),
    });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(Buffer.from(await r.body.arrayBuffer()), png);
  });
});

describe("model output in a key is inspected, and never comes back in the error's explanation", () => {
  test("a route's JSON reply with the canary as a key", async () => {
    const r = await viaRoute(gw, key, { contentType: "application/json", body: JSON.stringify({ result: { [`see ${CANARY}`]: 1 } }) });
    assert.equal(r.status, 422, r.text);
    assert.ok(!r.text.includes(HALF_B), r.text);
  });

  test("a chat message field no API defines: its text is inspected, and its name (here the canary) is not echoed", async () => {
    const body = JSON.stringify({ id: "c", object: "chat.completion", created: 1, model: "oa", choices: [{ index: 0, message: { role: "assistant", content: "hi", [`${CANARY}_notes`]: `see ${CANARY}` }, finish_reason: "stop" }] });
    const r = await viaChat(gw, key, { contentType: "application/json", body });
    assert.equal(r.status, 422, r.text);
    assert.ok(!r.text.includes(HALF_B), r.text);
  });

  test("streamed: an NDJSON line whose key is the canary", async () => {
    const r = await viaRoute(gw, key, { contentType: "application/x-ndjson", chunks: [`${JSON.stringify({ message: { content: "ok" } })}\n`, `${JSON.stringify({ message: { [CANARY]: "x" } })}\n`] });
    assert.ok(!r.text.includes(HALF_B), r.text);
    assert.match(r.text, /guard_response_blocked/);
  });
});

describe("streams in other shapes are inspected, with hold-back", () => {
  const ollamaLine = (content: string, done = false) =>
    `${JSON.stringify({ model: "llama3", created_at: "2024-05-01T10:00:00Z", message: { role: "assistant", content }, done })}\n`;

  test("NDJSON (Ollama's native API): a canary split across lines is stopped; the error is the last line", async () => {
    const r = await viaRoute(gw, key, { contentType: "application/x-ndjson", chunks: [ollamaLine("Sure, "), ollamaLine(`it is ${HALF_A}`), ollamaLine(HALF_B), ollamaLine("", true)] });
    assert.equal(r.status, 200);
    assert.ok(!r.text.includes(HALF_A) && !r.text.includes(HALF_B), r.text);
    const last = JSON.parse(r.text.trim().split("\n").at(-1)!) as { error: { code: string } };
    assert.equal(last.error.code, "guard_response_blocked");
  });

  test("clean NDJSON passes byte for byte", async () => {
    const lines = [ollamaLine("The sky "), ollamaLine("is blue."), ollamaLine("", true)];
    const r = await viaRoute(gw, key, { contentType: "application/x-ndjson", chunks: lines });
    assert.equal(r.status, 200);
    assert.equal(r.text, lines.join(""));
  });

  test("a route's own SSE events (text-generation-inference tokens): a canary split across tokens is stopped", async () => {
    const token = (text: string, i: number) => `data:${JSON.stringify({ token: { id: i, text, logprob: -0.1, special: false }, generated_text: null, details: null })}\n\n`;
    const r = await viaRoute(gw, key, { contentType: "text/event-stream", chunks: [token("It ", 1), token(`is ${HALF_A}`, 2), token(HALF_B, 3), token(".", 4)] });
    assert.equal(r.status, 200);
    assert.ok(!r.text.includes(HALF_A) && !r.text.includes(HALF_B), r.text);
    assert.match(r.text, /guard_response_blocked/);
  });
});

describe("responses: { uninspectable: pass } lets a route or model through", () => {
  let open: TestGateway;
  let openKey: string;
  before(async () => {
    open = await startGateway(config(upstream.url, true));
    openKey = await open.issue({ models: ["*"], routes: ["*"] });
  });
  after(async () => {
    await open?.close();
  });

  for (const [name, via, reply] of UNREADABLE) {
    test(`${name}: passed unread`, async () => {
      const r = via === "route" ? await viaRoute(open, openKey, reply) : await viaChat(open, openKey, reply);
      assert.equal(r.status, 200, r.text);
    });
  }

  test("a passed compressed reply keeps its content-encoding, so the caller can decode it", async () => {
    const body = chatJson("plain words");
    const r = await viaChat(open, openKey, { contentType: "application/json", headers: { "content-encoding": "gzip" }, body: gzipSync(body) });
    assert.equal(r.status, 200);
    assert.equal(r.headers["content-encoding"], "gzip");
  });

  test("a stream event whose data is not JSON passes", async () => {
    const r = await viaChat(open, openKey, { contentType: "text/event-stream", chunks: ["data: plain words\n\n", "data: [DONE]\n\n"] }, true);
    assert.equal(r.status, 200);
    assert.match(r.text, /plain words/);
    assert.match(r.text, /\[DONE\]/);
  });

  test("what can be read is still inspected: a canary in a JSON reply is blocked", async () => {
    const r = await viaChat(open, openKey, { contentType: "application/json", body: chatJson(`see ${CANARY}`) });
    assert.equal(r.status, 422, r.text);
  });
});
