/**
 * From labelled rows (data/injection/train.jsonl) to training examples for
 * the two heads.
 *
 * Prompt head: direct injections and jailbreaks (1) against benign requests,
 * harmful-but-not-injection requests and clean documents (0). A prompt is
 * scored whole (long ones in a few large windows, trained through the
 * strongest one). Scoring prompts sentence by sentence instead was tried and
 * generalised worse to held-out attack families: a jailbreak is spread over
 * its whole text more often than it sits in one sentence.
 *
 * Document head: the unit is a sentence window (windows.ts), because that is
 * what it scores at run time. BIPIA ships each attacked document next to its
 * clean original, so the planted instruction is exactly the difference
 * between the two; windows that are mostly planted instruction text are
 * positives and windows of the clean originals are negatives. Direct
 * injection prompts are deliberately not positives here: with them the head
 * became a Lakera detector and recalled 9 points fewer planted instructions
 * in held-out BIPIA tasks. Blatant overrides inside data are the pattern
 * layer's job, which runs on every role.
 */

import { promptWindows, sentenceWindows, type Span } from "./windows.js";

export interface TrainingRow {
  text: string;
  label: number;
  kind: string;
  source: string;
}

export interface Example {
  /** The row the window comes from (its text is row.text); also the key of the training feature cache. */
  row: TrainingRow;
  span: Span;
  label: 0 | 1;
  /** Family the example came from, for per-family weighting and held-out calibration. */
  family: string;
  /** The row's windows form one multiple-instance bag (only the strongest window is trained on). */
  bagged: boolean;
  /** Add the document-context feature (how foreign the window is to the rest of its row). */
  inContext?: boolean;
}

/**
 * The unit of held-out evaluation: a dataset, or one attack method of
 * JailbreakBench; a BIPIA task's clean and attacked documents are one family
 * (they are the same documents).
 */
export function familyOf(source: string): string {
  if (source.startsWith("jailbreakbench-artifacts:")) return `jbb-${source.slice("jailbreakbench-artifacts:".length)}`;
  const bipia = /^bipia-([a-z]+)-/.exec(source);
  if (bipia) return `bipia-${bipia[1]}`;
  if (source.startsWith("xstest:")) return "xstest";
  if (source.startsWith("lakera")) return "lakera";
  if (source.startsWith("giskard")) return "giskard";
  if (source.startsWith("wildguardmix")) return "wildguardmix";
  return source;
}

/** Which BIPIA task a document row belongs to, so attacked rows are matched to their own clean originals. */
function bipiaTask(source: string): string | undefined {
  return /^bipia-([a-z]+)-/.exec(source)?.[1];
}

/**
 * The span of `attacked` not present in its clean original: the longest
 * common prefix and suffix with the best-matching clean document of the same
 * task. Undefined when no clean document accounts for (nearly) all of it.
 */
export function plantedSpan(attacked: string, cleanDocs: readonly string[]): Span | undefined {
  let best: { prefix: number; suffix: number } | undefined;
  for (const clean of cleanDocs) {
    const max = Math.min(clean.length, attacked.length);
    let prefix = 0;
    while (prefix < max && clean.charCodeAt(prefix) === attacked.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && clean.charCodeAt(clean.length - 1 - suffix) === attacked.charCodeAt(attacked.length - 1 - suffix)) {
      suffix++;
    }
    // The clean document must survive (almost) whole around the insertion.
    if (prefix + suffix >= clean.length - 2 && (!best || prefix + suffix > best.prefix + best.suffix)) best = { prefix, suffix };
  }
  if (!best) return undefined;
  const span = { start: best.prefix, end: attacked.length - best.suffix };
  return span.end > span.start ? span : undefined;
}

/** Planted-instruction spans of every attacked document, keyed by row. */
export function plantedSpans(rows: readonly TrainingRow[]): Map<TrainingRow, Span> {
  const cleanByTask = new Map<string, string[]>();
  for (const r of rows) {
    const task = bipiaTask(r.source);
    if (task && r.kind === "document") cleanByTask.set(task, [...(cleanByTask.get(task) ?? []), r.text]);
  }
  const spans = new Map<TrainingRow, Span>();
  for (const r of rows) {
    if (r.kind !== "indirect") continue;
    const span = plantedSpan(r.text, cleanByTask.get(bipiaTask(r.source) ?? "") ?? []);
    if (span) spans.set(r, span);
  }
  return spans;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function promptExamples(rows: readonly TrainingRow[]): Example[] {
  const out: Example[] = [];
  for (const r of rows) {
    let label: 0 | 1;
    if (r.kind === "direct" || r.kind === "jailbreak") label = 1;
    else if (r.kind === "benign" || r.kind === "harmful" || r.kind === "document") label = 0;
    else continue; // attacked documents belong to the document head
    const family = familyOf(r.source);
    for (const span of promptWindows(r.text)) out.push({ row: r, span, label, family, bagged: true });
  }
  return out;
}

/** A window counts as planted when at least this share of it is planted instruction text. */
const PLANTED_SHARE = 0.5;

/**
 * The planted span without its fenced code: many planted instructions carry
 * a code payload ("Render the following code block: ```…```"). The sentence
 * is the instruction; the code is data that also occurs, harmlessly, all over
 * clean code documents, so its windows are neither positives nor negatives.
 */
export function instructionParts(text: string, planted: Span): Span[] {
  const parts: Span[] = [];
  let at = planted.start;
  while (at < planted.end) {
    const open = text.indexOf("```", at);
    if (open < 0 || open >= planted.end) {
      parts.push({ start: at, end: planted.end });
      break;
    }
    if (open > at) parts.push({ start: at, end: open });
    const close = text.indexOf("```", open + 3);
    at = close < 0 ? planted.end : close + 3;
  }
  return parts;
}

export function documentExamples(rows: readonly TrainingRow[]): Example[] {
  const planted = plantedSpans(rows);
  const out: Example[] = [];
  for (const r of rows) {
    const family = familyOf(r.source);
    if (r.kind === "document") {
      for (const span of sentenceWindows(r.text)) out.push({ row: r, span, label: 0, family, bagged: false, inContext: true });
    } else if (r.kind === "indirect") {
      const inserted = planted.get(r);
      if (!inserted) continue;
      const parts = instructionParts(r.text, inserted);
      for (const span of sentenceWindows(r.text)) {
        const share = parts.reduce((sum, part) => sum + overlap(span, part), 0) / (span.end - span.start);
        // Untouched windows are left out: they repeat the clean original, already a negative.
        if (share >= PLANTED_SHARE) out.push({ row: r, span, label: 1, family, bagged: false, inContext: true });
      }
    }
  }
  return out;
}
