/**
 * Character surprise: a perplexity filter for optimiser-made suffixes.
 *
 * GCG-style attacks append tokens chosen by gradient search, which read as
 * character soup ("correctedilde]$. [[There", "({[HTMLsvg readers | Sure]").
 * A character-bigram model of ordinary text finds such runs improbable. We
 * train it on benign text only (never on attacks, so it cannot memorise an
 * attack family) and report the most surprising run of WINDOW consecutive
 * tokens: its mean negative log-probability per character transition.
 *
 * The alphabet is printable ASCII plus one class for everything else and
 * one for a token boundary, so the table is 97×97 and a text is scored in one
 * linear pass.
 */

const OTHER = 0;
const BOUNDARY = 96;
export const ALPHABET = 97;
/** Tokens per scored run: short enough for a 9-token suffix, long enough that one odd word (a URL, a name) is not a run. */
const WINDOW = 8;

export interface CharacterModel {
  /** -log P(next | previous), ALPHABET×ALPHABET, row = previous class. */
  cost: Float32Array;
  /** Surprise at or above which a run is reported (calibrated on held-out benign text). */
  threshold: number;
}

function classOf(c: number): number {
  return c >= 32 && c <= 126 ? c - 31 : OTHER;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Add-one-smoothed bigram costs from the given texts. */
export function trainCharacterCosts(texts: Iterable<string>): Float32Array {
  const counts = new Float64Array(ALPHABET * ALPHABET);
  for (const text of texts) {
    let prev = BOUNDARY;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const cls = isSpace(c) ? BOUNDARY : classOf(c);
      if (cls === BOUNDARY && prev === BOUNDARY) continue;
      counts[prev * ALPHABET + cls]!++;
      prev = cls;
    }
    if (prev !== BOUNDARY) counts[prev * ALPHABET + BOUNDARY]!++;
  }
  const cost = new Float32Array(ALPHABET * ALPHABET);
  for (let p = 0; p < ALPHABET; p++) {
    let total = ALPHABET;
    for (let n = 0; n < ALPHABET; n++) total += counts[p * ALPHABET + n]!;
    for (let n = 0; n < ALPHABET; n++) cost[p * ALPHABET + n] = -Math.log((counts[p * ALPHABET + n]! + 1) / total);
  }
  return cost;
}

export interface SurpriseRun {
  /** Mean cost per transition over the run. */
  surprise: number;
  start: number;
  end: number;
}

/** The most surprising run of WINDOW tokens (or of all tokens, for shorter texts). */
export function mostSurprisingRun(text: string, cost: Float32Array): SurpriseRun {
  // Per token: summed transition cost (including the boundaries) and transition count.
  const sums: number[] = [];
  const counts: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let prev = BOUNDARY;
    let sum = 0;
    let transitions = 0;
    while (i < n && !isSpace(text.charCodeAt(i))) {
      const cls = classOf(text.charCodeAt(i));
      sum += cost[prev * ALPHABET + cls]!;
      transitions++;
      prev = cls;
      i++;
    }
    sum += cost[prev * ALPHABET + BOUNDARY]!;
    transitions++;
    sums.push(sum);
    counts.push(transitions);
    starts.push(start);
    ends.push(i);
  }
  if (sums.length === 0) return { surprise: 0, start: 0, end: 0 };
  const w = Math.min(WINDOW, sums.length);
  let sum = 0;
  let count = 0;
  for (let k = 0; k < w; k++) {
    sum += sums[k]!;
    count += counts[k]!;
  }
  let best: SurpriseRun = { surprise: sum / count, start: starts[0]!, end: ends[w - 1]! };
  for (let k = w; k < sums.length; k++) {
    sum += sums[k]! - sums[k - w]!;
    count += counts[k]! - counts[k - w]!;
    const s = sum / count;
    if (s > best.surprise) best = { surprise: s, start: starts[k - w + 1]!, end: ends[k]! };
  }
  return best;
}
