/**
 * Normalisation before detection: turns text into what a reader (or a
 * model) effectively sees, so detectors looking for hidden instructions
 * match "іgnоrе" (Cyrillic), "ｉｇｎｏｒｅ", "ig\u200Bnore" and "aWdub3Jl..."
 * as "ignore".
 *
 * Steps, per piece of text:
 *  1. invisibles removed and counted, tag-character text revealed (invisibles.ts);
 *  2. NFKC: fullwidth forms, mathematical alphanumerics, ligatures, exotic spaces;
 *  3. look-alike characters folded to ASCII (fold.ts): punctuation always;
 *     letters of other scripts only in words that are otherwise Latin, so
 *     "pаypаl" with a Cyrillic "а" folds and a Russian sentence stays Russian;
 *  4. encoded payloads found and decoded (payloads.ts), each result normalised
 *     the same way and searched again, up to `maxDecodeDepth` layers.
 *
 * Bounded work: only the first `maxInput` characters are inspected (the
 * engine handles oversize input on its own), at most `maxDecoded` characters
 * of decoded text are produced in total, every scan is linear.
 */
import { foldLookalikes } from "./fold.js";
import { type Hidden, type InvisibleCounts, removeInvisibles } from "./invisibles.js";
import { findPayloads } from "./payloads.js";
import type { Normalized } from "./types.js";

export interface NormalizeOptions {
  /** Layers of nested encoding decoded (base64 of hex of ... ). 0 decodes nothing. */
  maxDecodeDepth?: number;
  /** Total characters of decoded text produced, over all layers. */
  maxDecoded?: number;
  /** Characters of input inspected; the rest is ignored. */
  maxInput?: number;
}

export const NORMALIZE_DEFAULTS: Readonly<Required<NormalizeOptions>> = {
  maxDecodeDepth: 3,
  maxDecoded: 32 * 1024,
  maxInput: 256 * 1024,
};

interface Counts extends InvisibleCounts {
  confusables: number;
  encoded: number;
}

interface DecodeState {
  decoded: Normalized["decoded"];
  /** Texts already produced, so a payload repeated in the input is reported once. */
  seen: Set<string>;
  budget: number;
  maxDepth: number;
  counts: Counts;
}

export function normalize(input: string, options: NormalizeOptions = {}): Normalized {
  const maxInput = options.maxInput ?? NORMALIZE_DEFAULTS.maxInput;
  const counts: Counts = { zeroWidth: 0, bidi: 0, tags: 0, excessMarks: 0, confusables: 0, encoded: 0 };
  const hidden: Hidden[] = [];
  const text = normalizeText(truncate(input, maxInput), maxInput, counts, hidden);
  const state: DecodeState = {
    decoded: [],
    seen: new Set(),
    budget: options.maxDecoded ?? NORMALIZE_DEFAULTS.maxDecoded,
    maxDepth: options.maxDecodeDepth ?? NORMALIZE_DEFAULTS.maxDecodeDepth,
    counts,
  };
  for (const h of hidden) addDecoded(state, h.encoding, h.text, 1);
  if (state.maxDepth > 0) decodePayloads(state, text, 1, true);
  return { text, decoded: state.decoded, signals: signalsOf(counts) };
}

/**
 * Steps 1-3 for one piece of text, at most `limit` characters out (NFKC can
 * expand a character eighteenfold). ASCII text has nothing to remove or fold.
 */
function normalizeText(raw: string, limit: number, counts: Counts, hidden: Hidden[]): string {
  if (!NON_ASCII.test(raw)) return raw;
  const visible = removeInvisibles(raw, counts, hidden);
  const folded = foldLookalikes(truncate(visible.normalize("NFKC"), limit));
  counts.confusables += folded.folded;
  return folded.text;
}

function decodePayloads(state: DecodeState, text: string, depth: number, tryRot13: boolean): void {
  for (const payload of findPayloads(text, state.budget, tryRot13)) {
    addDecoded(state, payload.encoding, payload.text, depth);
  }
}

function addDecoded(state: DecodeState, encoding: string, raw: string, depth: number): void {
  if (state.budget <= 0) return;
  const hidden: Hidden[] = [];
  const text = truncate(normalizeText(raw, state.budget, state.counts, hidden), state.budget);
  if (state.seen.has(text) || text.trim() === "") return;
  state.seen.add(text);
  state.decoded.push({ encoding, text });
  state.budget -= text.length;
  if (encoding !== "unicode-tags" && encoding !== "variation-selectors") state.counts.encoded++;
  for (const h of hidden) addDecoded(state, h.encoding, h.text, depth + 1);
  // rot13 is its own inverse: rot13 found in rot13 output is the original text again.
  if (depth < state.maxDepth) decodePayloads(state, text, depth + 1, encoding !== "rot13");
}

function signalsOf(counts: Counts): Normalized["signals"] {
  const signals: Normalized["signals"] = [];
  if (counts.zeroWidth > 0) signals.push({ kind: "zero-width", count: counts.zeroWidth });
  if (counts.tags > 0) signals.push({ kind: "tag-characters", count: counts.tags });
  if (counts.bidi > 0) signals.push({ kind: "bidi-control", count: counts.bidi });
  // Excess combining marks are Zalgo: reported with the look-alikes they usually decorate.
  const confusables = counts.confusables + counts.excessMarks;
  if (confusables > 0) signals.push({ kind: "confusables", count: confusables });
  if (counts.encoded > 0) signals.push({ kind: "encoded", count: counts.encoded });
  return signals;
}

/** The first `max` UTF-16 units, not splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

const NON_ASCII = /[^\x00-\x7F]/;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
