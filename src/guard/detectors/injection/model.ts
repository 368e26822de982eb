/**
 * The injection model's shape and its committed encoding.
 *
 * A head is a logistic regression over the hashed features of features.ts:
 * one weight per bucket plus a bias. Weights are stored as signed bytes with
 * one scale per head (weight = byte * scale), base64-encoded inside a .ts
 * module so the compiled dist/ reaches them with a plain import and no file
 * reads; the prompt head also carries its character-bigram cost table
 * (surprise.ts) as unsigned bytes. Quantising costs nothing measurable in
 * accuracy, and the evaluation trains and scores quantised fold models,
 * exactly like the shipped one.
 */

import { HASH_BITS, HASH_BUCKETS } from "./features.js";
import { ALPHABET } from "./surprise.js";

export interface Head {
  bias: number;
  weights: Float32Array;
  /** Character-bigram costs for the surprise feature (surprise.ts); the prompt head has them. */
  characters?: Float32Array;
}

export interface InjectionThresholds {
  /** Score from which a user/assistant turn is reported (calibrated at 1% FPR on benign prompts). */
  prompt: number;
  /** Score from which a tool result or document is reported (calibrated at 2% FPR on clean documents). */
  document: number;
}

export interface InjectionModel {
  /** Direct injection and jailbreak prompts vs ordinary requests. */
  prompt: Head;
  /** Planted instructions in data (scored per sentence window) vs ordinary data. */
  document: Head;
  thresholds: InjectionThresholds;
}

export interface EncodedHead {
  bias: number;
  scale: number;
  /** HASH_BUCKETS signed bytes, base64. */
  weights: string;
  /** ALPHABET² unsigned bytes, base64, times characterScale. */
  characters?: string;
  characterScale?: number;
}

export interface EncodedModel {
  format: "wardgate-injection-v1";
  hashBits: number;
  prompt: EncodedHead;
  document: EncodedHead;
  thresholds: InjectionThresholds;
}

function quantizeCharacters(cost: Float32Array): { cost: Float32Array; scale: number; bytes: Uint8Array } {
  let max = 0;
  for (const c of cost) max = Math.max(max, c);
  const scale = max > 0 ? max / 255 : 1;
  const bytes = Uint8Array.from(cost, (c) => Math.max(0, Math.min(255, Math.round(c / scale))));
  return { cost: Float32Array.from(bytes, (b) => b * scale), scale, bytes };
}

/** Rounds every weight to its stored byte so a freshly trained head scores exactly like its encoding. */
export function quantize(head: Head): { head: Head; scale: number; bytes: Int8Array } {
  let max = 0;
  for (const w of head.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Int8Array(head.weights.length);
  const weights = new Float32Array(head.weights.length);
  for (let i = 0; i < bytes.length; i++) {
    const q = Math.max(-127, Math.min(127, Math.round(head.weights[i]! / scale)));
    bytes[i] = q;
    weights[i] = q * scale;
  }
  const quantized: Head = { bias: head.bias, weights };
  if (head.characters) quantized.characters = quantizeCharacters(head.characters).cost;
  return { head: quantized, scale, bytes };
}

export function encodeHead(head: Head): EncodedHead {
  const q = quantize(head);
  const raw = Buffer.from(q.bytes.buffer, q.bytes.byteOffset, q.bytes.byteLength);
  const encoded: EncodedHead = { bias: head.bias, scale: q.scale, weights: raw.toString("base64") };
  if (head.characters) {
    const c = quantizeCharacters(head.characters);
    encoded.characters = Buffer.from(c.bytes).toString("base64");
    encoded.characterScale = c.scale;
  }
  return encoded;
}

export function decodeHead(encoded: EncodedHead): Head {
  const raw = Buffer.from(encoded.weights, "base64");
  if (raw.length !== HASH_BUCKETS) throw new Error(`injection weights: expected ${HASH_BUCKETS} buckets, got ${raw.length}`);
  const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
  const weights = new Float32Array(HASH_BUCKETS);
  for (let i = 0; i < HASH_BUCKETS; i++) weights[i] = bytes[i]! * encoded.scale;
  const head: Head = { bias: encoded.bias, weights };
  if (encoded.characters !== undefined && encoded.characterScale !== undefined) {
    const scale = encoded.characterScale;
    head.characters = Float32Array.from(Buffer.from(encoded.characters, "base64"), (b) => b * scale);
    if (head.characters.length !== ALPHABET * ALPHABET) throw new Error("injection weights: bad character table");
  }
  return head;
}

export function decodeModel(encoded: EncodedModel): InjectionModel {
  if (encoded.format !== "wardgate-injection-v1" || encoded.hashBits !== HASH_BITS) {
    throw new Error(`injection weights: unsupported format ${encoded.format}/${encoded.hashBits} bits`);
  }
  return { prompt: decodeHead(encoded.prompt), document: decodeHead(encoded.document), thresholds: encoded.thresholds };
}

export function encodeModel(model: InjectionModel): EncodedModel {
  return {
    format: "wardgate-injection-v1",
    hashBits: HASH_BITS,
    prompt: encodeHead(model.prompt),
    document: encodeHead(model.document),
    thresholds: model.thresholds,
  };
}
