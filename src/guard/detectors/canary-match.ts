/**
 * Canary tokens written in a disguise: spaced out ("A C M E - 7 7 3 1"),
 * fullwidth or look-alike letters, zero-width characters between the
 * letters, Unicode tag characters, rot13, hex (also "%41%43..." and
 * "41 43 ..."), base64 / base64url (also inside a longer base64 payload).
 *
 * The output is reduced once to a skeleton: its letters and digits, lower
 * case, with NFKD and the look-alike tables applied per character, every
 * other character dropped, each skeleton character remembering its span in
 * the output. A run of more than MAX_GAP dropped characters breaks the
 * skeleton, so letters scattered over a paragraph never join into a canary.
 * Each canary gives a few needles, built once at creation and generated from
 * the canary itself: its skeleton, its rot13, its hex, and (case kept) the
 * alphanumeric part of the base64 characters its bytes fix at each of the
 * three byte alignments. Matching is indexOf over the skeleton: one linear
 * pass to build it, a bounded number of searches.
 *
 * A disguised canary spans at most `reach` characters of output (needle
 * length × (MAX_GAP + 1)); a stream must hold back that much to catch one
 * before its first characters leave.
 */
import { Buffer } from "node:buffer";
import { CROSS_SCRIPT_LOOKALIKES, LATIN_LOOKALIKES } from "../confusables.js";
import { rot13 } from "../rot13.js";

/** Dropped characters (spaces, punctuation, invisibles) allowed between two characters of a canary. */
export const MAX_GAP = 8;
const BREAK = "\u0000";
/** Shorter needles (a base64 core of a short canary, alphanumerics only) could occur by chance. */
const MIN_NEEDLE = 8;

export interface Needle {
  text: string;
  /** Searched in the case-kept skeleton (base64), else in the lower-case one. */
  exactCase: boolean;
  /** How the canary was disguised, for the message. */
  form: "letters" | "rot13" | "hex" | "base64";
}

export interface CanaryMatch {
  start: number;
  end: number;
  form: Needle["form"];
}

/** The needles of one canary, generated from it (never a fixed list of test strings). */
export function canaryNeedles(canary: string): Needle[] {
  const letters = skeleton(canary).lower.replaceAll(BREAK, "");
  const out: Needle[] = [];
  const add = (text: string, exactCase: boolean, form: Needle["form"]) => {
    if (text.length >= MIN_NEEDLE && !out.some((n) => n.text === text && n.exactCase === exactCase)) out.push({ text, exactCase, form });
  };
  add(letters, false, "letters");
  add(rot13(letters), false, "rot13");
  const bytes = Buffer.from(canary, "utf8");
  add(bytes.toString("hex"), false, "hex");
  for (const variant of new Set([canary, canary.toLowerCase(), canary.toUpperCase()])) {
    const b = Buffer.from(variant, "utf8");
    for (let k = 0; k < 3; k++) add(alnum(stableBase64(b, k)), true, "base64");
  }
  return out;
}

/** The longest output a needle can be spread over. */
export function reachOf(needles: readonly Needle[]): number {
  let max = 0;
  for (const n of needles) max = Math.max(max, n.text.length * (MAX_GAP + 1));
  return max;
}

/**
 * The base64 characters fixed by `bytes` alone when they follow k other
 * bytes: char j covers bits [6j, 6j+6), the bytes cover [8k, 8(k+len)).
 */
function stableBase64(bytes: Buffer, k: number): string {
  const enc = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64");
  const from = Math.ceil((8 * k) / 6);
  const to = Math.floor((8 * (k + bytes.length)) / 6);
  return enc.slice(from, to);
}

function alnum(s: string): string {
  return s.replace(/[^A-Za-z0-9]/g, "");
}

export interface Skeleton {
  /** Letters and digits as written (after folding), BREAK where a gap was too long. */
  kept: string;
  lower: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** Characters that fold to letters and digits, per non-ASCII code point (bounded cache). */
const FOLD_CACHE = new Map<number, string>();
const FOLD_CACHE_MAX = 4096;

function foldChar(cp: number): string {
  let f = FOLD_CACHE.get(cp);
  if (f !== undefined) return f;
  if (cp >= 0xe0020 && cp <= 0xe007e) f = String.fromCharCode(cp - 0xe0000); // tag characters spell ASCII
  else f = LATIN_LOOKALIKES.get(cp) ?? CROSS_SCRIPT_LOOKALIKES.get(cp) ?? String.fromCodePoint(cp).normalize("NFKD");
  f = alnum(f);
  if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
  FOLD_CACHE.set(cp, f);
  return f;
}

/** One linear pass over `text`; see the module comment. */
export function skeleton(text: string): Skeleton {
  const n = text.length;
  // A folded character yields at most a few letters (NFKD of a ligature or a "㎒"): room for 4 per unit.
  const starts = new Int32Array(n * 4 + 1);
  const ends = new Int32Array(n * 4 + 1);
  let kept = "";
  let len = 0;
  let gap = 0;
  const push = (s: string, start: number, end: number) => {
    if (gap > MAX_GAP && len > 0) {
      kept += BREAK;
      starts[len] = start;
      ends[len++] = start;
    }
    gap = 0;
    for (let k = 0; k < s.length && len < starts.length - 1; k++) {
      kept += s[k];
      starts[len] = start;
      ends[len++] = end;
    }
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) push(text[i]!, i, i + 1);
      else gap++;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = foldChar(cp);
    if (f === "") gap++;
    else push(f, i, i + width);
    i += width;
  }
  return { kept, lower: kept.toLowerCase(), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/** Every place a needle occurs in the skeleton, as spans of the output. */
export function findNeedles(sk: Skeleton, needles: readonly Needle[]): CanaryMatch[] {
  const out: CanaryMatch[] = [];
  if (sk.kept.length !== sk.lower.length) return out; // a case mapping changed lengths: offsets would be wrong
  for (const needle of needles) {
    const hay = needle.exactCase ? sk.kept : sk.lower;
    for (let i = hay.indexOf(needle.text); i >= 0; i = hay.indexOf(needle.text, i + needle.text.length)) {
      out.push({ start: sk.starts[i]!, end: sk.ends[i + needle.text.length - 1]!, form: needle.form });
    }
  }
  return out;
}
