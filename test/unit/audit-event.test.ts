/**
 * The pieces of the gateway.request audit event: usage found in replies
 * without parsing them whole, the bounded reply tee, cost, the event built
 * from an exchange (no excerpts, JSON only), redacted text, and the config
 * keys for retention and price.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import { describe, test } from "node:test";
import { canonicalize } from "../../src/audit/jcs.js";
import { parseConfig } from "../../src/config/load.js";
import { buildRequestEvent, costOf } from "../../src/gateway/audit-event.js";
import { maskWith, redactedDocument } from "../../src/gateway/content-redact.js";
import type { Exchange } from "../../src/gateway/exchange.js";
import { CAPTURE_LIMIT, ReplyTee } from "../../src/gateway/reply-tee.js";
import { UsageScan } from "../../src/gateway/usage.js";
import { detectPii } from "../../src/guard/detectors/pii.js";

const usageOf = (...bufs: string[]) => {
  const s = new UsageScan();
  for (const b of bufs) s.scan(Buffer.from(b));
  return s.result();
};

describe("usage scan", () => {
  test("an OpenAI reply's usage, nested details and all", () => {
    const body = JSON.stringify({
      id: "x",
      choices: [{ message: { content: "hi" } }],
      usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17, prompt_tokens_details: { cached_tokens: 0 } },
    });
    assert.deepEqual(usageOf(body), { prompt: 12, completion: 5, total: 17 });
  });

  test('a model that writes "usage": {...} in its answer does not fool it (quotes in strings are escaped)', () => {
    const fake = JSON.stringify({ choices: [{ message: { content: '{"usage": {"prompt_tokens": 999999}}' } }] });
    assert.equal(usageOf(fake), undefined);
    const real = JSON.stringify({ choices: [{ message: { content: '"usage": {"prompt_tokens": 999999}' } }], usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 } });
    assert.deepEqual(usageOf(real), { prompt: 3, completion: 4, total: 7 });
  });

  test("Anthropic streams: input tokens from message_start, output tokens from message_delta", () => {
    const start = `event: message_start\ndata: ${JSON.stringify({ type: "message_start", message: { usage: { input_tokens: 20, output_tokens: 0 } } })}\n\n`;
    const end = `event: message_delta\ndata: ${JSON.stringify({ type: "message_delta", usage: { output_tokens: 9 } })}\n\n`;
    assert.deepEqual(usageOf(start, end), { prompt: 20, completion: 9, total: 29 });
  });

  test("pretty-printed JSON, no usage at all, and a usage that is not an object", () => {
    assert.deepEqual(usageOf('{\n  "usage" :\n  { "prompt_tokens": 1, "total_tokens": 1 }\n}'), { prompt: 1, completion: 0, total: 1 });
    assert.equal(usageOf('{"object":"list","data":[]}'), undefined);
    assert.equal(usageOf('{"usage": null}'), undefined);
    assert.equal(usageOf('{"usage": {"prompt_tokens": -4}}'), undefined, "negative counts are not counts");
  });
});

describe("reply tee", () => {
  const run = async (tee: ReplyTee, chunks: Buffer[]) => {
    const body = Readable.from(chunks);
    tee.attach(body);
    const sink = new PassThrough();
    body.pipe(sink);
    sink.resume();
    await new Promise((r) => sink.on("end", r));
  };

  test("hashes every byte, keeps at most 1 MiB and marks the rest truncated, yet finds the final usage chunk", async () => {
    const big = Buffer.alloc(CAPTURE_LIMIT + 100_000, "a");
    const last = Buffer.from(`data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 2, completion_tokens: 3, total_tokens: 5 } })}\n\ndata: [DONE]\n\n`);
    const tee = new ReplyTee({ hash: true, usage: true, keep: true }, true, "text/event-stream");
    await run(tee, [big.subarray(0, 700_000), big.subarray(700_000), last]);
    assert.equal(tee.bytes, big.length + last.length);
    assert.equal(tee.text().length, CAPTURE_LIMIT);
    assert.equal(tee.truncated, true);
    assert.equal(tee.sha256(), createHash("sha256").update(big).update(last).digest("hex"));
    assert.deepEqual(tee.usage(), { prompt: 2, completion: 3, total: 5 });
  });

  test("string chunks of an object-mode body are taken as UTF-8 bytes", async () => {
    const tee = new ReplyTee({ hash: true, usage: true, keep: true }, false, "application/json");
    const body = Readable.from(['{"usage":{"prompt_tokens":1,', '"completion_tokens":2}, "x": "é"}']);
    tee.attach(body);
    await new Promise((r) => body.on("end", r));
    assert.equal(tee.text().toString(), '{"usage":{"prompt_tokens":1,"completion_tokens":2}, "x": "é"}');
    assert.deepEqual(tee.usage(), { prompt: 1, completion: 2, total: 3 });
  });

  test("a stream watched for usage only keeps its head and tail, and still finds usage at both ends", async () => {
    const start = Buffer.from(`event: message_start\ndata: ${JSON.stringify({ type: "message_start", message: { usage: { input_tokens: 7, output_tokens: 0 } } })}\n\n`);
    const middle = Array.from({ length: 2000 }, () => Buffer.from(`data: ${JSON.stringify({ type: "content_block_delta", delta: { text: "word " } })}\n\n`));
    const end = Buffer.from(`event: message_delta\ndata: ${JSON.stringify({ type: "message_delta", usage: { output_tokens: 2000 } })}\n\n`);
    const tee = new ReplyTee({ hash: true, usage: true, keep: false }, true, "text/event-stream");
    await run(tee, [start, ...middle, end]);
    assert.ok(tee.text().length <= 4096, "only the head is kept");
    assert.deepEqual(tee.usage(), { prompt: 7, completion: 2000, total: 2007 });
  });

  test("hash only: keeps no text", async () => {
    const tee = new ReplyTee({ hash: true, usage: false, keep: false }, false, "application/json");
    await run(tee, [Buffer.from('{"a":1}')]);
    assert.equal(tee.text().length, 0);
    assert.equal(tee.sha256(), createHash("sha256").update('{"a":1}').digest("hex"));
  });
});

test("cost per million tokens, rounded to a billionth", () => {
  assert.deepEqual(costOf({ prompt: 1000, completion: 500, total: 1500 }, { input: 0.15, output: 0.6, currency: "USD" }), {
    currency: "USD",
    input: 0.00015,
    output: 0.0003,
    total: 0.00045,
  });
});

describe("the event", () => {
  const exchange = (extra: Partial<Exchange> = {}): Exchange =>
    ({
      id: "req_1",
      startedAt: 0,
      req: { method: "POST" },
      res: { statusCode: 200 },
      clientIp: "127.0.0.1",
      path: "/v1/chat/completions",
      search: "",
      abort: undefined,
      endpoint: "chat.completions",
      model: "demo",
      modelConfig: { name: "demo", provider: "demo", price: { input: 1, output: 2, currency: "EUR" } },
      principal: { id: "svc", tenant: "acme", team: null, roles: [], via: "gateway-key", key: { id: "k1" }, scope: null },
      stream: false,
      outcome: "ok",
      reasons: [],
      ...extra,
    }) as unknown as Exchange;

  test("who, what, usage and cost; canonical JSON without undefined", () => {
    const e = buildRequestEvent(exchange(), { at: "2026-11-26T00:00:00.000Z", durationMs: 1.5, usage: { prompt: 10, completion: 20, total: 30 } });
    assert.equal(e.kind, "gateway.request");
    assert.equal(e.tenant, "acme");
    assert.deepEqual(e.actor, { principal: "svc", via: "gateway-key", keyId: "k1" });
    assert.deepEqual(e.usage, { prompt: 10, completion: 20, total: 30 });
    assert.deepEqual(e.cost, { currency: "EUR", input: 0.00001, output: 0.00004, total: 0.00005 });
    assert.doesNotThrow(() => canonicalize(e));
  });

  test("guard findings and reasons carry no excerpt of the prompt", () => {
    const secret = "alice@example.com";
    const finding = { detector: "pii.email", label: "EMAIL_ADDRESS", score: 0.99, start: 8, end: 25, message: "An e-mail address.", field: "messages[0].content", action: "flag", threshold: 0.5 };
    const reason = { source: "guard:pii.email", verdict: "flag", message: "An e-mail address.", evidence: [{ field: "messages[0].content", start: 8, end: 25, excerpt: `mail to ${secret}` }] };
    const x = exchange({
      guard: { profile: { name: "standard" } } as never,
      guardRequest: { verdict: "flag", findings: [finding as never], reasons: [reason as never], redacted: new Map() },
      reasons: [reason as never],
    });
    const text = canonicalize(buildRequestEvent(x, { at: "2026-11-26T00:00:00.000Z", durationMs: 1 }));
    assert.ok(!text.includes(secret) && !text.includes("excerpt"), text);
    assert.match(text, /"detector":"pii.email"/);
    assert.match(text, /"kind":"EMAIL_ADDRESS"/);
    assert.match(text, /"guard":\{"profile":"standard","request":\{"findings":\[.*\],"verdict":"flag"\},"verdict":"flag"\}/);
  });

  test("an unauthenticated request is recorded under the default tenant, without actor or cost", () => {
    const e = buildRequestEvent(exchange({ principal: undefined, res: { statusCode: 401 } as never, outcome: "denied" }), { at: "2026-11-26T00:00:00.000Z", durationMs: 1 });
    assert.equal(e.tenant, "default");
    assert.equal(e.actor, undefined);
    assert.equal(e.cost, undefined);
    assert.equal(e.status, 401);
  });
});

describe("redacted text", () => {
  const mask = maskWith([detectPii]);
  test("every JSON string is masked, structure kept", () => {
    const body = Buffer.from(JSON.stringify({ model: "demo", messages: [{ role: "user", content: "Mail alice.smith@example.com please" }], user: "bob@example.org" }));
    const doc = redactedDocument(body, "application/json", false, mask)!;
    assert.ok(!doc.includes("alice.smith@example.com") && !doc.includes("bob@example.org"), doc);
    assert.equal(JSON.parse(doc).model, "demo");
  });

  test("a stream's text is assembled first, so a value split across chunks is still masked", () => {
    const chunk = (t: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: t } }] })}\n\n`;
    const sse = Buffer.from(chunk("Write to alice.") + chunk("smith@exam") + chunk("ple.com today") + "data: [DONE]\n\n");
    const doc = redactedDocument(sse, "text/event-stream", true, mask)!;
    assert.ok(!doc.includes("smith@exam"), doc);
    assert.match(JSON.parse(doc).stream["choices[0]"], /Write to \[EMAIL[A-Z_]*\] today/);
  });

  test("binary bodies have no redacted form", () => {
    assert.equal(redactedDocument(Buffer.from([1, 2, 3]), "audio/mpeg", false, mask), undefined);
  });
});

describe("config", () => {
  const base = { providers: { demo: { type: "demo" } } };
  const err = (raw: Record<string, unknown>) => {
    try {
      parseConfig({ ...base, ...raw });
    } catch (e) {
      return (e as Error).message;
    }
    assert.fail("expected a config error");
  };

  test("retention and price are accepted per model and route", () => {
    const cfg = parseConfig({
      providers: { demo: { type: "demo" }, h: { type: "http", baseUrl: "http://127.0.0.1:9" } },
      models: [{ name: "demo", provider: "demo", retention: "redacted", price: { input: 0.15, output: 0.6 } }],
      routes: [{ name: "r", provider: "h", retention: "none" }],
    });
    assert.equal(cfg.models[0]!.retention, "redacted");
    assert.deepEqual(cfg.models[0]!.price, { input: 0.15, output: 0.6, currency: "USD" });
    assert.equal(cfg.routes[0]!.retention, "none");
  });

  test("bad values name the key and what was expected", () => {
    assert.match(err({ models: [{ name: "demo", provider: "demo", retention: "everything" }] }), /models\[0\]\.retention: expected one of none, hash, encrypted, redacted/);
    assert.match(err({ models: [{ name: "demo", provider: "demo", price: { input: -1, output: 1 } }] }), /models\[0\]\.price\.input: expected a price .* of 0 or more/);
    assert.match(err({ models: [{ name: "demo", provider: "demo", price: { input: 1 } }] }), /models\[0\]\.price\.output/);
    assert.match(err({ models: [{ name: "demo", provider: "demo", price: { input: 1, output: 1, currency: "dollars" } }] }), /models\[0\]\.price\.currency: expected an ISO 4217/);
    assert.match(err({ models: [{ name: "demo", provider: "demo", price: { input: 1, output: "cheap" } }] }), /models\[0\]\.price\.output: expected the price .* as a number/);
    assert.match(err({ audit: { retention: "everything" } }), /audit\.retention/);
  });

  test("keeping content needs the audit log on; none does not", () => {
    assert.match(
      err({ audit: { enabled: false }, models: [{ name: "demo", provider: "demo", retention: "encrypted" }] }),
      /models\[0\]\.retention: expected audit\.enabled: true for retention "encrypted"/,
    );
    assert.doesNotThrow(() => parseConfig({ ...base, audit: { enabled: false }, models: [{ name: "demo", provider: "demo", retention: "none" }] }));
  });
});
