/**
 * The heads' few dense features, computed the same way for training and
 * scoring: character surprise for prompts (surprise.ts), foreignness for
 * document windows (context.ts).
 */

import { type DocumentWords, foreignness } from "./context.js";
import { FOREIGN_BUCKET, SURPRISE_BUCKET, SURPRISE_HINGE_BUCKET } from "./features.js";
import type { Head } from "./model.js";
import { mostSurprisingRun } from "./surprise.js";
import type { Span } from "./windows.js";

/**
 * Surprise is centred near ordinary prose (benign prompts sit around 2.6–2.9
 * nats per transition, their 99th percentile near 3.5): the linear feature
 * is clipped to [-1, 2] around 3, the hinge starts at 3.5.
 */
export function surpriseFeatures(characters: Float32Array, text: string, span: Span): [number, number] {
  const s = mostSurprisingRun(text.slice(span.start, span.end), characters).surprise;
  return [Math.max(-1, Math.min(2, s - 3)), Math.max(0, s - 3.5)];
}

export type DenseFeatures = [bucket: number, value: number][];

export function promptDense(head: Pick<Head, "characters">, text: string, span: Span): DenseFeatures {
  if (!head.characters) return [];
  const [linear, hinge] = surpriseFeatures(head.characters, text, span);
  return [
    [SURPRISE_BUCKET, linear],
    [SURPRISE_HINGE_BUCKET, hinge],
  ];
}

export function documentDense(doc: DocumentWords, span: Span): DenseFeatures {
  return [[FOREIGN_BUCKET, foreignness(doc, span)]];
}

export function denseLogit(weights: ArrayLike<number>, dense: DenseFeatures): number {
  let z = 0;
  for (const [bucket, value] of dense) z += weights[bucket]! * value;
  return z;
}
