/**
 * A small tokenizer for the address and name detectors: numbers, ordinals,
 * words (any script, with a trailing abbreviation dot), newlines and single
 * punctuation marks, each with its offsets and whether whitespace precedes it.
 *
 * Walking tokens with bounded look-ahead keeps the address and name rules
 * readable and linear; doing the same with one big regex would be neither.
 */

export type TokenKind = "num" | "ord" | "word" | "nl" | "punct";

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** Whitespace (not a newline) separates this token from the previous one. */
  spaced: boolean;
  /** Lower-case form without a trailing dot, for word-list lookups. */
  lower: string;
  /** First letter upper case, at least one lower-case letter after it ("Maria", "McPherson"). */
  capitalized: boolean;
  /** Every letter upper case and at least two letters ("NUUK", "APO"). */
  upper: boolean;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER_OR_MARK.test(text[i]!);
}

/** "st", "nd", "rd" or "th" in either case at i (c | 32 folds only A-Z onto a-z for these letters). */
function ordinalSuffixAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i) | 32;
  const b = text.charCodeAt(i + 1) | 32;
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** Whitespace other than the newline (which is a token of its own). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A hand-written scanner (one pass over char codes) rather than a regex
 * with Unicode classes: it runs for every character of every prompt, and
 * on a megabyte of text the regex version spent most of its time building
 * match objects.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let lastEnd = 0;
  let i = 0;
  let ascii = true;
  let hasAsciiUpper = false;
  let hasAsciiLower = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind;
    if (c === 10) kind = "nl";
    else if (isDigitCode(c)) {
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      kind = "num";
      if (j - i <= 3 && ordinalSuffixAt(text, j) && !(j + 2 < n && (isLetterAt(text, j + 2) || isDigitCode(text.charCodeAt(j + 2))))) {
        j += 2;
        kind = "ord";
      } else {
        // "12A" (one letter), then "-3" or "/3" continuations ("12-14", "4/2")
        if (j < n && isAsciiLetter(text.charCodeAt(j)) && !(j + 1 < n && (isLetterAt(text, j + 1) || isDigitCode(text.charCodeAt(j + 1))))) j++;
        const sep = text.charCodeAt(j);
        if ((sep === 45 || sep === 47) && isDigitCode(text.charCodeAt(j + 1))) {
          j += 2;
          while (j < n && isDigitCode(text.charCodeAt(j))) j++;
        }
      }
    } else if (isLetterAt(text, i)) {
      kind = "word";
      // Case flags for the ASCII fast path below, gathered while scanning.
      ascii = c < 128;
      hasAsciiUpper = c >= 65 && c <= 90;
      hasAsciiLower = c >= 97 && c <= 122;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          if (d >= 97 && d <= 122) hasAsciiLower = true;
          else if (d >= 65 && d <= 90) hasAsciiUpper = true;
          else if (d !== 39 && d !== 45) break;
          j++;
        } else if (d === 0x2019 || LETTER_OR_MARK.test(text[j]!)) {
          ascii = false;
          j++;
        } else break;
      }
      if (text.charCodeAt(j) === 46) j++;
    } else kind = "punct";
    const raw = text.slice(i, j);
    const start = i;
    const spaced = start > lastEnd;
    lastEnd = j;
    i = j;
    if (kind !== "word") {
      tokens.push({ kind, text: raw, start, end: j, spaced, lower: kind === "ord" ? raw.toLowerCase() : raw, capitalized: false, upper: false });
      continue;
    }
    const dotted = text.charCodeAt(j - 1) === 46;
    const bare = dotted ? raw.length - 1 : raw.length;
    if (ascii) {
      // ASCII only: case flags from the scan, and no case mapping unless there is an upper-case letter.
      const lowerRaw = hasAsciiUpper ? raw.toLowerCase() : raw;
      tokens.push({
        kind,
        text: raw,
        start,
        end: j,
        spaced,
        lower: dotted ? lowerRaw.slice(0, bare) : lowerRaw,
        capitalized: c >= 65 && c <= 90 && hasAsciiLower,
        upper: bare >= 2 && hasAsciiUpper && !hasAsciiLower,
      });
      continue;
    }
    // Case tests through toLowerCase/toUpperCase rather than Unicode regexes.
    const lowerRaw = raw.toLowerCase();
    const upperRaw = raw.toUpperCase();
    const hasLower = raw !== upperRaw;
    const hasUpper = raw !== lowerRaw;
    tokens.push({
      kind,
      text: raw,
      start,
      end: j,
      spaced,
      lower: dotted ? lowerRaw.slice(0, bare) : lowerRaw,
      capitalized: raw[0] !== lowerRaw[0] && hasLower,
      upper: bare >= 2 && hasUpper && !hasLower,
    });
  }
  return tokens;
}

/** Non-ASCII letters: a word in another script or with diacritics ("Dobrovského", "πεντέλης"). */
export function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}
