/**
 * Operator rules: banned phrases, banned topics (keyword sets) and regular
 * expressions. Every pattern, including the phrases, is compiled with RE2
 * (re2js), so matching time stays linear in the input whatever an operator
 * writes: no backtracking, no lookaround, no backreferences.
 *
 * Phrases and topics are matched case-insensitively on word boundaries.
 * Rules see the text as sent; a rule that only matches after normalisation
 * (homoglyphs, zero-width splits) still fires, over the whole field.
 */
import { RE2JS } from "re2js";
import type { CustomRuleConfig } from "../../config/guard-schema.js";
import type { Finding } from "../types.js";

/** Per rule and field: enough to redact repeated occurrences without unbounded work. */
const MAX_MATCHES = 100;

interface CompiledRule {
  id: string;
  label: string;
  kind: "phrase" | "topic" | "regex";
  pattern: RE2JS;
  minMatches: number;
}

const escapeRegex = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");

function compile(rule: CustomRuleConfig): CompiledRule {
  const id = `custom.${rule.name}`;
  const label = rule.label ?? rule.name.toUpperCase().replace(/-/g, "_");
  if (rule.regex !== undefined) return { id, label, kind: "regex", pattern: RE2JS.compile(rule.regex), minMatches: 1 };
  const words = (rule.phrases ?? rule.topic ?? []).map((w) => escapeRegex(w.trim()).replace(/\s+/g, "\\s+"));
  const pattern = RE2JS.compile(`\\b(?:${words.join("|")})\\b`, RE2JS.CASE_INSENSITIVE);
  return { id, label, kind: rule.phrases ? "phrase" : "topic", pattern, minMatches: rule.topic ? rule.minMatches : 1 };
}

function matches(rule: CompiledRule, text: string): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  const m = rule.pattern.matcher(text);
  while (out.length < MAX_MATCHES && m.find()) {
    if (m.end() === m.start()) continue; // an operator regex that matches the empty string says nothing
    out.push({ start: m.start(), end: m.end(), word: (m.group() ?? "").toLowerCase() });
  }
  return out;
}

function describe(rule: CompiledRule, n: number): string {
  if (rule.kind === "topic") return `The text touches the banned topic '${rule.id.slice(7)}' (${n} of its keywords).`;
  if (rule.kind === "phrase") return `The text contains a phrase banned by rule '${rule.id.slice(7)}'.`;
  return `The text matches the pattern of rule '${rule.id.slice(7)}'.`;
}

/** Compiles the rules once; the returned function runs them over one text (and its normalised form). */
export function createCustomDetector(rules: readonly CustomRuleConfig[]): (text: string, normalized?: string) => Finding[] {
  const compiled = rules.map(compile);
  return (text, normalized) => {
    const findings: Finding[] = [];
    for (const rule of compiled) {
      let found = matches(rule, text);
      let whole = false;
      if (found.length === 0 && normalized !== undefined && normalized !== text) {
        found = matches(rule, normalized);
        whole = true; // offsets are in the normalised text: report the whole field
      }
      if (rule.kind === "topic") {
        const distinct = new Set(found.map((f) => f.word.replace(/\s+/g, " ")));
        if (distinct.size < rule.minMatches) continue;
        const start = whole ? 0 : Math.min(...found.map((f) => f.start));
        const end = whole ? text.length : Math.max(...found.map((f) => f.end));
        findings.push({ detector: rule.id, score: 1, start, end, label: rule.label, message: describe(rule, distinct.size) });
        continue;
      }
      if (whole && found.length > 0) {
        findings.push({ detector: rule.id, score: 1, start: 0, end: text.length, label: rule.label, message: `${describe(rule, 1)} (hidden by look-alike or invisible characters)` });
        continue;
      }
      for (const f of found) findings.push({ detector: rule.id, score: 1, start: f.start, end: f.end, label: rule.label, message: describe(rule, 1) });
    }
    return findings;
  };
}
