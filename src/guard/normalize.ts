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
 * Bounded work, and nothing past a cap escapes: the whole input is
 * normalised, `maxInput` characters at a time (chunks cut at whitespace, so
 * a word or an encoded payload is not split); the normalised text is at most
 * MAX_EXPANSION times the input (NFKC can expand a character eighteenfold),
 * and text beyond that is reported as the "expanded" signal, which the
 * injection detector turns into a finding (fail closed); each chunk may
 * produce `maxDecoded` characters of decoded text; every scan is linear.
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
  /** Characters of input normalised at a time; all of the input is, chunk by chunk. */
  maxInput?: number;
}

export const NORMALIZE_DEFAULTS: Readonly<Required<NormalizeOptions>> = {
  maxDecodeDepth: 3,
  maxDecoded: 32 * 1024,
  maxInput: 256 * 1024,
};

/** Normalised text kept per input character: more is a flood of expanding characters, reported, not read. */
export const MAX_EXPANSION = 2;
/** How far back from a chunk's end a whitespace is looked for to cut at. */
const CUT_SEARCH = 4096;

interface Counts extends InvisibleCounts {
  confusables: number;
  encoded: number;
  /** Normalised characters dropped beyond MAX_EXPANSION times the input. */
  expanded: number;
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
  const counts: Counts = { zeroWidth: 0, bidi: 0, tags: 0, excessMarks: 0, confusables: 0, encoded: 0, expanded: 0 };
  const maxDecoded = options.maxDecoded ?? NORMALIZE_DEFAULTS.maxDecoded;
  const state: DecodeState = { decoded: [], seen: new Set(), budget: 0, maxDepth: options.maxDecodeDepth ?? NORMALIZE_DEFAULTS.maxDecodeDepth, counts };
  let room = Math.max(MAX_EXPANSION * input.length, 1024);
  const pieces: string[] = [];
  for (const chunk of chunks(input, Math.max(2, maxInput))) {
    const hidden: Hidden[] = [];
    const full = normalizeText(chunk, room, counts, hidden, true);
    // Beyond the room left, the text is not read: counted, so the detector reports it (fail closed).
    const piece = truncate(full, room);
    counts.expanded += full.length - piece.length;
    room -= piece.length;
    pieces.push(piece);
    state.budget = maxDecoded; // per chunk: a flood of decoys early on does not use up what a later payload needs
    for (const h of hidden) addDecoded(state, h.encoding, h.text, 1);
    if (state.maxDepth > 0) decodePayloads(state, piece, 1, true);
  }
  return { text: pieces.join(""), decoded: state.decoded, signals: signalsOf(counts) };
}

/** The input in pieces of at most `size` units, cut after a whitespace where there is one near the end, never inside a surrogate pair. */
function* chunks(input: string, size: number): Generator<string> {
  let at = 0;
  while (input.length - at > size) {
    let end = at + size;
    const space = lastWhitespace(input, end, Math.max(at + 1, end - CUT_SEARCH));
    if (space !== -1) end = space + 1;
    else if (isHighSurrogate(input.charCodeAt(end - 1))) end--;
    yield input.slice(at, end);
    at = end;
  }
  yield input.slice(at);
}

function lastWhitespace(text: string, before: number, notBefore: number): number {
  for (let i = before - 1; i >= notBefore; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) return i;
  }
  return -1;
}

/**
 * Steps 1-3 for one piece of text, at most `limit` characters out (NFKC can
 * expand a character eighteenfold). ASCII text has nothing to remove or fold.
 */
function normalizeText(raw: string, limit: number, counts: Counts, hidden: Hidden[], countDropped = false): string {
  if (!NON_ASCII.test(raw)) return raw;
  const visible = removeInvisibles(raw, counts, hidden);
  const nfkc = visible.normalize("NFKC");
  const kept = truncate(nfkc, limit);
  if (countDropped) counts.expanded += nfkc.length - kept.length;
  const folded = foldLookalikes(kept);
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
  if (counts.expanded > 0) signals.push({ kind: "expanded", count: counts.expanded });
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
