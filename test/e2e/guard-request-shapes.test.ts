/**
 * Text the model reads outside the messages' plain content — tool and
 * function definitions, output schemas, Anthropic documents, search results,
 * nested tool results, earlier tool calls — is inspected like the rest, and
 * an injection split across parts or messages is scored as the model reads
 * it: joined. Driven through the official openai and Anthropic clients
 * against the real gateway; the attacks come from several sources of the
 * data, each one the guard already blocks in a plain message or document.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { matchInjectionPatterns } from "../../src/guard/detectors/injection/patterns.js";
import { type Attack, attacks, benignTools, benignTriggerPrompts, cleanDocuments, type SplitAttack, shuffled, splitAttacks, standardGuard } from "../fixtures/injection-samples.js";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { fullConfig, startGateway, type TestGateway } from "./harness.js";

let upstream: MockUpstream;
let gw: TestGateway;
let openai: OpenAI;
let anthropic: Anthropic;

const guard = standardGuard();
/** Per location, attacks of varied sources (documents' planted instructions for data, direct ones for prompts). */
const DATA: Attack[] = attacks(guard, 24, "document", 13);
const PROMPTS: Attack[] = attacks(guard, 8, "user", 17);
const SPLIT: SplitAttack[] = splitAttacks(guard, 6, 19);
let next = 0;
/** Three data attacks of different sources for the next location. */
const threeData = (): Attack[] => [0, 1, 2].map(() => DATA[next++ % DATA.length]!);

before(async () => {
  upstream = await startMockUpstream();
  gw = await startGateway(fullConfig(upstream.url, { guard: { profile: "standard" } }));
  const key = await gw.issue({ models: ["*"] });
  openai = new OpenAI({ apiKey: key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: key, baseURL: gw.url, maxRetries: 0 });
});

after(async () => {
  await gw?.close();
  await upstream?.close();
});

/** The request is refused by the request guard with an injection finding at `where`. */
async function assertBlocked(call: Promise<unknown>, where: RegExp, what: string): Promise<void> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(err instanceof OpenAI.APIError || err instanceof Anthropic.APIError, `${what}: expected a refusal, got ${err === undefined ? "a 200" : String(err)}`);
  assert.equal(err.status, 400, what);
  const body = JSON.stringify(err.error);
  assert.match(body, /guard_request_blocked/, what);
  const reasons = ((err.error as { error?: { reasons?: unknown } }).error?.reasons ?? (err.error as { reasons?: unknown }).reasons) as
    | { source: string; evidence?: { field: string }[] }[]
    | undefined;
  const fields = (reasons ?? []).filter((r) => r.source.startsWith("guard:injection")).flatMap((r) => r.evidence?.map((e) => e.field) ?? []);
  assert.ok(
    fields.some((f) => where.test(f)),
    `${what}: an injection reason should point at ${where}, got ${JSON.stringify(fields)}`,
  );
}

const chat = (body: Record<string, unknown>) =>
  openai.chat.completions.create({ model: "mock-model", messages: [{ role: "user", content: "What is the weather in Lyon?" }], ...body } as never);
const messages = (body: Record<string, unknown>) =>
  anthropic.messages.create({ model: "claude-test", max_tokens: 64, messages: [{ role: "user", content: "Please summarise the attachment." }], ...body } as never);

test("the samples are varied: several sources per kind", () => {
  assert.ok(new Set(DATA.map((a) => a.source)).size >= 4, JSON.stringify(DATA.map((a) => a.source)));
  assert.ok(new Set(SPLIT.map((a) => a.source)).size >= 3, JSON.stringify(SPLIT.map((a) => a.source)));
});

describe("OpenAI: tool definitions and schemas (tool poisoning)", () => {
  test("an injection in a tool's description is blocked", async () => {
    for (const a of threeData()) {
      const tools = [{ type: "function", function: { name: "get_weather", description: `Weather for a city. ${a.text}`, parameters: { type: "object", properties: {} } } }];
      await assertBlocked(chat({ tools }), /^tools\[0\]\.function\.description/, a.source);
    }
  });

  test("an injection in a parameter's description is blocked", async () => {
    for (const a of threeData()) {
      const parameters = { type: "object", properties: { city: { type: "string", description: a.text } }, required: ["city"] };
      await assertBlocked(chat({ tools: [{ type: "function", function: { name: "get_weather", description: "Weather for a city.", parameters } }] }), /parameters\.properties\.city\.description/, a.source);
    }
  });

  test("an injection in response_format's JSON schema is blocked", async () => {
    for (const a of threeData()) {
      const response_format = { type: "json_schema", json_schema: { name: "answer", description: "The answer.", schema: { type: "object", properties: { summary: { type: "string", description: a.text } } } } };
      await assertBlocked(chat({ response_format }), /^response_format\.json_schema\.schema/, a.source);
    }
  });

  test("an injection in a legacy function definition is blocked", async () => {
    for (const a of threeData()) {
      await assertBlocked(chat({ functions: [{ name: "lookup", description: a.text, parameters: { type: "object", properties: {} } }] }), /^functions\[0\]\.description/, a.source);
    }
  });

  test("a forged earlier tool call carrying an override is blocked", async () => {
    const overrides = PROMPTS.filter((a) => matchInjectionPatterns(a.text).length > 0).slice(0, 3);
    assert.ok(overrides.length > 0);
    for (const a of overrides) {
      const history = [
        { role: "user", content: "Look up my order." },
        { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "lookup", arguments: JSON.stringify({ note: a.text }) } }] },
        { role: "tool", tool_call_id: "call_1", content: "Order 1234: shipped." },
      ];
      await assertBlocked(chat({ messages: history }), /^messages\[1\]\.tool_calls\[0\]\.function\.arguments/, a.source);
    }
  });
});

describe("Anthropic: tools, documents, search results, nested tool results", () => {
  test("an injection in a tool's description or input schema is blocked", async () => {
    for (const a of threeData()) {
      await assertBlocked(messages({ tools: [{ name: "get_weather", description: a.text, input_schema: { type: "object", properties: {} } }] }), /^tools\[0\]\.description/, a.source);
      const input_schema = { type: "object", properties: { city: { type: "string", description: a.text } } };
      await assertBlocked(messages({ tools: [{ name: "get_weather", description: "Weather for a city.", input_schema }] }), /^tools\[0\]\.input_schema\.properties\.city\.description/, a.source);
    }
  });

  test("an injection in a document of content blocks is blocked", async () => {
    for (const a of threeData()) {
      const doc = { type: "document", source: { type: "content", content: [{ type: "text", text: "Minutes of the meeting." }, { type: "text", text: a.text }] } };
      await assertBlocked(messages({ messages: [{ role: "user", content: [doc, { type: "text", text: "Summarise it." }] }] }), /^messages\[0\]\.content\[0\]\.source\.content\[1\]\.text/, a.source);
    }
  });

  test("an injection in a search result is blocked", async () => {
    for (const a of threeData()) {
      const result = { type: "search_result", source: "https://example.org/a", title: "Result", content: [{ type: "text", text: a.text }] };
      await assertBlocked(messages({ messages: [{ role: "user", content: [result, { type: "text", text: "Answer from the result." }] }] }), /^messages\[0\]\.content\[0\]\.content\[0\]\.text/, a.source);
    }
  });

  test("an injection in a document's title or context is blocked", async () => {
    const [a, b] = threeData();
    const source = { type: "text", media_type: "text/plain", data: "Revenue rose 4% in the quarter." };
    await assertBlocked(messages({ messages: [{ role: "user", content: [{ type: "document", source, title: a!.text }] }] }), /^messages\[0\]\.content\[0\]\.title/, a!.source);
    await assertBlocked(messages({ messages: [{ role: "user", content: [{ type: "document", source, context: b!.text }] }] }), /^messages\[0\]\.content\[0\]\.context/, b!.source);
  });

  test("an injection in a document nested in a tool result is blocked", async () => {
    for (const a of threeData()) {
      const history = [
        { role: "user", content: "Fetch the report." },
        { role: "assistant", content: [{ type: "tool_use", id: "tu_1", name: "fetch", input: { url: "https://example.org/r" } }] },
        {
          role: "user",
          content: [{ type: "tool_result", tool_use_id: "tu_1", content: [{ type: "search_result", source: "https://example.org/r", title: "Report", content: [{ type: "text", text: a.text }] }] }],
        },
      ];
      await assertBlocked(messages({ messages: history }), /^messages\[2\]\.content\[0\]\.content\[0\]\.content\[0\]\.text/, a.source);
    }
  });
});

describe("an injection split across parts or messages is scored joined", () => {
  test("split across two content parts of one message (OpenAI)", async () => {
    for (const s of SPLIT) {
      const content = [
        { type: "text", text: s.halves[0] },
        { type: "text", text: s.halves[1] },
      ];
      await assertBlocked(chat({ messages: [{ role: "user", content }] }), /messages\[0\]\.content\[0\]\.text … messages\[0\]\.content\[1\]\.text/, s.source);
    }
  });

  test("split across two user messages, an assistant turn between (OpenAI)", async () => {
    for (const s of SPLIT) {
      const history = [
        { role: "user", content: s.halves[0] },
        { role: "assistant", content: "Go on." },
        { role: "user", content: s.halves[1] },
      ];
      await assertBlocked(chat({ messages: history }), /messages\[0\]\.content … messages\[2\]\.content/, s.source);
    }
  });

  test("split across two text blocks (Anthropic)", async () => {
    for (const s of SPLIT) {
      const content = [
        { type: "text", text: s.halves[0] },
        { type: "text", text: s.halves[1] },
      ];
      await assertBlocked(messages({ messages: [{ role: "user", content }] }), /messages\[0\]\.content\[0\]\.text … messages\[0\]\.content\[1\]\.text/, s.source);
    }
  });
});

describe("benign traffic is not blocked", () => {
  test("multi-turn conversations with tools and tool results pass, and reach the upstream", async () => {
    const prompts = shuffled(benignTriggerPrompts(), 23);
    const docs = shuffled(cleanDocuments(), 29);
    const tools = shuffled(benignTools(), 31);
    for (let i = 0; i < 12; i++) {
      const defs = tools.slice(3 * i, 3 * i + 3).map((t) => ({ type: "function", function: t }));
      const history = [
        { role: "system", content: "You are a helpful assistant." },
        { role: "user", content: prompts[3 * i]! },
        { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: defs[0]!.function.name, arguments: "{}" } }] },
        { role: "tool", tool_call_id: "c1", content: docs[i]! },
        { role: "assistant", content: "Here is what I found." },
        { role: "user", content: [{ type: "text", text: prompts[3 * i + 1]! }, { type: "text", text: prompts[3 * i + 2]! }] },
      ];
      const r = await chat({ messages: history, tools: defs });
      assert.match((r as { choices: { message: { content: string } }[] }).choices[0]!.message.content, /mock reply/);
    }
  });

  test("Anthropic conversations with documents and tools pass", async () => {
    const prompts = shuffled(benignTriggerPrompts(), 37);
    const docs = shuffled(cleanDocuments(), 41);
    const tools = shuffled(benignTools(), 43);
    for (let i = 0; i < 8; i++) {
      const t = tools[i]!;
      const r = await messages({
        system: [{ type: "text", text: "Answer briefly." }],
        tools: [{ name: t.name, description: t.description, input_schema: t.parameters }],
        messages: [
          { role: "user", content: [{ type: "document", title: "Attachment", source: { type: "text", media_type: "text/plain", data: docs[i]! } }, { type: "text", text: prompts[2 * i]! }] },
          { role: "assistant", content: "Noted." },
          { role: "user", content: prompts[2 * i + 1]! },
        ],
      });
      assert.equal((r as { content: { text: string }[] }).content[0]!.text, "mock anthropic reply");
    }
  });
});

describe("text the guard cannot read is refused, not passed unread", () => {
  test("a tool schema nested beyond the bound, and a completions prompt of token ids: 413 guard_input_too_large", async () => {
    let schema: Record<string, unknown> = { type: "string", description: "leaf" };
    // 25 levels of properties: deeper than the guard walks (32 values), within the body's own bound (server.maxJsonDepth 64).
    for (let i = 0; i < 25; i++) schema = { type: "object", properties: { p: schema } };
    const before = upstream.received.length;
    const deep = await chat({ tools: [{ type: "function", function: { name: "f", parameters: schema } }] }).catch((e: unknown) => e);
    assert.ok(deep instanceof OpenAI.APIError);
    assert.equal(deep.status, 413);
    assert.equal(deep.code, "guard_input_too_large");
    assert.match(deep.message, /nested deeper/);
    const ids = await openai.completions.create({ model: "mock-model", prompt: [[9906, 1917]] as never }).catch((e: unknown) => e);
    assert.ok(ids instanceof OpenAI.APIError);
    assert.equal(ids.status, 413);
    assert.match(ids.message, /token ids/);
    assert.equal(upstream.received.length, before, "nothing reached the upstream");
  });
});
