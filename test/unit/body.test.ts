/**
 * The request body reader (gateway/body.ts) and the nesting pre-scan it runs
 * (core/json-depth.ts), fuzzed: no input — bytes, content type, announced
 * length, chunking, a stream that fails — makes the reader throw or answer a
 * 5xx; what it accepts is forwarded re-serialised; the pre-scan agrees with a
 * recursive reference on generated JSON.
 */
import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, test } from "node:test";
import fc from "fast-check";
import { jsonNestingDepth } from "../../src/core/json-depth.js";
import type { Denial } from "../../src/core/decision.js";
import { readJsonBody } from "../../src/gateway/body.js";
import type { Exchange } from "../../src/gateway/exchange.js";

/** The reference: depth by recursion over the parsed value ({} and [] are 1, scalars 0). */
function depthOf(v: unknown): number {
  if (Array.isArray(v)) return 1 + v.reduce<number>((m, e) => Math.max(m, depthOf(e)), 0);
  if (v !== null && typeof v === "object") return 1 + Object.values(v).reduce<number>((m, e) => Math.max(m, depthOf(e)), 0);
  return 0;
}

/** JSON values whose strings are full of what the scan must skip: quotes, backslashes, brackets, non-ASCII. */
const tricky = fc.string({ unit: fc.constantFrom('"', "\\", "[", "]", "{", "}", "a", "é", "😀", "\n", "\u0000") });
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, tricky, fc.integer(), fc.boolean(), fc.constant(null), tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(tricky, tie("value"), { maxKeys: 4 }),
})).value;

describe("jsonNestingDepth", () => {
  test("agrees with a recursive reference on generated JSON, compact or indented", () => {
    fc.assert(
      fc.property(json, fc.constantFrom(undefined, 1, "\t"), (v, space) => {
        const bytes = Buffer.from(JSON.stringify(v, null, space));
        assert.equal(jsonNestingDepth(bytes), depthOf(v));
      }),
      { numRuns: 500 },
    );
  });

  test("stops early, and says more than the bound exactly when the depth is above it", () => {
    fc.assert(
      fc.property(json, fc.integer({ min: 0, max: 6 }), (v, bound) => {
        const d = jsonNestingDepth(Buffer.from(JSON.stringify(v)), bound);
        assert.equal(d > bound, depthOf(v) > bound);
      }),
      { numRuns: 500 },
    );
  });

  test("deep nesting as generated text: arrays, objects, mixed", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("[", '{"k":'), { minLength: 1, maxLength: 300 }), (opens) => {
        const close = opens.map((o) => (o === "[" ? "]" : "}")).reverse().join("");
        const text = `${opens.join("")}1${close}`;
        assert.equal(jsonNestingDepth(Buffer.from(text)), opens.length);
        assert.equal(depthOf(JSON.parse(text)), opens.length);
      }),
    );
  });

  test("long strings (where the scan jumps to the next quote) with escapes anywhere", () => {
    const piece = fc.oneof(fc.string({ maxLength: 400 }), fc.constantFrom('"', "\\", '\\"', "[", "{", "]", "}"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.string({ maxLength: 900 }), { maxLength: 3 }), json, (parts, extra, v) => {
        const value = [parts.join(""), ...extra, v, [parts.join("").repeat(2)]];
        assert.equal(jsonNestingDepth(Buffer.from(JSON.stringify(value))), depthOf(value));
      }),
      { numRuns: 300 },
    );
  });

  test("escaped quotes and backslash runs end strings where JSON does", () => {
    assert.equal(jsonNestingDepth(Buffer.from('["\\\\", [[1]]]')), 3);
    assert.equal(jsonNestingDepth(Buffer.from('["\\"[[[[", 1]')), 1);
    assert.equal(jsonNestingDepth(Buffer.from('["\\\\\\"[[[[", 1]')), 1);
    assert.equal(jsonNestingDepth(Buffer.from('"unterminated [[[')), 0);
  });
});

/** An exchange around a fake request stream, as the body reader sees it. */
function exchange(headers: Record<string, string>): { x: Exchange; req: PassThrough } {
  const req = Object.assign(new PassThrough(), { headers, method: "POST" });
  // node:http's IncomingMessage emits 'error' only to listeners it has; a PassThrough would throw instead.
  req.on("error", () => undefined);
  const x = { id: "req_test", req, reasons: [] } as unknown as Exchange;
  return { x, req };
}

/** Feeds `bytes` in the given chunk sizes, optionally failing the stream after `failAfter` chunks. */
async function read(bytes: Uint8Array, headers: Record<string, string>, cuts: number[], failAfter?: number, limit = 4096, depth = 8): Promise<{ x: Exchange; d: Denial | undefined }> {
  const { x, req } = exchange(headers);
  const pending = readJsonBody(x, limit, depth);
  let at = 0;
  for (let i = 0; i < cuts.length && at < bytes.length; i++) {
    if (failAfter === i) {
      req.destroy(new Error("connection reset"));
      return { x, d: await pending };
    }
    const n = Math.max(1, cuts[i]!);
    req.write(Buffer.from(bytes.subarray(at, at + n)));
    at += n;
  }
  if (at < bytes.length) req.write(Buffer.from(bytes.subarray(at)));
  req.end();
  return { x, d: await pending };
}

const contentTypes = fc.constantFrom("application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "application/vnd.api+json", "text/plain", "application/x-www-form-urlencoded", "", "json", "application/", "application/json;;;");
const announced = fc.option(fc.oneof(fc.nat({ max: 10_000 }).map(String), fc.constantFrom("abc", "-1", "1e9", "")), { nil: undefined });

describe("readJsonBody", () => {
  test("arbitrary bytes, content types, lengths and chunkings: never a throw, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 6000 }), json.map((v) => new Uint8Array(Buffer.from(JSON.stringify(v))))),
        contentTypes,
        announced,
        fc.array(fc.nat({ max: 700 }), { maxLength: 12 }),
        fc.option(fc.nat({ max: 5 }), { nil: undefined }),
        async (bytes, ct, len, cuts, failAfter) => {
          const headers: Record<string, string> = {};
          if (ct) headers["content-type"] = ct;
          if (len !== undefined) headers["content-length"] = len;
          const { x, d } = await read(bytes, headers, cuts, failAfter);
          if (d === undefined) {
            assert.ok(x.body && typeof x.body === "object" && !Array.isArray(x.body));
            assert.equal(x.rawBody!.toString("utf8"), JSON.stringify(x.body), "forwarded re-serialised");
            assert.deepEqual(Buffer.compare(x.receivedBody!, Buffer.from(bytes)), 0, "the caller's bytes are kept");
          } else {
            assert.ok([400, 413, 415].includes(d.status), `status ${d.status}`);
            assert.equal(d.type, "invalid_request_error");
            assert.ok(d.message.length < 200);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  test("every JSON object within the limits is accepted as parsed; deeper ones are refused with json_too_deep", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(tricky, json, { maxKeys: 5 }), fc.array(fc.nat({ max: 300 }), { maxLength: 6 }), async (obj, cuts) => {
        const text = JSON.stringify(obj);
        fc.pre(Buffer.byteLength(text) <= 4096);
        const { x, d } = await read(Buffer.from(text), { "content-type": "application/json" }, cuts);
        if (depthOf(obj) > 8) {
          assert.equal(d?.code, "json_too_deep");
        } else {
          assert.equal(d, undefined, d?.message);
          assert.deepEqual(x.body, JSON.parse(text));
        }
      }),
      { numRuns: 300 },
    );
  });

  test("a duplicated key is forwarded once, with the value JSON.parse kept", async () => {
    const { x, d } = await read(Buffer.from('{"max_tokens":900000,"model":"m","max_tokens":5}'), { "content-type": "application/json" }, []);
    assert.equal(d, undefined);
    assert.equal(x.rawBody!.toString(), '{"max_tokens":5,"model":"m"}');
  });
});
