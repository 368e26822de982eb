/** Cost before forwarding: prompt tokens with the real tokenizer, the output bound, and money in micro-units. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { costMicros, IMAGE_TOKENS, outputBound, promptTokens, textTokens, worstCaseTokens } from "../../src/limits/cost.js";
import { O200K_WITH_MARGIN } from "../../src/limits/tokenizer.js";

describe("prompt tokens", () => {
  test("text is counted with o200k_base; special tokens in user text count as text", () => {
    assert.equal(textTokens(""), 0);
    assert.equal(textTokens("hello world"), 2);
    assert.ok(textTokens("a <|endoftext|> b") > 3, "counted, not refused");
  });

  test("chat: every message's content, names, tool calls and tool definitions, plus per-message overhead", () => {
    const one = promptTokens("chat", { messages: [{ role: "user", content: "hello world" }] });
    assert.equal(one, 3 + 4 + 2);
    const withSystem = promptTokens("chat", {
      messages: [
        { role: "system", content: "hello world" },
        { role: "user", content: "hello world" },
      ],
    });
    assert.equal(withSystem, one + 4 + 2);
    const parts = promptTokens("chat", { messages: [{ role: "user", content: [{ type: "text", text: "hello world" }, { type: "image_url", image_url: { url: "https://x/y.png" } }] }] });
    assert.equal(parts, one + IMAGE_TOKENS);
    const tools = { type: "function", function: { name: "get_weather", description: "Weather for a city", parameters: { type: "object" } } };
    assert.equal(promptTokens("chat", { messages: [{ role: "user", content: "hello world" }], tools: [tools] }), one + textTokens(JSON.stringify([tools])));
    const toolCall = promptTokens("chat", { messages: [{ role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: '{"city":"Paris"}' } }] }] });
    assert.ok(toolCall > 3 + 4 + 5, "the call's name and arguments count");
  });

  test("messages (Anthropic): system as a string or blocks, tool_use input, tool_result content", () => {
    const base = promptTokens("messages", { max_tokens: 10, messages: [{ role: "user", content: "hello world" }] });
    assert.equal(base, 3 + 4 + 2);
    assert.equal(promptTokens("messages", { system: "hello world", messages: [{ role: "user", content: "hello world" }] }), base + 2);
    assert.equal(promptTokens("messages", { system: [{ type: "text", text: "hello world" }], messages: [{ role: "user", content: "hello world" }] }), base + 2);
    const tools = promptTokens("messages", {
      messages: [
        { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "lookup", input: { q: "a long query about the weather in Paris" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: [{ type: "text", text: "hello world" }] }] },
      ],
    });
    assert.ok(tools > 3 + 8 + 2 + 8, `tool input and result count (${tools})`);
  });

  test("every text the model reads counts: completions suffix, assistant refusal, predicted output", () => {
    const story = "the quick brown fox jumps over the lazy dog";
    const n = textTokens(story);
    assert.equal(promptTokens("completions", { prompt: "hello world", suffix: story }), 2 + n, "suffix beside a string prompt");
    assert.equal(promptTokens("completions", { prompt: ["hello world"], suffix: story }), 2 + n, "and beside a list");
    const base = promptTokens("chat", { messages: [{ role: "assistant", content: "hello world" }] });
    assert.equal(promptTokens("chat", { messages: [{ role: "assistant", content: "hello world", refusal: story }] }), base + n);
    assert.equal(promptTokens("chat", { messages: [{ role: "assistant", content: "hello world" }], prediction: { type: "content", content: story } }), base + n);
    assert.equal(
      promptTokens("chat", { messages: [{ role: "assistant", content: "hello world" }], prediction: { type: "content", content: [{ type: "text", text: story }] } }),
      base + n,
      "prediction as text parts",
    );
  });

  test("a tokenizer with a margin adds it to the whole count, rounded up", () => {
    const body = { messages: [{ role: "user", content: "hello world" }] };
    assert.equal(promptTokens("chat", body, O200K_WITH_MARGIN), Math.ceil(promptTokens("chat", body) * 1.1));
  });

  test("completions: a string, a list of strings, token ids", () => {
    assert.equal(promptTokens("completions", { prompt: "hello world" }), 2);
    assert.equal(promptTokens("completions", { prompt: ["hello world", "hello world"] }), 4);
    assert.equal(promptTokens("completions", { prompt: [1, 2, 3] }), 3);
    assert.equal(promptTokens("completions", { prompt: [[1, 2], [3]] }), 3);
  });

  test("a body it does not understand is counted as its JSON text, never as nothing", () => {
    const odd = { input: "hello world ".repeat(50) };
    assert.ok(promptTokens("chat", odd) >= 50);
    assert.ok(promptTokens("messages", { messages: "not a list" }) > 0);
    assert.ok(promptTokens("completions", { prompt: { text: "hello world" } }) > 0);
    assert.ok(promptTokens("chat", { messages: ["bare string", 42] }) > 0);
    assert.ok(promptTokens("chat", "a string body") > 0);
  });
});

describe("output bound", () => {
  test("the largest of max_tokens, max_completion_tokens and max_output_tokens; capped, and the cap when none is named", () => {
    assert.deepEqual(outputBound("chat", { max_tokens: 100 }, 4096), { tokens: 100, clamp: false, perChoice: 100 });
    // An upstream may honour either field: the reservation covers the larger.
    assert.deepEqual(outputBound("chat", { max_completion_tokens: 50, max_tokens: 100 }, 4096), { tokens: 100, clamp: false, perChoice: 100 });
    assert.deepEqual(outputBound("chat", { max_tokens: 1, max_completion_tokens: 8000 }, 4096), { tokens: 4096, clamp: true, perChoice: 4096 });
    assert.deepEqual(outputBound("completions", { max_tokens: 1, max_output_tokens: 900 }, 4096), { tokens: 900, clamp: false, perChoice: 900 });
    assert.deepEqual(outputBound("chat", {}, 4096), { tokens: 4096, clamp: true, perChoice: 4096 }, "none named: the default, and the request must be clamped");
    assert.deepEqual(outputBound("chat", { max_tokens: 100_000 }, 4096), { tokens: 4096, clamp: true, perChoice: 4096 });
    assert.deepEqual(outputBound("messages", { max_tokens: 1024 }, 4096), { tokens: 1024, clamp: false, perChoice: 1024 });
  });

  test("n choices and best_of candidates multiply the bound; nonsense values are ignored", () => {
    assert.equal(outputBound("chat", { max_tokens: 100, n: 3 }, 4096).tokens, 300);
    assert.equal(outputBound("completions", { max_tokens: 100, n: 2, best_of: 5 }, 4096).tokens, 500);
    assert.equal(outputBound("chat", { max_tokens: 100, n: 2, best_of: 5 }, 4096).tokens, 500, "an upstream that honours best_of on chat is covered too");
    assert.equal(outputBound("messages", { max_tokens: 100, n: 3 }, 4096).tokens, 300, "an Anthropic-compatible upstream that honours n is covered too");
    assert.deepEqual(outputBound("chat", { max_tokens: -5, n: 0.5 }, 4096), { tokens: 4096, clamp: true, perChoice: 4096 });
    assert.deepEqual(outputBound("chat", { max_tokens: "100" }, 4096), { tokens: 4096, clamp: true, perChoice: 4096 });
  });

  test("worst case = prompt + bound", () => {
    const w = worstCaseTokens("chat", { messages: [{ role: "user", content: "hello world" }], max_tokens: 10 }, 4096);
    assert.deepEqual(w, { prompt: 9, completion: 10, clamp: false, perChoice: 10 });
  });
});

describe("cost in micro-units", () => {
  test("one token costs the price per million in micro-units; exact for decimal prices", () => {
    assert.equal(costMicros({ input: 2.5, output: 10 }, 1_000, 500), 2_500 + 5_000);
    assert.equal(costMicros({ input: 0.15, output: 0.6 }, 1_000, 1_000), 150 + 600, "no 150.00000000000003");
    assert.equal(costMicros({ input: 0, output: 0 }, 1_000_000, 1_000_000), 0);
  });

  test("rounded up: a budget never counts less than was spent", () => {
    assert.equal(costMicros({ input: 0.15, output: 0 }, 1, 0), 1, "0.15 micro-units → 1");
    assert.equal(costMicros({ input: 0.15, output: 0 }, 10, 0), 2, "1.5 → 2");
    assert.equal(costMicros({ input: 0.1, output: 0 }, 10, 0), 1, "exactly 1 stays 1");
  });

  test("large counts stay exact; bad token counts are refused", () => {
    assert.equal(costMicros({ input: 75, output: 150 }, 200_000_000, 100_000_000), 30_000_000_000);
    assert.throws(() => costMicros({ input: 1, output: 1 }, -1, 0), /prompt tokens/);
    assert.throws(() => costMicros({ input: 1, output: 1 }, 0, 1.5), /completion tokens/);
    assert.throws(() => costMicros({ input: 1, output: 1 }, Number.NaN, 0), /prompt tokens/);
    assert.throws(() => costMicros({ input: 1e9, output: 0 }, 9e15, 0), /safe integer/);
  });
});
