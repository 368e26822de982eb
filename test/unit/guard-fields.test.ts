import assert from "node:assert/strict";
import { test } from "node:test";
import { requestFields, systemPromptOf } from "../../src/gateway/guard-fields.js";

test("chat messages: strings and text parts, with roles; writes go back in place", () => {
  const body = {
    model: "m",
    messages: [
      { role: "system", content: "be nice" },
      { role: "user", content: [{ type: "text", text: "hello" }, { type: "image_url", image_url: { url: "x" } }] },
      { role: "tool", tool_call_id: "t", content: "tool says hi" },
    ],
  };
  const fields = requestFields("chat.completions", body);
  assert.deepEqual(
    fields.map((f) => [f.path, f.role, f.text]),
    [
      ["messages[0].content", "system", "be nice"],
      ["messages[1].content[0].text", "user", "hello"],
      ["messages[2].content", "tool", "tool says hi"],
    ],
  );
  fields[1]!.set("HELLO");
  assert.equal((body.messages[1]!.content as { text: string }[])[0]!.text, "HELLO");
  assert.equal(systemPromptOf(fields), "be nice");
});

test("anthropic: system blocks, tool results and text documents are found as data", () => {
  const body = {
    system: [{ type: "text", text: "sys" }],
    messages: [
      {
        role: "user",
        content: [
          { type: "tool_result", tool_use_id: "x", content: [{ type: "text", text: "result text" }] },
          { type: "document", source: { type: "text", media_type: "text/plain", data: "doc text" } },
        ],
      },
    ],
  };
  const fields = requestFields("messages", body);
  assert.deepEqual(
    fields.map((f) => [f.role, f.text]),
    [
      ["system", "sys"],
      ["tool", "result text"],
      ["document", "doc text"],
    ],
  );
});

test("completions, embeddings and generic routes by JSON pointer", () => {
  assert.deepEqual(
    requestFields("completions", { prompt: ["a", "b"] }).map((f) => f.text),
    ["a", "b"],
  );
  assert.deepEqual(
    requestFields("embeddings", { input: "x" }).map((f) => f.role),
    ["document"],
  );
  const body = { query: "q", context: [{ text: "d1" }, { text: "d2" }, { other: 1 }] };
  const fields = requestFields("inference", body, { prompts: ["/query"], documents: ["/context/*/text"] });
  assert.deepEqual(
    fields.map((f) => [f.path, f.role]),
    [
      ["/query", "user"],
      ["/context/0/text", "document"],
      ["/context/1/text", "document"],
    ],
  );
  fields[2]!.set("D2");
  assert.equal(body.context[1]!.text, "D2");
});
