/**
 * System-prompt leakage in model output, by two independent signals:
 *
 * - leak.canary: a canary token (a random marker the operator planted in the
 *   system prompt) appears verbatim: score 1; with different letter case: 0.9.
 * - leak.system-prompt: the output repeats runs of the configured system
 *   prompt. Both texts are reduced to lower-case words (letters, digits and
 *   marks; punctuation, markup and whitespace only separate words), and the
 *   output's word n-grams (default 5) are looked up in the prompt's n-gram
 *   set, which is built once at creation.
 *
 * Matching n-grams that overlap or sit within two words of each other form a
 * region (a quote with a word changed stays one region); each region is a
 * finding over its span. The score is the larger of
 *   run:   1 - exp(-(n-grams in the region - 1) / 12)   (10 words ~ 0.28, 30 words ~ 0.86)
 *   share: distinct prompt n-grams found anywhere in the output / all of the prompt's.
 * Common phrases ("you are a helpful assistant") share one or two n-grams
 * with a prompt, so nothing is reported unless the output shares at least
 * `minShared` distinct n-grams (default 4), the region has 2+, and the score
 * reaches `threshold` (default 0.3). Consequence: a prompt shorter than
 * ngram + minShared - 1 words (8 by default) is too short to tell apart
 * from common phrasing and is only protected by canaries.
 *
 * Pure over the text it is given, so a streamed response can be re-checked
 * on each window; paraphrase and translation are not caught (gap).
 */
import { normalize } from "../normalize.js";
import { rot13 } from "../rot13.js";
import type { Finding, LeakDetector } from "../types.js";
import { canaryNeedles, findNeedles, type Needle, reachOf, skeleton } from "./canary-match.js";

export interface LeakageDetectorOptions {
  systemPrompt?: string;
  /** Canary tokens; each at least 6 characters, so that one cannot occur by chance. */
  canaries?: string[];
  /** Words per n-gram (default 5). */
  ngram?: number;
  /** Minimum score for a system-prompt finding (default 0.3). */
  threshold?: number;
  /** Minimum distinct shared n-grams before any overlap is reported (default 4). */
  minShared?: number;
}

const MIN_CANARY_LENGTH = 6;
/** Words that may differ between two matching stretches and still count as one quote. */
const MAX_GAP_WORDS = 2;
const RUN_SCALE = 12;
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function createLeakageDetector(opts: LeakageDetectorOptions): LeakDetector & { reach: number } {
  const canaries = (opts.canaries ?? []).map((c) => c.trim()).filter((c) => c !== "");
  for (const c of canaries) {
    if (c.length < MIN_CANARY_LENGTH) throw new RangeError(`Canary tokens must be at least ${MIN_CANARY_LENGTH} characters long.`);
  }
  const n = opts.ngram ?? 5;
  if (!Number.isInteger(n) || n < 2) throw new RangeError("ngram must be an integer of at least 2.");
  const index = opts.systemPrompt ? indexPrompt(opts.systemPrompt, n) : null;
  const threshold = opts.threshold ?? 0.3;
  const minShared = opts.minShared ?? 4;
  const needles = canaries.flatMap(canaryNeedles);
  const detect = (text: string) => {
    const findings: Finding[] = [];
    if (canaries.length === 0 && index === null) return findings;
    // Lower-cased once for both checks; a rare case mapping that changes the length would break offsets.
    let lower: string | null = text.toLowerCase();
    if (lower.length !== text.length) lower = null;
    for (const canary of canaries) findCanary(text, lower, canary, findings);
    if (needles.length > 0) findDisguisedCanaries(text, needles, findings);
    if (index !== null && index.ngrams.size > 0) {
      const before = findings.length;
      findOverlap(text, lower, index, n, threshold, minShared, findings);
      if (findings.length === before) findDisguisedOverlap(text, index, n, threshold, minShared, findings);
    }
    return findings;
  };
  return Object.assign(detect, { reach: reachOf(needles) });
}

const FORM_WORDS: Record<Needle["form"], string> = {
  letters: "spaced out, with look-alike or invisible characters",
  rot13: "in rot13",
  hex: "hex-encoded",
  base64: "base64-encoded",
};

/** Canaries in a disguise (canary-match.ts), where no verbatim finding already covers the spot. */
function findDisguisedCanaries(text: string, needles: readonly Needle[], out: Finding[]): void {
  const verbatim = out.filter((f) => f.detector === "leak.canary");
  for (const m of findNeedles(skeleton(text), needles)) {
    if (verbatim.some((f) => f.start < m.end && m.start < f.end)) continue;
    out.push({
      detector: "leak.canary",
      score: 0.95,
      start: m.start,
      end: m.end,
      label: "CANARY",
      message: `The output contains a canary token planted in the system prompt, ${FORM_WORDS[m.form]}.`,
    });
  }
}

/** Single letters or digits separated by single spaces: "Y o u  a r e" reads "You  are". */
const LETTER_SPACING = /(?<=(?:^|[^\p{L}\p{N}])[\p{L}\p{N}]) (?=[\p{L}\p{N}](?:$|[^\p{L}\p{N}]))/gu;

/**
 * The system prompt repeated in a disguise: the output as a reader sees it
 * (invisibles removed, fullwidth and look-alikes folded), letter-spaced
 * text closed up, rot13, and payloads the normaliser decodes (base64, hex,
 * URL encoding). A constant number of linear views; a match in any of them
 * is one finding over the whole text, since a decoded view has no offsets
 * in the output.
 */
function findDisguisedOverlap(text: string, index: PromptIndex, n: number, threshold: number, minShared: number, out: Finding[]): void {
  const normalized = normalize(text);
  const views: { how: string; text: string }[] = [
    { how: "with look-alike or invisible characters", text: normalized.text },
    { how: "spaced out", text: normalized.text.replace(LETTER_SPACING, "") },
    { how: "in rot13", text: rot13(normalized.text) },
    ...normalized.decoded.map((d) => ({ how: `encoded (${d.encoding})`, text: d.text })),
  ];
  for (const view of views) {
    if (view.text === text) continue;
    const found: Finding[] = [];
    const lower = view.text.toLowerCase();
    findOverlap(view.text, lower.length === view.text.length ? lower : null, index, n, threshold, minShared, found);
    if (found.length === 0) continue;
    const score = Math.max(...found.map((f) => f.score));
    out.push({
      detector: "leak.system-prompt",
      score,
      start: 0,
      end: text.length,
      label: "SYSTEM_PROMPT",
      message: `The output repeats the system prompt ${view.how}.`,
    });
    return;
  }
}

function findCanary(text: string, lower: string | null, canary: string, out: Finding[]): void {
  let found = false;
  for (let i = text.indexOf(canary); i >= 0; i = text.indexOf(canary, i + canary.length)) {
    found = true;
    out.push({ detector: "leak.canary", score: 1, start: i, end: i + canary.length, label: "CANARY", message: "The output contains a canary token planted in the system prompt." });
  }
  if (found || lower === null) return;
  const needle = canary.toLowerCase();
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
    out.push({
      detector: "leak.canary",
      score: 0.9,
      start: i,
      end: i + needle.length,
      label: "CANARY",
      message: "The output contains a canary token planted in the system prompt (letter case changed).",
    });
  }
}

interface PromptIndex {
  /** Word hash -> word id. */
  vocabulary: Map<number, number>;
  /** Hashes of the prompt's word n-grams. */
  ngrams: Set<number>;
}

interface Words {
  /** Hashes of the lower-case words. */
  hashes: number[];
  starts: number[];
  ends: number[];
}

/**
 * Splits text into words, runs of letters, digits and combining marks, and
 * hashes each lower-cased word straight from the character codes (no
 * substring per word). The prompt and the output go through this same
 * function, so whatever it counts as a word, both sides agree. `lower` is
 * the lower-cased text, or null when lower-casing changed its length; then
 * each word is lower-cased on its own.
 */
function scanWords(text: string, lower: string | null): Words {
  const src = lower ?? text;
  const out: Words = { hashes: [], starts: [], ends: [] };
  const len = src.length;
  let i = 0;
  while (i < len) {
    if (!isWordChar(src, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < len && isWordChar(src, i)) i++;
    out.hashes.push(lower !== null ? hashChars(src, start, i) : hashChars(src.slice(start, i).toLowerCase(), 0, -1));
    out.starts.push(start);
    out.ends.push(i);
  }
  return out;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return c >= 0xaa && NON_ASCII_WORD_CHAR.test(text[i]!);
}

/**
 * Hash of s[start, end) (end -1: to the end), kept to 30 bits so that V8
 * stores it as a small integer (no allocation per word). Two different words
 * share a hash with odds ~1e-9, and a collision only matters if it completes
 * a prompt n-gram whose other words match too.
 */
function hashChars(s: string, start: number, end: number): number {
  const stop = end < 0 ? s.length : end;
  let h = 0x811c9dc5;
  for (let k = start; k < stop; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return mix30(h);
}

/** Final avalanche (murmur3 fmix32), truncated to 30 bits. */
function mix30(x: number): number {
  let h = x;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

function indexPrompt(prompt: string, n: number): PromptIndex {
  const vocabulary = new Map<number, number>();
  const ids: number[] = [];
  const lower = prompt.toLowerCase();
  for (const word of scanWords(prompt, lower.length === prompt.length ? lower : null).hashes) {
    let id = vocabulary.get(word);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(word, id);
    }
    ids.push(id);
  }
  const ngrams = new Set<number>();
  for (let end = n; end <= ids.length; end++) ngrams.add(hashWindow(ids, end - n, n));
  return { vocabulary, ngrams };
}

/**
 * Hash of the word ids ids[from, from + n), 30 bits like hashChars: an
 * output n-gram falsely matches one of P prompt n-grams with odds P / 2^30
 * (~3e-7 for a 300-word prompt), and a report needs minShared distinct matches.
 */
function hashWindow(ids: ArrayLike<number>, from: number, n: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < from + n; k++) h = Math.imul(h ^ ids[k]!, 0x01000193);
  return mix30(h);
}

interface Region {
  firstWord: number;
  lastWord: number;
  ngrams: number;
}

function findOverlap(text: string, lower: string | null, index: PromptIndex, n: number, threshold: number, minShared: number, out: Finding[]): void {
  const { hashes: words, starts, ends } = scanWords(text, lower);
  const ids = new Int32Array(words.length);
  const matched = new Set<number>();
  const regions: Region[] = [];
  let current: Region | null = null;
  let run = 0;
  for (let i = 0; i < words.length; i++) {
    const id = index.vocabulary.get(words[i]!) ?? -1;
    ids[i] = id;
    run = id < 0 ? 0 : run + 1;
    if (run < n) continue;
    const key = hashWindow(ids, i - n + 1, n);
    if (!index.ngrams.has(key)) continue;
    matched.add(key);
    const first = i - n + 1;
    if (current !== null && first <= current.lastWord + 1 + MAX_GAP_WORDS) {
      current.lastWord = i;
      current.ngrams++;
    } else {
      current = { firstWord: first, lastWord: i, ngrams: 1 };
      regions.push(current);
    }
  }
  if (matched.size < minShared) return;
  const share = matched.size / index.ngrams.size;
  for (const r of regions) {
    if (r.ngrams < 2) continue;
    const runScore = 1 - Math.exp(-(r.ngrams - 1) / RUN_SCALE);
    const score = Math.max(runScore, share);
    if (score < threshold) continue;
    const words = r.lastWord - r.firstWord + 1;
    out.push({
      detector: "leak.system-prompt",
      score,
      start: starts[r.firstWord]!,
      end: ends[r.lastWord]!,
      label: "SYSTEM_PROMPT",
      message: `The output repeats ${words} words of the system prompt (${Math.round(share * 100)}% of its phrasing appears in the output).`,
    });
  }
}
