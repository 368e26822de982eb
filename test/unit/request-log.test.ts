import assert from "node:assert/strict";
import { test } from "node:test";
import { formatRequestLine, type RequestLine } from "../../src/gateway/log.js";

const base: RequestLine = { reqId: "req_1", method: "POST", path: "/v1/chat/completions", status: 200, ms: 1.25, client: "127.0.0.1" };

test("a request line is the JSON that JSON.stringify would write for the same fields", () => {
  const line: RequestLine = { ...base, principal: "svc", keyId: "abc", model: "m", stream: true, upstreamStatus: 200, outcome: "ok", code: undefined };
  const parsed = JSON.parse(formatRequestLine(line, "2026-01-01T00:00:00.000Z"));
  assert.deepEqual(parsed, {
    level: 30,
    time: "2026-01-01T00:00:00.000Z",
    service: "wardgate",
    reqId: "req_1",
    method: "POST",
    path: "/v1/chat/completions",
    status: 200,
    ms: 1.25,
    client: "127.0.0.1",
    principal: "svc",
    keyId: "abc",
    model: "m",
    stream: true,
    upstreamStatus: 200,
    outcome: "ok",
    msg: "request",
  });
});

test("strings from the caller are escaped, so a crafted path cannot forge fields or lines", () => {
  const out = formatRequestLine({ ...base, path: '/x","level":60,"y":"\n{"forged":true}' }, "t");
  assert.equal(out.split("\n").length, 2, "exactly one line and its terminator");
  const parsed = JSON.parse(out);
  assert.equal(parsed.level, 30);
  assert.equal(parsed.path, '/x","level":60,"y":"\n{"forged":true}');
});

test("non-finite numbers become null rather than invalid JSON", () => {
  const parsed = JSON.parse(formatRequestLine({ ...base, ms: Number.NaN }, "t"));
  assert.equal(parsed.ms, null);
});
