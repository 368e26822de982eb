/**
 * Person names (best effort, no model): runs of capitalised words scored by
 *   - a gazetteer of given and family names (names-data.ts),
 *   - cues before the run: honorifics ("Dr.", "Mrs."), "my name is",
 *     "named", "patient", "Name:" (strong), "by", "with", "speak to" (weak),
 *     and after it: "said", "lives", a possessive "'s",
 *   - shape: a middle initial ("Faina D. Yefremova"), a dialogue speaker
 *     label ("Nicole: ..."), a vocative ("Leif, can I ..."),
 *   - repetition: a word that is part of a full name found in the same text
 *     is a name when it appears alone ("Borkowski"),
 *   - coordination: in "Kónya, Becker and Vasquez" one known name vouches for
 *     the others, unless the list reads as a firm ("at Jones, Mitchell and
 *     Williams", "the Davis, Reynolds and Williamson Orchestra").
 * Runs with organisation, country or street words are not names. Common
 * English words never count as gazetteer hits ("Will", "Grace"). Lower-case
 * names ("my name is lena andersson") need a strong cue or two known names.
 */
import type { Finding } from "../../types.js";
import { FAMILY_NAMES, GIVEN_NAMES } from "./names-data.js";
import { piiFinding } from "./shared.js";
import type { Token } from "./tokens.js";
import { COMMON_WORDS, COUNTRY_NAMES, HONORIFICS, ORG_WORDS, STREET_SUFFIXES } from "./words.js";

function lowerSet(words: string): Set<string> {
  return new Set(words.trim().toLowerCase().split(/\s+/));
}

const GIVEN = lowerSet(GIVEN_NAMES);
const FAMILY = lowerSet(FAMILY_NAMES);
const PARTICLES = new Set(["van", "von", "de", "da", "der", "den", "del", "della", "di", "du", "le", "la", "bin", "ibn", "al", "el", "ter", "dos", "das", "mac"]);
const STREET_TYPES = new Set(["street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive", "court", "place", "terrace", "parkway", "highway"]);

const STRONG_CUE =
  /(?:\bmy name is|\bname is|\bname'?s|\bname\s*[:?]?|\bnamed|\bcalled|\bi'm|\bi am|\bthis is|\bpatient|\bdear|\bsincerely,?|\bregards,?|\bsigned|\bmr\.?|\bmrs\.?|\bms\.?|\bmiss|\bdr\.?|\bprof\.?|\bsir|\bmadam|\bpt\.?)\s*[:,]?\s*$/;
const WEAK_CUE =
  /\b(?:by|with|said|told|asked|ask|tell|meet|met|call|speak to|talk to|under|guardian|partner|wife|husband|son|daughter|mother|father|brother|sister|friend|colleague|boss|manager|doctor|nurse|player|singer|songwriter|artist|author|writer|director|actor|actress|commenter|customer|client|member|contact|cc|attn|starring|featuring|assistant to)\s*[:,]?\s*$/;
const WEAK_CUE_AFTER =
  /^(?:'s|’s|\s+(?:said|says|told|asked|wrote|replied|lives|lived|works|worked|spent|is from|was from|was born|grew up|just|points out)\b|,\s+(?:who|aged|the|our|my|your|his|her)\b)/;
/** Word shapes of ordinary English words, not names ("Getting Started", "Unfortunately,"). */
const NOT_NAME_SHAPE = /(?:ing|ed|ly|tion|sion|ment|ness|ity|ous|ive|able|ible|ful|less)$/;
/** What follows a vocative: "Leif, can I ...", "Anna, please ...". */
const AFTER_VOCATIVE = /^,\s+(?:can|could|would|will|please|i|you|we|thanks|thank|do|did|are|is|have|what|where|when|how|why)\b/;
const FIRM_BEFORE = /\b(?:the|at|from|for|of|with|joined|join|by)\s*$/;
const MIN_HIT_LENGTH = 3;
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "his", "her", "their", "its"]);
/** Cues that introduce a name even in lower-case text ("my name is lena andersson"). */
const LOWER_CASE_CUE = /(?:\bname is|\bname'?s|\bnamed|\bcalled|\bpatient|\bdear|\bmr\.?|\bmrs\.?|\bms\.?|\bdr\.?|\bfollow up with|\bspeak to|\btalk to)\s*[:,]?\s*$/;
/** The last word of every LOWER_CASE_CUE, to skip the regex for most words. */
const CUE_WORDS = new Set(["is", "name's", "names", "named", "called", "patient", "dear", "mr", "mrs", "ms", "dr", "with", "to"]);
/** Nationality and language adjectives ("cambodian", "swedish") look like names in lower-case text. */
const DEMONYM = /(?:ian|ean|ish|ese|ic|an|i)$/;

interface NameWord {
  token: Token;
  /** Lower case without possessive or dots. */
  key: string;
  initial: boolean;
}

interface Single {
  word: NameWord;
  index: number;
  score: number;
}

/** Drops a trailing "'s", "’s", "'" or "’" (char tests: this runs per name-like token). */
function nameKey(t: Token): string {
  const s = t.lower;
  const n = s.length;
  const last = s.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return s.slice(0, n - 1);
  if (last === 115 && n >= 2) {
    const prev = s.charCodeAt(n - 2);
    if (prev === 39 || prev === 0x2019) return s.slice(0, n - 2);
  }
  return s;
}

/** "J" or "J.": one upper-case letter, optionally with a dot (no regex: this runs per token). */
function isInitial(t: Token): boolean {
  const n = t.text.length;
  return t.kind === "word" && (n === 1 || (n === 2 && t.text[1] === ".")) && t.text[0] !== t.lower;
}

function nameLike(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.capitalized || isInitial(t));
}

interface GazetteerHit {
  readonly given: boolean;
  readonly family: boolean;
}
const NO_HIT: GazetteerHit = { given: false, family: false };
const GIVEN_HIT: GazetteerHit = { given: true, family: false };
const FAMILY_HIT: GazetteerHit = { given: false, family: true };
const BOTH_HIT: GazetteerHit = { given: true, family: true };

function inGazetteer(key: string): GazetteerHit {
  if (COMMON_WORDS.has(key)) return NO_HIT;
  if (!key.includes("-")) {
    // One part (the usual case): two lookups, no arrays.
    if (key.length < MIN_HIT_LENGTH) return NO_HIT;
    const given = GIVEN.has(key);
    const family = FAMILY.has(key);
    return given ? (family ? BOTH_HIT : GIVEN_HIT) : family ? FAMILY_HIT : NO_HIT;
  }
  const parts = (key.includes("-") ? key.split("-") : [key]).filter((p) => p.length >= MIN_HIT_LENGTH);
  return { given: parts.some((p) => GIVEN.has(p)), family: parts.some((p) => FAMILY.has(p)) };
}

function hit(key: string): boolean {
  const h = inGazetteer(key);
  return h.given || h.family;
}

/** Whether token i starts a sentence (first token, or after . ! ? : a newline or a quote). */
function sentenceStart(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (prev.kind === "nl") return true;
  if (prev.kind === "punct") return /^[.!?"“:]$/.test(prev.text);
  return prev.kind === "word" && prev.text.endsWith(".") && !HONORIFICS.has(prev.text.toLowerCase()) && prev.lower.length > 2;
}

function possessiveLength(t: Token): number {
  return t.text.endsWith("'s") || t.text.endsWith("’s") ? 2 : 0;
}

function textBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 32), at).toLowerCase();
}

function textAfter(text: string, t: Token): string {
  return text.slice(t.end - possessiveLength(t), t.end + 14).toLowerCase();
}

export function detectPersons(text: string, tokens: Token[]): Finding[] {
  const out: Finding[] = [];
  const fullNameWords = new Map<string, number>();
  const singles: Single[] = [];

  let i = 0;
  while (i < tokens.length) {
    if (!nameLike(tokens[i])) {
      const upperName = upperCaseName(tokens, i);
      if (upperName) {
        out.push(upperName);
        i += 2;
        continue;
      }
      if (tokens[i]!.kind === "word") {
        const lower = lowerCaseName(text, tokens, i);
        if (lower) {
          out.push(lower.finding);
          i = lower.next;
          continue;
        }
      }
      i++;
      continue;
    }
    // A lone initial or common word ("A", "The") starts no name: skip it without building a run.
    const head = tokens[i]!;
    const continues = nameLike(tokens[i + 1]) && tokens[i + 1]!.spaced;
    if (!continues && (isInitial(head) || COMMON_WORDS.has(head.lower))) {
      i++;
      continue;
    }
    // Collect a run of name-like words joined by single spaces (particles allowed inside).
    let j = i;
    const run: NameWord[] = [];
    while (j < tokens.length && run.length < 5) {
      const t = tokens[j]!;
      if (j > i && (!t.spaced || t.kind === "nl")) break;
      if (nameLike(t)) run.push({ token: t, key: nameKey(t), initial: isInitial(t) });
      else if (t.kind === "word" && PARTICLES.has(t.lower) && nameLike(tokens[j + 1]) && run.length > 0) run.push({ token: t, key: t.lower, initial: false });
      else break;
      j++;
      if (possessiveLength(t) > 0) break; // "Matej's address": the name ends at the possessive
    }
    const runStart = i;
    i = j;
    // Organisations, streets, countries and long title-case phrases are not people.
    const lastOfRun = run[run.length - 1]!;
    if (run.some((w) => ORG_WORDS.has(w.key)) || STREET_TYPES.has(lastOfRun.key)) continue;
    const next = tokens[j];
    if (next?.capitalized && (STREET_SUFFIXES.has(next.lower) || ORG_WORDS.has(next.lower))) continue;
    // A capitalised word right after a possessive names a thing ("Yefremova's Cautionary Tales").
    const prevToken = tokens[runStart - 1];
    if (prevToken && possessiveLength(prevToken) > 0 && !COMMON_WORDS.has(prevToken.lower)) continue;
    if (tokens[runStart - 1]?.kind === "num") continue; // "74 Diakou", "1668 Glyn": an address

    // Trim leading and trailing common words and honorifics ("Dear John", "When Alice").
    let lead = 0;
    let honorific = false;
    while (lead < run.length) {
      const w = run[lead]!;
      const title = HONORIFICS.has(w.token.text.toLowerCase());
      if (!title && !COMMON_WORDS.has(w.key)) break;
      if (title || HONORIFICS.has(w.key)) honorific = true;
      lead++;
    }
    // A title-case phrase mid-sentence ("became Credit Karma") or after an article ("The Princess Royal") is not a name.
    if (lead > 0 && !honorific && (!sentenceStart(tokens, runStart) || DETERMINERS.has(run[0]!.key))) continue;
    let tail = run.length;
    while (tail > lead && (COMMON_WORDS.has(run[tail - 1]!.key) || run[tail - 1]!.initial || PARTICLES.has(run[tail - 1]!.key))) tail--;
    const words = run.slice(lead, tail);
    if (words.length === 0 || words.length > 4) continue;
    const joined = words.map((w) => w.key).join(" ");
    if (COUNTRY_NAMES.has(joined) || COUNTRY_NAMES.has(words[words.length - 1]!.key)) continue;

    const firstIndex = runStart + lead;
    const first = words[0]!.token;
    const last = words[words.length - 1]!.token;
    const full = words.filter((w) => !w.initial && !PARTICLES.has(w.key));

    if (full.length === 1) {
      singles.push({ word: full[0]!, index: firstIndex, score: 0 });
      continue;
    }
    if (full.length === 0) continue;
    // The context around the run matters only for full names (single words are scored later).
    const before = textBefore(text, first.start);
    const strong = honorific || STRONG_CUE.test(before);
    const weak = WEAK_CUE.test(before) || WEAK_CUE_AFTER.test(textAfter(text, last));
    const firstHit = hit(full[0]!.key);
    const lastHit = hit(full[full.length - 1]!.key);
    const hasInitial = words.some((w) => w.initial);
    let score: number;
    if (firstHit && lastHit) score = 0.9;
    else if (firstHit || lastHit) score = strong || weak || hasInitial ? 0.85 : 0.75;
    else if (strong || hasInitial) score = 0.7;
    else if (weak || aloneOnLine(tokens, firstIndex, runStart + tail - 1, full)) score = 0.5;
    else score = 0.35;
    if (/\bthe\s*$/.test(before)) score -= 0.3;
    if (score >= 0.5) for (const w of full) fullNameWords.set(w.key, Math.max(fullNameWords.get(w.key) ?? 0, Math.min(score, 0.7)));
    pushName(out, first, last, score);
  }

  for (const s of singles) s.score = singleScore(text, tokens, s, fullNameWords);
  coordinate(text, tokens, singles);
  for (const s of singles) if (s.score >= 0.4) pushName(out, s.word.token, s.word.token, s.score);
  return out;
}

/** Single capitalised words, decided after all full names are known so "Borkowski" can borrow from "Maciej Borkowski". */
function singleScore(text: string, tokens: Token[], s: Single, fullNameWords: Map<string, number>): number {
  const { word, index } = s;
  const t = word.token;
  if (COUNTRY_NAMES.has(word.key)) return 0;
  const borrowed = fullNameWords.get(word.key);
  if (borrowed) return borrowed;
  // The rest is evaluated in the order the rules are tried, each piece only when a rule needs it.
  const before = textBefore(text, t.start);
  const prev = tokens[index - 1];
  const honorific = prev !== undefined && (HONORIFICS.has(prev.text.toLowerCase()) || HONORIFICS.has(prev.lower));
  const strong = honorific || STRONG_CUE.test(before);
  const common = COMMON_WORDS.has(word.key);
  if (strong && (!common || honorific || /named\s*$|name is\s*$/.test(before))) return 0.75;
  if (common) return 0;
  // "at Weeks-Rivas", "from Feliciano": after these a lone capitalised word is a place or a firm.
  if (/\b(?:at|from|in|of|into|near)\s*$/.test(before)) return 0;
  const after = textAfter(text, t);
  const known = inGazetteer(word.key);
  const speaker = (index === 0 || tokens[index - 1]!.kind === "nl") && /^:\s/.test(after);
  if (speaker) return known.given ? 0.75 : 0.55;
  const atStart = sentenceStart(tokens, index);
  const weak = WEAK_CUE.test(before) || WEAK_CUE_AFTER.test(after);
  if (known.given) return atStart && /^,/.test(after) ? 0.65 : weak ? 0.65 : atStart ? 0.5 : 0.55;
  if (known.family) return weak ? 0.6 : atStart ? 0.45 : 0.5;
  if (atStart && AFTER_VOCATIVE.test(after) && !NOT_NAME_SHAPE.test(word.key)) return 0.5;
  return weak ? 0.5 : 0;
}

/** A line holding nothing but this run, as in a signature or contact card ("Julia Kovacs\nSales lead"). */
function aloneOnLine(tokens: Token[], first: number, last: number, words: NameWord[]): boolean {
  const lineStart = first === 0 || tokens[first - 1]!.kind === "nl";
  const lineEnd = last + 1 >= tokens.length || tokens[last + 1]!.kind === "nl";
  return lineStart && lineEnd && words.length <= 3 && !words.some((w) => NOT_NAME_SHAPE.test(w.key));
}

/**
 * "A, B and C": coordinated single names share a fate. A firm-style list
 * (after "at"/"from"/"the", or before an organisation word) is no person;
 * otherwise one known name vouches for the rest.
 */
function coordinate(text: string, tokens: Token[], singles: Single[]): void {
  let k = 0;
  while (k < singles.length) {
    let end = k;
    while (end + 1 < singles.length) {
      const gap = text.slice(singles[end]!.word.token.end, singles[end + 1]!.word.token.start);
      if (!/^(?:,|,? and|,? &) $/.test(gap)) break;
      end++;
    }
    if (end > k) {
      const group = singles.slice(k, end + 1);
      const first = group[0]!.word.token;
      const lastIndex = group[group.length - 1]!.index;
      const following = tokens[lastIndex + 1];
      const firm = FIRM_BEFORE.test(textBefore(text, first.start)) || (following?.capitalized === true && ORG_WORDS.has(following.lower));
      const vouched = group.some((s) => hit(s.word.key));
      for (const s of group) s.score = firm ? 0 : vouched ? Math.max(s.score, 0.6) : s.score;
    }
    k = end + 1;
  }
}

/**
 * Lower-case names: "my name is lena andersson", "follow up with patricia
 * desrosiers". Needs a strong cue, or a known given name followed by a known
 * family name (neither a common word).
 */
function lowerCaseName(text: string, tokens: Token[], i: number): { finding: Finding; next: number } | undefined {
  const t = tokens[i]!;
  if (t.upper || t.lower.length < MIN_HIT_LENGTH || COMMON_WORDS.has(t.lower)) return undefined;
  // Cheap gate first: a known given name, or a cue word right before it.
  if (!GIVEN.has(t.lower) && !CUE_WORDS.has(tokens[i - 1]?.lower ?? "")) return undefined;
  if (!/^\p{Ll}/u.test(t.text)) return undefined;
  const next = tokens[i + 1];
  const second = next?.kind === "word" && next.spaced && /^\p{Ll}/u.test(next.text) && !COMMON_WORDS.has(nameKey(next)) && nameKey(next).length >= 2 ? next : undefined;
  const before = textBefore(text, t.start);
  const strong = LOWER_CASE_CUE.test(before);
  const known = inGazetteer(t.lower);
  const given = known.given;
  if (!given && DEMONYM.test(t.lower) && !known.family) return undefined;
  if (second && given && inGazetteer(nameKey(second)).family) {
    return { finding: nameFinding(t, second, strong ? 0.75 : 0.6), next: i + 2 };
  }
  if (strong && (given || known.family || hitOrUnknown(t))) {
    const end = second && hitOrUnknown(second) ? second : t;
    return { finding: nameFinding(t, end, 0.6), next: end === t ? i + 1 : i + 2 };
  }
  return undefined;
}

/** "JOHN SMITH" on a form: two upper-case words, a known given name then a known family name. */
function upperCaseName(tokens: Token[], i: number): Finding | undefined {
  const a = tokens[i]!;
  const b = tokens[i + 1];
  if (!a.upper || !b?.upper || !b.spaced || COUNTRY_NAMES.has(`${a.lower} ${nameKey(b)}`)) return undefined;
  if (!inGazetteer(a.lower).given || !inGazetteer(nameKey(b)).family) return undefined;
  return nameFinding(a, b, 0.7);
}

/** An unknown word after "my name is" is most likely the name itself. */
function hitOrUnknown(t: Token): boolean {
  return !COMMON_WORDS.has(nameKey(t)) && /^\p{L}+$/u.test(nameKey(t));
}

function nameFinding(first: Token, last: Token, score: number): Finding {
  let end = last.end - possessiveLength(last);
  if (possessiveLength(last) === 0 && last.text.endsWith(".") && last.lower.length > 1) end -= 1;
  return piiFinding("person", "PERSON", first.start, end, score, score >= 0.7 ? "name with strong evidence" : "name-like words");
}

function pushName(out: Finding[], first: Token, last: Token, score: number): void {
  out.push(nameFinding(first, last, score));
}
