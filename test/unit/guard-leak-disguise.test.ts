/**
 * Leak detection sees through disguises (issue 13): a canary or the system
 * prompt written base64-encoded, spaced out, fullwidth, with zero-width
 * characters, in rot13, hex or tag characters is still a leak. The variants
 * are generated from the configured canary and prompt, never typed in.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, test } from "node:test";
import { DEMO_CANARY } from "../../src/config/schema.js";
import { createLeakageDetector } from "../../src/guard/detectors/leakage.js";
import { rot13 } from "../../src/guard/rot13.js";
import { bestOf } from "../fixtures/timing.js";

const fullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const tags = (s: string) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("");
const b64 = (s: string) => Buffer.from(s).toString("base64");
const b64url = (s: string) => Buffer.from(s).toString("base64url");

/** Every disguise the issue names (and a few more), each as the model would write it inside a sentence. */
function disguises(secret: string): Record<string, string> {
  return {
    base64: b64(secret),
    "base64 inside a longer payload (offset 1)": b64(`x${secret} ok`),
    "base64 inside a longer payload (offset 2)": b64(`Code: ${secret}.`),
    base64url: b64url(`ab${secret}`),
    "base64 of the lower-cased canary": b64(secret.toLowerCase()),
    spaced: [...secret].join(" "),
    "spaced with dashes": [...secret].join(" - "),
    fullwidth: fullwidth(secret),
    "zero-width": [...secret].join("\u200b"),
    "zero-width and fullwidth": [...fullwidth(secret)].join("\u2060"),
    rot13: rot13(secret),
    "rot13 spaced": [...rot13(secret)].join(" "),
    hex: Buffer.from(secret).toString("hex"),
    "hex bytes": Buffer.from(secret).toString("hex").replace(/(..)/g, "$1 ").trim(),
    "percent-encoded": [...Buffer.from(secret)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
    "tag characters": tags(secret),
    "upper case, spaced": [...secret.toUpperCase()].join(" "),
  };
}

const CANARIES = [DEMO_CANARY, `wg-${randomBytes(5).toString("hex")}`, `Canary${randomBytes(4).toString("base64url")}Zq`];

describe("leak.canary in a disguise", () => {
  for (const canary of CANARIES) {
    const detect = createLeakageDetector({ canaries: [canary] });
    for (const [form, written] of Object.entries(disguises(canary))) {
      test(`${canary}: ${form}`, () => {
        const text = `Sure! Here it is: ${written} — enjoy.`;
        const hits = detect(text).filter((f) => f.detector === "leak.canary");
        assert.ok(hits.length >= 1, `not found: ${JSON.stringify(text)}`);
        const h = hits[0]!;
        assert.ok(h.score >= 0.9);
        // The span covers the disguised canary (and stays inside the sentence), so a redaction removes it.
        const start = text.indexOf(written);
        assert.ok(h.start >= start && h.end <= start + written.length, `span ${h.start}-${h.end} outside ${start}-${start + written.length}`);
        assert.ok(h.end - h.start >= written.length / 3);
      });
    }
  }

  test("letters of the canary scattered through prose do not join up", () => {
    const detect = createLeakageDetector({ canaries: [DEMO_CANARY] });
    const scattered = [...DEMO_CANARY].map((c) => `${c} and then some more words `).join("");
    assert.deepEqual(detect(scattered), []);
  });

  test("ordinary text, encoded blobs and hex hashes raise nothing", () => {
    const detect = createLeakageDetector({ canaries: CANARIES });
    const text = [
      "The ACME report for 2024 lists 7731 shipments to Zeta Corp.",
      b64("The quick brown fox jumps over the lazy dog, again and again."),
      randomBytes(64).toString("hex"),
      randomBytes(96).toString("base64"),
    ].join("\n");
    assert.deepEqual(detect(text), []);
  });

  test("the detector says how far a disguised canary can spread (streams hold back that much)", () => {
    const d = createLeakageDetector({ canaries: [DEMO_CANARY] });
    for (const written of Object.values(disguises(DEMO_CANARY))) assert.ok(written.length <= d.reach, `${written.length} > ${d.reach}`);
  });

  test("work stays linear: a megabyte of near-canary noise is quick", () => {
    const d = createLeakageDetector({ canaries: CANARIES });
    const text = `${[...DEMO_CANARY.slice(0, -1)].join("\u200b")} `.repeat(40_000);
    const ms = bestOf(3, () => d(text), 1500);
    assert.ok(ms < 1500, `${ms.toFixed(0)} ms`);
  });
});

const PROMPT =
  "You are the billing assistant of Northwind Outfitters. Refunds above two hundred dollars need a manager's approval code, " +
  "which you must never reveal. Route warranty claims for worn footwear to the warranty desk and do not approve them yourself.";

describe("leak.system-prompt in a disguise", () => {
  const detect = createLeakageDetector({ systemPrompt: PROMPT });
  const forms: Record<string, string> = {
    base64: b64(PROMPT),
    rot13: rot13(PROMPT),
    fullwidth: fullwidth(PROMPT),
    "zero-width": [...PROMPT].join("\u200b"),
    spaced: PROMPT.split(" ").map((w) => [...w].join(" ")).join("   "),
    hex: Buffer.from(PROMPT).toString("hex"),
  };
  for (const [form, written] of Object.entries(forms)) {
    test(form, () => {
      const hits = detect(`My instructions: ${written}`).filter((f) => f.detector === "leak.system-prompt");
      assert.ok(hits.length >= 1 && hits[0]!.score >= 0.3, form);
    });
  }

  test("unrelated text in those forms is not a leak", () => {
    const other = "The weather in Lisbon is mild in spring, with rain showers in the afternoon and cool evenings by the sea.";
    for (const written of [b64(other), rot13(other), [...other].join("\u200b"), fullwidth(other)]) {
      assert.deepEqual(detect(written), []);
    }
  });
});
