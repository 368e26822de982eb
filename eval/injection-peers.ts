/**
 * Peer detectors on the same held-out rows as ours, offline.
 *
 * - @andersmyrmel/vard: `vard.moderate().safeParse` (its default preset),
 *   flagged when not safe; score = the highest threat severity.
 * - llm_guardrail: its bundled TF-IDF + logistic-regression models,
 *   `checkInjection` and `checkJailbreak`; flagged when either detects.
 * - @presidio-dev/hai-guardrails, injection guard in heuristic mode: as
 *   shipped (1.12.0) it cannot run in Node at all, because the heuristic
 *   tactic starts a worker pool on a file the package does not contain
 *   (dist/workers/heuristic.worker.mjs; only .js/.cjs are shipped) and the
 *   worker's crash takes the process down on import. We run the package's own
 *   worker function (dist/workers/heuristic.worker.js) in-process over the
 *   package's own keyword list (extracted from its bundle), max over
 *   keywords, flagged at the README's threshold 0.7. It compares each of its
 *   8,800 keywords with every window of the input, about 15 s for a 2 KB
 *   prompt, so it is scored on a deterministic sample per family within a
 *   time budget, and our detector is shown on the same sample.
 *
 * "@1% FPR" re-thresholds each peer's own score on the held-out general
 * benign prompts, as for ours, so operating points are comparable.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { thresholdAtFpr } from "../src/guard/detectors/injection/train.js";
import { DOCUMENT_FAMILIES, PROMPT_ATTACK_FAMILIES } from "./injection-folds.js";
import type { Scored } from "./injection.js";

export interface PeerReport {
  markdown: string;
  metrics: Record<string, unknown>;
}

interface Peer {
  name: string;
  /** Score in [0, 1] and the peer's own verdict at its default setting. */
  run: (text: string) => Promise<{ score: number; flagged: boolean }>;
  /** Score only a sample of each family, within this many ms per family. */
  budgetMs?: number;
  sample?: number;
  skipDocuments?: boolean;
}

const require = createRequire(import.meta.url);

async function vardPeer(): Promise<Peer> {
  const { default: vard } = (await import("@andersmyrmel/vard")) as unknown as {
    default: { moderate(): { safeParse(s: string): { safe: boolean; threats?: { severity: number }[] } } };
  };
  const guard = vard.moderate();
  return {
    name: "@andersmyrmel/vard (moderate)",
    run: async (text) => {
      const r = guard.safeParse(text);
      const score = Math.max(0, ...(r.threats ?? []).map((t) => t.severity));
      return { score: r.safe ? Math.min(score, 0.5) : Math.max(score, 0.5), flagged: !r.safe };
    },
  };
}

async function llmGuardrailPeer(): Promise<Peer> {
  type Check = (s: string) => Promise<{ detected: boolean; confidence: number }>;
  // Imported by name at run time: the package ships no type declarations.
  const moduleName = "llm_guardrail";
  const lib = (await import(moduleName)) as { checkInjection: Check; checkJailbreak: Check };
  return {
    name: "llm_guardrail (bundled injection + jailbreak models)",
    run: async (text) => {
      const [a, b] = await Promise.all([lib.checkInjection(text), lib.checkJailbreak(text)]);
      return { score: Math.max(a.confidence, b.confidence), flagged: a.detected || b.detected };
    },
  };
}

async function haiHeuristicPeer(): Promise<Peer> {
  const dist = require.resolve("@presidio-dev/hai-guardrails").replace(/index\.cjs$/, "");
  const bundle = readFileSync(`${dist}index.js`, "utf8");
  const from = bundle.indexOf("function generateInjectionKeywords");
  const to = bundle.indexOf("var InjectionKeywords", from);
  if (from < 0 || to < 0) throw new Error("hai-guardrails: keyword generator not found in the bundle");
  const keywords = new Function(`${bundle.slice(from, to)}; return generateInjectionKeywords();`)() as string[];
  const worker = (await import(pathToFileURL(`${dist}workers/heuristic.worker.js`).href)) as {
    default: (a: { input: string; keyword: string; threshold: number }) => Promise<{ score: number }>;
  };
  return {
    name: `@presidio-dev/hai-guardrails (heuristic, in-process, ${keywords.length} keywords)`,
    run: async (text) => {
      let score = 0;
      for (const keyword of keywords) score = Math.max(score, (await worker.default({ input: text, keyword, threshold: 0.7 })).score);
      return { score, flagged: score >= 0.7 };
    },
    budgetMs: 2500,
    sample: 25,
    skipDocuments: true,
  };
}

interface PeerRow {
  s: Scored;
  score: number;
  flagged: boolean;
  ms: number;
}

function evenlySpaced<T>(xs: readonly T[], n: number | undefined): T[] {
  if (!n || xs.length <= n) return [...xs];
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
}

async function runPeer(peer: Peer, scored: readonly Scored[]): Promise<PeerRow[]> {
  const out: PeerRow[] = [];
  const families = [...new Set(scored.map((s) => s.family))];
  for (const family of families) {
    if (peer.skipDocuments && DOCUMENT_FAMILIES.includes(family)) continue;
    const started = performance.now();
    for (const s of evenlySpaced(
      scored.filter((x) => x.family === family),
      peer.sample,
    )) {
      if (peer.budgetMs && performance.now() - started > peer.budgetMs) break;
      const t0 = performance.now();
      const r = await peer.run(s.row.text);
      out.push({ s, ...r, ms: performance.now() - t0 });
    }
  }
  return out;
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : "n/a");
const rate = <T>(xs: readonly T[], f: (x: T) => boolean) => (xs.length ? xs.filter(f).length / xs.length : Number.NaN);

export async function evaluatePeers(scored: readonly Scored[], ours: { t1Combined: number }): Promise<PeerReport> {
  const peers: Peer[] = [];
  const unavailable: string[] = [];
  for (const make of [vardPeer, llmGuardrailPeer, haiHeuristicPeer]) {
    try {
      peers.push(await make());
    } catch (error) {
      unavailable.push(`${make.name}: ${(error as Error).message}`);
    }
  }
  const isAttack = (r: PeerRow) => PROMPT_ATTACK_FAMILIES.includes(r.s.family);
  const isGeneralBenign = (r: PeerRow) => r.s.family === "self-instruct" || r.s.family === "wildguardmix";
  const isXstestSafe = (r: PeerRow) => r.s.family === "xstest" && r.s.row.kind === "benign";
  const isPlanted = (r: PeerRow) => DOCUMENT_FAMILIES.includes(r.s.family) && r.s.row.kind === "indirect";
  const isClean = (r: PeerRow) => DOCUMENT_FAMILIES.includes(r.s.family) && r.s.row.kind === "document";
  const oursFlag = (r: PeerRow) => r.s.pattern || r.s.score >= r.s.threshold;

  const header = ["detector", "rows", ...PROMPT_ATTACK_FAMILIES.map((f) => f.replace("jbb-", "")), "all attacks", "attacks @1% FPR", "FPR benign", "FPR xstest safe", "planted docs", "FPR clean docs", "mean ms/row"];
  const lines: string[][] = [];
  const metrics: Record<string, unknown> = {};
  for (const peer of peers) {
    const rows = await runPeer(peer, scored);
    const benignScores = rows.filter(isGeneralBenign).map((r) => r.score);
    // A 1% operating point needs at least 100 benign rows to mean anything.
    const t1 = benignScores.length >= 100 ? thresholdAtFpr(benignScores, 0.01) : Number.NaN;
    const summarise = (flag: (r: PeerRow) => boolean, at1: (r: PeerRow) => boolean, ms: (r: PeerRow) => number | undefined) => {
      const attacks = rows.filter(isAttack);
      const docs = rows.filter((r) => isPlanted(r) || isClean(r));
      const times = rows.map(ms).filter((x): x is number => x !== undefined);
      return {
        perFamily: PROMPT_ATTACK_FAMILIES.map((f) => rate(attacks.filter((r) => r.s.family === f), flag)),
        recall: rate(attacks, flag),
        recallAt1: Number.isNaN(t1) ? Number.NaN : rate(attacks, at1),
        fprBenign: rate(rows.filter(isGeneralBenign), flag),
        fprXstest: rate(rows.filter(isXstestSafe), flag),
        plantedRecall: docs.length ? rate(rows.filter(isPlanted), flag) : Number.NaN,
        cleanFpr: docs.length ? rate(rows.filter(isClean), flag) : Number.NaN,
        meanMs: times.length ? times.reduce((a, b) => a + b, 0) / times.length : Number.NaN,
      };
    };
    const theirs = summarise(
      (r) => r.flagged,
      (r) => r.score >= t1,
      (r) => r.ms,
    );
    const mine = summarise(oursFlag, (r) => r.s.pattern || r.s.score >= ours.t1Combined, () => undefined);
    if (Number.isNaN(t1)) mine.recallAt1 = Number.NaN;
    const fmt = (name: string, m: ReturnType<typeof summarise>) => [
      name,
      String(rows.length),
      ...m.perFamily.map(pct),
      pct(m.recall),
      pct(m.recallAt1),
      pct(m.fprBenign),
      pct(m.fprXstest),
      pct(m.plantedRecall),
      pct(m.cleanFpr),
      Number.isFinite(m.meanMs) ? m.meanMs.toFixed(2) : "",
    ];
    lines.push(fmt(peer.name, theirs));
    if (peer.sample) lines.push(fmt("↳ Wardgate on the same sample", mine));
    metrics[peer.name] = { rows: rows.length, ...theirs, threshold1pct: t1 };
  }
  // Ours on all rows, for the side-by-side.
  const all: PeerRow[] = scored.map((s) => ({ s, score: s.score, flagged: s.pattern || s.score >= s.threshold, ms: Number.NaN }));
  const attacks = all.filter(isAttack);
  lines.unshift([
    "**Wardgate (held-out folds, default)**",
    String(all.length),
    ...PROMPT_ATTACK_FAMILIES.map((f) => pct(rate(attacks.filter((r) => r.s.family === f), oursFlag))),
    pct(rate(attacks, oursFlag)),
    pct(rate(attacks, (r) => r.s.pattern || r.s.score >= ours.t1Combined)),
    pct(rate(all.filter(isGeneralBenign), oursFlag)),
    pct(rate(all.filter(isXstestSafe), oursFlag)),
    pct(rate(all.filter(isPlanted), oursFlag)),
    pct(rate(all.filter(isClean), oursFlag)),
    "see latency",
  ]);

  const markdown = [
    "### Peers on the same held-out rows",
    "",
    "Peers were not trained by us, but their authors may have trained on public sets that overlap these (llm_guardrail's models are TF-IDF over public injection/jailbreak corpora), so their numbers are not necessarily held-out for them. Documents are passed to peers as plain input text.",
    "",
    [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...lines.map((l) => `| ${l.join(" | ")} |`)].join("\n"),
    "",
    "@presidio-dev/hai-guardrails cannot run as shipped (its heuristic worker file is missing from the package and the pool crashes the process on import); the row above runs its own worker function and keyword list in-process on a time-boxed sample, without documents.",
    ...(unavailable.length ? ["", `Unavailable offline: ${unavailable.join("; ")}`] : []),
  ].join("\n");
  return { markdown, metrics };
}
