/**
 * The gateway as clients see it: the official openai and Anthropic SDKs,
 * pointed at the gateway by base URL, against the demo model and a mock
 * upstream.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { request } from "undici";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { fullConfig, startGateway, type TestGateway } from "./harness.js";

let upstream: MockUpstream;
let gw: TestGateway;
let key: string;
let client: OpenAI;

before(async () => {
  upstream = await startMockUpstream();
  gw = await startGateway(fullConfig(upstream.url));
  key = await gw.issue({ models: ["demo", "mock-model", "mapped", "claude-test"], routes: ["fraud"] });
  client = new OpenAI({ apiKey: key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
});

after(async () => {
  await gw.close();
  await upstream.close();
});

describe("OpenAI-compatible endpoints through the openai client", () => {
  test("chat completion from the demo model, with usage", async () => {
    const r = await client.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "What is Wardgate?" }] });
    assert.equal(r.object, "chat.completion");
    assert.match(r.choices[0]!.message.content ?? "", /You said: "What is Wardgate\?"/);
    assert.ok(r.usage && r.usage.prompt_tokens > 0 && r.usage.completion_tokens > 0);
    assert.equal(r.usage.total_tokens, r.usage.prompt_tokens + r.usage.completion_tokens);
  });

  test("the demo model is deterministic", async () => {
    const ask = () => client.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "same question" }] });
    const [a, b] = await Promise.all([ask(), ask()]);
    assert.equal(a.choices[0]!.message.content, b.choices[0]!.message.content);
  });

  test("streaming chat from the demo model reassembles to the non-streamed text and reports usage", async () => {
    const messages = [{ role: "user" as const, content: "Please visit https://example.org/docs and tell me more" }];
    const whole = await client.chat.completions.create({ model: "demo", messages });
    const stream = await client.chat.completions.create({ model: "demo", messages, stream: true, stream_options: { include_usage: true } });
    let text = "";
    let chunks = 0;
    let usage: OpenAI.CompletionUsage | null | undefined;
    let finish: string | null = null;
    for await (const c of stream) {
      chunks++;
      text += c.choices[0]?.delta.content ?? "";
      finish = c.choices[0]?.finish_reason ?? finish;
      if (c.usage) usage = c.usage;
    }
    assert.ok(chunks > 3, `expected several chunks, got ${chunks}`);
    assert.equal(text, whole.choices[0]!.message.content);
    assert.match(text, /https:\/\/example\.org\/docs/);
    assert.equal(finish, "stop");
    assert.equal(usage?.completion_tokens, whole.usage?.completion_tokens);
  });

  test("max_tokens truncates the demo reply with finish_reason length", async () => {
    const r = await client.chat.completions.create({ model: "demo", max_tokens: 3, messages: [{ role: "user", content: "a long enough question to answer at length" }] });
    assert.equal(r.choices[0]!.finish_reason, "length");
    assert.equal(r.usage?.completion_tokens, 3);
  });

  test("legacy completions from the demo model", async () => {
    const r = await client.completions.create({ model: "demo", prompt: "say: hello completions" });
    assert.equal(r.object, "text_completion");
    assert.equal(r.choices[0]!.text, "hello completions");
  });

  test("embeddings from the demo model, float and base64 (the client's default)", async () => {
    const b64 = await client.embeddings.create({ model: "demo", input: ["red apple", "green apple", "tax law"] });
    assert.equal(b64.data.length, 3);
    const [a, b, c] = b64.data.map((d) => d.embedding);
    assert.equal(a!.length, 64);
    const dot = (x: number[], y: number[]) => x.reduce((s, v, i) => s + v * y[i]!, 0);
    assert.ok(dot(a!, b!) > dot(a!, c!), "texts sharing a word should be closer");
    const floats = await client.embeddings.create({ model: "demo", input: "red apple", encoding_format: "float", dimensions: 16 });
    assert.equal(floats.data[0]!.embedding.length, 16);
    assert.ok(floats.usage.prompt_tokens > 0);
  });

  test("chat, streaming chat and embeddings through an OpenAI-compatible upstream", async () => {
    const r = await client.chat.completions.create({ model: "mock-model", messages: [{ role: "user", content: "ping" }] });
    assert.equal(r.choices[0]!.message.content, "mock reply to: ping");
    const last = upstream.received.at(-1)!;
    assert.equal(last.url, "/v1/chat/completions");
    assert.equal(last.headers.authorization, "Bearer sk-upstream-secret", "the gateway presents its own upstream credential");
    assert.ok(!JSON.stringify(last.headers).includes(key.slice(20)), "the caller's gateway key never reaches the upstream");

    const s = await client.chat.completions.create({ model: "mock-model", stream: true, messages: [{ role: "user", content: "stream please" }] });
    const parts: string[] = [];
    for await (const c of s) parts.push(c.choices[0]?.delta.content ?? "");
    assert.equal(parts.join(""), "tok0 tok1 tok2 tok3 tok4 ");

    const e = await client.embeddings.create({ model: "mock-model", input: "x", encoding_format: "float" });
    assert.deepEqual(e.data[0]!.embedding, [0.1, 0.2, 0.3]);
  });

  test("Azure OpenAI: deployment path, api-version and api-key header", async () => {
    const azure = await startGateway({
      providers: { az: { type: "azure-openai", baseUrl: upstream.url, apiKey: "az-secret", apiVersion: "2024-10-21" } },
      models: [{ name: "gpt-4o", provider: "az", upstreamModel: "my-deployment" }],
    });
    try {
      const c = new OpenAI({ apiKey: await azure.issue({ models: ["gpt-4o"] }), baseURL: `${azure.url}/v1`, maxRetries: 0 });
      const r = await c.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "azure" }] });
      assert.equal(r.choices[0]!.message.content, "mock reply to: azure");
      const got = upstream.received.at(-1)!;
      assert.equal(got.url, "/openai/deployments/my-deployment/chat/completions?api-version=2024-10-21");
      assert.equal(got.headers["api-key"], "az-secret");
      assert.equal(got.headers.authorization, undefined);
    } finally {
      await azure.close();
    }
  });

  test("upstream headers are not passed to the caller", async () => {
    const res = await request(`${gw.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "mock-model", messages: [{ role: "user", content: "hdr" }] }),
    });
    await res.body.text();
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers["x-upstream-internal"], undefined);
    assert.match(String(res.headers["x-request-id"]), /^req_[0-9a-f]{32}$/);
  });

  test("a mapped model name is rewritten for the upstream", async () => {
    await client.chat.completions.create({ model: "mapped", messages: [{ role: "user", content: "map" }] });
    assert.equal(JSON.parse(upstream.received.at(-1)!.body).model, "real-upstream-name");
  });

  test("the models list shows only the models the key is granted", async () => {
    const all = await client.models.list();
    assert.deepEqual(all.data.map((m) => m.id).sort(), ["claude-test", "demo", "mapped", "mock-model"]);
    const narrowKey = await gw.issue({ models: ["demo"] });
    const narrow = new OpenAI({ apiKey: narrowKey, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    assert.deepEqual((await narrow.models.list()).data.map((m) => m.id), ["demo"]);
    assert.equal((await narrow.models.retrieve("demo")).id, "demo");
    await assert.rejects(narrow.models.retrieve("mock-model"), (e: unknown) => e instanceof OpenAI.NotFoundError);
  });

  test("a generic inference route reaches its JSON service", async () => {
    const res = await request(`${gw.url}/inference/fraud/score?explain=1`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ amount: 5000 }),
    });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(await res.body.json(), { fraud_score: 0.93, path: "/score?explain=1" });
    const got = upstream.received.at(-1)!;
    assert.equal(got.headers["x-service-token"], "svc-token");
    assert.equal(got.headers.authorization, undefined, "the caller's key is not forwarded");
  });
});

describe("Anthropic Messages through the Anthropic SDK", () => {
  let anthropic: Anthropic;
  before(() => {
    anthropic = new Anthropic({ apiKey: key, baseURL: gw.url, maxRetries: 0 });
  });

  test("messages from the demo model, plain and streaming", async () => {
    const m = await anthropic.messages.create({ model: "demo", max_tokens: 200, system: "be brief", messages: [{ role: "user", content: "say: bonjour" }] });
    assert.equal(m.type, "message");
    assert.deepEqual(m.content, [{ type: "text", text: "bonjour" }]);
    assert.ok(m.usage.input_tokens > 0);
    const stream = anthropic.messages.stream({ model: "demo", max_tokens: 200, messages: [{ role: "user", content: "say: streamed words here" }] });
    const final = await stream.finalMessage();
    assert.deepEqual(final.content, [{ type: "text", text: "streamed words here" }]);
    assert.equal(final.stop_reason, "end_turn");
  });

  test("messages through an Anthropic upstream use the gateway's credential", async () => {
    const m = await anthropic.messages.create({ model: "claude-test", max_tokens: 10, messages: [{ role: "user", content: "hi" }] });
    assert.deepEqual(m.content, [{ type: "text", text: "mock anthropic reply" }]);
    const got = upstream.received.at(-1)!;
    assert.equal(got.url, "/v1/messages");
    assert.equal(got.headers["x-api-key"], "sk-ant-upstream-secret");
    assert.ok(got.headers["anthropic-version"]);
  });

  test("errors on the Anthropic endpoint are readable by the Anthropic SDK", async () => {
    const bad = new Anthropic({ apiKey: "wg_000000000000_" + "0".repeat(64), baseURL: gw.url, maxRetries: 0 });
    await assert.rejects(bad.messages.create({ model: "demo", max_tokens: 5, messages: [{ role: "user", content: "x" }] }), (e: unknown) => {
      assert.ok(e instanceof Anthropic.AuthenticationError);
      assert.match(e.message, /Invalid gateway key/);
      return true;
    });
  });
});
