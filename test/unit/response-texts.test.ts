/**
 * gateway/apis: where every model-emitted text is in each API's replies
 * and stream events, how streams are framed, and which replies cannot be
 * read at all.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type Frame, SseReader, NdjsonReader, serializeFrame } from "../../src/gateway/apis/framing.js";
import { eventTexts, type ModelText, readFrame, replyForm, replyTexts, type Unreadable } from "../../src/gateway/apis/index.js";

const list = (t: ModelText[] | Unreadable): ModelText[] => {
  assert.ok(Array.isArray(t), `unreadable: ${JSON.stringify(t)}`);
  return t;
};
const keyed = (t: ModelText[] | Unreadable) => list(t).map((x) => [x.key, x.path, x.text]);

describe("OpenAI", () => {
  test("a chat message: content, refusal, reasoning, tool calls, legacy function call, audio, annotations, unknown fields", () => {
    const body = {
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: [{ type: "text", text: "hi" }, { type: "refusal", refusal: "no" }],
            refusal: "r",
            reasoning_content: "rc",
            reasoning: { text: "rt", signature: "opaque" },
            tool_calls: [{ id: "call_1", type: "function", function: { name: "f", arguments: '{"a":1}' } }],
            function_call: { name: "g", arguments: "{}" },
            audio: { id: "a", data: "UklG", transcript: "said" },
            annotations: [{ type: "url_citation", url_citation: { start_index: 0, end_index: 1, url: "https://x.example", title: "X" } }],
            thoughts: ["server-specific"],
          },
          logprobs: { content: [] },
        },
      ],
    };
    assert.deepEqual(keyed(replyTexts("chat.completions", { json: body })), [
      ["0", "choices[0].message.content[0].text", "hi"],
      ["0:refusal", "choices[0].message.content[1].refusal", "no"],
      ["0:refusal", "choices[0].message.refusal", "r"],
      ["0:reasoning", "choices[0].message.reasoning_content", "rc"],
      ["0:reasoning/text", "choices[0].message.reasoning/text", "rt"],
      ["0:tool0:name", "choices[0].message.tool_calls[0].function.name", "f"],
      ["0:tool0:args", "choices[0].message.tool_calls[0].function.arguments", '{"a":1}'],
      ["0:function:name", "choices[0].message.function_call.name", "g"],
      ["0:function:args", "choices[0].message.function_call.arguments", "{}"],
      ["0:audio", "choices[0].message.audio.transcript", "said"],
      ["0:annotations", "choices[0].message.annotations[0]/url_citation/url", "https://x.example"],
      ["0:annotations", "choices[0].message.annotations[0]/url_citation/title", "X"],
      ["0:thoughts/0", "choices[0].message.thoughts/0", "server-specific"],
    ]);
  });

  test("writing a text back drops its choice's logprobs", () => {
    const body = { choices: [{ index: 0, message: { content: "secret" }, logprobs: { content: [{ token: "secret" }] } }, { index: 1, message: { content: "other" }, logprobs: { content: [] } }] };
    const t = list(replyTexts("chat.completions", { json: body }));
    t[0]!.set("[X]");
    t[0]!.dropTrace!();
    assert.equal(body.choices[0]!.message.content, "[X]");
    assert.equal(body.choices[0]!.logprobs, null);
    assert.deepEqual(body.choices[1]!.logprobs, { content: [] });
  });

  test("stream deltas keep their choice and tool-call index; completions text; embeddings carry none", () => {
    const chunk = { choices: [{ index: 2, delta: { tool_calls: [{ index: 1, function: { arguments: '{"q' } }], reasoning: "r" } }] };
    assert.deepEqual(keyed(eventTexts("chat.completions", { json: chunk })), [
      ["2:reasoning", "choices[0].delta.reasoning", "r"],
      ["2:tool1:args", "choices[0].delta.tool_calls[0].function.arguments", '{"q'],
    ]);
    assert.deepEqual(keyed(replyTexts("completions", { json: { choices: [{ text: "t" }] } })), [["0", "choices[0].text", "t"]]);
    assert.deepEqual(replyTexts("embeddings", { json: { data: [{ embedding: "AAAA" }] } }), []);
  });
});

describe("Anthropic", () => {
  test("a reply: text, citations, thinking, tool input as its serialisation, tool results; not signatures or redacted thinking", () => {
    const body = {
      type: "message",
      content: [
        { type: "text", text: "t", citations: [{ type: "char_location", cited_text: "c", document_index: 0, document_title: "d" }] },
        { type: "thinking", thinking: "th", signature: "sig" },
        { type: "redacted_thinking", data: "enc" },
        { type: "tool_use", id: "toolu_1", name: "f", input: { q: "v" } },
        { type: "web_search_tool_result", tool_use_id: "s", content: [{ type: "web_search_result", url: "https://u.example", title: "T", encrypted_content: "e" }] },
      ],
    };
    assert.deepEqual(keyed(replyTexts("messages", { json: body })), [
      ["0", "content[0].text", "t"],
      ["0:citations", "content[0].citations[0]/cited_text", "c"],
      ["0:citations", "content[0].citations[0]/document_title", "d"],
      ["1", "content[1].thinking", "th"],
      ["3:name", "content[3].name", "f"],
      ["3", "content[3].input", '{"q":"v"}'],
      ["4:content/0/url", "content[4].content/0/url", "https://u.example"],
      ["4:content/0/title", "content[4].content/0/title", "T"],
    ]);
  });

  test("a rewritten tool input is parsed back; one a redaction broke becomes {}", () => {
    const body = { type: "message", content: [{ type: "tool_use", id: "t", name: "f", input: { q: "secret" } }] };
    const input = list(replyTexts("messages", { json: body })).find((t) => t.path.endsWith(".input"))!;
    input.set('{"q":"[X]"}');
    assert.deepEqual(body.content[0]!.input, { q: "[X]" });
    input.set('{"q[X]');
    assert.deepEqual(body.content[0]!.input, {});
  });

  test("stream events: content_block_start and every delta kind share the block's key; signature_delta is not text", () => {
    const ev = (e: object) => keyed(eventTexts("messages", { json: e }));
    assert.deepEqual(ev({ type: "content_block_start", index: 1, content_block: { type: "tool_use", id: "t", name: "f", input: {} } }), [["1:name", "content_block.name", "f"]]);
    assert.deepEqual(ev({ type: "content_block_start", index: 1, content_block: { type: "tool_use", id: "t", name: "f", input: { a: 1 } } })[1], ["1", "content_block.input", '{"a":1}']);
    assert.deepEqual(ev({ type: "content_block_delta", index: 1, delta: { type: "input_json_delta", partial_json: '{"a' } }), [["1", "delta.partial_json", '{"a']]);
    assert.deepEqual(ev({ type: "content_block_delta", index: 0, delta: { type: "thinking_delta", thinking: "hm" } }), [["0", "delta.thinking", "hm"]]);
    assert.deepEqual(ev({ type: "content_block_delta", index: 0, delta: { type: "signature_delta", signature: "abc" } }), []);
    assert.deepEqual(ev({ type: "content_block_delta", index: 0, delta: { type: "citations_delta", citation: { type: "char_location", cited_text: "q", document_index: 0 } } }), [
      ["0:citations", "delta.citation/cited_text", "q"],
    ]);
    const whole = list(eventTexts("messages", { json: { type: "content_block_delta", index: 0, delta: { type: "citations_delta", citation: { cited_text: "q" } } } }))[0]!;
    assert.ok(whole.whole && whole.quoted, "a citation is a whole, quoted item");
  });
});

describe("generic routes and unknown shapes", () => {
  test("every string and every key, by JSON pointer", () => {
    assert.deepEqual(
      list(replyTexts("inference", { json: { a: { b: ["x", 1, { c: "y" }] } } })).map((t) => t.path),
      ["/a/b/0", "/a/b/2/c", "/a/b/2/c#key", "/a/b#key", "/a#key"],
    );
  });

  test("a renamed key keeps its value and the order of its object", () => {
    const doc = { json: { first: 1, "https://evil.example/?d=1": { v: "x" }, last: 2 } as Record<string, unknown> };
    const texts = list(replyTexts("inference", doc));
    for (const t of texts) if (t.text.startsWith("https://")) t.set("[URL_1]");
    assert.deepEqual(Object.keys(doc.json), ["first", "[URL_1]", "last"]);
    assert.deepEqual(doc.json["[URL_1]"], { v: "x" });
  });

  test("a model endpoint's reply in a shape no API module knows is read whole, not skipped", () => {
    assert.deepEqual(list(replyTexts("chat.completions", { json: { output: [{ text: "hello" }] } })).map((t) => t.text), ["hello", "text", "output"]);
    assert.deepEqual(list(replyTexts("chat.completions", { json: "a bare string" })).map((t) => t.text), ["a bare string"]);
  });

  test("deeper than 32 levels, or too many texts: unreadable, not partly read", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 33; i++) deep = [deep];
    assert.match((replyTexts("inference", { json: deep }) as Unreadable).unreadable, /deeper than 32/);
    let ok: unknown = "leaf";
    for (let i = 0; i < 31; i++) ok = [ok];
    assert.equal(list(replyTexts("inference", { json: ok })).length, 1);
    const many = { items: Array.from({ length: 100_001 }, (_, i) => `s${i}`) };
    assert.match((replyTexts("inference", { json: many }) as Unreadable).unreadable, /more than/);
    let deepInput: unknown = {};
    for (let i = 0; i < 40; i++) deepInput = { n: deepInput };
    assert.ok("unreadable" in (replyTexts("messages", { json: { type: "message", content: [{ type: "tool_use", name: "f", input: deepInput }] } }) as object));
  });
});

describe("reply forms", () => {
  const cases: [string, string, boolean, string][] = [
    ["chat.completions", "application/json; charset=utf-8", false, "json"],
    ["chat.completions", "application/vnd.api+json", false, "json"],
    ["chat.completions", "Text/Event-Stream", false, "stream"],
    ["inference", "application/x-ndjson", false, "stream"],
    ["inference", "text/plain", false, "text"],
    ["inference", "image/png", false, "binary"],
    ["chat.completions", "image/png", false, "unreadable"],
    ["inference", "application/octet-stream", false, "unreadable"],
    ["inference", "", false, "unreadable"],
    ["chat.completions", "application/json", true, "unreadable"],
  ];
  for (const [endpoint, ct, encoded, kind] of cases) {
    test(`${endpoint} ${ct || "(none)"}${encoded ? " compressed" : ""} → ${kind}`, () => {
      assert.equal(replyForm(endpoint as "inference", ct, encoded).kind, kind);
    });
  }

  test("an upstream's malformed type is not echoed in the reason", () => {
    const f = replyForm("inference", "x/<script>alert(1)</script>", false);
    assert.equal(f.kind, "unreadable");
    assert.ok(!JSON.stringify(f).includes("<script>"));
  });
});

describe("framing", () => {
  const read = (chunks: string[]) => {
    const frames: Frame[] = [];
    const r = new SseReader((f) => frames.push(f), () => frames.push({ data: "OVERFLOW" }), 64);
    for (const c of chunks) r.feed(c);
    r.end();
    return frames;
  };

  test("SSE: LF, CRLF and CR line ends, a CRLF cut between chunks, a BOM, comments, multi-line data, event and id", () => {
    const frames = read(["\ufeffevent: a\r", "\nid: 7\rdata: one\r\ndata: two\n\n: comment\n\ndata:x\n\n"]);
    assert.deepEqual(frames, [{ event: "a", id: "7", data: "one\ntwo" }, { data: "x" }]);
    assert.equal(serializeFrame("sse", frames[0]!, frames[0]!.data), "event: a\nid: 7\ndata: one\ndata: two\n\n");
  });

  test("SSE: an event still open at the end of the stream is dispatched; an oversized one is reported", () => {
    assert.deepEqual(read(["data: last"]), [{ data: "last" }]);
    assert.deepEqual(read([`data: ${"x".repeat(100)}\n\n`]), [{ data: "OVERFLOW" }]);
    assert.deepEqual(read(["data: ", "y".repeat(100)]), [{ data: "OVERFLOW" }]);
  });

  test("NDJSON: lines keep their own line ends; blank lines pass", () => {
    const frames: Frame[] = [];
    const r = new NdjsonReader((f) => frames.push(f), () => assert.fail("overflow"));
    r.feed('{"a":1}\r\n\n{"b"');
    r.feed(":2}");
    r.end();
    assert.deepEqual(frames, [{ data: '{"a":1}', eol: "\r\n" }, { data: "", eol: "\n" }, { data: '{"b":2}', eol: "" }]);
    assert.equal(frames.map((f) => serializeFrame("ndjson", f, f.data)).join(""), '{"a":1}\r\n\n{"b":2}');
  });

  test("readFrame: [DONE], data that is not JSON (refused on model endpoints, plain text on routes)", () => {
    assert.deepEqual(readFrame("chat.completions", "sse", { data: "[DONE]" }), { doc: undefined, texts: [], last: true });
    assert.match((readFrame("chat.completions", "sse", { data: "see this" }).texts as Unreadable).unreadable, /not JSON/);
    assert.deepEqual(list(readFrame("inference", "sse", { data: "a token" }).texts).map((t) => t.text), ["a token"]);
    assert.match((readFrame("inference", "ndjson", { data: "nope" }).texts as Unreadable).unreadable, /not JSON/);
    assert.equal(readFrame("messages", "sse", { data: '{"type":"message_stop"}' }).last, true);
  });
});

describe("retention reads streams through the same module", () => {
  test("the redacted document of a stream masks what the model put in reasoning and tool arguments too", async () => {
    const { maskWith, redactedDocument } = await import("../../src/gateway/content-redact.js");
    const mask = maskWith([(t) => [...t.matchAll(/[a-z]+@example\.org/g)].map((m) => ({ detector: "pii.email", score: 1, start: m.index, end: m.index + m[0].length, label: "EMAIL_ADDRESS", message: "" }))]);
    const chunk = (delta: object) => `data: ${JSON.stringify({ choices: [{ index: 0, delta }] })}\n\n`;
    const raw = chunk({ reasoning_content: "write to bob@exa" }) + chunk({ reasoning_content: "mple.org" }) + chunk({ tool_calls: [{ index: 0, function: { arguments: '{"to":"ann@example.org"}' } }] }) + "data: [DONE]\n\n";
    const doc = redactedDocument(Buffer.from(raw), "text/event-stream", true, mask)!;
    assert.deepEqual(JSON.parse(doc), { stream: { "choices[0].reasoning": "write to [EMAIL_ADDRESS]", "choices[0].tool0.args": '{"to":"[EMAIL_ADDRESS]"}' } });
  });
});

describe("config: responses.uninspectable", () => {
  test("refuse by default; pass on a route or model; anything else is an error naming the key", async () => {
    const { parseConfig } = await import("../../src/config/load.js");
    const base = { providers: { svc: { type: "http", baseUrl: "http://127.0.0.1:9" }, oa: { type: "openai", baseUrl: "http://127.0.0.1:9/v1" } } };
    const ok = parseConfig({ ...base, routes: [{ name: "r", provider: "svc", responses: {} }], models: [{ name: "m", provider: "oa", responses: { uninspectable: "pass" } }] });
    assert.equal(ok.routes[0]!.responses?.uninspectable, "refuse");
    assert.equal(ok.models[0]!.responses?.uninspectable, "pass");
    assert.throws(
      () => parseConfig({ ...base, routes: [{ name: "r", provider: "svc", responses: { uninspectable: "maybe" } }] }),
      (e: Error) => /routes\[0\]\.responses\.uninspectable/.test(e.message) && /"refuse".*"pass"/.test(e.message),
    );
    assert.throws(() => parseConfig({ ...base, models: [{ name: "m", provider: "oa", responses: { binary: "pass" } }] }), /models\[0\]\.responses/);
  });
});
