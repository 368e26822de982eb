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
 * A third group maps words to attack concepts (concepts.ts) and adds the
 * concepts, and ordered pairs and triples of concepts a few words apart.
 *
 * Words, concepts and characters are three groups, each scaled by
 * 1/sqrt(its count), so a long document and a one-line prompt produce
 * vectors of comparable size and the character grams (about 3x as many)
 * don't drown out the rest.
 *
 * The extractor writes into a caller-owned buffer and allocates nothing per
 * call, because it runs on every prompt on the request path.
 */

import { CONCEPT_LEXICON, CONCEPT_NAMES } from "./concepts.js";

/** log2 of the number of hash buckets; the weights file holds one byte per bucket per head. */
export const HASH_BITS = 16;
export const HASH_BUCKETS = 1 << HASH_BITS;
const BUCKET_MASK = HASH_BUCKETS - 1;
/**
 * Dense features live in the last buckets (a hashed n-gram landing there
 * shares the weight, 3 chances in 65,536 per feature): the document head's
 * foreignness (context.ts) and the prompt head's character surprise
 * (surprise.ts), linear and hinged.
 */
export const FOREIGN_BUCKET = HASH_BUCKETS - 1;
export const SURPRISE_BUCKET = HASH_BUCKETS - 2;
export const SURPRISE_HINGE_BUCKET = HASH_BUCKETS - 3;
/** The document head's addressed-instruction cues (addressed.ts): per class, its presence and its presence times foreignness, downwards from here. */
export const CUE_BUCKET = HASH_BUCKETS - 4;

const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x811c9dc5;
const CHAR_SEED = 0x9747b28c;
const BIGRAM_SALT = 0x5bd1e995;
const CONCEPT_SEED = 0x27d4eb2f;
/** How many words back a concept still pairs with the next one. */
const CONCEPT_REACH = 4;

function wordHash(word: string): number {
  let h = WORD_SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Word hash → concept number (1-based). Built once from the lexicon. */
const CONCEPT_OF = new Map<number, number>();
CONCEPT_NAMES.forEach((name, i) => {
  for (const word of CONCEPT_LEXICON[name]!) CONCEPT_OF.set(wordHash(word), i + 1);
});

/** Signed feature indices: bucket + 1, negated for a negative sign (so 0 never occurs). */
export interface FeatureBuffer {
  indices: Int32Array;
  /** Features [0, words) are word n-grams, [words, concepts) concept n-grams, [concepts, total) character n-grams. */
  words: number;
  concepts: number;
  total: number;
  /** Concept features collected while scanning words, copied after them. */
  conceptScratch: Int32Array;
}

export function createFeatureBuffer(capacity = 8192): FeatureBuffer {
  return { indices: new Int32Array(capacity), words: 0, concepts: 0, total: 0, conceptScratch: new Int32Array(capacity) };
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

function ensure(buf: FeatureBuffer, size: number): void {
  if (size > buf.indices.length) buf.indices = new Int32Array(Math.max(buf.indices.length * 2, size));
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
  buf.concepts = 0;
  buf.total = 0;
  // Upper bounds per character: 2 word grams, 3 concept grams, 3 char grams.
  ensure(buf, 8 * n + 8);
  if (buf.conceptScratch.length < 3 * n + 3) buf.conceptScratch = new Int32Array(Math.max(buf.conceptScratch.length * 2, 3 * n + 3));
  const out = buf.indices;
  const concepts = buf.conceptScratch;
  let k = 0;
  let kc = 0;

  // Word unigrams and bigrams; concepts and their ordered pairs/triples.
  let prev = 0;
  let havePrev = false;
  let wordIndex = 0;
  let c1 = 0; // last concept and the word index it was seen at
  let c1At = -100;
  let c2 = 0; // the concept before it
  let c2At = -100;
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

    const concept = CONCEPT_OF.get(h);
    if (concept !== undefined) {
      concepts[kc++] = signedIndex(Math.imul(CONCEPT_SEED ^ concept, FNV_PRIME));
      if (wordIndex - c1At <= CONCEPT_REACH) {
        const pair = Math.imul(Math.imul(CONCEPT_SEED ^ (c1 << 8), FNV_PRIME) ^ concept, FNV_PRIME);
        concepts[kc++] = signedIndex(pair);
        if (c1At - c2At <= CONCEPT_REACH) concepts[kc++] = signedIndex(Math.imul(pair ^ (c2 << 16), FNV_PRIME));
      }
      c2 = c1;
      c2At = c1At;
      c1 = concept;
      c1At = wordIndex;
    }
    wordIndex++;
  }
  buf.words = k;
  out.set(concepts.subarray(0, kc), k);
  k += kc;
  buf.concepts = k;

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

function groupSum(idx: Int32Array, from: number, to: number, weights: Float32Array): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const v = idx[i]!;
    sum += v > 0 ? weights[v - 1]! : -weights[-v - 1]!;
  }
  return to > from ? sum / Math.sqrt(to - from) : 0;
}

/** The scale of each feature in position i: 1/sqrt(size of its group). */
export function featureScale(buf: FeatureBuffer, i: number): number {
  if (i < buf.words) return 1 / Math.sqrt(buf.words);
  if (i < buf.concepts) return 1 / Math.sqrt(buf.concepts - buf.words);
  return 1 / Math.sqrt(buf.total - buf.concepts);
}

/** Linear score of extracted features under one weight vector. */
export function dot(buf: FeatureBuffer, weights: Float32Array, bias: number): number {
  const idx = buf.indices;
  return bias + groupSum(idx, 0, buf.words, weights) + groupSum(idx, buf.words, buf.concepts, weights) + groupSum(idx, buf.concepts, buf.total, weights);
}
