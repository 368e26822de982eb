/**
 * `npm run eval:guard`: the guard's quality and speed in one report.
 *
 * - Injection and jailbreaks, planted instructions in documents: models
 *   trained with one data source held out and scored on it (leave one
 *   source family out), against the offline peers on the same rows.
 * - Injections where the model reads them in whole request bodies (tool
 *   definitions, documents, split across messages) and false positives on
 *   benign conversations and tool sets (injection-requests.ts).
 * - PII on the Presidio synthetic set, scored on templates the detectors
 *   were not developed on.
 * - Latency of the whole standard profile on one core.
 *
 * Prints markdown with PASS/FAIL per target and writes JSON to
 * eval/results/. Exit status 0 even when a target is missed: the report is
 * the product; CI runs the tests, not this.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { evaluateInjection } from "./injection.js";
import { evaluateRequests } from "./injection-requests.js";
import { evaluateLatency } from "./latency.js";
import { evaluatePii } from "./pii.js";

interface Section {
  title: string;
  markdown: string;
  checks: { name: string; value: string; pass: boolean }[];
  metrics: Record<string, unknown>;
}

const started = Date.now();
const sections: Section[] = [];
for (const [name, run] of [
  ["injection", () => evaluateInjection({ peers: process.env.EVAL_PEERS !== "0" })],
  ["requests", evaluateRequests],
  ["pii", evaluatePii],
  ["latency", evaluateLatency],
] as const) {
  process.stderr.write(`[eval] ${name}…\n`);
  sections.push((await run()) as Section);
}

const lines = [`# Wardgate guard evaluation (${new Date().toISOString()}, Node ${process.version})`, ""];
for (const s of sections) lines.push(`## ${s.title}`, "", s.markdown, "");
lines.push("## Targets", "");
for (const s of sections) for (const c of s.checks) lines.push(`- ${c.pass ? "PASS" : "FAIL"} ${c.name}: ${c.value}`);
lines.push("", `(${Math.round((Date.now() - started) / 1000)} s)`, "");
process.stdout.write(lines.join("\n"));

const dir = new URL("results/", import.meta.url);
mkdirSync(dir, { recursive: true });
const file = new URL(`guard-${new Date().toISOString().replace(/[:.]/g, "-")}.json`, dir);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, sections }, null, 2));
process.stderr.write(`[eval] results written to ${file.pathname}\n`);
