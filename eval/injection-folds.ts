/**
 * Leave-one-family-out scoring for the injection evaluation.
 *
 * Every row gets an out-of-fold score from a model that never saw its family
 * (a dataset, a JailbreakBench attack method, or a BIPIA task), trained with
 * the shipped recipe, thresholds calibrated inside the fold (nested), and
 * quantised like the shipped weights. Two leaks are closed on top:
 *
 * - JailbreakBench methods all attack the same 100 harmful goals, so a GCG
 *   row ("<goal> <suffix>") shares its goal with DSN and JBC rows. Goals are
 *   split in two halves; a held-out method's rows of one half are scored by
 *   a model trained on the other methods' rows of the other half only, so the
 *   model has seen neither the method nor the goal.
 * - BIPIA tasks reuse planted instructions across tasks (the same "Cookie
 *   Theft" code block in an email and a table). When a task is held out,
 *   attacked documents of the other tasks whose planted text is a
 *   near-duplicate (word Jaccard ≥ 0.5) of one in the held-out task are
 *   dropped from training.
 */

import { type TrainOptions, train } from "../src/guard/detectors/injection/train.js";
import { familyOf, plantedSpans, type TrainingRow } from "../src/guard/detectors/injection/training-data.js";
import type { InjectionModel } from "../src/guard/detectors/injection/model.js";

export interface FoldScorer {
  family: string;
  model: InjectionModel;
  /** Rows this fold's model scores (all held out from its training). */
  rows: TrainingRow[];
  trainedOn: number;
}

export const PROMPT_ATTACK_FAMILIES = ["lakera", "giskard", "jbb-DSN", "jbb-GCG", "jbb-JBC", "jbb-PAIR", "jbb-prompt_with_random_search"];
export const BENIGN_FAMILIES = ["self-instruct", "wildguardmix", "xstest"];
export const DOCUMENT_FAMILIES = ["bipia-code", "bipia-email", "bipia-table"];

/** The evaluation family of a row (familyOf its source). */
export function familyOfRow(row: TrainingRow): string {
  return familyOf(row.source);
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/**
 * JailbreakBench goal (0..99) of every JBB row: JBC rows carry the goal
 * verbatim after "first question:", the other methods are matched to the
 * goal whose content words they contain the largest share of (PAIR
 * paraphrases, so its assignment is approximate).
 */
export function jailbreakGoals(rows: readonly TrainingRow[]): Map<TrainingRow, number> {
  const anchors = rows
    .filter((r) => familyOf(r.source) === "jbb-JBC")
    .map((r) => r.text.split("first question:")[1]?.trim() ?? "")
    .filter((g) => g !== "");
  const goalWords = anchors.map((g) => new Set([...words(g)].filter((w) => w.length >= 4)));
  const out = new Map<TrainingRow, number>();
  for (const r of rows) {
    if (!familyOf(r.source).startsWith("jbb-")) continue;
    const have = words(r.text);
    let best = 0;
    let bestShare = -1;
    goalWords.forEach((goal, i) => {
      let hit = 0;
      for (const w of goal) if (have.has(w)) hit++;
      const share = hit / Math.max(1, goal.size);
      if (share > bestShare) {
        bestShare = share;
        best = i;
      }
    });
    out.set(r, best);
  }
  return out;
}

/** Attacked rows of other BIPIA tasks whose planted text nearly duplicates one planted in `family`. */
function plantedDuplicates(rows: readonly TrainingRow[], family: string): Set<TrainingRow> {
  const planted = plantedSpans(rows);
  const text = (r: TrainingRow) => {
    const s = planted.get(r);
    return s ? words(r.text.slice(s.start, s.end)) : new Set<string>();
  };
  const held = [...planted.keys()].filter((r) => familyOf(r.source) === family).map(text);
  const out = new Set<TrainingRow>();
  for (const r of planted.keys()) {
    if (familyOf(r.source) === family) continue;
    const mine = text(r);
    if (held.some((h) => jaccard(mine, h) >= 0.5)) out.add(r);
  }
  return out;
}

/** One scorer per fold; together they cover every row of the listed families exactly once. */
export function buildFolds(rows: readonly TrainingRow[], families: readonly string[], options: Partial<TrainOptions> = {}): FoldScorer[] {
  const goals = jailbreakGoals(rows);
  const folds: FoldScorer[] = [];
  for (const family of families) {
    const isDocument = DOCUMENT_FAMILIES.includes(family);
    // Document folds train both heads: the prompt head is also asked about clean documents pasted into a user turn.
    const only = isDocument ? undefined : "prompt";
    const heldOut = rows.filter((r) => familyOf(r.source) === family);
    if (family.startsWith("jbb-")) {
      for (const half of [0, 1]) {
        const scored = heldOut.filter((r) => goals.get(r)! % 2 === half);
        const training = rows.filter((r) => familyOf(r.source) !== family && !(goals.has(r) && goals.get(r)! % 2 === half));
        folds.push({ family, model: train(training, { ...options, only }).model, rows: scored, trainedOn: training.length });
      }
      continue;
    }
    const drop = isDocument ? plantedDuplicates(rows, family) : new Set<TrainingRow>();
    const training = rows.filter((r) => familyOf(r.source) !== family && !drop.has(r));
    folds.push({ family, model: train(training, { ...options, only }).model, rows: heldOut, trainedOn: training.length });
  }
  return folds;
}

/**
 * The second benign protocol: benign prompts held out by row instead of by
 * family (k folds, stratified by family), so the model has seen other
 * prompts of the same style but never these. Attack families stay held out
 * by family in both protocols.
 */
export function benignRowFolds(rows: readonly TrainingRow[], k: number, options: Partial<TrainOptions> = {}): FoldScorer[] {
  const foldOf = new Map<TrainingRow, number>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const family = familyOf(r.source);
    if (!BENIGN_FAMILIES.includes(family)) continue;
    const n = seen.get(family) ?? 0;
    seen.set(family, n + 1);
    foldOf.set(r, n % k);
  }
  return Array.from({ length: k }, (_, fold) => {
    const training = rows.filter((r) => foldOf.get(r) !== fold);
    return {
      family: `benign-rows-${fold}`,
      model: train(training, { ...options, only: "prompt" }).model,
      rows: rows.filter((r) => foldOf.get(r) === fold),
      trainedOn: training.length,
    };
  });
}

/**
 * Context only, not a held-out claim: every prompt row (attack or benign)
 * held out by row in k folds, so each family is seen in training through its
 * other rows. This is the situation of the shipped model facing new variants
 * of attacks it was trained on.
 */
export function randomRowFolds(rows: readonly TrainingRow[], k: number, options: Partial<TrainOptions> = {}): FoldScorer[] {
  const prompts = rows.filter((r) => !DOCUMENT_FAMILIES.includes(familyOf(r.source)));
  const foldOf = new Map<TrainingRow, number>(prompts.map((r, i) => [r, i % k]));
  return Array.from({ length: k }, (_, fold) => {
    const training = rows.filter((r) => foldOf.get(r) !== fold);
    return {
      family: `rows-${fold}`,
      model: train(training, { ...options, only: "prompt", calibrate: false }).model,
      rows: prompts.filter((r) => foldOf.get(r) === fold),
      trainedOn: training.length,
    };
  });
}
