/**
 * Scoring a text with a given model: the best window's probability.
 *
 * Kept apart from the committed weights (classifier.ts) so training and the
 * evaluation can score with models they just trained.
 */

import { canonicalText, createFeatureBuffer, dot, extractFeatures } from "./features.js";
import type { Head, InjectionModel } from "./model.js";
import { documentWindows, promptWindows, type Span } from "./windows.js";

export interface WindowScore {
  score: number;
  /** The best-scoring window, UTF-16 offsets into the scored text. */
  start: number;
  end: number;
}

// One buffer reused by every call: scoring is synchronous, so calls never interleave.
const scratch = createFeatureBuffer();

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function logitOf(head: Head, text: string, span: Span = { start: 0, end: text.length }): number {
  return dot(extractFeatures(canonicalText(text, span.start, span.end), scratch), head.weights, head.bias);
}

/** The highest-scoring of `spans` (an empty list scores the bias alone). */
export function bestWindow(head: Head, text: string, spans: readonly Span[]): WindowScore {
  let bestLogit = spans.length > 0 ? Number.NEGATIVE_INFINITY : head.bias;
  let start = 0;
  let end = text.length;
  for (const span of spans) {
    const z = logitOf(head, text, span);
    if (z > bestLogit) {
      bestLogit = z;
      start = span.start;
      end = span.end;
    }
  }
  return { score: sigmoid(bestLogit), start, end };
}

export function scorePromptWith(model: InjectionModel, text: string): WindowScore {
  return bestWindow(model.prompt, text, promptWindows(text));
}

export function scoreDocumentWith(model: InjectionModel, text: string): WindowScore {
  return bestWindow(model.document, text, documentWindows(text));
}
