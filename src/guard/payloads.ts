/**
 * Finds encoded payloads in one piece of text and decodes them: base64
 * (standard and URL-safe), hex (plain runs, "\x69" / "0x69" escapes, spaced
 * byte lists), URL percent-encoding and rot13.
 *
 * Used by normalize.ts, which normalises what comes out and calls this again
 * on it for nested encodings. A payload is kept only if it decodes to
 * plausible text: hashes, keys and other random bytes decode to binary and
 * are dropped, so they never count as "encoded" evasion.
 *
 * Work is linear in the input: one scan for base64/hex runs, a few linear
 * regexes guarded by cheap checks, one scan for rot13 statistics. `budget`
 * caps how many characters of decoded text one call may produce.
 */
import { Buffer } from "node:buffer";
import { rot13, rot13Candidate } from "./rot13.js";

export type PayloadEncoding = "base64" | "hex" | "url" | "rot13";

export interface Payload {
  encoding: PayloadEncoding;
  text: string;
}

/** Shortest base64 or hex run considered: 16 characters are 12 bytes of base64, 8 of hex. */
const MIN_RUN = 16;
/** Fewest decoded characters worth inspecting. */
const MIN_TEXT = 6;
/** Percent-encoded text: characters of context kept either side of the escapes. */
const URL_CONTEXT = 128;

const BASE64 = 1;
const HEX = 2;
/** Character classes for the run scanner, indexed by char code (ASCII only). */
const CHAR_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9+/_-]/.test(ch)) CHAR_CLASS[c] = BASE64;
  if (/[0-9A-Fa-f]/.test(ch)) CHAR_CLASS[c]! |= HEX;
}

/** "\x69\x67..." or "0x69, 0x67, ..." byte escapes (at least 4 bytes). */
const ESCAPED_HEX = /(?:(?:\\x|0x)[0-9A-Fa-f]{2}[\s,]*){4,}/g;
/** "69 67 6e 6f ..." or "69:67:6e:..." byte lists (at least 8 bytes). */
const SPACED_HEX = /\b[0-9A-Fa-f]{2}(?:[ :][0-9A-Fa-f]{2}){7,}\b/g;
const HEX_NOISE = /\\x|0x|[^0-9A-Fa-f]/g;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/g;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

export function findPayloads(text: string, budget: number, tryRot13 = true): Payload[] {
  const found: Payload[] = [];
  const add = (encoding: PayloadEncoding, decoded: string | null): void => {
    if (decoded === null || budget <= 0) return;
    const kept = decoded.length > budget ? decoded.slice(0, budget) : decoded;
    found.push({ encoding, text: kept });
    budget -= kept.length;
  };

  const spacedBytes = scanRuns(text, (start, end, hex) => {
    if (budget <= 0) return;
    if (hex) add("hex", decodeHexRun(text.slice(start, end), budget));
    else add("base64", decodeBase64Run(text.slice(start, end), budget));
  });
  if (budget > 0 && (text.includes("\\x") || text.includes("0x"))) {
    for (const m of text.matchAll(ESCAPED_HEX)) add("hex", decodeHexDigits(m[0].replace(HEX_NOISE, ""), budget));
  }
  if (budget > 0 && spacedBytes) {
    for (const m of text.matchAll(SPACED_HEX)) add("hex", decodeHexDigits(m[0].replace(HEX_NOISE, ""), budget));
  }
  if (budget > 0 && text.includes("%")) add("url", decodePercentEncoding(text, budget));
  if (budget > 0 && tryRot13) {
    const span = rot13Candidate(text);
    if (span) add("rot13", rot13(text.slice(span.start, Math.min(span.end, span.start + budget))));
  }
  return found;
}

/**
 * One pass over the text reporting maximal runs of hex digits (as hex) and
 * maximal runs of the base64 alphabet that are not all hex digits (as
 * base64: base64 of text is never all hex digits), each at least MIN_RUN
 * long. Returns whether it saw 8 two-digit hex tokens in a row, one
 * character apart: the cue to look for spaced byte lists.
 */
function scanRuns(text: string, onRun: (start: number, end: number, hex: boolean) => void): boolean {
  let b64Start = -1;
  let hexStart = -1;
  let b64AllHex = true;
  let pairs = 0;
  let lastPairEnd = -2;
  let spacedBytes = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0;
    const cls = c < 128 ? CHAR_CLASS[c]! : 0;
    if (cls & HEX) {
      if (hexStart < 0) hexStart = i;
    } else if (hexStart >= 0) {
      if (i - hexStart >= MIN_RUN) onRun(hexStart, i, true);
      if (i - hexStart === 2) {
        pairs = hexStart === lastPairEnd + 1 ? pairs + 1 : 1;
        lastPairEnd = i;
        if (pairs >= 8) spacedBytes = true;
      }
      hexStart = -1;
    }
    if (cls & BASE64) {
      if (b64Start < 0) {
        b64Start = i;
        b64AllHex = true;
      }
      if (!(cls & HEX)) b64AllHex = false;
    } else if (b64Start >= 0) {
      if (i - b64Start >= MIN_RUN && !b64AllHex) onRun(b64Start, i, false);
      b64Start = -1;
    }
  }
  return spacedBytes;
}

function decodeBase64Run(run: string, budget: number): string | null {
  // 4 characters carry 3 bytes; decode no more than the budget can hold.
  let usable = Math.min(run.length, Math.ceil(budget / 3) * 4 + 4);
  if (usable % 4 === 1) usable--; // a lone trailing sextet carries no byte
  return bytesToText(Buffer.from(run.slice(0, usable), "base64"));
}

function decodeHexRun(run: string, budget: number): string | null {
  // All-digit runs are numbers (timestamps, card numbers, ids), not hex text.
  if (!/[A-Fa-f]/.test(run)) return null;
  return decodeHexDigits(run, budget);
}

function decodeHexDigits(digits: string, budget: number): string | null {
  const usable = Math.min(digits.length, budget * 2 + 2) & ~1;
  return bytesToText(Buffer.from(digits.slice(0, usable), "hex"));
}

/**
 * Percent-encoding is decoded when it looks deliberate: three or more escapes,
 * or any escape of a letter or digit (which no URL encoder produces). The
 * result is the stretch from the first to the last escape plus some context
 * either side, so a phrase with one encoded word reads whole.
 */
function decodePercentEncoding(text: string, budget: number): string | null {
  let count = 0;
  let escapesAlnum = false;
  let first = -1;
  let last = -1;
  for (const m of text.matchAll(PERCENT_ESCAPE)) {
    count++;
    if (first < 0) first = m.index;
    last = m.index + 3;
    const byte = Number.parseInt(m[0].slice(1), 16);
    if (isAsciiAlnum(byte)) escapesAlnum = true;
  }
  if (count < 3 && !escapesAlnum) return null;
  const start = Math.max(0, first - URL_CONTEXT);
  const end = Math.min(text.length, last + URL_CONTEXT, start + budget * 3);
  const window = text.slice(start, end);
  const decoded = window.replace(PERCENT_RUN, decodePercentRun);
  return decoded === window ? null : decoded;
}

/** One run of escapes to UTF-8 text; left as is when the bytes are not text. */
function decodePercentRun(run: string): string {
  const decoded = Buffer.from(run.replace(/%/g, ""), "hex").toString("utf8");
  return /[\uFFFD\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/.test(decoded) ? run : decoded;
}

/**
 * Bytes to text if they look like text: UTF-16LE when every other byte is
 * zero (PowerShell's -EncodedCommand), else UTF-8. Null for binary.
 */
function bytesToText(bytes: Buffer): string | null {
  if (bytes.length < MIN_TEXT) return null;
  const text = looksUtf16le(bytes) ? bytes.toString("utf16le") : bytes.toString("utf8");
  return isPlausibleText(text) ? text : null;
}

function looksUtf16le(bytes: Buffer): boolean {
  if (bytes.length < 8 || bytes[1] !== 0 || bytes[3] !== 0) return false;
  let zeros = 0;
  for (let i = 1; i < bytes.length; i += 2) if (bytes[i] === 0) zeros++;
  return zeros * 10 >= (bytes.length >> 1) * 9;
}

/**
 * Text a person or a model would read: no replacement characters or control
 * codes (one in 32 tolerated for a stray trailing byte), at least three
 * letters, and mostly letters, digits and spaces. Random bytes fail the first
 * test almost surely: only ~37% of byte values are printable ASCII.
 */
export function isPlausibleText(text: string): boolean {
  const n = text.length;
  if (n < MIN_TEXT) return false;
  let bad = 0;
  let letters = 0;
  let wordy = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c === 0x09 || c === 0x0a || c === 0x0d) wordy++;
      else bad++;
    } else if (c === 0x7f || (c >= 0x80 && c < 0xa0) || c === 0xfffd) {
      bad++;
    } else if (c === 0x20) {
      wordy++;
    } else if (c < 0x80) {
      if (isAsciiAlnum(c)) {
        wordy++;
        if (c > 0x39) letters++;
      }
    } else {
      // Non-ASCII that survived UTF-8 decoding: most likely letters of another script.
      wordy++;
      letters++;
    }
  }
  return bad <= n >> 5 && letters >= 3 && wordy * 10 >= n * 6;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
