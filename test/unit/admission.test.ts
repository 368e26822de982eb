/**
 * Admission (gateway/admission.ts) on its own, where the e2e tests cannot
 * steer it: the event-loop delay gate, the connection kept or closed on a
 * shed reply, and shutdown flushing the queue.
 */
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, test } from "node:test";
import pino from "pino";
import { Admission } from "../../src/gateway/admission.js";
import type { LoopDelay } from "../../src/gateway/loop-delay.js";

class FakeRes extends EventEmitter {
  status: number | undefined;
  headers: Record<string, string | number> = {};
  body = "";
  headersSent = false;
  destroyed = false;
  constructor(readonly req: IncomingMessage) {
    super();
  }
  writeHead(status: number, headers: Record<string, string | number>): this {
    [this.status, this.headers, this.headersSent] = [status, headers, true];
    return this;
  }
  end(body: string): this {
    this.body = body;
    return this;
  }
}

const request = (headers: Record<string, string> = {}, url = "/v1/chat/completions") => {
  const req = { url, headers } as unknown as IncomingMessage;
  const res = new FakeRes(req);
  return { req, res, asRes: res as unknown as ServerResponse };
};

class FakeLoop {
  lagging = false;
  recover: (() => void) | undefined;
  onRecover(fn: () => void): void {
    this.recover = fn;
  }
}

const log = pino({ level: "silent" });

async function until(cond: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) assert.fail(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe("Admission", () => {
  test("a lagging event loop holds new requests in the queue; they start when it recovers", () => {
    const loop = new FakeLoop();
    const a = new Admission({ maxInFlight: 10, maxQueued: 10, maxQueueMs: 60_000 }, log, loop as unknown as LoopDelay);
    let started = 0;
    const { req, asRes } = request();
    loop.lagging = true;
    a.admit(req, asRes, () => started++);
    assert.deepEqual([started, a.inFlight], [1, 1], "with nothing running the lag is not ours: one request starts");
    a.admit(req, asRes, () => started++);
    a.admit(req, asRes, () => started++);
    assert.deepEqual([started, a.inFlight, a.queued], [1, 1, 2], "nothing more starts on a starved loop, however many slots are free");
    loop.lagging = false;
    loop.recover!();
    assert.deepEqual([started, a.inFlight, a.queued], [3, 3, 0]);
    a.close();
  });

  test("a loop that does not recover within maxQueueMs sheds the waiting request", async () => {
    const loop = new FakeLoop();
    loop.lagging = true;
    const a = new Admission({ maxInFlight: 10, maxQueued: 10, maxQueueMs: 30 }, log, loop as unknown as LoopDelay);
    const running = request();
    a.admit(running.req, running.asRes, () => undefined);
    const { req, res, asRes } = request();
    let started = false;
    a.admit(req, asRes, () => {
      started = true;
    });
    await until(() => res.status !== undefined, "the 503");
    assert.equal(res.status, 503);
    assert.equal(JSON.parse(res.body).error.code, "overloaded");
    assert.deepEqual([started, a.inFlight, a.queued, a.shedCount], [false, 1, 0, 1]);
  });

  test("a shed reply keeps the connection for a small body, closes it for a large or chunked one", () => {
    const a = new Admission({ maxInFlight: 1, maxQueued: 0, maxQueueMs: 1000 }, log);
    const first = request();
    a.admit(first.req, first.asRes, () => undefined);
    const small = request({ "content-length": "2000" });
    const large = request({ "content-length": String(10 * 1024 * 1024) });
    const chunked = request({ "transfer-encoding": "chunked" });
    for (const r of [small, large, chunked]) a.admit(r.req, r.asRes, () => assert.fail("must not start"));
    assert.deepEqual(
      [small, large, chunked].map((r) => [r.res.status, r.res.headers.connection, r.res.headers["retry-after"]]),
      [
        [503, undefined, "1"],
        [503, "close", "1"],
        [503, "close", "1"],
      ],
    );
    a.release();
    assert.equal(a.inFlight, 0);
  });

  test("a waiting client that leaves gives its place up and is never started", () => {
    const a = new Admission({ maxInFlight: 1, maxQueued: 1, maxQueueMs: 60_000 }, log);
    a.admit(request().req, request().asRes, () => undefined);
    const gone = request();
    a.admit(gone.req, gone.asRes, () => assert.fail("a client that left must not start"));
    assert.equal(a.queued, 1);
    gone.res.emit("close");
    assert.equal(a.queued, 0);
    let started = false;
    const next = request();
    a.admit(next.req, next.asRes, () => {
      started = true;
    });
    a.release();
    assert.deepEqual([started, a.inFlight, a.queued], [true, 1, 0]);
    a.release();
    a.close();
  });

  test("close() answers the waiting requests 503 with connection: close at once", () => {
    const a = new Admission({ maxInFlight: 1, maxQueued: 5, maxQueueMs: 60_000 }, log);
    a.admit(request().req, request().asRes, () => undefined);
    const waiting = [request(), request({}, "/v1/messages")];
    for (const w of waiting) a.admit(w.req, w.asRes, () => assert.fail("must not start after close"));
    a.close();
    assert.deepEqual(
      waiting.map((w) => [w.res.status, w.res.headers.connection]),
      [
        [503, "close"],
        [503, "close"],
      ],
    );
    assert.equal(JSON.parse(waiting[1]!.res.body).type, "error", "the Anthropic shape on /v1/messages");
    a.release();
    assert.equal(a.queued, 0);
  });
});
