import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { guardSchema } from "../../src/config/guard-schema.js";
import { SseGuard } from "../../src/gateway/sse-guard.js";
import type { DetectorSet } from "../../src/guard/detectors/index.js";
import { createCustomDetector } from "../../src/guard/detectors/custom.js";
import { Guard } from "../../src/guard/engine.js";
import { resolveProfile } from "../../src/guard/profiles.js";
import { Pseudonyms } from "../../src/guard/pseudonyms.js";
import type { Finding } from "../../src/guard/types.js";

const find = (re: RegExp, detector: string, label: string) => (text: string) =>
  [...text.matchAll(re)].map((m): Finding => ({ detector, score: 0.9, start: m.index, end: m.index + m[0].length, label, message: `${detector} found` }));

const detectors: DetectorSet = {
  normalize: (text) => ({ text, decoded: [], signals: [] }),
  injection: () => [],
  pii: find(/[a-z]+@example\.com/g, "pii.email", "EMAIL_ADDRESS"),
  secrets: find(/sk-[a-z0-9]{8}/g, "secrets.openai", "OPENAI_KEY"),
  active: () => [],
  links: () => find(/https:\/\/phish\.test\b/g, "links.lookalike", "URL"),
  leak: () => () => [],
  custom: createCustomDetector,
  defaultThreshold: () => 0.5,
};

/** OpenAI chat chunks carrying `pieces` of text, then a finish chunk and [DONE]. */
function chatStream(pieces: string[]): string[] {
  const ev = (delta: object, finish: string | null = null) =>
    `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  return [ev({ role: "assistant", content: "" }), ...pieces.map((p) => ev({ content: p })), ev({}, "stop"), "data: [DONE]\n\n"];
}

async function run(pieces: string[], opts: { profile?: string; pseudonyms?: Pseudonyms; holdBack?: number; splitBytes?: boolean } = {}) {
  const cfg = guardSchema.parse({ profiles: { redactor: { response: { pii: "redact", secrets: "redact", links: "block" } } } });
  const guard = new Guard(resolveProfile(opts.profile ?? "standard", cfg), detectors);
  let blockedWith: string[] = [];
  const sse = new SseGuard({
    guard,
    endpoint: "chat.completions",
    pseudonyms: opts.pseudonyms ?? new Pseudonyms(),
    leak: undefined,
    holdBack: opts.holdBack ?? 32,
    onBlock: (findings) => {
      blockedWith = findings.map((f) => f.detector);
      return `data: ${JSON.stringify({ error: { code: "guard_response_blocked" } })}\n\n`;
    },
    onFindings: () => undefined,
  });
  let raw = chatStream(pieces).join("");
  // Optionally cut the bytes at awkward places, as TCP would.
  const chunks = opts.splitBytes ? raw.match(/[\s\S]{1,7}/g)! : [raw];
  raw = "";
  const out: string[] = [];
  const sink = Readable.from(chunks).pipe(sse);
  for await (const c of sink) out.push(String(c));
  const events = out.join("").split("\n\n").filter(Boolean);
  const text = events
    .map((e) => e.replace(/^data: /, ""))
    .filter((d) => d.startsWith("{") && d.includes("chat.completion.chunk"))
    .map((d) => (JSON.parse(d) as { choices: { delta: { content?: string } }[] }).choices[0]!.delta.content ?? "")
    .join("");
  return { events, text, blockedWith, all: out.join("") };
}

describe("streamed responses", () => {
  test("clean text passes through unchanged, event by event, ending in [DONE]", async () => {
    const pieces = ["Hello", ", this is ", "a perfectly ordinary ", "answer. ".repeat(40)];
    const r = await run(pieces, { splitBytes: true });
    assert.equal(r.text, pieces.join(""));
    assert.equal(r.events.at(-1), "data: [DONE]");
  });

  test("a link assembled across chunks is blocked before any of it reaches the client", async () => {
    const pieces = ["Sure! For details ", "please visit ", "https://ph", "ish.", "test now", " and more text after it."];
    const r = await run(pieces, { splitBytes: true });
    assert.deepEqual(r.blockedWith, ["links.lookalike"]);
    assert.ok(!r.all.includes("https://ph") && !r.all.includes("ish.") && !r.all.includes("test now"), "no byte of the link left");
    assert.match(r.events.at(-1)!, /guard_response_blocked/);
    assert.ok(!r.all.includes("[DONE]"), "a blocked stream ends with the error, not [DONE]");
  });

  test("a violation late in a long stream: what came before is delivered, the violation is not", async () => {
    const early = Array.from({ length: 200 }, () => "word ");
    const r = await run([...early, "then https://phish.test", " end"], {});
    assert.ok(r.text.length > 500 && r.text.length <= early.join("").length, `only text before the link left (${r.text.length} characters)`);
    assert.ok(!r.all.includes("phish"));
  });

  test("redaction works across chunk boundaries and keeps the rest of the stream", async () => {
    const r = await run(["my key is sk-ab", "cdef12 and mail ", "bob@exa", "mple.com thanks", " bye"], { profile: "redactor", splitBytes: true });
    assert.equal(r.text, "my key is [OPENAI_KEY_1] and mail [EMAIL_ADDRESS_1] thanks bye");
    assert.equal(r.events.at(-1), "data: [DONE]");
  });

  test("pseudonyms the model echoes are restored even when split across chunks", async () => {
    const p = new Pseudonyms();
    const ph = p.placeholder("EMAIL_ADDRESS", "alice@corp.example");
    p.seal();
    const r = await run(["I will write to ", ph.slice(0, 6), ph.slice(6), " today."], { pseudonyms: p });
    assert.equal(r.text, "I will write to alice@corp.example today.");
  });

  test("work is bounded: a long stream is inspected in windows, not re-scanned whole", async () => {
    let scanned = 0;
    const counting: DetectorSet = {
      ...detectors,
      pii: (t) => {
        scanned += t.length;
        return [];
      },
    };
    const guard = new Guard(resolveProfile("standard", guardSchema.parse({})), counting);
    const sse = new SseGuard({ guard, endpoint: "chat.completions", pseudonyms: new Pseudonyms(), leak: undefined, holdBack: 64, onBlock: () => "", onFindings: () => undefined });
    const pieces = Array.from({ length: 5000 }, () => "abcd ");
    for await (const _ of Readable.from(chatStream(pieces)).pipe(sse)) {
      // drain
    }
    const total = pieces.join("").length;
    assert.ok(scanned < total * 20, `scanned ${scanned} characters for a ${total}-character stream`);
    assert.ok(scanned >= total, "every character was inspected at least once");
  });
});
