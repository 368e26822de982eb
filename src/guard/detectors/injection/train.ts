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
 * touches. A text scored in several windows is one bag trained through its
 * strongest window (the max the scorer takes). Bags are weighted so each
 * class carries half the mass and, within a class, each family a share
 * growing with the square root of its size: 999 near-identical Gandalf lines
 * shouldn't outvote 32 long DAN prompts, nor should 32 rows count as much as
 * 999. Besides the hashed n-grams each head has dense features (dense.ts);
 * the prompt head's character model is estimated here from the label-0 rows
 * only, so it describes ordinary text and never an attack family.
 *
 * Thresholds are calibrated without looking at the scored rows: for each
 * benign family, a head is trained without that family and scores it; the
 * threshold is the score at the target false-positive rate over those pooled
 * held-out scores (1% of benign prompts, 2% of clean documents).
 */

import { type DocumentWords, documentWords } from "./context.js";
import { type DenseFeatures, denseLogit, documentDense, promptDense } from "./dense.js";
import { canonicalText, createFeatureBuffer, extractFeatures, type FeatureBuffer, featureScale, HASH_BUCKETS } from "./features.js";
import { type Head, type InjectionModel, type InjectionThresholds, quantize } from "./model.js";
import { bestDocumentWindow, bestPromptWindow, sigmoid, type WindowScore } from "./scoring.js";
import { trainCharacterCosts } from "./surprise.js";
import { documentExamples, type Example, familyOf, promptExamples, type TrainingRow } from "./training-data.js";
import { prng } from "../../../core/prng.js";

export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  /** L2 strength of the prompt head and of the document head. */
  l2: number;
  documentL2: number;
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
  l2: 1e-4,
  documentL2: 1e-2,
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


// An example's features as unique buckets and their scaled values (duplicates
// summed). They depend only on the text and span, so they are computed once
// per row and window and reused by every fold of the evaluation and calibration.
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
  const touched: number[] = [];
  for (let i = 0; i < buf.total; i++) {
    const v = buf.indices[i]!;
    const scale = featureScale(buf, i);
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

/**
 * Examples grouped into bags: the windows of one row when the head is
 * trained as multiple-instance (a prompt is an attack when any of its
 * sentences is), otherwise one example per bag.
 */
interface Instance {
  hashed: Features;
  dense: DenseFeatures;
}

interface Bag {
  instances: Instance[];
  label: number;
  weight: number;
}

function bagsOf(examples: readonly Example[], dense: (example: Example) => DenseFeatures): Bag[] {
  const buf = createFeatureBuffer();
  const grouped = new Map<unknown, { instances: Instance[]; label: number; family: string }>();
  for (const e of examples) {
    const key = e.bagged ? e.row : e;
    let bag = grouped.get(key);
    if (!bag) {
      bag = { instances: [], label: e.label, family: e.family };
      grouped.set(key, bag);
    }
    bag.instances.push({ hashed: featuresOf(e, buf), dense: dense(e) });
  }
  const all = [...grouped.values()];
  const familyCounts = new Map<string, number>();
  for (const b of all) familyCounts.set(`${b.label}|${b.family}`, (familyCounts.get(`${b.label}|${b.family}`) ?? 0) + 1);
  // Per class: family share ∝ sqrt(size); the class as a whole gets half the total weight.
  const classRoot = [0, 0];
  for (const [key, n] of familyCounts) classRoot[Number(key[0])]! += Math.sqrt(n);
  return all.map((b) => {
    const n = familyCounts.get(`${b.label}|${b.family}`)!;
    return { instances: b.instances, label: b.label, weight: ((all.length / 2) * (Math.sqrt(n) / classRoot[b.label]!)) / n };
  });
}

function logit(weights: ArrayLike<number>, bias: number, instance: Instance): number {
  const f = instance.hashed;
  let z = bias + denseLogit(weights, instance.dense);
  for (let k = 0; k < f.buckets.length; k++) z += weights[f.buckets[k]!]! * f.values[k]!;
  return z;
}

/** The instance with the highest logit, which is what scoring will look at. */
function strongest(weights: ArrayLike<number>, bias: number, bag: Bag): { f: Instance; z: number } {
  let best = bag.instances[0]!;
  let bestZ = logit(weights, bias, best);
  for (let i = 1; i < bag.instances.length; i++) {
    const z = logit(weights, bias, bag.instances[i]!);
    if (z > bestZ) {
      bestZ = z;
      best = bag.instances[i]!;
    }
  }
  return { f: best, z: bestZ };
}

/**
 * Logistic loss on each bag's strongest instance (max-pooling), so a long
 * benign text is pushed down through whichever sentence looks most like an
 * attack, and an attack is pushed up through the sentence that carries it.
 */
function trainHead(examples: readonly Example[], options: TrainOptions, l2: number, context: HeadContext): { head: Head; loss: number; accuracy: number } {
  const bags = bagsOf(examples, context.dense);
  const weights = new Float64Array(HASH_BUCKETS);
  const squares = new Float64Array(HASH_BUCKETS);
  let bias = 0;
  let biasSquares = 0;
  const random = prng(options.seed);
  const order = Array.from(bags, (_, i) => i);
  const lr = options.learningRate;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const bag = bags[index]!;
      const { f, z } = strongest(weights, bias, bag);
      const g = (sigmoid(z) - bag.label) * bag.weight;
      const step = (b: number, value: number) => {
        const w = weights[b]!;
        const grad = g * value + l2 * w;
        const sq = squares[b]! + grad * grad;
        squares[b] = sq;
        weights[b] = w - (lr * grad) / (Math.sqrt(sq) + 1e-8);
      };
      const buckets = f.hashed.buckets;
      const values = f.hashed.values;
      for (let k = 0; k < buckets.length; k++) step(buckets[k]!, values[k]!);
      for (const [b, value] of f.dense) step(b, value);
      biasSquares += g * g;
      bias -= (lr * g) / (Math.sqrt(biasSquares) + 1e-8);
    }
  }
  const trained: Head = { bias, weights: Float32Array.from(weights) };
  if (context.characters) trained.characters = context.characters;
  const { head } = quantize(trained);
  // Training fit of the quantised head, for the printed stats.
  let loss = 0;
  let correct = 0;
  let mass = 0;
  for (const bag of bags) {
    const p = Math.min(Math.max(sigmoid(strongest(head.weights, head.bias, bag).z), 1e-12), 1 - 1e-12);
    loss -= bag.weight * (bag.label ? Math.log(p) : Math.log(1 - p));
    correct += bag.weight * (p >= 0.5 === (bag.label === 1) ? 1 : 0);
    mass += bag.weight;
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

/** What a head's dense features need from its training rows. */
interface HeadContext {
  characters?: Float32Array;
  dense: (example: Example) => DenseFeatures;
}

/** What differs between the two heads: their examples and dense features, their held-out negatives, how they score, their targets. */
interface HeadSpec {
  build: (rows: readonly TrainingRow[]) => Example[];
  context: (rows: readonly TrainingRow[]) => HeadContext;
  /** Families held out one at a time to calibrate the threshold, and which of their rows are negatives. */
  calibrationFamilies: readonly string[];
  isNegative: (row: TrainingRow) => boolean;
  score: (head: Head, text: string) => WindowScore;
  fpr: number;
  l2: number;
}

function specs(options: TrainOptions): { prompt: HeadSpec; document: HeadSpec } {
  return {
    prompt: {
      build: promptExamples,
      context: (rows) => {
        // The surprise model learns ordinary text only: everything labelled 0, documents included so code and tables are not "surprising".
        const characters = quantize({ bias: 0, weights: new Float32Array(0), characters: trainCharacterCosts(rows.filter((r) => r.label === 0).map((r) => r.text)) }).head.characters!;
        return { characters, dense: (e) => promptDense({ characters }, e.row.text, e.span) };
      },
      calibrationFamilies: BENIGN_PROMPT_FAMILIES,
      isNegative: (r) => r.kind === "benign",
      score: bestPromptWindow,
      fpr: options.promptFpr,
      l2: options.l2,
    },
    document: {
      build: documentExamples,
      context: () => {
        const words = new Map<TrainingRow, DocumentWords>();
        return {
          dense: (e) => {
            let w = words.get(e.row);
            if (!w) {
              w = documentWords(e.row.text);
              words.set(e.row, w);
            }
            return documentDense(w, e.span);
          },
        };
      },
      calibrationFamilies: CLEAN_DOCUMENT_FAMILIES,
      isNegative: (r) => r.kind === "document",
      score: bestDocumentWindow,
      fpr: options.documentFpr,
      l2: options.documentL2,
    },
  };
}

function calibrate(rows: readonly TrainingRow[], spec: HeadSpec, options: TrainOptions): { threshold: number; scores: number } {
  const scores: number[] = [];
  for (const family of spec.calibrationFamilies) {
    const heldOut = rows.filter((r) => familyOf(r.source) === family && spec.isNegative(r));
    if (heldOut.length === 0) continue;
    const rest = rows.filter((r) => familyOf(r.source) !== family);
    const { head } = trainHead(spec.build(rest), options, spec.l2, spec.context(rest));
    for (const r of heldOut) scores.push(spec.score(head, r.text).score);
  }
  return { threshold: scores.length ? thresholdAtFpr(scores, spec.fpr) : 0.5, scores: scores.length };
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
  const spec = specs(options);
  const thresholds = { ...options.thresholds };
  const fit = (name: "prompt" | "document") => {
    if (options.only && options.only !== name) return { head: zeroHead(), examples: [] as Example[], ...ZERO_FIT, calibrationScores: 0 };
    const examples = spec[name].build(rows);
    const trained = trainHead(examples, options, spec[name].l2, spec[name].context(rows));
    let calibrationScores = 0;
    if (options.calibrate) {
      const c = calibrate(rows, spec[name], options);
      thresholds[name] = c.threshold;
      calibrationScores = c.scores;
    }
    return { ...trained, examples, calibrationScores };
  };
  const prompt = fit("prompt");
  const document = fit("document");
  return {
    model: { prompt: prompt.head, document: document.head, thresholds },
    stats: {
      prompt: statsOf(prompt.examples, prompt, prompt.calibrationScores),
      document: statsOf(document.examples, document, document.calibrationScores),
    },
  };
}
