/**
 * Load shedding (issue 14): past server.maxInFlight requests wait in a queue
 * of server.maxQueued, and beyond it a request gets `503 overloaded` with
 * `Retry-After: 1` at once, while the admitted ones complete. A waiting
 * request is shed when it waited server.maxQueueMs. Slots and places come
 * back whatever ends a request: a reply, an error, a refusal, a client that
 * aborts (running or waiting), a stream that ends. /healthz and /readyz are
 * never shed.
 *
 * The upstream here holds every request until the test releases it, so "in
 * flight" is a state the test controls; every wait is for a condition.
 */
import assert from "node:assert/strict";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import OpenAI, { APIError } from "openai";
import { startGateway, type TestGateway } from "./harness.js";

interface GatedUpstream {
  url: string;
  /** Requests received and not yet answered (nor abandoned). */
  readonly held: number;
  readonly received: number;
  /** Answers every held request (a stream: its last chunk and [DONE]). */
  release(): void;
  close(): Promise<void>;
}

const chunk = (content: string | null) =>
  `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: content === null ? "stop" : null }] })}\n\n`;
const COMPLETION = JSON.stringify({
  id: "c",
  object: "chat.completion",
  created: 1,
  model: "m",
  choices: [{ index: 0, message: { role: "assistant", content: "done" }, finish_reason: "stop", logprobs: null }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

async function startGatedUpstream(): Promise<GatedUpstream> {
  const held = new Map<ServerResponse, () => void>();
  let received = 0;
  const server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => {
      raw += c;
    });
    req.on("end", () => {
      received++;
      const stream = (JSON.parse(raw || "{}") as { stream?: boolean }).stream === true;
      if (stream) {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(chunk("first "));
      }
      held.set(res, () => {
        if (!stream) {
          res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(COMPLETION) });
          res.end(COMPLETION);
          return;
        }
        res.write(chunk(null));
        res.end("data: [DONE]\n\n");
      });
      res.once("close", () => held.delete(res));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get held() {
      return held.size;
    },
    get received() {
      return received;
    },
    release: () => {
      const answers = [...held.values()];
      held.clear();
      for (const answer of answers) answer();
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

async function until(cond: () => boolean, what: () => string, ms = 10_000): Promise<void> {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) assert.fail(`timed out waiting for: ${what()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const config = (upstreamUrl: string, server: Record<string, unknown>) => ({
  providers: { gated: { type: "openai", baseUrl: `${upstreamUrl}/v1`, apiKey: "sk-upstream", timeoutMs: 25_000 } },
  models: [{ name: "m", provider: "gated" }],
  guard: { profile: "off" },
  server,
});

/** Notes which of `calls` have settled, and how (a reply, or the error). */
function track<T>(calls: Promise<T>[]): { done: Map<number, T | unknown> } {
  const done = new Map<number, T | unknown>();
  for (const [i, p] of calls.entries()) {
    p.then(
      (v) => void done.set(i, v),
      (e: unknown) => void done.set(i, e),
    );
  }
  return { done };
}

const ask = (client: OpenAI, opts: { signal?: AbortSignal } = {}) => client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] }, opts);

/** The 503 overloaded a shed request gets, checked through the client's error; returns how long it took. */
async function expectShed(p: Promise<unknown>, started: number): Promise<number> {
  const err = await p.then(
    () => assert.fail("expected 503 overloaded, got a reply"),
    (e: unknown) => e,
  );
  assert.ok(err instanceof APIError, `expected an APIError, got ${String(err)}`);
  assert.equal(err.status, 503);
  assert.equal(err.code, "overloaded");
  assert.equal(err.type, "server_error");
  assert.equal(err.headers?.get("retry-after"), "1");
  return performance.now() - started;
}

describe("load shedding: maxInFlight 4, maxQueued 4", () => {
  let upstream: GatedUpstream;
  let gw: TestGateway;
  let client: OpenAI;
  const load = () => gw.gw.load;
  const state = () => `load ${JSON.stringify(load())}, upstream holds ${upstream.held}`;
  const idle = () => until(() => load().inFlight === 0 && load().queued === 0 && gw.gw.inFlightCount === 0, state);

  before(async () => {
    upstream = await startGatedUpstream();
    gw = await startGateway(config(upstream.url, { maxInFlight: 4, maxQueued: 4, maxQueueMs: 20_000 }));
    client = new OpenAI({ apiKey: await gw.issue({ models: ["m"] }), baseURL: `${gw.url}/v1`, maxRetries: 0 });
  });
  after(async () => {
    upstream.release();
    await gw?.close();
    await upstream?.close();
  });

  test("20 at once: 12 get 503 overloaded at once, the 8 admitted complete, counters return to zero", async () => {
    const shedBefore = load().shed;
    const started = performance.now();
    const calls = Array.from({ length: 20 }, () => ask(client));
    const { done } = track(calls);
    // Shed while the admitted ones are still held: the refusals did not wait for a slot (maxQueueMs is 20 s).
    await until(() => upstream.held === 4 && load().queued === 4 && done.size === 12, () => `${state()}, ${done.size} answered`);
    assert.equal(load().shed - shedBefore, 12, "exactly the requests beyond in-flight + queue were shed");
    const shed = calls.filter((_, i) => done.has(i));
    const admitted = calls.filter((_, i) => !done.has(i));
    const times = await Promise.all(shed.map((p) => expectShed(p, started)));
    assert.ok(Math.max(...times) < 5000, `shed within ${Math.round(Math.max(...times))} ms, far below the 20 s queue wait`);
    upstream.release(); // the four running finish; the four waiting start and are held in turn
    await until(() => upstream.held === 4 && load().queued === 0, state);
    upstream.release();
    for (const r of await Promise.all(admitted)) assert.equal(r.choices[0]?.message.content, "done");
    assert.equal(upstream.received, 8);
    await idle();
  });

  test("/healthz and /readyz answer while every slot and place is taken; readyz says it sheds but stays ready", async () => {
    const calls = Array.from({ length: 9 }, () => ask(client).catch((e: unknown) => e));
    const { done } = track(calls);
    await until(() => upstream.held === 4 && load().queued === 4 && done.size === 1, state);
    assert.ok([...done.values()][0] instanceof APIError, "the ninth request was shed");
    const health = await fetch(`${gw.url}/healthz`);
    assert.equal(health.status, 200);
    const ready = await fetch(`${gw.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.match(((await ready.json()) as { detail: string }).detail, /overloaded/);
    upstream.release();
    await until(() => upstream.held === 4 && load().queued === 0, state);
    upstream.release();
    await Promise.all(calls);
    await idle();
  });

  test("aborts free their slot or place: a running request's and a waiting one's", async () => {
    const running = Array.from({ length: 4 }, () => new AbortController());
    const runningCalls = running.map((c) => ask(client, { signal: c.signal }).catch((e: unknown) => e));
    await until(() => upstream.held === 4, state);
    const waiting = new AbortController();
    const waitingCall = ask(client, { signal: waiting.signal }).catch((e: unknown) => e);
    await until(() => load().queued === 1, state);
    waiting.abort();
    await until(() => load().queued === 0, state);
    for (const c of running) c.abort();
    await Promise.all([...runningCalls, waitingCall]);
    await idle();
    await until(() => upstream.held === 0, () => `the gateway closes its upstream calls: ${state()}`);
    const received = upstream.received;
    // Every slot is free again: four more run at once.
    const next = Array.from({ length: 4 }, () => ask(client));
    await until(() => upstream.held === 4 && load().queued === 0, state);
    assert.equal(upstream.received, received + 4, "the aborted waiting request never reached the upstream");
    upstream.release();
    await Promise.all(next);
    await idle();
  });

  test("a stream holds its slot until it ends", async () => {
    const streams = await Promise.all(Array.from({ length: 4 }, () => client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }], stream: true })));
    await until(() => upstream.held === 4, state);
    assert.equal(load().inFlight, 4, "four open streams hold the four slots");
    const queued = ask(client);
    await until(() => load().queued === 1, state);
    upstream.release(); // the streams end; the waiting request starts and is held
    for (const s of streams) {
      let text = "";
      for await (const c of s) text += c.choices[0]?.delta.content ?? "";
      assert.equal(text, "first ");
    }
    await until(() => upstream.held === 1 && load().queued === 0, state);
    upstream.release();
    await queued;
    await idle();
  });

  test("a stream its client abandons mid-way gives its slot back", async () => {
    const controllers = Array.from({ length: 4 }, () => new AbortController());
    const streams = await Promise.all(
      controllers.map((c) => client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }], stream: true }, { signal: c.signal })),
    );
    await until(() => upstream.held === 4 && load().inFlight === 4, state);
    for (const [i, s] of streams.entries()) {
      for await (const c of s) {
        assert.equal(c.choices[0]?.delta.content, "first ");
        controllers[i]!.abort(); // after the first chunk: the client walks away from a running stream
      }
    }
    await idle();
    await until(() => upstream.held === 0, () => `the gateway closes its upstream streams: ${state()}`);
  });

  test("refusals and errors release their slot: bad key (401), model not granted (403), broken JSON (400)", async () => {
    const bad = new OpenAI({ apiKey: "wg_nope", baseURL: `${gw.url}/v1`, maxRetries: 0 });
    for (let i = 0; i < 10; i++) {
      await assert.rejects(ask(bad), (e: unknown) => e instanceof APIError && e.status === 401);
      await assert.rejects(client.chat.completions.create({ model: "nope", messages: [{ role: "user", content: "x" }] }), (e: unknown) => e instanceof APIError && e.status === 403);
      const r = await fetch(`${gw.url}/v1/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${client.apiKey}`, "content-type": "application/json" }, body: "{" });
      assert.equal(r.status, 400);
    }
    await idle();
    assert.equal(load().inFlight, 0);
  });
});

describe("load shedding: a request that waits longer than maxQueueMs", () => {
  let upstream: GatedUpstream;
  let gw: TestGateway;

  before(async () => {
    upstream = await startGatedUpstream();
    gw = await startGateway(config(upstream.url, { maxInFlight: 1, maxQueued: 1, maxQueueMs: 300 }));
  });
  after(async () => {
    upstream.release();
    await gw?.close();
    await upstream?.close();
  });

  test("is shed 503 overloaded after its wait, while the running one still completes", async () => {
    const client = new OpenAI({ apiKey: await gw.issue({ models: ["m"] }), baseURL: `${gw.url}/v1`, maxRetries: 0 });
    const running = ask(client);
    await until(() => upstream.held === 1, () => `upstream holds ${upstream.held}`);
    const started = performance.now();
    const waited = await expectShed(ask(client), started);
    assert.ok(waited >= 250, `shed after waiting ${Math.round(waited)} ms (maxQueueMs 300), not at once`);
    assert.equal(upstream.held, 1, "the running request is still held");
    assert.deepEqual({ inFlight: gw.gw.load.inFlight, queued: gw.gw.load.queued }, { inFlight: 1, queued: 0 });
    upstream.release();
    assert.equal((await running).choices[0]?.message.content, "done");
    await until(() => gw.gw.load.inFlight === 0, () => JSON.stringify(gw.gw.load));
  });

  test("the Anthropic endpoint's shed reply carries type: error", async () => {
    const key = await gw.issue({ models: ["m"] });
    const client = new OpenAI({ apiKey: key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    const running = ask(client);
    await until(() => upstream.held === 1, () => `upstream holds ${upstream.held}`);
    const waiting = ask(client).catch((e: unknown) => e);
    await until(() => gw.gw.load.queued === 1, () => JSON.stringify(gw.gw.load));
    const r = await fetch(`${gw.url}/v1/messages`, { method: "POST", headers: { "x-api-key": key, "content-type": "application/json" }, body: "{}" });
    assert.equal(r.status, 503);
    assert.equal(r.headers.get("retry-after"), "1");
    assert.deepEqual(await r.json(), { type: "error", error: { message: "The gateway is overloaded; retry shortly.", type: "server_error", param: null, code: "overloaded" } });
    await waiting; // shed after 300 ms
    upstream.release();
    await running;
    await until(() => gw.gw.load.inFlight === 0 && gw.gw.load.queued === 0, () => JSON.stringify(gw.gw.load));
  });
});
