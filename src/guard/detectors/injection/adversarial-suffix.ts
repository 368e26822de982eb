/**
 * GCG-style adversarial suffixes, found by character statistics.
 *
 * Optimisation attacks (GCG and its descendants) append a run of tokens
 * chosen for their effect on the model, not for meaning: word fragments
 * glued to brackets and quotes, markdown and code punctuation, unbalanced
 * brackets, stray scripts mixed into Latin words. Ordinary prose has almost
 * none of that; code has plenty of punctuation but balances its brackets and
 * does not follow a run of plain prose on the same line.
 *
 * A token is odd when it has symbols inside it, a run of two or more
 * punctuation marks that isn't sentence-ending ("]$.", "[[", "<="), mixes
 * scripts, or is punctuation only. The check: a run of WINDOW whitespace-separated tokens where at least
 * MIN_ODD tokens are "odd" and the brackets in the run are unbalanced by at
 * least MIN_IMBALANCE, preceded on its line by at least PROSE_RUN plain words
 * (the request the suffix is attached to). One pass with running counts.
 */

import type { Span } from "./windows.js";

const WINDOW = 12;
const MIN_ODD = 6;
const MIN_IMBALANCE = 2;
const PROSE_RUN = 5;
/** Lines are cut at this many tokens so a huge single-line input stays linear and cheap. */
const MAX_TOKENS_PER_LINE = 4096;

interface Token {
  start: number;
  end: number;
  odd: boolean;
  plain: boolean;
  /** Net bracket count per kind: ( [ { < */
  round: number;
  square: number;
  curly: number;
}

const SYMBOLS = new Set("()[]{}<>|\\^~$@*=+#%`\"_;".split("").map((c) => c.charCodeAt(0)));

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function classify(text: string, start: number, end: number): Token {
  let round = 0;
  let square = 0;
  let curly = 0;
  let letters = 0;
  let symbols = 0;
  let foreign = 0;
  let caseSwitch = false;
  let punctRun = 0;
  let maxPunctRun = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const alnum = isLetter(c) || (c >= 48 && c <= 57) || c > 0x2ff;
    punctRun = alnum ? 0 : punctRun + 1;
    // "..." and "?!" end sentences; "]$.", "[[", "**" and "<=" do not.
    if (punctRun > maxPunctRun && c !== 46 && c !== 33 && c !== 63) maxPunctRun = punctRun;
    if (c === 40) round++;
    else if (c === 41) round--;
    else if (c === 91) square++;
    else if (c === 93) square--;
    else if (c === 123) curly++;
    else if (c === 125) curly--;
    if (isLetter(c)) {
      letters++;
      // lower-case letter followed by an upper-case one: "githubRelative", "usingSam"
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      if (c >= 97 && next >= 65 && next <= 90) caseSwitch = true;
    } else if (c > 0x2ff) foreign++;
    // A symbol counts only inside the token: "(word)" and "word," are ordinary.
    else if (SYMBOLS.has(c) && i > start && i < end - 1) symbols++;
  }
  const length = end - start;
  const plain = letters >= length - 1 && letters > 0 && symbols === 0;
  const odd =
    symbols > 0 || maxPunctRun >= 2 || (foreign > 0 && letters > 0) || (caseSwitch && letters < length) || (letters === 0 && length >= 2);
  return { start, end, odd, plain, round, square, curly };
}

function scanLine(text: string, start: number, end: number): Span | undefined {
  const tokens: Token[] = [];
  let i = start;
  while (i < end && tokens.length < MAX_TOKENS_PER_LINE) {
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const s = i;
    while (i < end && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++;
    if (i > s) tokens.push(classify(text, s, i));
  }
  if (tokens.length < WINDOW + PROSE_RUN) return undefined;

  let proseRun = 0;
  let proseSeen = false;
  let odd = 0;
  let round = 0;
  let square = 0;
  let curly = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    odd += t.odd ? 1 : 0;
    round += t.round;
    square += t.square;
    curly += t.curly;
    if (k >= WINDOW) {
      const out = tokens[k - WINDOW]!;
      odd -= out.odd ? 1 : 0;
      round -= out.round;
      square -= out.square;
      curly -= out.curly;
      // The prose must come before the window.
      proseRun = out.plain ? proseRun + 1 : 0;
      if (proseRun >= PROSE_RUN) proseSeen = true;
    }
    if (k >= WINDOW - 1 && proseSeen && odd >= MIN_ODD && Math.abs(round) + Math.abs(square) + Math.abs(curly) >= MIN_IMBALANCE) {
      return { start: tokens[k - WINDOW + 1]!.start, end: t.end };
    }
  }
  return undefined;
}

/** The first adversarial-looking token run, or undefined. Linear in the text length. */
export function findAdversarialSuffix(text: string): Span | undefined {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart >= 2 * WINDOW) {
      const hit = scanLine(text, lineStart, lineEnd);
      if (hit) return hit;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
