/**
 * Reproducible training of the injection model: both heads, their
 * thresholds, quantised exactly as shipped.
 *
 * Deterministic by construction: examples are built in row order, shuffled
 * with a seeded PRNG, trained for a fixed number of epochs with fixed
 * hyper-parameters, in float64; the same rows and options give the same bytes
 * (`npm run train:guard` twice, or the unit test, can check).
 *
 * Optimiser: AdaGrad on the logistic loss with L2 on the weights an example
 * touches. Examples are weighted so each class carries half the mass and,
 * within a class, each family a share growing with the square root of its
 * size: 999 near-identical Gandalf lines shouldn't outvote 32 long DAN
 * prompts, nor should 32 rows count as much as 999.
 *
 * Thresholds are calibrated without looking at the scored rows: for each
 * benign family, a head is trained without that family and scores it; the
 * threshold is the score at the target false-positive rate over those pooled
 * held-out scores (1% of benign prompts, 2% of clean documents).
 */

import { canonicalText, createFeatureBuffer, extractFeatures, type FeatureBuffer, HASH_BUCKETS } from "./features.js";
import { type Head, type InjectionModel, type InjectionThresholds, quantize } from "./model.js";
import { bestWindow, sigmoid } from "./scoring.js";
import { documentExamples, type Example, familyOf, promptExamples, type TrainingRow } from "./training-data.js";
import { documentWindows, promptWindows, type Span } from "./windows.js";

export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Calibrate thresholds on held-out benign families (costs one extra head per family); otherwise use `thresholds`. */
  calibrate: boolean;
  thresholds: InjectionThresholds;
  /** Target false-positive rates for calibration. */
  promptFpr: number;
  documentFpr: number;
  /** Train (and calibrate) one head only; the other is left at zero. The evaluation's folds use this. */
  only?: "prompt" | "document";
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  seed: 20240611,
  epochs: 6,
  learningRate: 0.5,
  l2: 1e-5,
  calibrate: true,
  thresholds: { prompt: 0.5, document: 0.5 },
  promptFpr: 0.01,
  documentFpr: 0.02,
};

export interface HeadStats {
  examples: number;
  positives: number;
  families: number;
  /** Weighted log-loss and accuracy on the training examples after the last epoch. */
  loss: number;
  accuracy: number;
  /** Held-out benign scores the threshold was chosen from. */
  calibrationScores: number;
}

export interface TrainResult {
  model: InjectionModel;
  stats: { prompt: HeadStats; document: HeadStats };
}

/** Families whose held-out scores set the thresholds. */
const BENIGN_PROMPT_FAMILIES = ["self-instruct", "wildguardmix", "xstest"];
const CLEAN_DOCUMENT_FAMILIES = ["bipia-code", "bipia-email", "bipia-table"];

/** Mulberry32: tiny, seedable, identical on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An example as unique buckets and their scaled values (duplicates summed), ready for exact gradient steps. */
interface SparseExample {
  buckets: Int32Array;
  values: Float64Array;
  label: number;
  weight: number;
}

// Features depend only on the text and span, so they are computed once per
// example object and reused by every fold of the evaluation and calibration.
type Features = { buckets: Int32Array; values: Float64Array };
const featureCache = new WeakMap<TrainingRow, Map<string, Features>>();

/** Reused accumulators for folding duplicate buckets together. */
const dense = new Float64Array(HASH_BUCKETS);
const seen = new Uint8Array(HASH_BUCKETS);

function featuresOf(example: Example, buf: FeatureBuffer): Features {
  const { row, span } = example;
  const key = `${span.start}:${span.end}`;
  let perRow = featureCache.get(row);
  const cached = perRow?.get(key);
  if (cached) return cached;
  extractFeatures(canonicalText(row.text, span.start, span.end), buf);
  const nw = buf.words;
  const nc = buf.total - buf.words;
  const touched: number[] = [];
  for (let i = 0; i < buf.total; i++) {
    const v = buf.indices[i]!;
    const scale = i < nw ? 1 / Math.sqrt(nw) : 1 / Math.sqrt(nc);
    const bucket = Math.abs(v) - 1;
    if (!seen[bucket]) {
      seen[bucket] = 1;
      touched.push(bucket);
    }
    dense[bucket]! += v > 0 ? scale : -scale;
  }
  const buckets = Int32Array.from(touched).sort();
  const values = new Float64Array(buckets.length);
  for (let k = 0; k < buckets.length; k++) {
    const b = buckets[k]!;
    values[k] = dense[b]!;
    dense[b] = 0;
    seen[b] = 0;
  }
  const features = { buckets, values };
  if (!perRow) {
    perRow = new Map();
    featureCache.set(row, perRow);
  }
  perRow.set(key, features);
  return features;
}

function sparse(examples: readonly Example[]): SparseExample[] {
  const buf = createFeatureBuffer();
  const familyCounts = new Map<string, number>();
  for (const e of examples) familyCounts.set(`${e.label}|${e.family}`, (familyCounts.get(`${e.label}|${e.family}`) ?? 0) + 1);
  // Per class: family share ∝ sqrt(size); the class as a whole gets half the total weight.
  const classRoot = [0, 0];
  for (const [key, n] of familyCounts) classRoot[Number(key[0])]! += Math.sqrt(n);
  const total = examples.length;
  return examples.map((e) => {
    const n = familyCounts.get(`${e.label}|${e.family}`)!;
    const weight = ((total / 2) * (Math.sqrt(n) / classRoot[e.label]!)) / n;
    return { ...featuresOf(e, buf), label: e.label, weight };
  });
}

function trainHead(examples: readonly Example[], options: TrainOptions): { head: Head; loss: number; accuracy: number } {
  const data = sparse(examples);
  const weights = new Float64Array(HASH_BUCKETS);
  const squares = new Float64Array(HASH_BUCKETS);
  let bias = 0;
  let biasSquares = 0;
  const random = prng(options.seed);
  const order = Array.from(data, (_, i) => i);
  const { learningRate: lr, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const ex = data[index]!;
      const buckets = ex.buckets;
      const values = ex.values;
      const n = buckets.length;
      let z = bias;
      for (let k = 0; k < n; k++) z += weights[buckets[k]!]! * values[k]!;
      const g = (sigmoid(z) - ex.label) * ex.weight;
      for (let k = 0; k < n; k++) {
        const b = buckets[k]!;
        const w = weights[b]!;
        const grad = g * values[k]! + l2 * w;
        const sq = squares[b]! + grad * grad;
        squares[b] = sq;
        weights[b] = w - (lr * grad) / (Math.sqrt(sq) + 1e-8);
      }
      biasSquares += g * g;
      bias -= (lr * g) / (Math.sqrt(biasSquares) + 1e-8);
    }
  }
  const { head } = quantize({ bias, weights: Float32Array.from(weights) });
  // Training fit of the quantised head, for the printed stats.
  let loss = 0;
  let correct = 0;
  let mass = 0;
  for (const ex of data) {
    let z = head.bias;
    for (let k = 0; k < ex.buckets.length; k++) z += head.weights[ex.buckets[k]!]! * ex.values[k]!;
    const p = Math.min(Math.max(sigmoid(z), 1e-12), 1 - 1e-12);
    loss -= ex.weight * (ex.label ? Math.log(p) : Math.log(1 - p));
    correct += ex.weight * (p >= 0.5 === (ex.label === 1) ? 1 : 0);
    mass += ex.weight;
  }
  return { head, loss: loss / mass, accuracy: correct / mass };
}

/** Smallest threshold that flags at most `fpr` of `scores` (score >= threshold is flagged). */
export function thresholdAtFpr(scores: readonly number[], fpr: number): number {
  const sorted = [...scores].sort((a, b) => b - a);
  const allowed = Math.floor(fpr * sorted.length);
  const above = sorted[allowed];
  if (above === undefined) return 0.5;
  const flagged = allowed > 0 ? sorted[allowed - 1]! : Math.min(1, above + 1e-6);
  // Midway between the last flagged and the first spared score (in logit space, where they differ).
  return flagged > above ? (flagged + above) / 2 : Math.min(1, above + 1e-6);
}

function calibrate(
  rows: readonly TrainingRow[],
  families: readonly string[],
  build: (rows: readonly TrainingRow[]) => Example[],
  isNegative: (row: TrainingRow) => boolean,
  windows: (text: string) => Span[],
  fpr: number,
  options: TrainOptions,
): { threshold: number; scores: number } {
  const scores: number[] = [];
  for (const family of families) {
    const heldOut = rows.filter((r) => familyOf(r.source) === family && isNegative(r));
    if (heldOut.length === 0) continue;
    const rest = rows.filter((r) => familyOf(r.source) !== family);
    const { head } = trainHead(build(rest), options);
    for (const r of heldOut) scores.push(bestWindow(head, r.text, windows(r.text)).score);
  }
  return { threshold: scores.length ? thresholdAtFpr(scores, fpr) : 0.5, scores: scores.length };
}

function statsOf(examples: readonly Example[], fit: { loss: number; accuracy: number }, calibrationScores: number): HeadStats {
  return {
    examples: examples.length,
    positives: examples.filter((e) => e.label === 1).length,
    families: new Set(examples.map((e) => e.family)).size,
    loss: fit.loss,
    accuracy: fit.accuracy,
    calibrationScores,
  };
}

const ZERO_FIT = { loss: 0, accuracy: 0 };

function zeroHead(): Head {
  return { bias: 0, weights: new Float32Array(HASH_BUCKETS) };
}

export function train(rows: readonly TrainingRow[], overrides: Partial<TrainOptions> = {}): TrainResult {
  const options = { ...DEFAULT_TRAIN_OPTIONS, ...overrides };
  const wantPrompt = options.only !== "document";
  const wantDocument = options.only !== "prompt";
  const promptSet = wantPrompt ? promptExamples(rows) : [];
  const documentSet = wantDocument ? documentExamples(rows) : [];
  const prompt = wantPrompt ? trainHead(promptSet, options) : { head: zeroHead(), ...ZERO_FIT };
  const document = wantDocument ? trainHead(documentSet, options) : { head: zeroHead(), ...ZERO_FIT };

  const thresholds = { ...options.thresholds };
  let promptCalibration = 0;
  let documentCalibration = 0;
  if (options.calibrate && wantPrompt) {
    const p = calibrate(rows, BENIGN_PROMPT_FAMILIES, promptExamples, (r) => r.kind === "benign", promptWindows, options.promptFpr, options);
    thresholds.prompt = p.threshold;
    promptCalibration = p.scores;
  }
  if (options.calibrate && wantDocument) {
    const d = calibrate(rows, CLEAN_DOCUMENT_FAMILIES, documentExamples, (r) => r.kind === "document", documentWindows, options.documentFpr, options);
    thresholds.document = d.threshold;
    documentCalibration = d.scores;
  }
  return {
    model: { prompt: prompt.head, document: document.head, thresholds },
    stats: { prompt: statsOf(promptSet, prompt, promptCalibration), document: statsOf(documentSet, document, documentCalibration) },
  };
}
