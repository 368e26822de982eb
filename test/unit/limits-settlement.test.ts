/**
 * What a reply is charged (limits/settlement.ts), the usage it is charged from
 * (only the final usage event, with whole-number counts), the size fields
 * that are refused before reserving (limits/request-numbers.ts), the
 * tokenizer per model and route usage pointers.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkSizeFields } from "../../src/limits/request-numbers.js";
import { OVERRUN_MARGIN, settle } from "../../src/limits/settlement.js";
import { CompletionTokenCounter } from "../../src/limits/stream-tokens.js";
import { O200K, O200K_WITH_MARGIN, tokenizerFor } from "../../src/limits/tokenizer.js";
import { atPointer } from "../../src/gateway/route-usage.js";
import { textTokens } from "../../src/limits/cost.js";

const PRICE = { input: 1_000, output: 1_000 }; // 1000 micro-units a token
const reservation = { promptTokens: 10, completionTokens: 20, micros: 30_000 };
const sse = (events: unknown[]) => events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join("");

function feed(text: string, isSse: boolean, end: boolean): CompletionTokenCounter {
  const c = new CompletionTokenCounter(isSse);
  const buf = Buffer.from(text);
  for (let i = 0; i < buf.length; i += 5) c.push(buf.subarray(i, i + 5));
  if (end) c.end();
  return c;
}

describe("settlement", () => {
  test("a reply that ended: the final usage, else the counted text, else the reservation", () => {
    assert.deepEqual(settle(reservation, { complete: true, reported: { prompt: 9, completion: 5 }, counted: 7 }, PRICE), { promptTokens: 9, completionTokens: 5, tokens: 14, micros: 14_000 });
    assert.equal(settle(reservation, { complete: true, counted: 7 }, PRICE).micros, 17_000);
    assert.equal(settle(reservation, { complete: true }, PRICE).micros, 30_000);
  });

  test("a reply that did not end: the largest of reported, counted and the reservation", () => {
    // The aborted Anthropic stream: message_start said output_tokens 1, 279 deltas were delivered.
    assert.equal(settle(reservation, { complete: false, reported: { prompt: 10, completion: 1 }, counted: 5 }, PRICE).micros, 30_000, "the reservation");
    assert.equal(settle(reservation, { complete: false, counted: 21 }, PRICE).completionTokens, 21, "more was delivered than reserved");
    assert.equal(settle(reservation, { complete: false, reported: { prompt: 10, completion: 22 } }, PRICE).completionTokens, 22);
  });

  test("charged at most the reservation plus the margin; the excess is an overrun", () => {
    const c = settle({ promptTokens: 10, completionTokens: 20, micros: 30_000 }, { complete: true, reported: { prompt: 10, completion: 1_000_000 } }, PRICE);
    assert.equal(c.micros, 30_000 + Math.ceil(30_000 * OVERRUN_MARGIN));
    assert.equal(c.tokens, 30 + Math.ceil(30 * OVERRUN_MARGIN));
    assert.deepEqual(c.overrun, { tokens: 1_000_010, micros: 1_000_010_000, chargedTokens: c.tokens, chargedMicros: c.micros });
    assert.equal(settle(reservation, { complete: true, reported: { prompt: 10, completion: 20 } }, PRICE).overrun, undefined, "the reservation exactly is no overrun");
    const absurd = settle(reservation, { complete: true, reported: { prompt: 10, completion: Number.MAX_SAFE_INTEGER } }, PRICE);
    assert.equal(absurd.micros, 33_000, "a claim beyond a safe integer of money is capped, not thrown");
    assert.ok(absurd.overrun);
  });
});

describe("reported usage: the final usage event only, with whole-number counts", () => {
  const start = { type: "message_start", message: { id: "m", role: "assistant", content: [], usage: { input_tokens: 10, output_tokens: 1 } } };
  const delta = (text: string) => ({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text } });

  test("Anthropic: message_start's output_tokens is never the completion count", () => {
    const cut = feed(sse([start, { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }, ...Array.from({ length: 50 }, () => delta("word "))]), true, false);
    assert.equal(cut.complete, false);
    assert.equal(cut.reported(), undefined, "no message_delta yet: nothing reported");
    assert.equal(cut.delivered(), textTokens("word ".repeat(50)));
    const done = feed(sse([start, delta("hi"), { type: "message_delta", delta: { stop_reason: "end_turn" }, usage: { output_tokens: 12 } }, { type: "message_stop" }]), true, true);
    assert.deepEqual(done.reported(), { prompt: 10, completion: 12 }, "input tokens from message_start, output from message_delta");
  });

  test("OpenAI: the chunk whose usage is an object; null usage on the others is ignored", () => {
    const chunk = (content: string) => ({ object: "chat.completion.chunk", choices: [{ index: 0, delta: { content } }], usage: null });
    const c = feed(sse([chunk("a"), chunk("b"), { object: "chat.completion.chunk", choices: [], usage: { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 } }]), true, true);
    assert.deepEqual(c.reported(), { prompt: 4, completion: 2 });
  });

  test("only total_tokens, fractions, negatives or strings are no usage: the text is counted instead", () => {
    for (const usage of [{ total_tokens: 50 }, { prompt_tokens: 4.5, completion_tokens: 2 }, { prompt_tokens: 4, completion_tokens: -2 }, { prompt_tokens: "4", completion_tokens: "2" }]) {
      const reply = JSON.stringify({ object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "four words of text" } }], usage });
      const c = feed(reply, false, true);
      assert.equal(c.reported(), undefined, JSON.stringify(usage));
      assert.equal(c.reportedInvalid, true);
      assert.equal(c.result(), textTokens("four words of text"));
    }
  });
});

describe("size fields: present means a positive integer", () => {
  test('"n": "9", "best_of": "5", "max_completion_tokens": "8000" and friends are refused with 400 naming the field', () => {
    for (const [api, body, field] of [
      ["chat", { n: "9" }, "n"],
      ["completions", { best_of: "5" }, "best_of"],
      ["chat", { max_tokens: 1, max_completion_tokens: "8000" }, "max_completion_tokens"],
      ["chat", { max_output_tokens: "100" }, "max_output_tokens"],
      ["messages", { max_tokens: "4000" }, "max_tokens"],
      ["messages", { max_tokens: null }, "max_tokens"],
      ["chat", { max_tokens: 0 }, "max_tokens"],
      ["chat", { max_tokens: 1.5 }, "max_tokens"],
      ["chat", { n: 129 }, "n"],
      ["chat", { n: [2] }, "n"],
    ] as const) {
      const d = checkSizeFields(api, body as Record<string, unknown>);
      assert.ok(d, `${api} ${JSON.stringify(body)} accepted`);
      assert.equal(d.status, 400);
      assert.equal(d.type, "invalid_request_error");
      assert.equal(d.param, field);
      assert.match(d.message, new RegExp(`'${field}'.*expected a positive integer`));
    }
  });

  test("numbers, absence and (OpenAI-shaped endpoints) null pass", () => {
    assert.equal(checkSizeFields("chat", { max_tokens: 10, n: 2, max_completion_tokens: null, best_of: null }), undefined);
    assert.equal(checkSizeFields("messages", { max_tokens: 1024 }), undefined);
    assert.equal(checkSizeFields("completions", {}), undefined);
  });
});

describe("tokenizer per model", () => {
  test("OpenAI models get their own encoding; everything else o200k plus the margin", async () => {
    assert.equal(await tokenizerFor("openai", ["gpt-4o"]), O200K);
    assert.equal((await tokenizerFor("openai", ["gpt-4"])).name, "cl100k_base");
    assert.equal((await tokenizerFor("azure", ["my-deployment", "gpt-3.5-turbo"])).name, "cl100k_base");
    assert.equal(await tokenizerFor("anthropic", ["claude-sonnet-4"]), O200K_WITH_MARGIN);
    assert.equal(await tokenizerFor("openai", ["llama-3-70b"]), O200K_WITH_MARGIN, "an OpenAI-compatible server with another model");
  });
});

describe("route usage pointers (RFC 6901)", () => {
  test("objects, arrays and escaped segments; nothing where the pointer leads nowhere", () => {
    const doc = { usage: { input: 7, "a/b": { "m~n": 3 } }, list: [{ out: 5 }] };
    assert.equal(atPointer(doc, "/usage/input"), 7);
    assert.equal(atPointer(doc, "/usage/a~1b/m~0n"), 3);
    assert.equal(atPointer(doc, "/list/0/out"), 5);
    assert.equal(atPointer(doc, "/list/01/out"), undefined);
    assert.equal(atPointer(doc, "/usage/missing"), undefined);
    assert.equal(atPointer(doc, "/usage/__proto__"), undefined);
  });
});
