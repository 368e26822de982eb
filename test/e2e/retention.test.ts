/**
 * What is kept of prompts and responses, end to end through the official
 * openai client: each retention mode, streaming and not; usage and cost in
 * the gateway.request event; redacted text without the prompt's e-mail;
 * `none` keeps nothing; and the raw database file (and its WAL) never holds
 * a prompt's text, whatever the mode.
 */
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { request } from "undici";
import { contentAad } from "../../src/audit/content-store.js";
import { canonicalize } from "../../src/audit/jcs.js";
import { parseConfig } from "../../src/config/load.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { createLogger } from "../../src/gateway/log.js";
import { Gateway } from "../../src/gateway/server.js";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";

const sha256 = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");
const EMAIL = "quentin.quokka@example.com";
const MODES = ["none", "hash", "encrypted", "redacted"] as const;

let upstream: MockUpstream;
let dir: string;
let store: SqliteStore;
let gateway: Gateway;
let client: OpenAI;
let key: string;
const keyring = new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
/** Every prompt marker sent: none may appear in the database file. */
const markers: string[] = [];

before(async () => {
  upstream = await startMockUpstream();
  dir = mkdtempSync(join(tmpdir(), "wardgate-retention-"));
  const config = parseConfig({
    server: { port: 0 },
    dataDir: dir,
    log: { level: "silent" },
    providers: { demo: { type: "demo" }, scoring: { type: "http", baseUrl: upstream.url } },
    routes: [
      { name: "fraud", provider: "scoring", retention: "encrypted" },
      { name: "fraud-quiet", provider: "scoring", retention: "none" },
    ],
    models: [
      { name: "demo", provider: "demo", price: { input: 0.15, output: 0.6 } },
      ...MODES.map((m) => ({ name: `demo-${m}`, provider: "demo", retention: m, price: { input: 2, output: 8, currency: "EUR" } })),
      // No guard at all: redaction of the kept text must not depend on the guard's profile.
      { name: "demo-redacted-unguarded", provider: "demo", retention: "redacted", guard: "off" },
      // The guard rewrites the prompt before it leaves; the kept text and hash are of what the caller sent.
      { name: "demo-scrubbed", provider: "demo", retention: "encrypted", guard: "scrub" },
    ],
    guard: { profiles: { scrub: { extends: "standard", request: { pii: "redact" } } } },
  });
  store = await SqliteStore.open(join(dir, "wardgate.db"));
  gateway = await Gateway.start({ config, store, log: createLogger(config.log), keyring });
  key = (await issueKey(store.keys, { principal: "tester", models: ["*"], routes: ["*"] })).key;
  client = new OpenAI({ apiKey: key, baseURL: `${gateway.url}/v1`, maxRetries: 0 });
});

after(async () => {
  await gateway?.stop();
  await store?.close();
  await upstream?.close();
});

/** The exchange's event as the audit log stored it (the record stage runs when the response closes). */
async function eventFor(reqId: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    await gateway.auditLog!.flush();
    const rows = await store.audit.list("default", { kind: "gateway.request", limit: 10_000 });
    const row = rows.find((r) => r.body.includes(`"reqId":"${reqId}"`));
    if (row) return JSON.parse(row.body) as Record<string, unknown>;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.fail(`no audit event for ${reqId}`);
}

async function storedFor(reqId: string, parts: number) {
  for (let i = 0; i < 200; i++) {
    const rows = await store.content.get("default", reqId);
    if (rows.length >= parts) return rows;
    await new Promise((r) => setTimeout(r, 10));
  }
  return store.content.get("default", reqId);
}

const open = (row: { reqId: string; part: "request" | "response"; tenantId: string; sealed: string }) =>
  keyring.open(row.tenantId, row.sealed, contentAad(row.reqId, row.part)).toString("utf8");

/** One chat call through the openai client; returns the request id and the answer's text. */
async function chat(model: string, prompt: string, stream: boolean, includeUsage = true): Promise<{ reqId: string; text: string }> {
  if (!stream) {
    const { data, response } = await client.chat.completions.create({ model, messages: [{ role: "user", content: prompt }] }).withResponse();
    return { reqId: response.headers.get("x-request-id")!, text: data.choices[0]!.message.content ?? "" };
  }
  const { data, response } = await client.chat.completions
    .create({ model, stream: true, messages: [{ role: "user", content: prompt }], ...(includeUsage ? { stream_options: { include_usage: true } } : {}) })
    .withResponse();
  let text = "";
  for await (const chunk of data) text += chunk.choices[0]?.delta?.content ?? "";
  return { reqId: response.headers.get("x-request-id")!, text };
}

for (const mode of MODES) {
  for (const stream of [false, true]) {
    test(`retention ${mode}, ${stream ? "streamed" : "whole"} reply`, async () => {
      const marker = `Wombat${mode}${stream ? "Stream" : "Whole"}Marker`;
      markers.push(marker);
      const prompt = `Please note ${marker} and write to ${EMAIL} about it.`;
      const { reqId, text } = await chat(`demo-${mode}`, prompt, stream);
      assert.ok(text.includes(marker), "the demo model echoes the prompt");
      const e = await eventFor(reqId);
      assert.equal(e.kind, "gateway.request");
      assert.equal(e.model, `demo-${mode}`);
      assert.equal(e.stream, stream);
      assert.equal(e.status, 200);
      assert.equal(e.outcome, "ok");
      const usage = e.usage as { prompt: number; completion: number; total: number };
      assert.ok(usage.prompt > 0 && usage.completion > 0 && usage.total === usage.prompt + usage.completion, JSON.stringify(usage));
      assert.deepEqual(e.cost, {
        currency: "EUR",
        input: Math.round(usage.prompt * 2e3) / 1e9,
        output: Math.round(usage.completion * 8e3) / 1e9,
        total: Math.round(usage.prompt * 2e3 + usage.completion * 8e3) / 1e9,
      });
      const content = e.content as Record<string, { mode: string; sha256?: string }>;
      const rows = await storedFor(reqId, mode === "encrypted" || mode === "redacted" ? 2 : 0);
      const eventText = canonicalize(e);
      assert.ok(!eventText.includes(marker) && !eventText.includes(EMAIL), "the event holds no prompt text");
      if (mode === "none") {
        assert.deepEqual(content, { request: { mode: "none" } });
        assert.equal(rows.length, 0);
        return;
      }
      assert.equal(content.request!.mode, mode);
      assert.equal(content.response!.mode, mode);
      assert.match(content.request!.sha256!, /^[0-9a-f]{64}$/);
      assert.match(content.response!.sha256!, /^[0-9a-f]{64}$/);
      if (mode === "hash") {
        assert.equal(rows.length, 0, "hash keeps no text");
        return;
      }
      assert.deepEqual(rows.map((r) => [r.part, r.mode]), [["request", mode], ["response", mode]]);
      for (const r of rows) assert.ok(!r.sealed.includes(marker), "stored sealed");
      const [req, res] = rows.map(open) as [string, string];
      // The stored text is bound to the log: its hash is the event's.
      assert.equal(sha256(req), content.request!.sha256);
      assert.equal(sha256(res), content.response!.sha256);
      assert.ok(req.includes(marker) && res.includes(marker), "the kept text is the exchange's");
      if (mode === "encrypted") {
        assert.ok(req.includes(EMAIL), "encrypted keeps the full text");
        assert.equal(JSON.parse(req).messages[0].content, prompt);
      } else {
        assert.ok(!req.includes(EMAIL) && !res.includes(EMAIL), `redacted text holds no e-mail: ${req} / ${res}`);
        assert.match(req, /\[EMAIL[A-Z_]*\]/);
      }
    });
  }
}

describe("usage and cost", () => {
  test("a stream without include_usage reports no usage, and so no cost", async () => {
    const { reqId } = await chat("demo-hash", "hello there", true, false);
    const e = await eventFor(reqId);
    assert.equal(e.usage, undefined);
    assert.equal(e.cost, undefined);
  });

  test("the default retention is hash, and USD is the default currency", async () => {
    const { reqId } = await chat("demo", "hello there", false);
    const e = await eventFor(reqId);
    assert.equal((e.content as { request: { mode: string } }).request.mode, "hash");
    assert.equal((e.cost as { currency: string }).currency, "USD");
  });

  test("the hashes are of the bytes the caller sent and received", async () => {
    const body = Buffer.from(JSON.stringify({ model: "demo-hash", messages: [{ role: "user", content: "hash me" }] }));
    const res = await request(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body,
    });
    const received = Buffer.from(await res.body.arrayBuffer());
    const e = await eventFor(String(res.headers["x-request-id"]));
    const content = e.content as Record<string, { sha256: string }>;
    assert.equal(content.request!.sha256, sha256(body));
    assert.equal(content.response!.sha256, sha256(received));
  });

  test("when the guard redacts the prompt, hash and kept text are still of the caller's own bytes", async () => {
    const body = Buffer.from(JSON.stringify({ model: "demo-scrubbed", messages: [{ role: "user", content: `Forward this to ${EMAIL}` }] }));
    const res = await request(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body,
    });
    const answer = await res.body.text();
    assert.equal(res.statusCode, 200);
    assert.ok(!answer.includes(EMAIL), "the model never saw the address");
    const reqId = String(res.headers["x-request-id"]);
    const e = await eventFor(reqId);
    assert.equal((e.guard as { request: { verdict: string } }).request.verdict, "redact");
    const content = e.content as Record<string, { sha256: string }>;
    assert.equal(content.request!.sha256, sha256(body));
    const rows = await storedFor(reqId, 2);
    assert.equal(open(rows[0]!), body.toString());
  });

  test("a refused request is an event too, with its reasons and no usage", async () => {
    const res = await request(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: "Bearer wg_nope", "content-type": "application/json" },
      body: "{}",
    });
    await res.body.dump();
    const e = await eventFor(String(res.headers["x-request-id"]));
    assert.equal(e.status, 401);
    assert.equal(e.outcome, "denied");
    assert.ok((e.reasons as unknown[]).length > 0);
    assert.equal(e.usage, undefined);
  });
});

describe("other shapes", () => {
  test("an Anthropic messages stream: input tokens from its start, output tokens from its end", async () => {
    const anthropic = new Anthropic({ apiKey: key, baseURL: gateway.url, maxRetries: 0 });
    const stream = anthropic.messages.stream({ model: "demo-hash", max_tokens: 200, messages: [{ role: "user", content: "hello from claude land" }] });
    const final = await stream.finalMessage();
    const reqId = (await stream.withResponse()).response.headers.get("x-request-id")!;
    const e = await eventFor(reqId);
    assert.equal(e.endpoint, "messages");
    assert.deepEqual(e.usage, {
      prompt: final.usage.input_tokens,
      completion: final.usage.output_tokens,
      total: final.usage.input_tokens + final.usage.output_tokens,
    });
  });

  test("routes have their own retention: encrypted keeps the body, none keeps nothing", async () => {
    const marker = "WombatRouteMarker";
    markers.push(marker);
    const call = async (route: string) => {
      const res = await request(`${gateway.url}/inference/${route}/score`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ amount: 5000, note: marker }),
      });
      assert.equal(res.statusCode, 200);
      await res.body.dump();
      return String(res.headers["x-request-id"]);
    };
    const kept = await call("fraud");
    const rows = await storedFor(kept, 2);
    assert.deepEqual(rows.map((r) => r.part), ["request", "response"]);
    assert.equal(JSON.parse(open(rows[0]!)).note, marker);
    assert.equal(JSON.parse(open(rows[1]!)).fraud_score, 0.93);
    const e = await eventFor(kept);
    assert.equal(e.route, "fraud");
    assert.equal(e.usage, undefined, "generic routes report no token usage");
    const quiet = await call("fraud-quiet");
    assert.deepEqual((await eventFor(quiet)).content, { request: { mode: "none" } });
    assert.equal((await storedFor(quiet, 1)).length, 0);
  });
});

test("redacted does not depend on the guard: a model with the guard off keeps no e-mail", async () => {
  const marker = "WombatUnguardedMarker";
  markers.push(marker);
  const { reqId } = await chat("demo-redacted-unguarded", `Say hi to ${EMAIL} (${marker})`, false);
  const rows = await storedFor(reqId, 2);
  assert.equal(rows.length, 2);
  for (const r of rows) {
    const text = open(r);
    assert.ok(text.includes(marker) && !text.includes(EMAIL), text);
  }
});

test("the raw database file and its WAL hold no prompt text in any mode", async () => {
  await gateway.stop(); // writes every queued event and kept text
  const files = ["wardgate.db", "wardgate.db-wal"].map((f) => join(dir, f)).filter(existsSync);
  assert.ok(files.length > 0);
  const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
  assert.ok(bytes.includes(Buffer.from("gateway.request")), "the events are in the file (the search would find text)");
  assert.ok(markers.length >= 9);
  for (const m of markers) assert.ok(!bytes.includes(Buffer.from(m)), `${m} found in the database file`);
  assert.ok(!bytes.includes(Buffer.from(EMAIL)), "the e-mail found in the database file");
});

test("encrypted or redacted retention without a keyring refuses to start", async () => {
  const config = parseConfig({
    server: { port: 0 },
    log: { level: "silent" },
    providers: { demo: { type: "demo" } },
    models: [{ name: "demo", provider: "demo", retention: "encrypted" }],
  });
  const other = await SqliteStore.open(":memory:");
  await assert.rejects(Gateway.start({ config, store: other, log: createLogger(config.log) }), /retention encrypted or redacted .* no keyring was configured/);
  await other.close();
});
