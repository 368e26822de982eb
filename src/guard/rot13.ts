/**
 * rot13: when is text worth reading rotated?
 *
 * rot13 has no marker, so decoding every text would double the work of every
 * detector and fill `decoded` with gibberish. Each letter scores how much
 * more English-like its rot13 is than itself (log ratio of English letter
 * frequencies); a word scores the sum over its letters minus a small bias per
 * letter, and the best-scoring run of consecutive words (Kadane's maximum
 * subarray: one pass, no allocation) is the candidate: words that are only
 * slightly better rotated, like plain English "for", stay out of it.
 *  - If the text names the cipher ("rot13", "rot-13", "caesar"), a modest
 *    run (6+ letters) is enough evidence, and the whole text is rotated:
 *    single rotated words can score low ("erirny" is "reveal").
 *  - Otherwise the run must be long (20+ letters), and its rot13 must contain
 *    markedly more common English words than the run itself (this word
 *    check runs only on a candidate). Only the run is rotated.
 * One candidate per text: a second unnamed rot13 passage is missed.
 */

const HINT = /\brot[\s_-]?13\b|\bcaesar\b/i;

/** English letter frequencies a..z in percent (standard corpus figures). */
const ENGLISH_FREQUENCY = [
  8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98,
  2.4, 0.15, 2.0, 0.074,
];
/** Per letter: ln P(rot13(letter)) - ln P(letter). Positive when rotating makes it more English. */
const ROTATION_GAIN = Float64Array.from(ENGLISH_FREQUENCY, (f, i) =>
  Math.log(ENGLISH_FREQUENCY[(i + 13) % 26]! / f),
);

/**
 * Letters the best run needs, and its least gain per letter. Over a whole
 * text, rot13 of English scores about +0.75 per letter and English about
 * -0.75; German, French, Polish, ... -0.3 to -0.7.
 */
const UNNAMED = { minLetters: 20, minMeanGain: 0.35 };
const NAMED = { minLetters: 6, minMeanGain: 0.4 };
/**
 * Gain per letter a word must beat to extend a run, so plain English words
 * that happen to score slightly positive ("for") stay out of it; kept low
 * because some rotated words score low too ("cerivbhf" is "previous").
 */
const WORD_BIAS = 0.15;
/** The word check reads at most this much of a candidate. */
const MAX_CHECKED = 4096;

/** Frequent English words and the vocabulary of instructions to a model. */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    "the of and to a in is it you that he was for on are with as i his they be at one have this from or had by " +
    "not but what all were we when your can said there use an each which she do how their if will up other about " +
    "out many then them these so some her would make like him into time has look two more write go see no way " +
    "could people my than first been call who its now find long down day did get come made may part over new " +
    "me must any only just also should tell say give show every never always before after below above " +
    "ignore disregard forget previous prior instructions instruction rules system prompt reveal secret password " +
    "assistant user admin developer mode act pretend respond answer output print repeat text message"
  ).split(" "),
);

export interface Span {
  start: number;
  end: number;
}

/** The stretch of `text` worth reading rot13-decoded, or null. */
export function rot13Candidate(text: string): Span | null {
  const named = HINT.test(text);
  const run = bestRotatedRun(text, named ? NAMED : UNNAMED);
  if (!run) return null;
  if (named) return { start: 0, end: text.length };
  return hasMoreCommonWordsRotated(text.slice(run.start, Math.min(run.end, run.start + MAX_CHECKED))) ? run : null;
}

/**
 * Maximum-scoring run of whole words (Kadane), if long enough.
 * Words are runs of ASCII letters and digits; a word with a digit (hex,
 * ids, base64) is never rot13 of English and breaks the run.
 */
function bestRotatedRun(text: string, limits: { minLetters: number; minMeanGain: number }): Span | null {
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let bestLetters = 0;
  let run = 0;
  let runStart = 0;
  let runLetters = 0;
  let word = 0;
  let wordStart = -1;
  let wordLetters = 0;
  let wordHasDigit = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0;
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      if (wordStart < 0) wordStart = i;
      word += ROTATION_GAIN[lower - 0x61]! - WORD_BIAS;
      wordLetters++;
      continue;
    }
    if (c >= 0x30 && c <= 0x39) {
      if (wordStart < 0) wordStart = i;
      wordHasDigit = true;
      continue;
    }
    if (wordStart < 0) continue;
    if (wordHasDigit) {
      run = 0;
    } else if (run <= 0) {
      run = word;
      runStart = wordStart;
      runLetters = wordLetters;
    } else {
      run += word;
      runLetters += wordLetters;
    }
    if (run > best) {
      best = run;
      bestStart = runStart;
      bestEnd = i;
      bestLetters = runLetters;
    }
    word = 0;
    wordStart = -1;
    wordLetters = 0;
    wordHasDigit = false;
  }
  // `best` is the run's gain minus WORD_BIAS per letter.
  if (bestLetters < limits.minLetters || best < (limits.minMeanGain - WORD_BIAS) * bestLetters) return null;
  return { start: bestStart, end: bestEnd };
}

/** At least 3 common words after rotation, a quarter of all words, and twice as many as before. */
function hasMoreCommonWordsRotated(run: string): boolean {
  let words = 0;
  let before = 0;
  let after = 0;
  for (const m of run.matchAll(/[A-Za-z]+/g)) {
    const word = m[0].toLowerCase();
    words++;
    if (COMMON_WORDS.has(word)) before++;
    if (COMMON_WORDS.has(rot13(word))) after++;
  }
  return after >= 3 && after * 4 >= words && after >= before * 2 + 1;
}

/** Rotates ASCII letters by 13; everything else unchanged. */
export function rot13(text: string): string {
  return text.replace(/[A-Za-z]/g, (ch) => {
    const c = ch.charCodeAt(0);
    const base = c <= 0x5a ? 0x41 : 0x61;
    return String.fromCharCode(((c - base + 13) % 26) + base);
  });
}
