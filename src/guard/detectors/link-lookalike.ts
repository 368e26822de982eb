/**
 * Does a domain imitate a protected name (an allow-listed domain's label or a
 * commonly phished brand)? Four tricks are recognised, strongest first:
 *
 * - homoglyph: the label's skeleton (punycode decoded, Cyrillic/Greek
 *   look-alikes, accents, digit-for-letter swaps, "rn" for "m", a capital I
 *   among lower-case letters read as "l") equals the name while the label
 *   itself does not: "pаypal" (Cyrillic а), "paypa1", "paypaI".
 * - embedded: the name is one hyphen-separated word of the label
 *   ("paypal-secure-login"), or, for names of 6+ letters, a substring of it
 *   ("securepaypal").
 * - subdomain: the name is a word in the subdomain of an unrelated domain
 *   ("paypal.com.evil.io") or in a userinfo decoy ("paypal.com@evil.io").
 * - typo: a small edit distance (with transpositions) to the name. Short
 *   names allow fewer edits (9+ letters: 2, 6-8: 1, shorter: none), because
 *   "apple" is one edit away from everyday words like "apply".
 *
 * A label equal to a name is the brand's own (paypal.de, google.co.uk) and is
 * not a look-alike; whether it is allowed is the allow-list's business.
 */
import { domainToUnicode } from "node:url";
import { BRAND_OWNED_LABELS, CONFUSABLE_TO_LATIN, DIGIT_TO_LETTER } from "./link-data.js";

export type LookalikeTrick = "homoglyph" | "embedded" | "subdomain" | "typo";

export interface LookalikeMatch {
  /** The protected name imitated (from configuration, so safe to show). */
  name: string;
  trick: LookalikeTrick;
  score: number;
}

const SCORE: Record<LookalikeTrick | "substring" | "word-typo", number> = {
  homoglyph: 0.95,
  embedded: 0.85,
  subdomain: 0.8,
  typo: 0.75,
  "word-typo": 0.7,
  substring: 0.65,
};

/** Scores are distinct per trick, so the trick can be recovered from the score. */
const TRICK_OF_SCORE: ReadonlyMap<number, LookalikeTrick> = new Map([
  [SCORE.homoglyph, "homoglyph"],
  [SCORE.embedded, "embedded"],
  [SCORE.subdomain, "subdomain"],
  [SCORE.typo, "typo"],
  [SCORE["word-typo"], "typo"],
  [SCORE.substring, "embedded"],
]);

/** Names shorter than this are only matched exactly (as a skeleton or a whole word). */
const MIN_SUBSTRING_NAME = 6;
const WORD_SEPARATORS = /[-_.]+/;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const SWAPPED_DIGIT = /[0134578]/;
const SWAPPED_DIGITS = /[0134578]/g;

/** Edits allowed for a name of this length. */
export function maxTypoEdits(length: number): number {
  return length >= 9 ? 2 : length >= 6 ? 1 : 0;
}

/**
 * The letters a reader sees: punycode decoded, compatibility forms folded
 * (NFKC), accents dropped, confusables and digit swaps mapped to Latin.
 * `capitalIAsL` reads "I" as "l" (for mixed-case text, where "paypaI" is the trick).
 */
export function skeleton(label: string, capitalIAsL = false): string {
  let s = label.includes("xn--") ? domainToUnicode(label) || label : label;
  if (capitalIAsL) s = s.replaceAll("I", "l");
  if (NON_ASCII.test(s)) {
    // NFKC folds full-width and compatibility forms; NFD then splits off accents to drop them.
    s = s.normalize("NFKC").toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "");
    let out = "";
    for (const ch of s) out += CONFUSABLE_TO_LATIN.get(ch) ?? ch;
    s = out;
  } else {
    s = s.toLowerCase();
  }
  if (SWAPPED_DIGIT.test(s)) s = s.replace(SWAPPED_DIGITS, (d) => DIGIT_TO_LETTER.get(d) ?? d);
  if (s.includes("rn")) s = s.replaceAll("rn", "m");
  if (s.includes("vv")) s = s.replaceAll("vv", "w");
  return s;
}

/** Scratch rows for editDistance (labels are at most 63 characters; longer strings get their own). */
const SCRATCH = [new Int32Array(66), new Int32Array(66), new Int32Array(66)] as const;

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), or max + 1 once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  const fresh = width > SCRATCH[0].length;
  let prevPrev = fresh ? new Int32Array(width) : SCRATCH[0];
  let prev = fresh ? new Int32Array(width) : SCRATCH[1];
  let row = fresh ? new Int32Array(width) : SCRATCH[2];
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[width - 1]!, max + 1);
}

export interface DomainView {
  /** The registrable label as written (case kept): "paypaI" in "paypaI.com". */
  label: string;
  /** Subdomain as written, "" if none. */
  subdomain: string;
  /** Userinfo decoy, "" if none. */
  userinfo: string;
}

interface ProtectedName {
  name: string;
  skeleton: string;
}

export type LookalikeMatcher = (domain: DomainView) => LookalikeMatch | null;

/** Builds a matcher over the protected names (lower-case labels; shorter than 3 letters are ignored). */
export function createLookalikeMatcher(names: Iterable<string>): LookalikeMatcher {
  const list: ProtectedName[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw.trim().toLowerCase();
    if (name.length < 3 || seen.has(name)) continue;
    seen.add(name);
    list.push({ name, skeleton: skeleton(name) });
  }
  return (domain) => {
    const lower = domain.label.toLowerCase();
    if (BRAND_OWNED_LABELS.has(lower)) return null;
    const mixedCaseI = domain.label.includes("I") && /[a-z]/.test(domain.label);
    const views = mixedCaseI ? [skeleton(domain.label), skeleton(domain.label, true)] : [skeleton(domain.label)];
    const viewWords = views.map((v) => v.split(WORD_SEPARATORS));
    const decoyWords: string[] = [];
    for (const decoy of [domain.subdomain, domain.userinfo]) if (decoy !== "") decoyWords.push(...skeleton(decoy).split(WORD_SEPARATORS));
    let best: LookalikeMatch | null = null;
    for (const p of list) {
      if (lower === p.name) continue;
      let score = 0;
      for (let v = 0; v < views.length; v++) score = Math.max(score, scoreLabel(views[v]!, viewWords[v]!, p.skeleton));
      if (score === 0 && decoyWords.includes(p.skeleton)) score = SCORE.subdomain;
      if (score > 0 && (best === null || score > best.score)) best = { name: p.name, trick: TRICK_OF_SCORE.get(score)!, score };
    }
    return best;
  };
}

/** The score of the strongest trick by which one skeleton view imitates a name; 0 for none. */
function scoreLabel(view: string, words: string[], name: string): number {
  if (view === name) return SCORE.homoglyph;
  if (words.length > 1 && words.includes(name)) return SCORE.embedded;
  const edits = maxTypoEdits(name.length);
  if (edits > 0 && Math.abs(view.length - name.length) <= edits && editDistance(view, name, edits) <= edits) return SCORE.typo;
  if (words.length > 1 && edits > 0) {
    for (const w of words) {
      if (Math.abs(w.length - name.length) <= edits && editDistance(w, name, edits) <= edits) return SCORE["word-typo"];
    }
  }
  if (name.length >= MIN_SUBSTRING_NAME && view.includes(name)) return SCORE.substring;
  return 0;
}
