/**
 * Quick held-out check of the document head only: the BIPIA folds of
 * eval/injection-folds.ts trained with `only: "document"` (nested
 * calibration inside each fold, as in the full evaluation), recall at the
 * pooled 2%-FPR point on held-out clean documents, patterns included.
 * `node --import tsx eval/injection-docs-quick.ts` (~15 s); the full report
 * is eval/injection.ts.
 */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { matchInjectionPatterns } from "../src/guard/detectors/injection/patterns.js";
import { scoreDocumentWith } from "../src/guard/detectors/injection/scoring.js";
import { thresholdAtFpr } from "../src/guard/detectors/injection/train.js";
import type { TrainingRow } from "../src/guard/detectors/injection/training-data.js";
import { buildFolds, DOCUMENT_FAMILIES } from "./injection-folds.js";

const DATA = fileURLToPath(new URL("../data/injection/train.jsonl", import.meta.url));
const rows = readFileSync(DATA, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as TrainingRow);

const started = performance.now();
const extra = process.env.DOC_L2 ? { documentL2: Number(process.env.DOC_L2) } : {};
const folds = buildFolds(rows, DOCUMENT_FAMILIES, { only: "document", ...extra });
const scored = folds.flatMap((f) =>
  f.rows.map((row) => ({ row, family: f.family, threshold: f.model.thresholds.document, score: scoreDocumentWith(f.model, row.text).score, pattern: matchInjectionPatterns(row.text, { data: true }).length > 0 })),
);
const clean = scored.filter((s) => s.row.kind === "document");
const allowed = Math.floor(0.02 * clean.length) - clean.filter((s) => s.pattern).length;
const rest = clean.filter((s) => !s.pattern).map((s) => s.score);
const t2 = allowed < 0 ? Number.POSITIVE_INFINITY : thresholdAtFpr(rest, allowed / Math.max(1, rest.length) + 1e-12);
const hit = (s: (typeof scored)[number], t: number) => s.pattern || s.score >= t;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const rate = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length / Math.max(1, xs.length);
console.log(`folds ${((performance.now() - started) / 1000).toFixed(1)} s; pooled 2% threshold ${t2.toFixed(3)}`);
for (const family of [...DOCUMENT_FAMILIES, "all"]) {
  const mine = scored.filter((s) => family === "all" || s.family === family);
  const p = mine.filter((s) => s.row.kind === "indirect");
  const c = mine.filter((s) => s.row.kind === "document");
  console.log(
    `${family.padEnd(12)} recall@2% ${pct(rate(p, (s) => hit(s, t2)))}  FPR@2% ${pct(rate(c, (s) => hit(s, t2)))}  recall(default) ${pct(rate(p, (s) => hit(s, s.threshold)))}  FPR(default) ${pct(rate(c, (s) => hit(s, s.threshold)))}`,
  );
}
if (process.argv.includes("--misses")) {
  for (const s of clean.filter((x) => hit(x, t2))) console.log("FP", s.family, s.score.toFixed(3));
}
