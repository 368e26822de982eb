/**
 * The heads' few dense features, computed the same way for training and
 * scoring: character surprise for prompts (surprise.ts), foreignness for
 * document windows (context.ts) and addressed-instruction cues (addressed.ts).
 */

import { type DocumentWords, foreignness } from "./context.js";
import { CUE_CLASSES, type CueClass, cuesIn } from "./addressed.js";
import { CUE_BUCKET, FOREIGN_BUCKET, SURPRISE_BUCKET, SURPRISE_HINGE_BUCKET } from "./features.js";
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

const WEAK_CUES: ReadonlySet<CueClass> = new Set(["second", "unrequested"]);

export type DenseFeatures = [bucket: number, value: number][];

export function promptDense(head: Pick<Head, "characters">, text: string, span: Span): DenseFeatures {
  if (!head.characters) return [];
  const [linear, hinge] = surpriseFeatures(head.characters, text, span);
  return [
    [SURPRISE_BUCKET, linear],
    [SURPRISE_HINGE_BUCKET, hinge],
  ];
}

/** Cues that say a window addresses someone; in a reader-directed zone they address the document's own reader. */
const ADDRESSING_CUES: ReadonlySet<CueClass> = new Set(["second", "imperative", "insist", "unrequested"]);

export function documentDense(doc: DocumentWords, span: Span): DenseFeatures {
  const foreign = foreignness(doc, span);
  const out: DenseFeatures = [[FOREIGN_BUCKET, foreign]];
  const cues = cuesIn(doc.cues, span);
  const [second, imperative, insist, assistant, audience, unrequested, reader] = cues.map((c) => c.present);
  // A window in an e-mail footer, sign-off, transactional or marketing call to action or code review, with nothing
  // pointing at the assistant or its audience, talks to the document's own reader: its "you", imperatives, insisting
  // and links are that reader's, so they are not counted as addressing the assistant (only the reader cue itself is).
  const readerZone = reader && !assistant && !audience;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    const name = CUE_CLASSES[i]!;
    if (!cue.present || (readerZone && ADDRESSING_CUES.has(name))) continue;
    // "you" and requests for links or downloads alone are everyday reader-addressing ("you subscribed; click here to
    // unsubscribe"): they count only when exclusive to the window, or in the conjunctions below.
    if (!WEAK_CUES.has(name)) out.push([CUE_BUCKET - 3 * i, 1], [CUE_BUCKET - 3 * i - 1, foreign]);
    if (name !== "reader") out.push([CUE_BUCKET - 3 * i - 2, cue.exclusive]);
  }
  // Conjunctions: a directive (imperative or insisting) aimed at the assistant or its audience, or asking for something
  // unrequested; each needs a cue pointing at the assistant or its audience.
  const directive = imperative || insist;
  let at = CUE_BUCKET - 3 * cues.length;
  for (const on of [directive && (assistant || audience), assistant && unrequested, assistant && second]) {
    if (on) out.push([at, 1], [at - 1, foreign]);
    at -= 2;
  }
  return out;
}

export function denseLogit(weights: ArrayLike<number>, dense: DenseFeatures): number {
  let z = 0;
  for (const [bucket, value] of dense) z += weights[bucket]! * value;
  return z;
}
