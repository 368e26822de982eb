/**
 * Secrets detector: credentials in prompts and model responses.
 *
 * Two linear passes over the text, then one overlap resolution:
 * 1. Anchor pass. Every rule that starts with a literal (a provider prefix,
 *    "-----BEGIN ", "eyJ", "://", a keyword such as "password") is indexed by
 *    its first two characters. One loop over the text looks each character
 *    pair up in that table and only on a hit compares the literal and runs the
 *    rule's bounded, sticky matcher there. Text without any prefix costs one
 *    table lookup per character; no rule rescans the whole text.
 * 2. Token pass. Runs of base64/base62 characters are measured once; runs of
 *    24-256 characters that look random (entropy, mixed case and digits, not
 *    hex, not a path, not base64 of readable text) become low-score findings.
 *    Discord bot tokens, which have no prefix, are recognised here too.
 * 3. Overlaps: the most specific finding wins (provider format > keyword
 *    context > generic assignment/URL > entropy), so a Stripe key used as a
 *    connection-string password is reported once, as a Stripe key.
 *
 * Every matcher bounds how far it looks from its anchor, and anchors inside a
 * token are skipped (the character before must not be a token character), so
 * work stays linear in the input even for adversarial text.
 */
import type { Finding, TextDetector } from "../types.js";
import {
  ASSIGNMENT_KEYWORDS,
  BASIC_AUTH_RULE,
  BEARER_TOKEN_RULE,
  CONNECTION_STRING_RULE,
  CONTEXT_RULES,
  CONTEXT_WINDOW,
  type ContextRule,
  DATA_SCHEMES,
  DISCORD_RULE,
  ENTROPY_FLOOR,
  HIGH_ENTROPY_RULE,
  isPlaceholder,
  JWT_RULE,
  PASSWORD_ASSIGNMENT_RULE,
  PASSWORD_KEYS,
  PREFIX_RULES,
  PRIVATE_KEY_RULE,
  type PrefixRule,
  SECRET_ASSIGNMENT_RULE,
  SECRET_KEYS,
  type SecretRule,
  TELEGRAM_RULE,
  TOKEN_MAX,
  TOKEN_MIN,
} from "./secret-rules.js";

export { SECRET_RULES } from "./secret-rules.js";

// Specificity, used only to settle overlaps.
const RANK_FORMAT = 4; // fixed provider format, PEM block, JWT
const RANK_CONTEXT = 3; // provider value recognised by a nearby keyword
const RANK_GENERIC = 2; // assignments, URLs with passwords, Authorization headers
const RANK_ENTROPY = 1;

interface Candidate {
  rule: SecretRule;
  start: number;
  end: number;
  score: number;
  rank: number;
}

/** Per-call scratch shared by the matchers. */
interface Scan {
  text: string;
  found: Candidate[];
  /** Index of the next "-----END " at or after the last PEM lookup; -1 none, -2 not looked yet. */
  pemEnd: number;
  /** End of the last identifier examined as an assignment key (several keywords hit one key). */
  keyScannedTo: number;
}

type Matcher = (scan: Scan, at: number) => void;

/** Claims a span without reporting it (a certificate's base64 is not a secret). */
const QUIET_RULE: SecretRule = { id: "secrets.quiet", label: "", description: "" };

function push(scan: Scan, rule: SecretRule, start: number, end: number, score: number, rank: number): void {
  scan.found.push({ rule, start, end, score, rank });
}

// ------------------------------------------------------- character classes

const WORD = new Uint8Array(128); // [A-Za-z0-9_-]: characters a token may continue with
const TOKEN = new Uint8Array(128); // [A-Za-z0-9_+/-]: base64 and base64url bodies ('=' only as padding)
const BREAK = new Uint8Array(128); // whitespace, quotes, brackets, comma, semicolon: where a word (or URL) ends
/**
 * Ends an unquoted assigned value: whitespace (so the end of the line), quotes and markup.
 * Passwords hold any other symbol ("Tr0ub4dor&3xyzQ"), so `&`, `;` and `,` end a value only
 * as the separator of the key=value list it is in (see valueEnd).
 */
const VALUE_STOP = new Uint8Array(128);
/** Sentence and code punctuation trimmed from the end of an unquoted value ("password=abc;", "(pwd=abc)."). */
const VALUE_TRAILER = /[.,;)\]}]+$/;
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_-]/.test(ch)) WORD[c] = 1;
  if (/[A-Za-z0-9_+/-]/.test(ch)) TOKEN[c] = 1;
  if (/[\s"'`<>()[\]{},;]/.test(ch)) BREAK[c] = 1;
  if (/[\s"'`<>]/.test(ch)) VALUE_STOP[c] = 1;
}

function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && WORD[c] === 1;
}

/** An anchor must start a token: "xghp_..." or "pubkey-..." is not a prefix hit. */
function startsToken(text: string, at: number): boolean {
  return at === 0 || !isWordAt(text, at - 1);
}

// ---------------------------------------------------------- prefix rules

function prefixMatcher(rule: PrefixRule): Matcher {
  return (scan, at) => {
    const { text } = scan;
    if (!startsToken(text, at)) return;
    rule.pattern.lastIndex = at;
    const m = rule.pattern.exec(text);
    if (m === null) return;
    let start = at;
    let value = m[0];
    if (m[1] !== undefined) {
      start = at + value.indexOf(m[1]);
      value = m[1];
    }
    const score = rule.verify ? rule.verify(value, rule.score) : rule.score;
    if (score !== undefined) push(scan, rule, start, start + value.length, score, RANK_FORMAT);
  };
}

function contextMatcher(rule: ContextRule): Matcher {
  return (scan, at) => {
    const { text } = scan;
    const before = at > 0 ? text.charCodeAt(at - 1) | 0x20 : 0; // lower-cased
    if (before >= 97 && before <= 122) return; // "laws", "flaws": the keyword must start a word
    const window = text.slice(at, at + CONTEXT_WINDOW);
    rule.value.lastIndex = 0;
    for (let m = rule.value.exec(window); m !== null; m = rule.value.exec(window)) {
      if (isPlaceholder(m[0]) || (rule.verify && !rule.verify(m[0]))) continue;
      push(scan, rule, at + m.index, at + m.index + m[0].length, rule.score, RANK_CONTEXT);
      return;
    }
  };
}

// ------------------------------------------------------------ PEM blocks

const PEM_BEGIN = /-----BEGIN ([A-Z0-9]{1,16}(?: [A-Z0-9]{1,16}){0,4})-----/y;
const PEM_MAX = 64 * 1024; // an RSA-16384 or PGP key with subkeys stays well under this
/** RFC 1421 headers of a legacy encrypted key ("Proc-Type: 4,ENCRYPTED", "DEK-Info: …") before its body. */
const PEM_HEADER = /[ \t]*(?:\r?\n|(?:\\r)?\\n)[A-Za-z][A-Za-z0-9-]{0,31}:[^\n\\]{0,256}/y;

/** Whether a PEM label names secret key material (its block is a leak however it is cut). */
export function isPrivatePemLabel(label: string): boolean {
  return label.endsWith("PRIVATE KEY") || label.endsWith("PRIVATE KEY BLOCK");
}

/**
 * "-----BEGIN <label>-----" ... "-----END <label>-----". Private keys are
 * findings; certificates and public keys are public, so their blocks are
 * recorded as quiet spans that only keep the entropy rule off their base64.
 */
function matchPemBlock(scan: Scan, at: number): void {
  const { text } = scan;
  PEM_BEGIN.lastIndex = at;
  const m = PEM_BEGIN.exec(text);
  if (m === null) return;
  const label = m[1]!;
  const isPrivate = isPrivatePemLabel(label);
  const bodyStart = at + m[0].length;
  // One shared cursor to the next END marker keeps many BEGINs without an END linear.
  if (scan.pemEnd !== -1 && scan.pemEnd < bodyStart) scan.pemEnd = text.indexOf("-----END ", bodyStart);
  const endAt = scan.pemEnd;
  const endMarker = `-----END ${label}-----`;
  if (endAt !== -1 && endAt - at <= PEM_MAX && text.startsWith(endMarker, endAt)) {
    const rule = isPrivate ? PRIVATE_KEY_RULE : QUIET_RULE;
    push(scan, rule, at, endAt + endMarker.length, isPrivate ? 0.99 : 0, RANK_FORMAT);
    return;
  }
  if (!isPrivate) return;
  // No END (a truncated paste, a stream cut off): the BEGIN line plus the base64 body that follows is
  // still a leak, up to the size of a whole block so no line of a long key is left out of the span.
  let i = bodyStart;
  for (let h = 0; h < 8; h++) {
    PEM_HEADER.lastIndex = i;
    if (!PEM_HEADER.test(text)) break;
    i = PEM_HEADER.lastIndex;
  }
  let base64 = 0;
  const limit = Math.min(text.length, at + PEM_MAX);
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && TOKEN[c] === 1 && c !== 45 && c !== 95) base64++;
    else if (c !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 92) break; // = space tab \n \r backslash
  }
  while (i > bodyStart && /\s/.test(text[i - 1]!)) i--;
  if (base64 >= 64) push(scan, PRIVATE_KEY_RULE, at, i, 0.85, RANK_FORMAT);
}

// --------------------------------------------------------------- JWTs

const JWT_SHAPE = /eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{16,4096}(?![A-Za-z0-9_-])/y;

function decodeJson(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

function matchJwt(scan: Scan, at: number): void {
  const { text } = scan;
  if (!startsToken(text, at)) return;
  JWT_SHAPE.lastIndex = at;
  const m = JWT_SHAPE.exec(text);
  if (m === null) return;
  const [header, payload] = m[0].split(".", 2) as [string, string];
  const h = decodeJson(header);
  if (typeof h !== "object" || h === null || typeof (h as { alg?: unknown }).alg !== "string") return;
  const p = decodeJson(payload);
  const score = typeof p === "object" && p !== null ? 0.95 : 0.85;
  push(scan, JWT_RULE, at, at + m[0].length, score, RANK_FORMAT);
}

// ---------------------------------------------------- connection strings

const URL_STOP = new Set([" ", "\t", "\n", "\r", "/", "?", "#", '"', "'", "`", "<", ">", "\\", "[", "]", "(", ")", "{", "}"]);

function matchConnectionString(scan: Scan, at: number): void {
  const { text } = scan;
  // The scheme: letters, digits, "+", ".", "-" right before "://" ("jdbc:" in front is left out).
  let s = at;
  while (s > 0 && at - s < 32 && /[A-Za-z0-9+.-]/.test(text[s - 1]!)) s--;
  while (s < at && !/[A-Za-z]/.test(text[s]!)) s++;
  if (s === at) return;
  const scheme = text.slice(s, at).toLowerCase();
  // userinfo runs to the last "@" before the host ends; passwords may contain a raw "@".
  const from = at + 3;
  const limit = Math.min(text.length, from + 256);
  let atSign = -1;
  for (let i = from; i < limit && !URL_STOP.has(text[i]!); i++) if (text.charCodeAt(i) === 64) atSign = i;
  if (atSign === -1) return;
  let colon = from;
  while (colon < atSign && text.charCodeAt(colon) !== 58) colon++;
  if (colon >= atSign - 1) return; // no password, or an empty one
  if (isPlaceholder(text.slice(colon + 1, atSign))) return;
  push(scan, CONNECTION_STRING_RULE, colon + 1, atSign, DATA_SCHEMES.has(scheme) ? 0.9 : 0.8, RANK_GENERIC);
}

// ------------------------------------------------------------ assignments

const IDENT_MAX = 64;
const VALUE_MAX = 256;
const VALUE_MIN = 6;

function isIdentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

// Scratch for classifyKey: 1 where a word starts in the normalised key (the detector is synchronous).
const WORD_STARTS = new Uint8Array(2 * IDENT_MAX + 1);

/** Which credential the key names, if any: "password", "secret" or undefined. */
function classifyKey(key: string): "password" | "secret" | undefined {
  // Lower case without separators, remembering where words start (after a separator, at a camel hump).
  let normalized = "";
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 95 || c === 45 || c === 46) continue; // _ - .
    const prev = i > 0 ? key.charCodeAt(i - 1) : 0;
    const camel = c >= 65 && c <= 90 && prev >= 97 && prev <= 122;
    WORD_STARTS[normalized.length] = normalized.length === 0 || prev === 95 || prev === 45 || prev === 46 || camel ? 1 : 0;
    normalized += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  if (endsWithWord(normalized, PASSWORD_KEYS)) return "password";
  if (endsWithWord(normalized, SECRET_KEYS)) return "secret";
  return undefined;
}

function endsWithWord(normalized: string, suffixes: readonly string[]): boolean {
  for (const suffix of suffixes) {
    const at = normalized.length - suffix.length;
    if (at >= 0 && WORD_STARTS[at] === 1 && normalized.endsWith(suffix)) return true;
  }
  return false;
}

/** Reads a quoted value starting at the opening quote; undefined if unclosed within bounds. */
function readQuoted(text: string, open: number, escapedQuote: boolean): { start: number; end: number } | undefined {
  const quote = text[open]!;
  const start = open + 1;
  const limit = Math.min(text.length, start + VALUE_MAX);
  for (let i = start; i < limit; i++) {
    const ch = text[i]!;
    if (ch === "\n") return undefined;
    if (escapedQuote && ch === "\\" && text[i + 1] === quote) return { start, end: i };
    if (ch === "\\") i++;
    else if (!escapedQuote && ch === quote) return { start, end: i };
  }
  return undefined;
}

// References, not literals: config.password, None, true, getpass(), ${VAR}, %(pw)s, !vault, *alias.
function looksLikeReference(value: string): boolean {
  if (/^[$%{[(!&*@<|]/.test(value) || value.includes("(") || value.includes("[")) return true;
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(value)) return true; // a.b.c
  return /^[A-Za-z_]+$/.test(value); // a bare word: no digit or symbol, so a name rather than a password
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96; // " ' `
}

/** Length of an assignment operator at j (= : := => == ===), or 0. */
function operatorLength(text: string, j: number): number {
  const c = text.charCodeAt(j);
  const next = text.charCodeAt(j + 1);
  if (c === 58) return next === 61 ? 2 : 1;
  if (c !== 61) return 0;
  if (next === 62) return 2;
  if (next === 61) return text.charCodeAt(j + 2) === 61 ? 3 : 2;
  return 1;
}

function matchAssignment(scan: Scan, at: number): void {
  const { text } = scan;
  if (at < scan.keyScannedTo) return;
  let e = at;
  while (e < text.length && e - at < IDENT_MAX && isIdentChar(text.charCodeAt(e))) e++;
  scan.keyScannedTo = e;
  // Operator first: it is the cheap test, and most keyword hits in prose have none.
  let j = e;
  if (text.charCodeAt(j) === 92 && isQuote(text.charCodeAt(j + 1))) j += 2;
  else if (isQuote(text.charCodeAt(j))) j++;
  while (j < text.length && j - e < 12 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  const op = operatorLength(text, j);
  if (op === 0) return;
  let s = at;
  while (s > 0 && at - s < IDENT_MAX && isIdentChar(text.charCodeAt(s - 1))) s--;
  const kind = classifyKey(text.slice(s, e));
  if (kind === undefined) return;
  j += op;
  const afterOp = j;
  while (j < text.length && j - afterOp < 8 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  let span: { start: number; end: number } | undefined;
  let quoted = true;
  if (text.charCodeAt(j) === 92 && isQuote(text.charCodeAt(j + 1))) span = readQuoted(text, j + 1, true);
  else if (isQuote(text.charCodeAt(j))) span = readQuoted(text, j, false);
  else {
    quoted = false;
    // The list separator before the key ends its value: "?password=abc&user=x" (a URL query: a
    // literal "&" in a password there is written %26), "Server=x;Password=abc;User Id=y".
    const before = s > 0 ? text.charCodeAt(s - 1) : 0;
    const separator = before === 63 ? 38 : before === 38 || before === 59 || before === 44 ? before : -1;
    let k = j;
    while (k < text.length && k - j < VALUE_MAX) {
      const c = text.charCodeAt(k);
      if ((c < 128 && VALUE_STOP[c] === 1) || c === separator) break;
      k++;
    }
    const trailer = VALUE_TRAILER.exec(text.slice(j, k));
    span = { start: j, end: trailer ? k - trailer[0].length : k };
  }
  if (span === undefined) return;
  scan.keyScannedTo = span.end; // no key starts inside this value: keeps "password=password=..." linear
  if (span.end - span.start < VALUE_MIN) return;
  const value = text.slice(span.start, span.end);
  if (isPlaceholder(value) || (!quoted && looksLikeReference(value))) return;
  const rule = kind === "password" ? PASSWORD_ASSIGNMENT_RULE : SECRET_ASSIGNMENT_RULE;
  const score = (kind === "password" ? 0.7 : 0.65) + (quoted ? 0.1 : 0);
  push(scan, rule, span.start, span.end, score, RANK_GENERIC);
}

// ------------------------------------------------ Authorization headers

const BEARER_VALUE = /[ \t]{1,4}([A-Za-z0-9._~+/-]{16,2048}=*)/y;
const BASIC_VALUE = /[ \t]{1,4}([A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/y;

function afterKeyword(text: string, at: number, keyword: number): number | undefined {
  if (at > 0 && /[A-Za-z0-9]/.test(text[at - 1]!)) return undefined;
  return at + keyword;
}

function matchBearer(scan: Scan, at: number): void {
  const from = afterKeyword(scan.text, at, 6);
  if (from === undefined) return;
  BEARER_VALUE.lastIndex = from;
  const m = BEARER_VALUE.exec(scan.text);
  if (m === null) return;
  const token = m[1]!;
  if (isPlaceholder(token) || !/[0-9]/.test(token) || !/[A-Za-z]/.test(token)) return;
  const start = from + m[0].length - token.length;
  push(scan, BEARER_TOKEN_RULE, start, start + token.length, 0.75, RANK_GENERIC);
}

function matchBasic(scan: Scan, at: number): void {
  const from = afterKeyword(scan.text, at, 5);
  if (from === undefined) return;
  BASIC_VALUE.lastIndex = from;
  const m = BASIC_VALUE.exec(scan.text);
  if (m === null || m[1]!.length % 4 !== 0) return;
  const decoded = Buffer.from(m[1]!, "base64").toString("latin1");
  const colon = decoded.indexOf(":");
  if (colon < 1 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded)) return;
  if (isPlaceholder(decoded.slice(colon + 1))) return;
  const start = from + m[0].length - m[1]!.length;
  push(scan, BASIC_AUTH_RULE, start, start + m[1]!.length, 0.85, RANK_GENERIC);
}

// ----------------------------------------------------------- Telegram

const TELEGRAM_SECRET = /:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/y;

/** "<8-10 digit bot id>:AA<33>", anchored on ":AA"; also inside api.telegram.org/bot<token>/ URLs. */
function matchTelegram(scan: Scan, at: number): void {
  const { text } = scan;
  let s = at;
  while (s > 0 && at - s <= 10 && text.charCodeAt(s - 1) >= 48 && text.charCodeAt(s - 1) <= 57) s--;
  if (at - s < 8 || at - s > 10) return;
  if (s > 0 && isWordAt(text, s - 1) && text.slice(s - 3, s) !== "bot") return;
  TELEGRAM_SECRET.lastIndex = at;
  const m = TELEGRAM_SECRET.exec(text);
  if (m === null || isPlaceholder(m[0].slice(1))) return;
  push(scan, TELEGRAM_RULE, s, at + m[0].length, 0.9, RANK_FORMAT);
}

// ------------------------------------------------------------ anchor index

interface Anchor {
  literal: string;
  foldCase: boolean;
  match: Matcher;
}

function buildAnchors(): Anchor[] {
  const anchors: Anchor[] = [];
  const add = (literal: string, foldCase: boolean, match: Matcher) => anchors.push({ literal, foldCase, match });
  for (const rule of PREFIX_RULES) {
    const match = prefixMatcher(rule);
    for (const literal of rule.anchors) add(literal, false, match);
  }
  for (const rule of CONTEXT_RULES) {
    const match = contextMatcher(rule);
    for (const keyword of rule.keywords) add(keyword, true, match);
  }
  for (const keyword of ASSIGNMENT_KEYWORDS) add(keyword, true, matchAssignment);
  add("-----BEGIN ", false, matchPemBlock);
  add("eyJ", false, matchJwt);
  add("://", false, matchConnectionString);
  add("bearer", true, matchBearer);
  add("basic", true, matchBasic);
  add(":AA", false, matchTelegram);
  return anchors;
}

/** The first two characters an anchor can appear with: all case variants for folded (lower-case) literals. */
function leadingPairs(anchor: Anchor): Set<string> {
  const pair = anchor.literal.slice(0, 2);
  if (!anchor.foldCase) return new Set([pair]);
  const [a, b] = [pair[0]!, pair[1]!];
  return new Set([a.toLowerCase(), a.toUpperCase()].flatMap((x) => [x + b.toLowerCase(), x + b.toUpperCase()]));
}

/** Anchors bucketed by their first two (ASCII) characters; bucket 0 means no anchor starts there. */
const BUCKET_OF = new Uint16Array(128 * 128);
const BUCKETS: Anchor[][] = [[]];
for (const anchor of buildAnchors()) {
  for (const pair of leadingPairs(anchor)) {
    const key = (pair.charCodeAt(0) << 7) | pair.charCodeAt(1);
    if (BUCKET_OF[key] === 0) {
      BUCKET_OF[key] = BUCKETS.length;
      BUCKETS.push([]);
    }
    BUCKETS[BUCKET_OF[key]!]!.push(anchor);
  }
}

function startsWithFolded(text: string, at: number, lowerLiteral: string): boolean {
  if (at + lowerLiteral.length > text.length) return false;
  for (let k = 0; k < lowerLiteral.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lowerLiteral.charCodeAt(k)) return false;
  }
  return true;
}

function scanAnchors(scan: Scan): void {
  const { text } = scan;
  const last = text.length - 1;
  for (let i = 0; i < last; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (a >= 128 || b >= 128) continue;
    const bucket = BUCKET_OF[(a << 7) | b]!;
    if (bucket === 0) continue;
    for (const anchor of BUCKETS[bucket]!) {
      const hit = anchor.foldCase ? startsWithFolded(text, i, anchor.literal) : text.startsWith(anchor.literal, i);
      if (hit) anchor.match(scan, i);
    }
  }
}

// ------------------------------------------------------------- token pass

const DISCORD_SHAPE = /[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_-])/y;

function entropyFloor(length: number): number {
  let [prevLen, prevFloor] = ENTROPY_FLOOR[0]!;
  for (const [len, floor] of ENTROPY_FLOOR) {
    if (length <= len) return prevFloor + ((floor - prevFloor) * (length - prevLen)) / Math.max(1, len - prevLen);
    [prevLen, prevFloor] = [len, floor];
  }
  return prevFloor;
}

// Scratch for shannon: per-character counts, zeroed again as they are summed.
const COUNTS = new Uint16Array(128);

/** Shannon entropy in bits per character of an ASCII token. */
function shannon(token: string): number {
  for (let i = 0; i < token.length; i++) COUNTS[token.charCodeAt(i)]!++;
  let h = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const n = COUNTS[c]!;
    if (n === 0) continue;
    const p = n / token.length;
    h -= p * Math.log2(p);
    COUNTS[c] = 0;
  }
  return h;
}

/** Decides whether text[start, end) is a random-looking secret; returns its score or 0. */
function randomTokenScore(text: string, start: number, end: number): number {
  // One pass for the cheap shape tests, so ordinary words and ids drop out before any allocation.
  let upper = false;
  let lower = false;
  let hexOnly = true;
  let digitRuns = 0;
  let inDigits = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && !inDigits) digitRuns++;
    inDigits = digit;
    if (digit || c === 45) continue; // "-" keeps UUIDs hex
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
    if (!((c >= 65 && c <= 70) || (c >= 97 && c <= 102))) hexOnly = false;
  }
  // Hex (digests, git SHAs, UUIDs, ids) is indistinguishable from hex secrets by shape; those are
  // left to the provider and keyword rules, which know the context. Random base62/base64 mixes
  // cases and scatters digits; identifiers keep digits in one place (Handler2024, v2).
  if (hexOnly || !upper || !lower || digitRuns < 2) return 0;
  const token = text.slice(start, end);
  if (/^sha(?:256|384|512)-/.test(token)) return 0; // subresource-integrity digests
  if (token.startsWith("AAAA")) return 0; // SSH public-key blobs start with a 4-byte length
  // Paths: "/usr/lib/...", "src/guard/..." (a lower-case word between slashes).
  if (token.includes("/") && (token.startsWith("/") || /(?:^|\/)[a-z]{4,}(?:\/|$)/.test(token))) return 0;
  if (shannon(token) < entropyFloor(token.length)) return 0;
  // Base64 of readable text (an encoded sentence) is not a key; random bytes are mostly unprintable.
  const standard = token.includes("+") || token.includes("/");
  if (!standard || !/[-_]/.test(token)) {
    const bytes = Buffer.from(token, standard ? "base64" : "base64url");
    let printable = 0;
    for (const byte of bytes) if ((byte >= 32 && byte < 127) || byte === 9 || byte === 10 || byte === 13) printable++;
    if (bytes.length >= 12 && printable / bytes.length >= 0.85) return 0;
  }
  return 0.4 + 0.15 * Math.min(1, (token.length - TOKEN_MIN) / 40);
}

function discordToken(scan: Scan, start: number): void {
  const { text } = scan;
  DISCORD_SHAPE.lastIndex = start;
  const m = DISCORD_SHAPE.exec(text);
  if (m === null) return;
  // The first part is the bot's numeric user id, base64-encoded.
  const id = Buffer.from(m[0].slice(0, m[0].indexOf(".")), "base64url").toString("latin1");
  if (!/^[0-9]{17,20}$/.test(id)) return;
  push(scan, DISCORD_RULE, start, start + m[0].length, 0.9, RANK_FORMAT);
}

function scanTokens(scan: Scan): void {
  const { text } = scan;
  const n = text.length;
  let lastBreak = -1; // last whitespace, quote or bracket: where a "word" starts
  let urlAt = -2; // last "://"
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || TOKEN[c] !== 1) {
      if (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) urlAt = i;
      else if (c < 128 && BREAK[c] === 1) lastBreak = i;
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d >= 128 || TOKEN[d] !== 1) break;
      i++;
    }
    let end = i;
    while (end < n && end - i < 2 && text.charCodeAt(end) === 61) end++; // base64 padding
    const length = end - start;
    if (text.charCodeAt(i) === 46 && length >= 24 && length <= 28) discordToken(scan, start);
    const inUrl = urlAt > lastBreak;
    if (length >= TOKEN_MIN && length <= TOKEN_MAX && !inUrl && !(start >= 7 && text.startsWith("base64,", start - 7))) {
      const score = randomTokenScore(text, start, end);
      if (score > 0) push(scan, HIGH_ENTROPY_RULE, start, end, score, RANK_ENTROPY);
    }
    i = end;
  }
}

// --------------------------------------------------------------- overlaps

function toFinding(c: Candidate): Finding {
  return {
    detector: c.rule.id,
    score: c.score,
    start: c.start,
    end: c.end,
    label: c.rule.label,
    message: `${c.rule.description} detected`,
  };
}

/** Keeps, among overlapping candidates, the most specific (rank, then score, then longest). */
function resolveOverlaps(found: Candidate[], length: number): Finding[] {
  if (found.length === 0) return [];
  found.sort((a, b) => b.rank - a.rank || b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const c of found) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    if (c.rule !== QUIET_RULE) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map(toFinding);
}

export const detectSecrets: TextDetector = (text) => {
  const scan: Scan = { text, found: [], pemEnd: -2, keyScannedTo: 0 };
  scanAnchors(scan);
  scanTokens(scan);
  return resolveOverlaps(scan.found, text.length);
};
