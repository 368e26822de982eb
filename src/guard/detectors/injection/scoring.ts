/**
 * Scoring a text with a given model: the best window's probability.
 *
 * Kept apart from the committed weights (classifier.ts) so training and the
 * evaluation can score with models they just trained.
 */

import { documentWords } from "./context.js";
import { denseLogit, documentDense, promptDense } from "./dense.js";
import { canonicalText, createFeatureBuffer, dot, extractFeatures } from "./features.js";
import type { Head, InjectionModel } from "./model.js";
import { promptWindows, sentenceWindows, type Span } from "./windows.js";

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

/** Logit of the hashed n-gram features of one span. */
export function logitOf(head: Head, text: string, span: Span = { start: 0, end: text.length }): number {
  return dot(extractFeatures(canonicalText(text, span.start, span.end), scratch), head.weights, head.bias);
}

function best(spans: readonly Span[], text: string, bias: number, logit: (span: Span) => number): WindowScore {
  let bestLogit = spans.length > 0 ? Number.NEGATIVE_INFINITY : bias;
  let start = 0;
  let end = text.length;
  for (const span of spans) {
    const z = logit(span);
    if (z > bestLogit) {
      bestLogit = z;
      start = span.start;
      end = span.end;
    }
  }
  return { score: sigmoid(bestLogit), start, end };
}

/**
 * Prompt head: whole prompt (large windows beyond PROMPT_WINDOW), n-grams plus
 * character surprise. `keep` scores only some of the windows (joined text:
 * those across a boundary between fields, the rest was scored per field).
 */
export function bestPromptWindow(head: Head, text: string, keep?: (span: Span) => boolean): WindowScore {
  const spans = keep ? promptWindows(text).filter(keep) : promptWindows(text);
  if (spans.length === 0) return { score: 0, start: 0, end: text.length }; // nothing asked about
  return best(spans, text, head.bias, (span) => logitOf(head, text, span) + denseLogit(head.weights, promptDense(head, text, span)));
}

/** Document head: sentence windows, n-grams plus how foreign each window is to the rest of the document. */
export function bestDocumentWindow(head: Head, text: string, keep?: (span: Span) => boolean): WindowScore {
  const spans = sentenceWindows(text);
  const kept = keep ? spans.filter(keep) : spans;
  if (kept.length === 0) return { score: keep ? 0 : sigmoid(head.bias), start: 0, end: text.length };
  const words = documentWords(text);
  return best(kept, text, head.bias, (span) => logitOf(head, text, span) + denseLogit(head.weights, documentDense(words, span)));
}

export function scorePromptWith(model: InjectionModel, text: string): WindowScore {
  return bestPromptWindow(model.prompt, text);
}

export function scoreDocumentWith(model: InjectionModel, text: string): WindowScore {
  return bestDocumentWindow(model.document, text);
}
