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

/** Prompt head: whole prompt (large windows beyond PROMPT_WINDOW), n-grams plus character surprise. */
export function bestPromptWindow(head: Head, text: string): WindowScore {
  return best(promptWindows(text), text, head.bias, (span) => logitOf(head, text, span) + denseLogit(head.weights, promptDense(head, text, span)));
}

/** Document head: sentence windows, n-grams plus how foreign each window is to the rest of the document. */
export function bestDocumentWindow(head: Head, text: string): WindowScore {
  const words = documentWords(text);
  return best(sentenceWindows(text), text, head.bias, (span) => logitOf(head, text, span) + denseLogit(head.weights, documentDense(words, span)));
}

export function scorePromptWith(model: InjectionModel, text: string): WindowScore {
  return bestPromptWindow(model.prompt, text);
}

export function scoreDocumentWith(model: InjectionModel, text: string): WindowScore {
  return bestDocumentWindow(model.document, text);
}
