/**
 * The trained layer with the committed weights: logistic regression over
 * hashed n-grams (features.ts), scored over the windows of windows.ts.
 *
 * `scoreInjection` is the prompt head over a user turn; `scoreDocument` the
 * document head over data (tool results, retrieved context), which looks for
 * one planted instruction among many sentences of ordinary content. Both
 * return a probability in [0, 1]; the thresholds travel with the model,
 * calibrated on training folds by train.ts.
 */

import { decodeModel, type InjectionModel } from "./model.js";
import { scoreDocumentWith, scorePromptWith } from "./scoring.js";
import { INJECTION_WEIGHTS } from "./weights.js";

let shipped: InjectionModel | undefined;

/** The committed model, decoded on first use (about a millisecond, once). */
export function shippedModel(): InjectionModel {
  shipped ??= decodeModel(INJECTION_WEIGHTS);
  return shipped;
}

/** Probability that a prompt is an injection or jailbreak attempt. */
export function scoreInjection(text: string): number {
  return scorePromptWith(shippedModel(), text).score;
}

/** Probability that a document / tool result carries a planted instruction. */
export function scoreDocument(text: string): number {
  return scoreDocumentWith(shippedModel(), text).score;
}
