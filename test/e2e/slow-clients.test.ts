/**
 * Slow clients and connection caps (issue 13): a client dripping its headers
 * or its body is cut at the configured deadline with a 408; an idle
 * keep-alive connection is closed; one address cannot hold more than
 * server.maxConnectionsPerAddress connections (counted by the socket's peer,
 * never X-Forwarded-For) while other addresses still connect; and the whole
 * listener holds at most server.maxConnections.
 *
 * Deadlines are small here; each wait for a socket's close has a generous
 * bound (the gateway checks its deadlines about once a second).
 */
import assert from "node:assert/strict";
import { connect, type Socket } from "node:net";
import { describe, test } from "node:test";
import { startGateway, type TestGateway } from "./harness.js";

const DEMO = { providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }] };

/** A raw TCP client from `localAddress` that collects what the gateway sends. */
interface Raw {
  socket: Socket;
  received: () => string;
  closed: Promise<number>;
}

async function open(gw: TestGateway, localAddress = "127.0.0.1"): Promise<Raw> {
  const socket = connect({ host: "127.0.0.1", port: gw.gw.port, localAddress });
  let text = "";
  socket.setEncoding("utf8");
  socket.on("data", (d: string) => {
    text += d;
  });
  socket.on("error", () => undefined); // a reset is one way of being refused
  const opened = performance.now();
  const closed = new Promise<number>((resolve) => socket.once("close", () => resolve(performance.now() - opened)));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  return { socket, received: () => text, closed };
}

/** Resolves with the socket's lifetime in ms once it closes, or fails after `ms`. */
async function closedWithin(raw: Raw, ms: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the socket was still open after ${ms} ms; received: ${JSON.stringify(raw.received().slice(0, 200))}`)), ms);
  });
  try {
    return await Promise.race([raw.closed, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail("condition not reached in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Sends one keep-alive GET /healthz and waits for its whole answer. */
async function healthz(raw: Raw): Promise<string> {
  const before = raw.received().length;
  raw.socket.write("GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n");
  // The health answer is chunked (ends with the empty chunk); a refusal has a content-length and closes.
  await until(() => /\r\n0\r\n\r\n$/.test(raw.received().slice(before)) || raw.received().includes("too_many_connections") || raw.socket.destroyed);
  return raw.received().slice(before);
}

describe("slow clients are cut at the configured deadlines", () => {
  test("a client dripping its body is cut at server.requestTimeoutMs with a 408", async () => {
    const gw = await startGateway({ ...DEMO, server: { headersTimeoutMs: 500, requestTimeoutMs: 1000 } });
    const drip: NodeJS.Timeout[] = [];
    try {
      const key = await gw.issue({ models: ["demo"] });
      const raw = await open(gw);
      raw.socket.write(`POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${key}\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{"model":"demo",`);
      drip.push(setInterval(() => raw.socket.writable && raw.socket.write(" "), 50));
      const lived = await closedWithin(raw, 15_000);
      assert.match(raw.received(), /^HTTP\/1\.1 408 /);
      assert.ok(lived >= 900, `cut after ${lived} ms, before the deadline`);
      // The request log says so too (and the audit event, from the same exchange).
      await until(() => gw.gw.inFlightCount === 0);
      const line = (await gw.logText()).split("\n").find((l) => l.includes('"path":"/v1/chat/completions"'));
      assert.match(line ?? "", /"status":408,.*"code":"request_timeout"/);
    } finally {
      for (const t of drip) clearInterval(t);
      await gw.close();
    }
  });

  test("a client dripping its headers is cut at server.headersTimeoutMs with a 408", async () => {
    const gw = await startGateway({ ...DEMO, server: { headersTimeoutMs: 500, requestTimeoutMs: 60_000 } });
    const drip: NodeJS.Timeout[] = [];
    try {
      const raw = await open(gw);
      raw.socket.write("POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\n");
      let n = 0;
      drip.push(setInterval(() => raw.socket.writable && raw.socket.write(`x-drip-${n++}: 1\r\n`), 50));
      await closedWithin(raw, 15_000);
      assert.match(raw.received(), /^HTTP\/1\.1 408 /);
    } finally {
      for (const t of drip) clearInterval(t);
      await gw.close();
    }
  });

  test("the deadlines bound receiving the request, not the reply: a slow stream is not cut", async () => {
    const gw = await startGateway({ providers: { demo: { type: "demo", chunkDelayMs: 150 } }, models: [{ name: "demo", provider: "demo" }], server: { headersTimeoutMs: 300, requestTimeoutMs: 500 } });
    try {
      const key = await gw.issue({ models: ["demo"] });
      const started = performance.now();
      const res = await fetch(`${gw.url}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ model: "demo", stream: true, messages: [{ role: "user", content: "tell me a long story about deadlines" }] }),
      });
      const text = await res.text();
      assert.equal(res.status, 200);
      assert.ok(performance.now() - started > 1500, "the stream outlived the request deadline");
      assert.match(text, /data: \[DONE\]/);
    } finally {
      await gw.close();
    }
  });

  test("an idle keep-alive connection is closed after server.keepAliveTimeoutMs", async () => {
    const gw = await startGateway({ ...DEMO, server: { keepAliveTimeoutMs: 300 } });
    try {
      const raw = await open(gw);
      assert.match(await healthz(raw), /^HTTP\/1\.1 200 /);
      await closedWithin(raw, 15_000);
    } finally {
      await gw.close();
    }
  });

  test("the defaults: headers within 10 s, the whole request within 30 s (not 300 s)", async () => {
    const { parseConfig } = await import("../../src/config/load.js");
    const { server } = parseConfig({});
    assert.equal(server.headersTimeoutMs, 10_000);
    assert.equal(server.requestTimeoutMs, 30_000);
    assert.ok(server.maxConnectionsPerAddress > 0 && server.maxConnectionsPerAddress < server.maxConnections);
  });
});

describe("connection caps", () => {
  test("the N+1th connection from one address is refused while another address still connects", async () => {
    const gw = await startGateway({ ...DEMO, server: { maxConnectionsPerAddress: 3 } });
    const sockets: Raw[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const raw = await open(gw, "127.0.0.2");
        sockets.push(raw);
        assert.match(await healthz(raw), /^HTTP\/1\.1 200 /);
      }
      const refused = await open(gw, "127.0.0.2");
      sockets.push(refused);
      refused.socket.write("GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n");
      await closedWithin(refused, 10_000);
      assert.match(refused.received(), /^HTTP\/1\.1 503 [\s\S]*"code":"too_many_connections"/);
      assert.equal(gw.gw.connectionCount("127.0.0.2"), 3, "the refused connection was not counted");

      // One that never sends a request is cut soon, not at the header deadline.
      const silent = await open(gw, "127.0.0.2");
      sockets.push(silent);
      await closedWithin(silent, 5_000);

      // Another address is not affected.
      const other = await open(gw, "127.0.0.3");
      sockets.push(other);
      assert.match(await healthz(other), /^HTTP\/1\.1 200 /);

      // A connection that closes frees its place.
      sockets[0]!.socket.destroy();
      await sockets[0]!.closed;
      await until(() => gw.gw.connectionCount("127.0.0.2") === 2);
      const again = await open(gw, "127.0.0.2");
      sockets.push(again);
      assert.match(await healthz(again), /^HTTP\/1\.1 200 /);
    } finally {
      for (const s of sockets) s.socket.destroy();
      await gw.close();
    }
  });

  test("X-Forwarded-For does not move a connection to another address's count", async () => {
    const gw = await startGateway({ ...DEMO, server: { maxConnectionsPerAddress: 1, trustedProxies: ["127.0.0.9"] } });
    const sockets: Raw[] = [];
    try {
      const first = await open(gw, "127.0.0.2");
      sockets.push(first);
      first.socket.write("GET /healthz HTTP/1.1\r\nhost: x\r\nx-forwarded-for: 198.51.100.1\r\n\r\n");
      await until(() => first.received().endsWith("\r\n0\r\n\r\n"));
      const second = await open(gw, "127.0.0.2");
      sockets.push(second);
      second.socket.write("GET /healthz HTTP/1.1\r\nhost: x\r\nx-forwarded-for: 198.51.100.2\r\n\r\n");
      await closedWithin(second, 10_000);
      assert.doesNotMatch(second.received(), / 200 /);
    } finally {
      for (const s of sockets) s.socket.destroy();
      await gw.close();
    }
  });

  test("a trusted proxy is not held to the per-address cap (it carries many clients)", async () => {
    const gw = await startGateway({ ...DEMO, server: { maxConnectionsPerAddress: 2, trustedProxies: ["127.0.0.4"] } });
    const sockets: Raw[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        const raw = await open(gw, "127.0.0.4");
        sockets.push(raw);
        assert.match(await healthz(raw), /^HTTP\/1\.1 200 /);
      }
    } finally {
      for (const s of sockets) s.socket.destroy();
      await gw.close();
    }
  });

  test("the listener holds at most server.maxConnections, whatever the addresses", async () => {
    const gw = await startGateway({ ...DEMO, server: { maxConnections: 3, maxConnectionsPerAddress: 3 } });
    const sockets: Raw[] = [];
    try {
      for (const addr of ["127.0.0.5", "127.0.0.6", "127.0.0.7"]) {
        const raw = await open(gw, addr);
        sockets.push(raw);
        assert.match(await healthz(raw), /^HTTP\/1\.1 200 /);
      }
      const refused = await open(gw, "127.0.0.8");
      sockets.push(refused);
      refused.socket.write("GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n");
      await closedWithin(refused, 10_000);
      assert.match(refused.received(), /^HTTP\/1\.1 503 [\s\S]*"code":"too_many_connections"/);
      assert.equal(gw.gw.connectionCount(), 3);
    } finally {
      for (const s of sockets) s.socket.destroy();
      await gw.close();
    }
  });
});
