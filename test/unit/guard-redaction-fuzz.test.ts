/**
 * Property tests for redaction (issue 13, "How it is checked"): no
 * exception escapes, no redacted output keeps any part of a span that had to
 * be redacted, and the output is built in linear work (its size is bounded
 * by the input and one placeholder per span; the one-pass builder agrees
 * with the naive one it replaced).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { guardSchema } from "../../src/config/guard-schema.js";
import { Guard, redact } from "../../src/guard/engine.js";
import { resolveProfile } from "../../src/guard/profiles.js";
import { Pseudonyms } from "../../src/guard/pseudonyms.js";
import type { Finding } from "../../src/guard/types.js";

/** The builder the engine had before: right to left, one new string per span. Correct, quadratic. */
function naiveRedact(text: string, findings: readonly Finding[], pseudonyms: Pseudonyms): string {
  const spans = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; label: string; score: number }[] = [];
  for (const f of spans) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (f.score > last.score) {
        last.label = f.label;
        last.score = f.score;
      }
    } else merged.push({ start: f.start, end: f.end, label: f.label, score: f.score });
  }
  let out = text;
  for (let i = merged.length - 1; i >= 0; i--) {
    const s = merged[i]!;
    out = out.slice(0, s.start) + pseudonyms.placeholder(s.label, text.slice(s.start, s.end)) + out.slice(s.end);
  }
  return out;
}

const spansOf = (len: number) =>
  fc.array(
    fc.record({ a: fc.nat(len), b: fc.nat(len), label: fc.constantFrom("EMAIL_ADDRESS", "API_KEY", "X"), score: fc.double({ min: 0, max: 1, noNaN: true }) }),
    { maxLength: 40 },
  );

describe("redact(): properties over arbitrary spans", () => {
  test("agrees with the naive builder, covers every span, and stays within its size bound", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }).chain((text) => fc.tuple(fc.constant(text), spansOf(text.length))),
        ([text, raw]) => {
          const findings: Finding[] = raw.map((s) => ({
            detector: "pii.email",
            score: s.score,
            start: Math.min(s.a, s.b),
            end: Math.max(s.a, s.b),
            label: s.label,
            message: "",
          }));
          // Numbering follows the order placeholders are asked for: the naive builder asks right to left.
          const out = redact(text, findings, new Pseudonyms());
          const expected = naiveRedact(text, findings, new Pseudonyms());
          const norm = (s: string) => s.replace(/_\d+\]/g, "_n]");
          assert.equal(norm(out), norm(expected));
          const longest = "[EMAIL_ADDRESS_9999]".length;
          assert.ok(out.length <= text.length + findings.length * longest);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("the guard over generated prompts: what must be redacted is gone", () => {
  const guard = new Guard(resolveProfile("scrub", guardSchema.parse({ profiles: { scrub: { extends: "standard", request: { pii: "redact", secrets: "redact" } } } })));
  // Filler of letters and punctuation only: a secret's windows with a digit or "@" cannot occur in it by chance.
  const filler = fc.array(fc.constantFrom("the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", ",", ".", "\n", "and", "then"), { maxLength: 30 }).map((w) => w.join(" "));
  const lower = "abcdefghijklmnopqrstuvwxyz";
  const digits = "0123456789";
  const word = (chars: string, min: number, max: number) => fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((c) => c.join(""));
  const email = fc.tuple(word(lower, 3, 8), word(digits, 2, 4), word(lower, 3, 8), fc.constantFrom("com", "org", "net")).map(([a, d, b, tld]) => `${a}${d}@${b}.${tld}`);
  const alnum = `${lower}${lower.toUpperCase()}${digits}`;
  // Real tokens are random: a mixed tail keeps a generated one above the detectors' entropy floor.
  const githubToken = word(alnum, 20, 20).map((t) => `ghp_${t}Xk9Qz7Lm2Pw4Rt8V`);
  const secret = fc.oneof(email, githubToken);

  test("no exception, and no window of 4 characters with a digit or '@' of a planted value remains", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, secret), { minLength: 1, maxLength: 12 }), filler, (parts, tail) => {
        const planted = parts.map(([, s]) => s);
        const text = parts.map(([f, s]) => `${f} ${s} `).join("") + tail;
        const r = guard.inspect("request", [{ path: "messages[0].content", role: "user", text }], { pseudonyms: new Pseudonyms() });
        assert.notEqual(r.verdict, "allow", text);
        const out = r.verdict === "block" ? "" : (r.redacted.get(0) ?? text);
        for (const s of planted) {
          for (let i = 0; i + 4 <= s.length; i++) {
            const w = s.slice(i, i + 4);
            if (/[\d@]/.test(w)) assert.ok(!out.includes(w), `"${w}" of a planted value remains in: ${out}`);
          }
        }
        // Reasons quote excerpts: those mask the same spans.
        for (const reason of r.reasons) for (const e of reason.evidence ?? []) for (const s of planted) assert.ok(!e.excerpt.includes(s));
      }),
      { numRuns: 150 },
    );
  });
});
