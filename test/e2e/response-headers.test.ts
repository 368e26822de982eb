/**
 * Every data-plane response says what it is and that it must not be cached
 * (issue 13): replies carry answers to prompts, errors carry request ids, and
 * a browser must not sniff either into HTML.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import OpenAI from "openai";
import { request } from "undici";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { fullConfig, startGateway, type TestGateway } from "./harness.js";

let upstream: MockUpstream;
let gw: TestGateway;
let key: string;

before(async () => {
  upstream = await startMockUpstream();
  gw = await startGateway(fullConfig(upstream.url));
  key = await gw.issue({ models: ["*"], routes: ["*"] });
});

after(async () => {
  await gw?.close();
  await upstream?.close();
});

function assertSafe(headers: Record<string, unknown>, what: string, cache = "no-store"): void {
  assert.equal(headers["x-content-type-options"], "nosniff", `${what}: x-content-type-options`);
  assert.match(String(headers["cache-control"]), new RegExp(`\\b${cache}\\b`), `${what}: cache-control`);
}

test("a model's reply, streamed or not", async () => {
  const client = new OpenAI({ apiKey: key, baseURL: `${gw.url}/v1` });
  const plain = await client.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "hi" }] }).withResponse();
  assertSafe(Object.fromEntries(plain.response.headers), "reply");
  const streamed = await client.chat.completions.create({ model: "demo", stream: true, messages: [{ role: "user", content: "hi" }] }).withResponse();
  for await (const _ of streamed.data) {
    // drained
  }
  assertSafe(Object.fromEntries(streamed.response.headers), "stream");
});

test("errors, the model list, a route and the health check", async () => {
  const auth = { authorization: `Bearer ${key}` };
  const cases: [string, string, Record<string, string>, string | undefined][] = [
    ["unauthenticated", "/v1/chat/completions", {}, "{}"],
    ["unknown model", "/v1/chat/completions", { ...auth, "content-type": "application/json" }, JSON.stringify({ model: "nope", messages: [] })],
    ["model list", "/v1/models", auth, undefined],
    ["health", "/healthz", {}, undefined],
  ];
  for (const [what, path, headers, body] of cases) {
    const res = await request(`${gw.url}${path}`, { method: body === undefined ? "GET" : "POST", headers, ...(body === undefined ? {} : { body }) });
    await res.body.dump();
    assertSafe(res.headers, what);
  }
});
