/**
 * Every text a model emits is inspected, in every API shape, whole and
 * streamed (issue 13): a canary planted in the system prompt that comes back
 * in a refusal, a reasoning trace, a legacy function call, an audio
 * transcript, an Anthropic tool input, a thinking block or a citation is
 * stopped just as it is in `content`. Replies are scripted on the mock
 * upstream and read with the official openai and Anthropic clients.
 *
 * Also: logprobs never carry a redacted value past its redaction, and a
 * streamed private key never leaves a line of its body.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { fullConfig, startGateway, type TestGateway } from "./harness.js";

let upstream: MockUpstream;
let gw: TestGateway;
let openai: OpenAI;
let anthropic: Anthropic;

/** Planted in the (imaginary) system prompt; the profile blocks any reply that carries it. */
const CANARY = `ZQ${randomBytes(3).toString("hex").toUpperCase()}-CANARY`;
/** The canary in two halves, sent in two stream events. */
const HALF_A = CANARY.slice(0, 5);
const HALF_B = CANARY.slice(5);

before(async () => {
  upstream = await startMockUpstream();
  const base = fullConfig(upstream.url);
  gw = await startGateway({
    ...base,
    models: [
      ...(base.models as object[]),
      { name: "oa", provider: "mock", guard: "watch" },
      { name: "an", provider: "claude", guard: "watch" },
      { name: "oa-std", provider: "mock", guard: "standard" },
      { name: "oa-pseudo", provider: "mock", guard: "pseudo" },
    ],
    guard: {
      profile: "standard",
      profiles: {
        watch: { extends: "standard", leak: { canaries: [CANARY] } },
        pseudo: { extends: "standard", request: { pii: "redact" }, pseudonymize: true },
      },
    },
  });
  const key = await gw.issue({ models: ["*"] });
  openai = new OpenAI({ apiKey: key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: key, baseURL: gw.url, maxRetries: 0 });
});

after(async () => {
  await gw?.close();
  await upstream?.close();
});

// ------------------------------------------------------------------ shapes

const chatReply = (message: object, choice: object = {}) =>
  JSON.stringify({
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1,
    model: "oa",
    choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: "stop", logprobs: null, ...choice }],
    usage: { prompt_tokens: 5, completion_tokens: 5, total_tokens: 10 },
  });

const chatChunk = (delta: object, choice: object = {}) =>
  `data: ${JSON.stringify({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "oa", choices: [{ index: 0, delta, finish_reason: null, ...choice }] })}\n\n`;

/** One upstream write per event: the role chunk, the deltas, a finish chunk and [DONE]. */
const chatStream = (deltas: object[]) => [
  chatChunk({ role: "assistant", content: "" }),
  ...deltas.map((d) => chatChunk(d)),
  `data: ${JSON.stringify({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "oa", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`,
  "data: [DONE]\n\n",
];

const anthropicReply = (content: object[]) =>
  JSON.stringify({ id: "msg_1", type: "message", role: "assistant", model: "an", content, stop_reason: "end_turn", stop_sequence: null, usage: { input_tokens: 5, output_tokens: 5 } });

const anthropicEvent = (e: { type: string } & Record<string, unknown>) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`;

/** message_start, the block events given, message_delta and message_stop. */
const anthropicStream = (blockEvents: ({ type: string } & Record<string, unknown>)[]) =>
  [
    {
      type: "message_start",
      message: { id: "msg_1", type: "message", role: "assistant", model: "an", content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 5, output_tokens: 1 } },
    },
    ...blockEvents,
    { type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: 9 } },
    { type: "message_stop" },
  ].map(anthropicEvent);

const SSE = "text/event-stream";
const JSON_TYPE = "application/json";

async function expectBlocked(p: Promise<unknown>): Promise<void> {
  const err = await p.then(
    (r) => assert.fail(`not blocked: ${JSON.stringify(r).slice(0, 400)}`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof Error);
  assert.equal((err as { status?: number }).status, 422, String(err));
  assert.match(String((err as Error).message), /guard_response_blocked|Blocked by Wardgate/);
  assert.ok(!String((err as Error).message).includes(HALF_B), "the error does not quote the canary");
}

/** Iterates a stream, collecting every chunk; returns the chunks' JSON and the error that ended it. */
async function drain(stream: AsyncIterable<unknown>): Promise<{ seen: string; text: string; err: unknown }> {
  let seen = "";
  let text = "";
  try {
    for await (const c of stream) {
      seen += JSON.stringify(c);
      text += (c as { choices?: { delta?: { content?: string } }[] }).choices?.[0]?.delta?.content ?? "";
    }
  } catch (e) {
    return { seen, text, err: e };
  }
  return { seen, text, err: undefined };
}

async function expectStreamBlocked(stream: AsyncIterable<unknown>): Promise<void> {
  const { seen, err } = await drain(stream);
  assert.ok(err instanceof Error, `the stream was not stopped; it delivered ${seen.slice(0, 400)}`);
  assert.match(String((err as Error).message), /guard_response_blocked|Blocked by Wardgate/);
  assert.ok(!seen.includes(HALF_A) && !seen.includes(HALF_B), `part of the canary reached the caller: ${seen.slice(0, 400)}`);
}

const ask = (script: string) => [{ role: "user" as const, content: script }];

// ------------------------------------------------------------------ OpenAI

const call = (name: string, args: string) => ({ id: "call_1", type: "function", function: { name, arguments: args } });

const OPENAI_MESSAGES: [string, object][] = [
  ["content", { content: `see ${CANARY}` }],
  ["content parts", { content: [{ type: "text", text: `see ${CANARY}` }] }],
  ["refusal", { content: null, refusal: `I cannot. ${CANARY}` }],
  ["reasoning_content", { content: "ok", reasoning_content: `the code is ${CANARY}` }],
  ["reasoning (string)", { content: "ok", reasoning: `the code is ${CANARY}` }],
  ["reasoning (object with text)", { content: "ok", reasoning: { text: `the code is ${CANARY}` } }],
  ["tool_calls[].function.arguments", { content: null, tool_calls: [call("lookup", JSON.stringify({ q: CANARY }))] }],
  ["tool_calls[].function.name", { content: null, tool_calls: [call(`x_${CANARY}`, "{}")] }],
  ["function_call.arguments", { content: null, function_call: { name: "lookup", arguments: JSON.stringify({ q: CANARY }) } }],
  ["function_call.name", { content: null, function_call: { name: `x_${CANARY}`, arguments: "{}" } }],
  ["audio.transcript", { content: null, audio: { id: "audio_1", data: "UklGRiQAAABXQVZF", expires_at: 1, transcript: `spoken ${CANARY}` } }],
  [
    "annotations (url_citation title)",
    { content: "see [1]", annotations: [{ type: "url_citation", url_citation: { start_index: 4, end_index: 7, url: "https://example.com/a", title: `about ${CANARY}` } }] },
  ],
];

const OPENAI_DELTAS: [string, object[]][] = [
  ["content", [{ content: `see ${HALF_A}` }, { content: `${HALF_B} now` }]],
  ["refusal", [{ refusal: `I cannot. ${HALF_A}` }, { refusal: HALF_B }]],
  ["reasoning_content", [{ reasoning_content: `code ${HALF_A}` }, { reasoning_content: HALF_B }]],
  ["reasoning", [{ reasoning: `code ${HALF_A}` }, { reasoning: HALF_B }]],
  [
    "tool_calls[].function.arguments",
    [
      { tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "lookup", arguments: "" } }] },
      { tool_calls: [{ index: 0, function: { arguments: `{"q":"${HALF_A}` } }] },
      { tool_calls: [{ index: 0, function: { arguments: `${HALF_B}"}` } }] },
    ],
  ],
  ["tool_calls[].function.name", [{ tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: `x_${CANARY}`, arguments: "" } }] }]],
  [
    "function_call.arguments",
    [{ function_call: { name: "lookup", arguments: "" } }, { function_call: { arguments: `{"q":"${HALF_A}` } }, { function_call: { arguments: `${HALF_B}"}` } }],
  ],
  ["function_call.name", [{ function_call: { name: `x_${CANARY}`, arguments: "" } }]],
  ["audio.transcript", [{ audio: { id: "audio_1", transcript: `spoken ${HALF_A}` } }, { audio: { transcript: HALF_B } }]],
];

describe("OpenAI chat: every model-emitted field", () => {
  for (const [field, message] of OPENAI_MESSAGES) {
    test(`whole reply: the canary in ${field} is blocked`, async () => {
      const script = upstream.script({ contentType: JSON_TYPE, body: chatReply(message) });
      await expectBlocked(openai.chat.completions.create({ model: "oa", messages: ask(script) }));
    });
  }
  for (const [field, deltas] of OPENAI_DELTAS) {
    test(`streamed: the canary in ${field} deltas is stopped before any of it leaves`, async () => {
      const script = upstream.script({ contentType: SSE, chunks: chatStream(deltas) });
      await expectStreamBlocked(await openai.chat.completions.create({ model: "oa", messages: ask(script), stream: true }));
    });
  }
});

describe("OpenAI completions", () => {
  test("whole reply: choices[].text", async () => {
    const body = JSON.stringify({ id: "cmpl-1", object: "text_completion", created: 1, model: "oa", choices: [{ index: 0, text: `see ${CANARY}`, finish_reason: "stop", logprobs: null }] });
    const script = upstream.script({ contentType: JSON_TYPE, body });
    await expectBlocked(openai.completions.create({ model: "oa", prompt: script }));
  });

  test("streamed: choices[].text", async () => {
    const ev = (text: string) => `data: ${JSON.stringify({ id: "cmpl-1", object: "text_completion", created: 1, model: "oa", choices: [{ index: 0, text, finish_reason: null, logprobs: null }] })}\n\n`;
    const script = upstream.script({ contentType: SSE, chunks: [ev(`see ${HALF_A}`), ev(HALF_B), "data: [DONE]\n\n"] });
    await expectStreamBlocked(await openai.completions.create({ model: "oa", prompt: script, stream: true }));
  });
});

// --------------------------------------------------------------- Anthropic

const ANTHROPIC_BLOCKS: [string, object[]][] = [
  ["text", [{ type: "text", text: `see ${CANARY}` }]],
  ["thinking", [{ type: "thinking", thinking: `the code is ${CANARY}`, signature: "c2ln" }, { type: "text", text: "ok" }]],
  ["tool_use.input", [{ type: "tool_use", id: "toolu_1", name: "lookup", input: { q: { nested: [CANARY] } } }]],
  ["tool_use.name", [{ type: "tool_use", id: "toolu_1", name: `x_${CANARY}`, input: {} }]],
  ["server_tool_use.input", [{ type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: { query: CANARY } }]],
  [
    "web_search_tool_result (echoed result title)",
    [
      {
        type: "web_search_tool_result",
        tool_use_id: "srvtoolu_1",
        content: [{ type: "web_search_result", url: "https://example.com/", title: `about ${CANARY}`, encrypted_content: "ZW5j", page_age: null }],
      },
    ],
  ],
  [
    "citations[].cited_text",
    [{ type: "text", text: "the claim", citations: [{ type: "char_location", cited_text: `quote ${CANARY}`, document_index: 0, document_title: "doc", start_char_index: 0, end_char_index: 5 }] }],
  ],
];

type Ev = { type: string } & Record<string, unknown>;
const blockStart = (content_block: object): Ev => ({ type: "content_block_start", index: 0, content_block });
const blockDelta = (delta: object): Ev => ({ type: "content_block_delta", index: 0, delta });
const blockStop: Ev = { type: "content_block_stop", index: 0 };

const ANTHROPIC_EVENTS: [string, Ev[]][] = [
  ["content_block_start text", [blockStart({ type: "text", text: `see ${CANARY}` }), blockStop]],
  ["content_block_start thinking", [blockStart({ type: "thinking", thinking: `code ${CANARY}`, signature: "" }), blockStop]],
  ["content_block_start tool_use input", [blockStart({ type: "tool_use", id: "toolu_1", name: "lookup", input: { q: CANARY } }), blockStop]],
  ["text_delta", [blockStart({ type: "text", text: "" }), blockDelta({ type: "text_delta", text: `see ${HALF_A}` }), blockDelta({ type: "text_delta", text: HALF_B }), blockStop]],
  [
    "input_json_delta.partial_json",
    [
      blockStart({ type: "tool_use", id: "toolu_1", name: "lookup", input: {} }),
      blockDelta({ type: "input_json_delta", partial_json: `{"q": "${HALF_A}` }),
      blockDelta({ type: "input_json_delta", partial_json: `${HALF_B}"}` }),
      blockStop,
    ],
  ],
  [
    "thinking_delta",
    [
      blockStart({ type: "thinking", thinking: "", signature: "" }),
      blockDelta({ type: "thinking_delta", thinking: `code ${HALF_A}` }),
      blockDelta({ type: "thinking_delta", thinking: HALF_B }),
      blockDelta({ type: "signature_delta", signature: "c2lnbmF0dXJl" }),
      blockStop,
    ],
  ],
  [
    "citations_delta",
    [
      blockStart({ type: "text", text: "" }),
      blockDelta({ type: "citations_delta", citation: { type: "char_location", cited_text: `quote ${CANARY}`, document_index: 0, document_title: "d", start_char_index: 0, end_char_index: 3 } }),
      blockDelta({ type: "text_delta", text: "the claim" }),
      blockStop,
    ],
  ],
];

describe("Anthropic messages: every model-emitted field", () => {
  for (const [field, content] of ANTHROPIC_BLOCKS) {
    test(`whole reply: the canary in ${field} is blocked`, async () => {
      const script = upstream.script({ contentType: JSON_TYPE, body: anthropicReply(content) });
      await expectBlocked(anthropic.messages.create({ model: "an", max_tokens: 50, messages: ask(script) }));
    });
  }
  for (const [field, events] of ANTHROPIC_EVENTS) {
    test(`streamed: the canary in ${field} is stopped before any of it leaves`, async () => {
      const script = upstream.script({ contentType: SSE, chunks: anthropicStream(events) });
      await expectStreamBlocked(await anthropic.messages.create({ model: "an", max_tokens: 50, messages: ask(script), stream: true }));
    });
  }
});

// ------------------------------------------------------------ logprobs

/** A random AWS access key id: found by the secrets detector, redacted by the standard profile. */
const awsKey = () => `AKIA${Array.from(randomBytes(16), (b) => "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[b % 32]).join("")}`;

/** How a tokenizer might have cut the key: its pieces as logprob entries, with the bytes of each. */
function logprobEntries(text: string) {
  const pieces = text.match(/.{1,4}/gs)!;
  const entry = (t: string) => ({ token: t, logprob: -0.1, bytes: [...Buffer.from(t)] });
  return pieces.map((t) => ({ ...entry(t), top_logprobs: [entry(t), entry(t.toLowerCase())] }));
}

/** No trace of the value: neither a 4-character piece of it nor the bytes of one. */
function assertNoTrace(seen: string, value: string): void {
  for (let i = 4; i + 4 <= value.length; i += 4) {
    const piece = value.slice(i, i + 4);
    assert.ok(!seen.includes(piece), `"${piece}" of the redacted value is still in ${seen.slice(0, 300)}`);
    assert.ok(!seen.includes(JSON.stringify([...Buffer.from(piece)]).slice(1, -1)), "the bytes of a redacted token are still there");
  }
}

describe("logprobs never undo a redaction", () => {
  test("chat, whole reply: the redacted choice's logprobs are dropped", async () => {
    const key = awsKey();
    const text = `the key is ${key} ok`;
    const script = upstream.script({ contentType: JSON_TYPE, body: chatReply({ content: text }, { logprobs: { content: logprobEntries(text), refusal: null } }) });
    const r = await openai.chat.completions.create({ model: "oa-std", messages: ask(script), logprobs: true, top_logprobs: 2 });
    assert.match(r.choices[0]!.message.content ?? "", /the key is \[AWS_ACCESS_KEY[^\]]*\] ok/);
    assert.equal(r.choices[0]!.logprobs, null);
    assertNoTrace(JSON.stringify(r), key);
  });

  test("chat, streamed: every event whose text was rewritten loses its logprobs", async () => {
    const key = awsKey();
    const pieces = ["the key is ", key.slice(0, 9), key.slice(9), " ok, and then some more text"];
    const chunks = chatStream([]);
    const deltas = pieces.map((p) => chatChunk({ content: p }, { logprobs: { content: logprobEntries(p), refusal: null } }));
    const script = upstream.script({ contentType: SSE, chunks: [chunks[0]!, ...deltas, ...chunks.slice(1)] });
    const { seen, err } = await drain(await openai.chat.completions.create({ model: "oa-std", messages: ask(script), stream: true, logprobs: true }));
    assert.equal(err, undefined);
    assert.match(seen, /\[AWS_ACCESS_KEY/);
    assertNoTrace(seen, key);
  });

  test("completions: logprobs.tokens and top_logprobs go with the redaction", async () => {
    const key = awsKey();
    const text = `key ${key}`;
    const tokens = text.match(/.{1,4}/gs)!;
    const logprobs = { tokens, token_logprobs: tokens.map(() => -0.1), top_logprobs: tokens.map((t) => ({ [t]: -0.1 })), text_offset: tokens.map((_, i) => i * 4) };
    const body = JSON.stringify({ id: "cmpl-1", object: "text_completion", created: 1, model: "oa", choices: [{ index: 0, text, finish_reason: "stop", logprobs }] });
    const script = upstream.script({ contentType: JSON_TYPE, body });
    const r = await openai.completions.create({ model: "oa-std", prompt: script, logprobs: 1 });
    assert.match(r.choices[0]!.text, /\[AWS_ACCESS_KEY/);
    assertNoTrace(JSON.stringify(r), key);
  });

  test("a restored pseudonym also drops the logprobs that spell the placeholder", async () => {
    // The request's e-mail address becomes a placeholder upstream; the model echoes it, the gateway restores it.
    const script = upstream.script({
      contentType: JSON_TYPE,
      body: (req) => {
        const sent = JSON.parse(req.body) as { messages: { content: string }[] };
        const placeholder = /\[EMAIL_ADDRESS_\d+\]/.exec(sent.messages[0]!.content)?.[0] ?? "[EMAIL_ADDRESS_1]";
        const text = `I will write to ${placeholder}`;
        return chatReply({ content: text }, { logprobs: { content: logprobEntries(text), refusal: null } });
      },
    });
    const r = await openai.chat.completions.create({
      model: "oa-pseudo",
      messages: [{ role: "user", content: "mail ada.lovelace@example.org please" }, { role: "user", content: script }],
      logprobs: true,
    });
    assert.equal(r.choices[0]!.message.content, "I will write to ada.lovelace@example.org");
    assert.equal(r.choices[0]!.logprobs, null);
  });
});

// ------------------------------------------------------------ private keys

function pemKey(label: string): { pem: string; body: string[] } {
  const b64 = randomBytes(2400).toString("base64");
  const body = b64.match(/.{1,64}/g)!;
  return { pem: `-----BEGIN ${label}-----\n${body.join("\n")}\n-----END ${label}-----\n`, body };
}

/** No 12-character run of any body line reached the caller. */
function assertNoBodyLine(seen: string, body: string[]): void {
  for (const line of body) {
    for (let i = 0; i + 12 <= line.length; i += 12) assert.ok(!seen.includes(line.slice(i, i + 12)), `a line of the key body left: ${line}`);
  }
}

describe("a streamed private key is held and judged as one unit", () => {
  for (const [name, label, terminated] of [
    ["RSA, complete", "RSA PRIVATE KEY", true],
    ["PKCS#8, complete", "PRIVATE KEY", true],
    ["OpenSSH, cut off at the end of the stream", "OPENSSH PRIVATE KEY", false],
  ] as const) {
    test(`${name}: no line of its body leaves, in chunks of any size`, async () => {
      const { pem, body } = pemKey(label);
      const text = `Here is the key:\n${terminated ? pem : pem.slice(0, pem.indexOf("-----END"))}`;
      // Small, uneven deltas, as a model streams tokens.
      const deltas: object[] = [];
      for (let i = 0, n = 3; i < text.length; i += n, n = (n % 7) + 2) deltas.push({ content: text.slice(i, i + n) });
      const script = upstream.script({ contentType: SSE, chunks: chatStream(deltas) });
      const { seen, text: got } = await drain(await openai.chat.completions.create({ model: "oa-std", messages: ask(script), stream: true }));
      assert.ok(got.startsWith("Here is the key"), `the text before the key is delivered: ${got.slice(0, 100)}`);
      assertNoBodyLine(got, body);
      assertNoBodyLine(seen, body);
    });
  }
});
