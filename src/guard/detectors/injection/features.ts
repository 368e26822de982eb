/**
 * Hashed text features for the injection classifier.
 *
 * Text is lowercased and whitespace runs are collapsed to one space; the
 * features are word unigrams and bigrams plus character 3-, 4- and 5-grams,
 * each hashed (FNV-1a, then a murmur finaliser) into HASH_BUCKETS buckets
 * with a sign bit taken from the high bits, so collisions cancel out on
 * average instead of piling up. No vocabulary is stored: the weights file is
 * just one number per bucket.
 *
 * Word and character features are two groups, each scaled by 1/sqrt(its
 * count), so a long document and a one-line prompt produce vectors of
 * comparable size and the character grams (about 3x as many) don't drown out
 * the words.
 *
 * The extractor writes into a caller-owned buffer and allocates nothing per
 * call, because it runs on every prompt on the request path.
 */

/** log2 of the number of hash buckets; the weights file holds one byte per bucket per head. */
export const HASH_BITS = 17;
export const HASH_BUCKETS = 1 << HASH_BITS;
const BUCKET_MASK = HASH_BUCKETS - 1;

const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x811c9dc5;
const CHAR_SEED = 0x9747b28c;
const BIGRAM_SALT = 0x5bd1e995;

/** Signed feature indices: bucket + 1, negated for a negative sign (so 0 never occurs). */
export interface FeatureBuffer {
  indices: Int32Array;
  /** Features [0, words) are word n-grams, [words, total) character n-grams. */
  words: number;
  total: number;
}

export function createFeatureBuffer(capacity = 8192): FeatureBuffer {
  return { indices: new Int32Array(capacity), words: 0, total: 0 };
}

/** Murmur3 finaliser: spreads FNV's weak low bits before we mask them. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function signedIndex(h: number): number {
  const m = mix(h);
  const bucket = (m & BUCKET_MASK) + 1;
  return m < 0 ? -bucket : bucket;
}

function isWordChar(c: number): boolean {
  // ASCII letters/digits (text is already lowercased) and every non-ASCII
  // code point above the Latin-1 punctuation block: cheap, and good enough to
  // keep accented and non-Latin words whole.
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c >= 0xc0;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

function ensure(buf: FeatureBuffer, extra: number): void {
  if (buf.total + extra <= buf.indices.length) return;
  const grown = new Int32Array(Math.max(buf.indices.length * 2, buf.total + extra));
  grown.set(buf.indices.subarray(0, buf.total));
  buf.indices = grown;
}

/** Lowercased, whitespace-collapsed text of [start, end): what every feature is computed over. */
export function canonicalText(text: string, start = 0, end = text.length): string {
  return text.slice(start, end).toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Fills `buf` with the features of `canonical` (already passed through
 * canonicalText). Work and output are linear in the text length.
 */
export function extractFeatures(canonical: string, buf: FeatureBuffer): FeatureBuffer {
  const n = canonical.length;
  buf.words = 0;
  buf.total = 0;
  // Upper bounds: at most n/1 words (uni + bi = 2 per word), 3 char grams per position.
  ensure(buf, 2 * n + 3 * n + 4);
  const out = buf.indices;
  let k = 0;

  // Word unigrams and bigrams.
  let prev = 0;
  let havePrev = false;
  let i = 0;
  while (i < n) {
    let c = canonical.charCodeAt(i);
    if (!isWordChar(c)) {
      // Sentence punctuation breaks bigram chains; spaces do not.
      if (!isSpace(c)) havePrev = false;
      i++;
      continue;
    }
    let h = WORD_SEED;
    while (i < n) {
      c = canonical.charCodeAt(i);
      if (!isWordChar(c)) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
    }
    out[k++] = signedIndex(h);
    if (havePrev) out[k++] = signedIndex(Math.imul(prev ^ BIGRAM_SALT, FNV_PRIME) ^ h);
    prev = h;
    havePrev = true;
  }
  buf.words = k;

  // Character 3-5-grams over the text with a space on each side, so word
  // starts and ends are features of their own (" ign", "ions ").
  const padded = n + 2;
  for (let s = 0; s + 3 <= padded; s++) {
    let h = CHAR_SEED;
    const stop = Math.min(s + 5, padded);
    for (let j = s; j < stop; j++) {
      const c = j === 0 || j === padded - 1 ? 32 : canonical.charCodeAt(j - 1);
      h = Math.imul(h ^ c, FNV_PRIME);
      const len = j - s + 1;
      if (len >= 3) out[k++] = signedIndex(h ^ (len << 24));
    }
  }
  buf.total = k;
  return buf;
}

/** Linear score of extracted features under one weight vector. */
export function dot(buf: FeatureBuffer, weights: Float32Array, bias: number): number {
  const idx = buf.indices;
  let words = 0;
  for (let i = 0; i < buf.words; i++) {
    const v = idx[i]!;
    words += v > 0 ? weights[v - 1]! : -weights[-v - 1]!;
  }
  let chars = 0;
  for (let i = buf.words; i < buf.total; i++) {
    const v = idx[i]!;
    chars += v > 0 ? weights[v - 1]! : -weights[-v - 1]!;
  }
  const nw = buf.words;
  const nc = buf.total - buf.words;
  return bias + (nw > 0 ? words / Math.sqrt(nw) : 0) + (nc > 0 ? chars / Math.sqrt(nc) : 0);
}
