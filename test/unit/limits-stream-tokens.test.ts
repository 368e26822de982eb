/** Completion tokens counted from a delivered reply: streams split anywhere, whole replies, and the shapes that are not countable. */
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { textTokens } from "../../src/limits/cost.js";
import { CompletionTokenCounter, MAX_BODY } from "../../src/limits/stream-tokens.js";

const sse = (events: unknown[], done = true) => `${events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join("")}${done ? "data: [DONE]\n\n" : ""}`;
const chatChunk = (delta: Record<string, unknown>) => ({ object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: null }] });

/** Feeds `text` in pieces of `size` bytes (splitting lines and UTF-8 sequences), then ends. */
function count(text: string, isSse: boolean, size = 7, end = true): number | undefined {
  const c = new CompletionTokenCounter(isSse);
  const buf = Buffer.from(text);
  for (let i = 0; i < buf.length; i += size) c.push(buf.subarray(i, i + size));
  if (end) c.end();
  return c.result();
}

describe("CompletionTokenCounter", () => {
  const words = ["Hello", " wörld", ",", " this", " is", " 🚀", " streamed", " text", "."];
  const whole = words.join("");

  test("an OpenAI chat stream without usage: the deltas' text, however the bytes are split", () => {
    const stream = sse([chatChunk({ role: "assistant", content: "" }), ...words.map((w) => chatChunk({ content: w })), chatChunk({})]);
    for (const size of [1, 3, 7, 64, 100_000]) assert.equal(count(stream, true, size), textTokens(whole), `split every ${size} bytes`);
    // CRLF line ends and a comment line are fine too.
    assert.equal(count(`: keep-alive\r\n${stream.replaceAll("\n", "\r\n")}`, true), textTokens(whole));
  });

  test("tool calls, refusals and several choices count; /v1/completions text too", () => {
    const stream = sse([
      chatChunk({ tool_calls: [{ index: 0, function: { name: "get_weather", arguments: '{"city":' } }] }),
      chatChunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
      { choices: [{ index: 1, delta: { refusal: "I can't" } }] },
    ]);
    assert.equal(count(stream, true), textTokens('get_weather{"city":"Paris"}I can\'t'));
    assert.equal(count(sse([{ object: "text_completion", choices: [{ text: "once upon" }] }, { choices: [{ text: " a time" }] }]), true), textTokens("once upon a time"));
  });

  test("an Anthropic stream: text, thinking and tool input deltas", () => {
    const events = [
      { type: "message_start", message: { usage: { input_tokens: 5 } } },
      { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
      { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "Bonjour" } },
      { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: " tout le monde" } },
      { type: "content_block_stop", index: 0 },
      { type: "ping" },
      { type: "message_stop" },
    ];
    const text = events.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join("");
    assert.equal(count(text, true, 5), textTokens("Bonjour tout le monde"));
  });

  test("whole JSON replies: chat message, completions text, Anthropic content", () => {
    const chat = JSON.stringify({ object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: whole } }] });
    assert.equal(count(chat, false), textTokens(whole));
    assert.equal(count(JSON.stringify({ choices: [{ text: whole }] }), false), textTokens(whole));
    const claude = JSON.stringify({ type: "message", content: [{ type: "text", text: whole }, { type: "tool_use", name: "f", input: { a: 1 } }] });
    assert.equal(count(claude, false), textTokens(`${whole}f{"a":1}`));
    const c = new CompletionTokenCounter(false);
    c.push(Buffer.from(chat));
    c.end();
    assert.equal(c.result(), c.result(), "asking twice counts once");
  });

  test("not countable (settle to the reservation): unknown shapes, bad JSON, a reply that did not end, too large", () => {
    assert.equal(count(sse([{ something: "else" }]), true), undefined, "unknown chunk shape");
    assert.equal(count("data: {not json\n\n", true), undefined);
    assert.equal(count(sse([{ type: "mystery_event" }]), true), undefined);
    assert.equal(count(JSON.stringify({ result: "x" }), false), undefined, "unknown reply shape");
    assert.equal(count("<html>", false), undefined);
    assert.equal(count(sse([chatChunk({ content: "partial" })], false), true, 7, false), undefined, "the caller left mid-stream");
    assert.equal(count("x".repeat(MAX_BODY + 1), false, 65_536), undefined, "larger than MAX_BODY");
    // An error event ends a stream: what came before still counts.
    assert.equal(count(sse([chatChunk({ content: "Hi" }), { error: { message: "overloaded" } }], false), true), textTokens("Hi"));
  });

  test("attach() listens to a Readable beside the consumer", async () => {
    const c = new CompletionTokenCounter(true);
    const body = Readable.from([Buffer.from(sse(words.map((w) => chatChunk({ content: w }))))]);
    c.attach(body);
    for await (const _ of body) {
      // the pipe to the caller
    }
    assert.equal(c.result(), textTokens(whole));
  });
});
