/** core/clip.ts: bounded echoes of caller-supplied strings, never a broken surrogate pair. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { clip } from "../../src/core/clip.js";

/** Whether `s` is well-formed UTF-16 (no lone surrogate). */
const wellFormed = (s: string) => Buffer.from(s, "utf8").toString("utf8") === s;

describe("clip", () => {
  test("short strings are returned unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 50 }), fc.integer({ min: 50, max: 100 }), (s, max) => {
        assert.equal(clip(s, max), s);
      }),
    );
  });

  test("long strings keep their start, say their length, and stay bounded and well-formed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 400 }), fc.integer({ min: 1, max: 100 }), (s, max) => {
        fc.pre(wellFormed(s) && s.length > max);
        const c = clip(s, max);
        const marker = `…[${s.length} chars]`;
        assert.ok(c.endsWith(marker), c);
        const head = c.slice(0, -marker.length);
        assert.ok(s.startsWith(head));
        assert.ok(head.length === max || head.length === max - 1);
        assert.ok(wellFormed(c), "a surrogate pair was split");
      }),
    );
  });

  test("a cut that would fall inside an emoji moves before it", () => {
    assert.equal(clip("ab😀cd", 3), "ab…[6 chars]");
    assert.equal(clip("ab😀cd", 4), "ab😀…[6 chars]");
  });

  test("the default bound is 200 characters", () => {
    assert.equal(clip("x".repeat(200)), "x".repeat(200));
    assert.equal(clip("x".repeat(921_000)), `${"x".repeat(200)}…[921000 chars]`);
  });
});
