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

import { mostSurprisingRun } from "./surprise.js";
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

/*
 * The trailing check: GCG, DSN and their relatives append their suffix to
 * the request, so the end of the last line is where it sits. The last
 * TAIL_TOKENS whitespace tokens are scored with the character-bigram model of
 * ordinary text (surprise.ts, learned from benign prompts and documents,
 * code included) and by how many of them are odd; the line must start as
 * prose (its first words plain), which is what separates "request + soup"
 * from pasted code, logs or JSON. Before scoring, what ordinary text quotes
 * on purpose is neutralised: `inline code`, quoted phrases, ellipses,
 * hashtags, number lists, accents and typographic symbols.
 */
const TAIL_TOKENS = 10;
/** Operators and keywords that stand alone in code and almost never in an optimiser suffix. */
const CODE_TOKEN = /^(?:=|==|===|!=|!==|=>|->|<-|:=|\+=|-=|\*=|&&|\|\||<=|>=|>>|<<|\*\*|\{|\}|;|def|fn|func|function|const|let|var|val|int|return|elif|fi|done|null|nil|None|true|false|lambda|async|await|SELECT|FROM|WHERE)[;,]?$/;
const HEAD_TOKENS = 6;
/** Characters looked at on each side of a long last line: bounded work. */
const TAIL_CHARS = 600;
const HEAD_CHARS = 200;
/** Surprise (nats per character transition) of the tail: benign prompts sit at 2.3–3.0. */
const TAIL_SURPRISE = 3.1;
const TAIL_SURPRISE_WITH_BRACKETS = 2.9;

function neutralise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/`[^`\n]{0,80}`/g, "code")
    .replace(/\.{3}|\u2026/g, " ")
    .replace(/[\u2000-\u2bff]/g, "")
    .replace(/(^|\s)#[A-Za-z]\w*/g, "$1tag")
    .replace(/\[[\d,.\s-]*\]/g, "list")
    .replace(/\([\d,.\s-]*\)/g, "tuple")
    .replace(/"[^"\n]{0,80}"/g, (m) => (/[A-Za-z]{3,}[\s,;:]+[A-Za-z]{3,}/.test(m) ? "quote" : m));
}

function tokensOf(text: string): string[] {
  return text.split(/[ \t\r]+/).filter((t) => t !== "");
}

/**
 * Odd for the tail check: a symbol inside the token, a run of two or more
 * punctuation marks other than sentence ends, a lower-case letter followed by
 * an upper-case one ("similarlyNow"), punctuation glued before a letter
 * ("]{Me", "**ONE"), or punctuation only. Numbers ("22.04", "3/4") and
 * dashes are ordinary.
 */
function tailOdd(t: string): boolean {
  let run = 0;
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const letter = isLetter(c);
    const alnum = letter || (c >= 48 && c <= 57) || c > 0x2ff;
    run = alnum ? 0 : run + 1;
    if (run >= 2 && c !== 46 && c !== 33 && c !== 63) return true;
    if (letter) letters++;
    const next = i + 1 < t.length ? t.charCodeAt(i + 1) : 0;
    if (SYMBOLS.has(c) && i > 0 && i < t.length - 1) return true;
    if (c >= 97 && c <= 122 && next >= 65 && next <= 90) return true;
    if (i > 0 && !alnum && c !== 39 && c !== 0x2019 && c !== 45 && isLetter(next)) return true;
  }
  return letters === 0 && t.length >= 2 && !/^[-\u2013\u2014&/]+$/.test(t) && !/^\d/.test(t);
}

/** Plain word, maybe with one opening and one closing punctuation mark: `(word`, `word,`, `"word"`. */
const PLAIN = /^[("'\u201c]?[A-Za-z][a-z'\u2019-]*[.,;:!?)"'\u201d]?$/;

/**
 * A trailing optimiser suffix on the last line, or undefined. `cost` is the
 * character model (the shipped prompt head's by default, see patterns.ts).
 */
export function findTrailingSuffix(text: string, cost: Float32Array): Span | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const lineStart = text.lastIndexOf("\n", end - 1) + 1;
  if (end - lineStart < 2 * TAIL_TOKENS) return undefined;
  const tailFrom = Math.max(lineStart, end - TAIL_CHARS);
  const tailRaw = tokensOf(text.slice(tailFrom, end));
  if (tailFrom > lineStart) tailRaw.shift(); // a token cut in half
  const tail = tokensOf(neutralise(tailRaw.slice(-TAIL_TOKENS).join(" "))).slice(-TAIL_TOKENS);
  if (tail.length < TAIL_TOKENS - 2) return undefined;
  // The words before the tail: the line must open as prose.
  const tailChars = tailRaw.slice(-TAIL_TOKENS).join(" ").length;
  const headEnd = Math.max(lineStart, end - tailChars - 1);
  const head = tokensOf(neutralise(text.slice(lineStart, Math.min(headEnd, lineStart + HEAD_CHARS)))).slice(0, HEAD_TOKENS);
  if (head.length < 3) return undefined;
  const prose = head.filter((t) => PLAIN.test(t)).length;
  if (prose < Math.min(5, head.length)) return undefined;

  // Code, markup and log lines introduced by a request ("Fix my Python: def f(x): ...")
  // have an introducing colon or read as code: operators and keywords standing alone.
  if (/^[^\n]{0,120}?[A-Za-z)\]]:\s/.test(text.slice(lineStart, Math.min(end, lineStart + 160)))) return undefined;
  if (tail.filter((t) => CODE_TOKEN.test(t)).length >= 2) return undefined;
  let odd = 0;
  let balance = 0;
  for (const t of tail) {
    const k = classify(t, 0, t.length);
    if (tailOdd(t)) odd++;
    balance += k.round + k.square + k.curly;
  }
  if (odd === 0) return undefined;
  const surprise = mostSurprisingRun(tail.join(" "), cost).surprise;
  const hit = surprise >= TAIL_SURPRISE || (surprise >= TAIL_SURPRISE_WITH_BRACKETS && odd >= 2 && balance !== 0);
  if (!hit) return undefined;
  const start = end - tailChars;
  return { start: Math.max(lineStart, start), end };
}
