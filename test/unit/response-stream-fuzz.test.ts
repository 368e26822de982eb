/**
 * Property tests of the response side (issue 13): reading and inspecting a
 * stream never throws, whatever the bytes; the caller gets the same bytes —
 * blocks and redactions included — however the upstream's bytes were cut
 * into chunks; and the credential scrubber masks the same way however its
 * input is chunked.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import fc from "fast-check";
import { guardSchema } from "../../src/config/guard-schema.js";
import { replyTexts, eventTexts } from "../../src/gateway/apis/index.js";
import type { Endpoint } from "../../src/gateway/exchange.js";
import { configuredCredentials, CredentialScrubber } from "../../src/gateway/providers/credential-scrub.js";
import { SseGuard } from "../../src/gateway/sse-guard.js";
import { Guard } from "../../src/guard/engine.js";
import { resolveProfile } from "../../src/guard/profiles.js";
import { Pseudonyms } from "../../src/guard/pseudonyms.js";

const CANARY = "QX-CANARY-5521";
const guard = new Guard(resolveProfile("watch", guardSchema.parse({ profiles: { watch: { extends: "standard", leak: { canaries: [CANARY] } } } })));

async function guarded(chunks: Buffer[], endpoint: Endpoint, framing: "sse" | "ndjson" = "sse"): Promise<string> {
  const sse = new SseGuard({
    guard,
    endpoint,
    pseudonyms: new Pseudonyms(),
    leak: guard.leakDetectorFor(undefined),
    holdBack: 64,
    framing,
    onBlock: (findings) => `data: {"blocked":${JSON.stringify(findings.map((f) => f.detector))}}\n\n`,
    onUninspectable: (why) => `data: {"uninspectable":${JSON.stringify(why)}}\n\n`,
    onFindings: () => undefined,
  });
  let out = "";
  for await (const c of Readable.from(chunks).pipe(sse)) out += String(c);
  return out;
}

/** Cuts `buf` at the given fractions of its length (UTF-8 sequences and CRLF pairs included). */
function cut(buf: Buffer, at: number[]): Buffer[] {
  const points = [...new Set(at.map((f) => Math.floor(f * buf.length)))].filter((p) => p > 0 && p < buf.length).sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(buf.subarray(prev, p));
    prev = p;
  }
  out.push(buf.subarray(prev));
  return out;
}

const pemBody = randomBytes(300).toString("base64").match(/.{1,64}/g)!.join("\n");
/** Pieces of model text that exercise the detectors, hold-back and the PEM unit. */
const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.constantFrom(
    "https://paypa1-account-verify.com/login ",
    "AKIAQWERTYUIOPASDFGH ",
    CANARY,
    CANARY.slice(0, 4),
    CANARY.slice(4),
    "-----BEGIN RSA PRIVATE KEY-----\n",
    `${pemBody}\n`,
    "-----END RSA PRIVATE KEY-----\n",
    "😀é\u200b",
    "mail bob@example.com ",
    " ".repeat(40),
  ),
);

const FIELDS = ["content", "refusal", "reasoning_content"] as const;

function openaiStream(parts: { field: number; text: string }[], crlf: boolean, comments: boolean): Buffer {
  const nl = crlf ? "\r\n" : "\n";
  let s = "";
  for (const p of parts) {
    if (comments) s += `: keep-alive${nl}`;
    const chunk = { id: "c", object: "chat.completion.chunk", choices: [{ index: 0, delta: { [FIELDS[p.field % FIELDS.length]!]: p.text }, finish_reason: null, logprobs: { content: [{ token: p.text }] } }] };
    s += `data: ${JSON.stringify(chunk)}${nl}${nl}`;
  }
  return Buffer.from(`${s}data: [DONE]${nl}${nl}`);
}

function anthropicStream(parts: { field: number; text: string }[]): Buffer {
  const ev = (e: { type: string } & Record<string, unknown>) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`;
  let s = ev({ type: "content_block_start", index: 0, content_block: { type: "text", text: "" } });
  s += ev({ type: "content_block_start", index: 1, content_block: { type: "tool_use", id: "t", name: "f", input: {} } });
  for (const p of parts) {
    const delta = p.field % 2 === 0 ? { type: "text_delta", text: p.text } : { type: "input_json_delta", partial_json: p.text };
    s += ev({ type: "content_block_delta", index: p.field % 2, delta });
  }
  return Buffer.from(s + ev({ type: "message_stop" }));
}

function ndjsonStream(parts: { field: number; text: string }[]): Buffer {
  return Buffer.from(parts.map((p) => `${JSON.stringify({ model: "m", message: { role: "assistant", content: p.text }, done: false })}\n`).join(""));
}

const parts = fc.array(fc.record({ field: fc.nat(5), text: piece }), { maxLength: 30 });
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 });

describe("a guarded stream gives the caller the same bytes however the upstream's bytes are chunked", () => {
  test("OpenAI chat (LF or CRLF, with comments)", async () => {
    await fc.assert(
      fc.asyncProperty(parts, fc.boolean(), fc.boolean(), cuts, async (p, crlf, comments, at) => {
        const bytes = openaiStream(p, crlf, comments);
        assert.equal(await guarded(cut(bytes, at), "chat.completions"), await guarded([bytes], "chat.completions"));
      }),
      { numRuns: 60 },
    );
  });

  test("Anthropic messages (text and tool input deltas)", async () => {
    await fc.assert(
      fc.asyncProperty(parts, cuts, async (p, at) => {
        const bytes = anthropicStream(p);
        assert.equal(await guarded(cut(bytes, at), "messages"), await guarded([bytes], "messages"));
      }),
      { numRuns: 60 },
    );
  });

  test("NDJSON through a route", async () => {
    await fc.assert(
      fc.asyncProperty(parts, cuts, async (p, at) => {
        const bytes = ndjsonStream(p);
        assert.equal(await guarded(cut(bytes, at), "inference", "ndjson"), await guarded([bytes], "inference", "ndjson"));
      }),
      { numRuns: 40 },
    );
  });
});

describe("found by these properties, kept as examples", () => {
  test("a delta longer than the inspection window is inspected whole, not only its end", async () => {
    const text = `see https://paypa1-account-verify.com/login now. ${"Plain words follow here. ".repeat(400)}`;
    const bytes = openaiStream([{ field: 0, text }, { field: 0, text: " and the end." }], false, false);
    const out = await guarded([bytes], "chat.completions");
    assert.ok(!out.includes("paypa1"), out.slice(0, 300));
    assert.match(out, /"blocked":\["links\./);
  });

  test("a multi-byte character cut between two chunks arrives intact", async () => {
    const bytes = openaiStream([{ field: 0, text: "café 😀 ok" }], false, false);
    const at = bytes.indexOf(Buffer.from("😀")) + 2;
    assert.ok((await guarded([bytes.subarray(0, at), bytes.subarray(at)], "chat.completions")).includes("café 😀 ok"));
  });
});

describe("nothing throws, whatever the input", () => {
  const endpoints: Endpoint[] = ["chat.completions", "completions", "messages", "inference", "embeddings"];

  test("arbitrary bytes and SSE-ish text into the stream guard", async () => {
    const sseish = fc.array(fc.oneof(fc.constantFrom("data: ", "event: x\n", "\n", "\r\n", "\r", ":c\n", "[DONE]", "{", "}", '"choices":[', '{"delta":{"content":"'), fc.string({ maxLength: 8 })), { maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)), sseish.map((a) => Buffer.from(a.join("")))), fc.constantFrom(...endpoints), fc.constantFrom("sse" as const, "ndjson" as const), cuts, async (bytes, endpoint, framing, at) => {
        await guarded(cut(bytes, at), endpoint, framing);
      }),
      { numRuns: 150 },
    );
  });

  test("arbitrary JSON through every extractor, with every text rewritten and written back", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 40 }), fc.constantFrom(...endpoints), (json, endpoint) => {
        for (const read of [replyTexts, eventTexts]) {
          const doc = { json: structuredClone(json) };
          const texts = read(endpoint, doc);
          if (!Array.isArray(texts)) continue;
          for (const t of texts) {
            t.set(`[X]${t.text}`);
            t.dropTrace?.();
          }
          JSON.stringify(doc.json);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("known shapes with hostile values", () => {
    const hostile = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null), fc.constant([]), fc.constant({}));
    const chat = fc.record({ choices: fc.array(fc.record({ index: hostile, message: fc.dictionary(fc.constantFrom("content", "refusal", "reasoning", "tool_calls", "function_call", "audio", "annotations", "x"), hostile), delta: hostile, logprobs: hostile }), { maxLength: 3 }) });
    const anthropic = fc.record({ type: fc.constantFrom("message", "content_block_start", "content_block_delta", "message_start"), index: hostile, content: fc.array(fc.dictionary(fc.constantFrom("type", "text", "thinking", "input", "name", "citations", "content"), hostile), { maxLength: 3 }), content_block: hostile, delta: hostile });
    fc.assert(
      fc.property(fc.oneof(chat, anthropic), (json) => {
        for (const endpoint of endpoints) {
          const texts = eventTexts(endpoint, { json: structuredClone(json) });
          if (Array.isArray(texts)) for (const t of texts) t.set(t.text.toUpperCase());
          replyTexts(endpoint, { json: structuredClone(json) });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the credential scrubber", () => {
  const secret = `sk-live-${randomBytes(12).toString("base64url")}`;
  const scrubber = new CredentialScrubber([secret, `Basic ${Buffer.from(`svc:${secret}x`).toString("base64")}`]);
  const forms = [secret, encodeURIComponent(secret), Buffer.from(`ab${secret}`).toString("base64"), JSON.stringify({ k: secret }), secret.slice(0, 15), secret.slice(0, 11), secret.slice(3)];

  async function streamed(chunks: Buffer[]): Promise<Buffer> {
    const out: Buffer[] = [];
    for await (const c of Readable.from(chunks).pipe(scrubber.stream())) out.push(c as Buffer);
    return Buffer.concat(out);
  }

  test("any chunking gives the same bytes as scrubbing the whole, and no form survives", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...forms)), { maxLength: 12 }), cuts, async (texts, at) => {
        const whole = Buffer.from(texts.join(""));
        const expected = scrubber.scrub(whole);
        const got = await streamed(cut(whole, at));
        assert.deepEqual(got, expected);
        assert.equal(got.length, whole.length, "masks keep the length");
        assert.ok(!got.includes(secret));
        assert.ok(!got.includes(secret.slice(0, 12)), "a copy cut short keeps none of the value");
      }),
      { numRuns: 400 },
    );
  });

  test("an echo cut short is masked as far as it follows the value", () => {
    const out = scrubber.scrubText(`Incorrect API key provided: ${secret.slice(0, 20)}… see the docs`);
    assert.equal(out, `Incorrect API key provided: ${"*".repeat(20)}… see the docs`);
  });

  test("which configured values are credentials: keys, header values, bearer and basic parts; not content negotiation", () => {
    const basic = Buffer.from("svc:pa55word-xyz").toString("base64");
    const creds = configuredCredentials({
      a: { type: "openai", baseUrl: "http://h/v1", apiKey: "sk-abcdef123456", headers: { accept: "application/json", "X-Token": "Bearer tok-123456789", authorization: `Basic ${basic}` } },
      d: { type: "demo" },
    } as never);
    assert.deepEqual(creds.sort(), ["Bearer tok-123456789", `Basic ${basic}`, basic, "pa55word-xyz", "sk-abcdef123456", "svc:pa55word-xyz", "tok-123456789"].sort());
    const s = new CredentialScrubber(creds);
    assert.equal(s.scrubText('{"type":"application/json","k":"sk-abcdef123456"}'), '{"type":"application/json","k":"***************"}');
  });
});
