/**
 * What the gateway accepts as a JSON body and what it forwards (issue 13):
 * nesting deeper than server.maxJsonDepth is a 400 before any stage walks the
 * body (300,000 levels made the limit stage's JSON.stringify throw: a 500),
 * and the body forwarded upstream is always re-serialised from what was
 * parsed and checked, so a duplicated key is never forwarded twice (upstreams
 * differ on which copy wins).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { fullConfig, startGateway, type TestGateway } from "./harness.js";

let upstream: MockUpstream;
let gw: TestGateway;
let key: string;

before(async () => {
  upstream = await startMockUpstream();
  gw = await startGateway(
    fullConfig(upstream.url, {
      // Limits and the guard both walk the body: the deep body must be refused before either.
      limits: [{ id: "tpm", scope: "principal", tokens: { limit: 10_000_000, window: "1m" } }],
      guard: { profile: "standard" },
    }),
  );
  key = await gw.issue({ models: ["mock-model"] });
});

after(async () => {
  await gw.close();
  await upstream.close();
});

async function post(path: string, body: string): Promise<{ status: number; error?: { code: string; type: string; message: string } }> {
  const res = await request(`${gw.url}${path}`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body });
  const text = await res.body.text();
  return { status: res.statusCode, ...(res.statusCode >= 400 ? { error: (JSON.parse(text) as { error: { code: string; type: string; message: string } }).error } : {}) };
}

/** `depth` levels of arrays (or objects) around a string, as raw JSON text. */
const nested = (depth: number, kind: "array" | "object" = "array") =>
  kind === "array" ? `${"[".repeat(depth)}"x"${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}"x"${"}".repeat(depth)}`;

describe("deeply nested JSON", () => {
  test("300,000 levels anywhere in the body are a 400 invalid_request_error, never a 500", async () => {
    const cases: [string, string][] = [
      ["/v1/chat/completions", `{"model":"mock-model","messages":[{"role":"user","content":"hi"}],"metadata":${nested(300_000)}}`],
      ["/v1/chat/completions", `{"model":"mock-model","messages":[{"role":"user","content":${nested(300_000)}}]}`],
      ["/v1/chat/completions", `{"model":"mock-model","messages":${nested(300_000)}}`],
      ["/v1/embeddings", `{"model":"mock-model","input":${nested(300_000)}}`],
      ["/v1/chat/completions", `{"model":"mock-model","messages":[{"role":"user","content":"hi"}],"x":${nested(100_000, "object")}}`],
    ];
    const before = upstream.received.length;
    for (const [path, body] of cases) {
      const r = await post(path, body);
      assert.equal(r.status, 400, JSON.stringify(r.error));
      assert.equal(r.error?.type, "invalid_request_error");
      assert.equal(r.error?.code, "json_too_deep");
      assert.match(r.error!.message, /64 levels/);
    }
    assert.equal(upstream.received.length, before, "nothing was forwarded");
  });

  test("nesting up to the limit is served; one level more is refused", async () => {
    // The body object is level 1, metadata's value level 2: 62 more arrays make 64.
    const at = `{"model":"mock-model","messages":[{"role":"user","content":"hi"}],"metadata":${nested(63)}}`;
    const over = `{"model":"mock-model","messages":[{"role":"user","content":"hi"}],"metadata":${nested(64)}}`;
    assert.equal((await post("/v1/chat/completions", at)).status, 200);
    assert.equal((await post("/v1/chat/completions", over)).error?.code, "json_too_deep");
  });

  test("brackets inside strings do not count", async () => {
    const text = `${"[{".repeat(500)}\\"]}`;
    const r = await post("/v1/chat/completions", `{"model":"mock-model","messages":[{"role":"user","content":"${text}"}]}`);
    assert.equal(r.status, 200, JSON.stringify(r.error));
  });
});

describe("the forwarded body", () => {
  test("a duplicated key is forwarded once, with the value that was checked", async () => {
    const body = '{"model":"mock-model","max_tokens":900000,"messages":[{"role":"user","content":"hi"}],"max_tokens":5}';
    assert.equal((await post("/v1/chat/completions", body)).status, 200);
    const sent = upstream.received.at(-1)!.body;
    assert.equal(sent.match(/"max_tokens"/g)?.length, 1, sent);
    assert.equal((JSON.parse(sent) as { max_tokens: number }).max_tokens, 5);
  });

  test("a duplicated key in a generic route's body is forwarded once", async () => {
    const route = await gw.issue({ routes: ["fraud"] });
    const res = await request(`${gw.url}/inference/fraud/score`, {
      method: "POST",
      headers: { authorization: `Bearer ${route}`, "content-type": "application/json" },
      body: '{"amount":5000,"amount":1}',
    });
    await res.body.text();
    assert.equal(res.statusCode, 200);
    assert.equal(upstream.received.at(-1)!.body, '{"amount":1}');
  });

  test("the audit log hashes the caller's bytes, not the re-serialised body", async () => {
    const { createHash } = await import("node:crypto");
    const body = '{ "model": "mock-model",  "messages": [{"role":"user","content":"hash me"}] }';
    const res = await request(`${gw.url}/v1/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body });
    await res.body.text();
    const reqId = String(res.headers["x-request-id"]);
    await gw.gw.auditLog!.flush();
    let event: { content?: { request?: { sha256?: string } } } | undefined;
    for await (const r of gw.store.audit.scan()) if (r.body.includes(reqId)) event = JSON.parse(r.body);
    assert.equal(event?.content?.request?.sha256, createHash("sha256").update(body).digest("hex"));
    assert.notEqual(upstream.received.at(-1)!.body, body, "what went upstream is the re-serialised body");
  });
});
