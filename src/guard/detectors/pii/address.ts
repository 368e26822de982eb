/**
 * Postal addresses (best effort, many countries).
 *
 * A "street core" is found first, in one of the shapes street addresses take:
 *   - number + name + street type          "1668 Glyn St", "3911 Fourth Avenue"
 *   - [number] + street-type prefix + name  "20 Rue Hsine Eloued", "ul. Miła 53"
 *   - name with a street ending + number    "Koskikatu 25", "Kálmán Imre u. 12."
 *   - number + name + number                "20789 Allika 46" (building + street + house)
 *   - name + number after address wording   "lives on Joaquin Suarez 2906"
 *   - PO boxes and US military addresses    "P.O. Box 149", "PSC 1437, Box 3833"
 * then the span grows over what follows on the same or next lines when it is
 * address-shaped: unit designators ("Apt. 864"), a city, a state code, a
 * postal code, a country. Scores reflect the shape: a street type or
 * ending is stronger evidence than three tokens that merely look right.
 */
import type { Finding } from "../../types.js";
import { piiFinding } from "./shared.js";
import { hasNonAscii, type Token, tokenize } from "./tokens.js";
import { COMMON_WORDS, COUNTRY_NAMES, STREET_NAME_ENDINGS, STREET_PREFIXES, STREET_SUFFIXES, UNIT_WORDS } from "./words.js";

/** Small words allowed inside street and city names ("Avenue du Golf", "Mora de Rubielos"). */
const PARTICLES = new Set(["de", "du", "des", "la", "le", "les", "del", "della", "di", "da", "do", "dos", "das", "van", "von", "der", "den", "ter", "y", "e", "i"]);
const ADDRESS_CUE = /\b(?:address|addresses|live|lives|living|lived|located|locate|moved to|move to|return(?:ed)? (?:it |this |them )?to|ship(?:ped)? to|send (?:it |this |them )?to|sent to|deliver(?:ed)? to|mail(?:ed)? to|situated|reside|resides|residing|corner of|drop(?:s|ped)? (?:you |me )?off at|meet (?:me |you )?at|is at|at the|on)\b[^.!?\n]{0,24}$/;
const MAX_NAME_WORDS = 4;

function isWord(t: Token | undefined): boolean {
  return t?.kind === "word";
}

function isNumber(t: Token | undefined): boolean {
  return t?.kind === "num";
}

/**
 * Per-token answers for the text being scanned, by token start offset
 * (candidate starts overlap, so the same words are asked about many times):
 * two bits per question, "known" and the answer. Reset by detectAddresses.
 */
let wordMemo = new Uint8Array(0);
const SHARED_MEMO_LIMIT = 65536;
const STREET_WORD = 0;
const STREET_WORD_LOWER = 2;
const PREFIX = 4;
const SUFFIX = 6;

function resetWordMemo(length: number): void {
  if (length > SHARED_MEMO_LIMIT) wordMemo = new Uint8Array(length);
  else {
    if (wordMemo.length < SHARED_MEMO_LIMIT) wordMemo = new Uint8Array(SHARED_MEMO_LIMIT);
    wordMemo.fill(0, 0, length);
  }
}

function remembered(t: Token, shift: number, answer: (t: Token) => boolean): boolean {
  const known = wordMemo[t.start]! >> shift;
  if ((known & 1) !== 0) return (known & 2) !== 0;
  const value = answer(t);
  wordMemo[t.start]! |= (value ? 3 : 1) << shift;
  return value;
}

const streetWordUpper = (t: Token): boolean => streetNameWordUncached(t, false);
const streetWordLower = (t: Token): boolean => streetNameWordUncached(t, true);

/** A word that can be part of a street name: capitalised, another script, or a particle. */
function streetNameWord(t: Token | undefined, allowLower: boolean): boolean {
  if (t?.kind !== "word") return false;
  return allowLower ? remembered(t, STREET_WORD_LOWER, streetWordLower) : remembered(t, STREET_WORD, streetWordUpper);
}

function streetNameWordUncached(t: Token, allowLower: boolean): boolean {
  if (PARTICLES.has(t.lower) || hasStreetEnding(t)) return true;
  if (t.capitalized || t.upper || hasNonAscii(t.text)) return !isFunctionWord(t);
  return allowLower && t.lower.length >= 3 && !COMMON_WORDS.has(t.lower);
}

/** Words that end a street name because they start a clause ("at", "and", "the"). */
function isFunctionWord(t: Token): boolean {
  return t.lower.length <= 4 && COMMON_WORDS.has(t.lower) && !PARTICLES.has(t.lower) && !STREET_SUFFIXES.has(t.text.toLowerCase());
}

/** Street words that are also whole words elsewhere only in their own language ("útja", "utca", "gatan"). */
const STANDALONE_ENDINGS = new Set(["útja", "utca", "ulica", "iela", "gatvė", "tänav", "sokak", "caddesi", "cesta", "ulice", "straße", "strasse", "gasse", "gata", "gatan", "vägen", "veien", "vej", "vei", "gade", "katu", "straat"]);

const ENDING = new RegExp(`(?:${STREET_NAME_ENDINGS.map((e) => e.replace(/\.$/, "")).join("|")})$`);

/**
 * The ENDING regex per word, remembered: the same words are tried from
 * several candidate starts in one text, and prose repeats its words. Bounded,
 * and cleared when full.
 */
const endingCache = new Map<string, boolean>();
const ENDING_CACHE_SIZE = 4096;

function hasStreetEnding(t: Token): boolean {
  if (t.kind !== "word") return false;
  if (t.lower === "u" && t.text === "u.") return true; // Hungarian "utca" abbreviation
  if (STANDALONE_ENDINGS.has(t.lower)) return true;
  let ends = endingCache.get(t.lower);
  if (ends === undefined) {
    const m = ENDING.exec(t.lower);
    ends = m !== null && t.lower.length > m[0].length;
    if (endingCache.size >= ENDING_CACHE_SIZE) endingCache.clear();
    endingCache.set(t.lower, ends);
  }
  return ends;
}

function isSuffix(t: Token | undefined): boolean {
  return t?.kind === "word" && remembered(t, SUFFIX, isSuffixUncached);
}

function isSuffixUncached(t: Token): boolean {
  const key = t.text.toLowerCase();
  // Lower-case "st"/"dr"/"way" in prose are words, not street types; ask for a capital except after a name.
  return (STREET_SUFFIXES.has(key) || STREET_SUFFIXES.has(t.lower)) && (t.capitalized || t.upper || t.lower.length > 3);
}

function isPrefix(t: Token | undefined): boolean {
  return t?.kind === "word" && remembered(t, PREFIX, isPrefixUncached);
}

function isPrefixUncached(t: Token): boolean {
  const key = t.text.toLowerCase();
  if (!STREET_PREFIXES.has(key) && !STREET_PREFIXES.has(t.lower)) return false;
  // "via", "place", "route" are English words; only the capitalised or abbreviated forms are street types.
  return t.capitalized || t.upper || t.text.endsWith(".") || hasNonAscii(t.text);
}

function anyCommon(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (COMMON_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

function onLine(tokens: Token[], k: number): boolean {
  return tokens[k] !== undefined && tokens[k]!.kind !== "nl";
}

/** A street core starting at token i: [end token index, score, cue] or undefined. */
function streetCore(tokens: Token[], i: number, text: string): { first: number; last: number; score: number } | undefined {
  const t = tokens[i]!;

  if (isNumber(t) || (t.kind === "ord" && isSuffix(tokens[i + 1]))) {
    // number + [prefix] + name words + (suffix | number)
    let k = i + 1;
    const prefixed = isPrefix(tokens[k]);
    if (prefixed) k++;
    const nameStart = k;
    while (k < tokens.length && k - nameStart < MAX_NAME_WORDS && onLine(tokens, k) && streetNameWord(tokens[k], false) && !isSuffix(tokens[k])) k++;
    let names = k - nameStart;
    if (names === 0 && !prefixed) {
      // "3911 fourth avenue": lower-case names only before a spelled-out street type.
      let m = k;
      while (m < tokens.length && m - nameStart < MAX_NAME_WORDS && onLine(tokens, m) && streetNameWord(tokens[m], true) && !isSuffix(tokens[m])) m++;
      if (m > k && isSuffix(tokens[m]) && tokens[m]!.lower.length > 3) {
        k = m;
        names = m - nameStart;
      }
    }
    if (isSuffix(tokens[k]) && (names > 0 || t.kind === "ord")) {
      return { first: i, last: isNumber(tokens[k + 1]) && tokens[k + 1]!.spaced ? k + 1 : k, score: 0.75 };
    }
    if (names > 0 && prefixed) return { first: i, last: isNumber(tokens[k]) ? k : k - 1, score: 0.75 };
    if (names > 0 && isNumber(tokens[k]) && onLine(tokens, k)) {
      const nameWords = tokens.slice(nameStart, k);
      if (nameWords.some(hasStreetEnding)) return { first: i, last: k, score: 0.75 };
      // Without a street type, "3 Section 4" or "2019 Office 365" must not pass: plain words only, no year first.
      const year = /^(?:19|20)\d\d$/.test(t.text);
      if (!year && !anyCommon(tokens, nameStart, k)) return { first: i, last: k, score: 0.6 };
    }
    // "is at 214 Pavlou Drandaki": a number and two or more capitalised words right after address wording.
    if (names >= 2 && !prefixed && t.text.length <= 5 && ADDRESS_CUE.test(text.slice(Math.max(0, t.start - 40), t.start).toLowerCase())) {
      if (!anyCommon(tokens, nameStart, k)) return { first: i, last: k - 1, score: 0.55 };
    }
    // "947 trg revolucije 17 apt. 858": lower-case words between two numbers, confirmed by a unit after them.
    if (names === 0 && !prefixed) {
      let m = i + 1;
      while (m < tokens.length && m - i <= 3 && onLine(tokens, m) && streetNameWord(tokens[m], true)) m++;
      if (m > i + 1 && isNumber(tokens[m]) && unitAt(tokens, m + 1) !== undefined && !anyCommon(tokens, i + 1, m)) {
        return { first: i, last: m, score: 0.6 };
      }
    }
    // "0605 πεντέλης 210": lower-case street names need the number on both sides.
    if (isWord(tokens[i + 1]) && streetNameWord(tokens[i + 1], true) && isNumber(tokens[i + 2]) && tokens[i + 1]!.lower.length >= 4) {
      const lowerOk = hasNonAscii(tokens[i + 1]!.text) || hasStreetEnding(tokens[i + 1]!);
      if (lowerOk) return { first: i, last: i + 2, score: 0.55 };
    }
    return undefined;
  }

  if (!isWord(t)) return undefined;
  // prefix + name words + number: "ul. Chrzanowska 61", "Rua Cyro Schmutzer Franco 1213"
  if (isPrefix(t)) {
    let k = i + 1;
    while (k < tokens.length && k - i <= MAX_NAME_WORDS && onLine(tokens, k) && streetNameWord(tokens[k], true)) k++;
    if (k > i + 1 && isNumber(tokens[k])) return { first: i, last: k, score: 0.75 };
    return undefined;
  }
  // name words ending in a street ending, street suffix or "u." + number: "Koskikatu 25", "Stensås terrasse 38"
  if (streetNameWord(t, true)) {
    let k = i;
    while (k < tokens.length && k - i < MAX_NAME_WORDS && onLine(tokens, k) && streetNameWord(tokens[k], true)) {
      const word = tokens[k]!;
      if (isNumber(tokens[k + 1]) && tokens[k + 1]!.spaced && (hasStreetEnding(word) || isSuffix(word))) {
        return { first: i, last: k + 1, score: 0.75 };
      }
      k++;
    }
    // capitalised name + number with address wording before it or a unit after it
    if (t.capitalized || hasNonAscii(t.text)) {
      let j = i;
      while (j < tokens.length && j - i < 3 && onLine(tokens, j) && streetNameWord(tokens[j], false)) j++;
      const num = tokens[j];
      if (j > i && num?.kind === "num" && num.text.length <= 5 && !isNumber(tokens[j + 1])) {
        const cue = ADDRESS_CUE.test(text.slice(Math.max(0, t.start - 40), t.start).toLowerCase());
        const unitAfter = unitAt(tokens, j + 1) !== undefined;
        if (cue || unitAfter) return { first: i, last: j, score: unitAfter ? 0.6 : 0.55 };
      }
    }
  }
  return undefined;
}

/** A unit designator + number at token k ("Apt. 864", "Suite 501", "# 12"): index of its last token. */
function unitAt(tokens: Token[], k: number): number | undefined {
  let j = k;
  while (tokens[j]?.kind === "punct" && tokens[j]!.text === ",") j++;
  while (tokens[j]?.kind === "nl") j++;
  const t = tokens[j];
  if (!t) return undefined;
  if ((isWord(t) || t.text === "#") && UNIT_WORDS.test(t.text) && isNumber(tokens[j + 1])) return j + 1;
  return undefined;
}

/** PO boxes and US military mail: "P.O. Box 149", "PSC 1437, Box 3833", "Unit 4719 Box 7394", "APO AA 66791". */
function postalCore(tokens: Token[], i: number): { first: number; last: number; score: number } | undefined {
  const t = tokens[i]!;
  if (!isWord(t)) return undefined;
  // "P.O." tokenizes as "P." + "O."
  const dotted = t.text === "P." && tokens[i + 1]?.text === "O." && !tokens[i + 1]!.spaced;
  if (dotted || ((t.lower === "po" || t.lower === "postbox" || t.lower === "pob") && (t.capitalized || t.upper))) {
    const box = t.lower === "postbox" ? i : dotted ? i + 2 : i + 1;
    if ((box === i || tokens[box]?.lower === "box") && isNumber(tokens[box + 1])) return { first: i, last: box + 1, score: 0.7 };
  }
  if ((t.text === "PSC" || t.text === "Unit" || t.text === "CMR") && isNumber(tokens[i + 1])) {
    let k = i + 2;
    if (tokens[k]?.text === ",") k++;
    if (tokens[k]?.lower === "box" && isNumber(tokens[k + 1])) return { first: i, last: k + 1, score: 0.8 };
  }
  if ((t.text === "APO" || t.text === "FPO" || t.text === "DPO") && /^A[AEP]$/.test(tokens[i + 1]?.text ?? "") && isNumber(tokens[i + 2])) {
    return { first: i, last: i + 2, score: 0.8 };
  }
  // A lone unit ("Apt. 297", "Suite 084"): weak on its own.
  if ((t.text === "Apt." || t.text === "Apt" || t.text === "Suite" || t.text === "Apartment") && isNumber(tokens[i + 1])) {
    return { first: i, last: i + 1, score: 0.5 };
  }
  return undefined;
}

/** A city / region / country / postal code segment starting at k; returns its last token index. */
function localitySegment(tokens: Token[], k: number): number | undefined {
  let j = k;
  let words = 0;
  let last: number | undefined;
  while (j < tokens.length && tokens[j]!.kind !== "nl" && tokens[j]!.text !== ",") {
    const t = tokens[j]!;
    if (isWord(t)) {
      const placeLike = t.capitalized || t.upper || PARTICLES.has(t.lower) || COUNTRY_NAMES.has(t.lower);
      if (!placeLike || (COMMON_WORDS.has(t.lower) && !t.upper && !COUNTRY_NAMES.has(t.lower) && t.lower !== "st")) return last;
      if (++words > 5) return last;
    } else if (isNumber(t)) {
      if (t.text.length < 3 || t.text.length > 6) return last;
    } else if (t.kind === "punct" && (t.text === "(" || t.text === ")")) {
      // "Cyprus (Greek)"
    } else return last;
    last = j;
    j++;
  }
  return last;
}

/** Grows a street core over unit designators and locality lines that follow it. */
function extend(tokens: Token[], last: number): number {
  let end = last;
  for (let segments = 0; segments < 6; segments++) {
    const unit = unitAt(tokens, end + 1);
    if (unit !== undefined) {
      end = unit;
      continue;
    }
    // Skip separators: commas and at most one newline, then a locality segment.
    let k = end + 1;
    let newlines = 0;
    while (k < tokens.length && (tokens[k]!.text === "," || tokens[k]!.kind === "nl")) {
      if (tokens[k]!.kind === "nl" && ++newlines > 2) return end;
      k++;
    }
    if (k === end + 1 && !(isNumber(tokens[k]) || tokens[k]?.upper)) {
      // Same line without a comma: a postal code, an upper-case city, a country, or a city after a postal code.
      const afterPostcode = isNumber(tokens[end]) && tokens[end]!.text.length >= 4 && tokens[k]?.capitalized === true;
      if (!afterPostcode && (!isWord(tokens[k]) || !COUNTRY_NAMES.has(tokens[k]!.lower))) return end;
    }
    const segmentEnd = localitySegment(tokens, k);
    if (segmentEnd === undefined) return end;
    end = segmentEnd;
  }
  return end;
}

/** "the corner of X and Y": both streets, numbers optional. */
function intersection(tokens: Token[], i: number): { first: number; last: number; score: number } | undefined {
  if (tokens[i]?.lower !== "corner" || tokens[i + 1]?.lower !== "of") return undefined;
  const first = i + 2;
  let k = first;
  let sawAnd = false;
  while (k < tokens.length && k - first < 12 && tokens[k]!.kind !== "nl") {
    const t = tokens[k]!;
    if (t.lower === "and" && !sawAnd) sawAnd = true;
    else if (!(isNumber(t) || streetNameWord(t, true) || isSuffix(t))) break;
    k++;
  }
  return sawAnd && k - first >= 3 ? { first, last: k - 1, score: 0.6 } : undefined;
}

/** Words and numbers written together ("1EG4TE", "v2Beta") are an identifier, not an address. */
function glued(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && !tokens[first]!.spaced && before.kind !== "punct" && before.kind !== "nl") return true;
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    // "P.O.": an abbreviation's dot may touch the next letter
    if (!t.spaced && t.kind !== "punct" && t.kind !== "nl" && prev.kind !== "punct" && prev.kind !== "nl" && !prev.text.endsWith(".")) return true;
  }
  return false;
}

/**
 * Every address shape but the intersection has a number within a few tokens
 * of its start, so only those positions are tried: prose without digits
 * costs one pass over the tokens.
 */
function candidateStarts(tokens: Token[]): number[] {
  const starts: number[] = [];
  let next = 0;
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    if (t.kind === "num" || t.kind === "ord") {
      for (let i = Math.max(next, n - MAX_NAME_WORDS - 3); i <= n; i++) starts.push(i);
      next = n + 1;
    } else if (t.lower === "corner" && n >= next) {
      starts.push(n);
      next = n + 1;
    }
  }
  return starts;
}

export function detectAddresses(text: string, tokens: Token[] = tokenize(text)): Finding[] {
  const out: Finding[] = [];
  let done = 0;
  const starts = candidateStarts(tokens);
  if (starts.length === 0) return out;
  resetWordMemo(text.length);
  for (const i of starts) {
    if (i < done) continue;
    const core = intersection(tokens, i) ?? postalCore(tokens, i) ?? streetCore(tokens, i, text);
    if (!core || glued(tokens, core.first, core.last)) continue;
    let first = core.first;
    // "17151 2450 Crown St": a leading building or lot number on the same line belongs to it.
    if (isNumber(tokens[first - 1]) && tokens[first]!.spaced && (isNumber(tokens[first]) || core.score >= 0.7)) first--;
    const last = extend(tokens, core.last);
    const startToken = tokens[first]!;
    const endToken = tokens[last]!;
    // A sentence-final dot after a full word is punctuation, not part of the address.
    let end = endToken.end;
    if (endToken.text.endsWith(".") && endToken.lower.length > 3 && !STREET_SUFFIXES.has(endToken.text.toLowerCase())) end--;
    const extended = last > core.last;
    out.push(piiFinding("address", "STREET_ADDRESS", startToken.start, end, Math.min(0.9, core.score + (extended ? 0.1 : 0)), extended ? "street with locality" : "street-address shape"));
    done = last + 1;
  }
  return out;
}
