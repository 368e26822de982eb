/**
 * Prompt-injection and jailbreak detection: patterns, then the classifier,
 * over the visible text and every payload normalisation decoded from it.
 *
 * Roles decide the question asked:
 * - user / assistant turns (a client can forge assistant history) are asked
 *   "is this an injection or jailbreak attempt?" by the prompt head, findings
 *   "injection.classifier";
 * - tool results and documents are data: the document head asks "is there an
 *   instruction planted in here?" sentence by sentence, with its own
 *   threshold, findings "injection.indirect";
 * - model responses get the patterns only (fake delimiters or overrides in
 *   an answer matter to whoever feeds it to the next agent), system prompts
 *   nothing: they are the operator's own instructions.
 *
 * A hit inside a decoded payload (base64, hex, tag characters, ...) is
 * reported with the same score it would get in plain text and a message that
 * says it was hidden; heavy use of invisible characters is reported on its
 * own as "injection.obfuscation".
 */

import type { Finding, Normalized, TextRole } from "../../types.js";
import { shippedModel } from "./classifier.js";
import type { InjectionModel, InjectionThresholds } from "./model.js";
import { matchInjectionPatterns } from "./patterns.js";
import { scoreDocumentWith, scorePromptWith } from "./scoring.js";
import { INJECTION_WEIGHTS } from "./weights.js";

/**
 * Classifier thresholds calibrated at training time on held-out training
 * folds: 1% false positives on benign prompts, 2% on clean documents.
 */
export const DEFAULT_THRESHOLDS: Readonly<InjectionThresholds> = Object.freeze({ ...INJECTION_WEIGHTS.thresholds });

export interface InjectionOptions {
  /** Override the calibrated thresholds (a stricter profile lowers them). */
  thresholds?: Partial<InjectionThresholds>;
  /** Score with another model (the evaluation's fold models); defaults to the committed one. */
  model?: InjectionModel;
}

/**
 * Classifier findings are emitted from this score (or the threshold, if lower)
 * up. Whether one counts is the engine's call: it compares the score with the
 * profile's threshold, or DEFAULT_THRESHOLDS when the profile sets none.
 */
export const EMIT_FLOOR = 0.5;

/** Decoded payloads beyond this many are not inspected (normalisation already bounds them). */
const MAX_PAYLOADS = 16;
/** Zero-width characters are legitimate in emoji and some scripts; dozens of them are not. */
const MANY_ZERO_WIDTH = 8;
const MANY_BIDI = 8;

const ROLE_NAMES: Record<TextRole, string> = {
  system: "system prompt",
  user: "user message",
  assistant: "assistant message",
  tool: "tool result",
  document: "document",
  response: "model response",
};

const FAMILY_NAMES: Record<string, string> = {
  "instruction-override": "instruction override",
  "role-reassignment": "role reassignment / jailbreak persona",
  "prompt-extraction": "system-prompt extraction",
  "fake-delimiter": "fake chat delimiter or role marker",
  "policy-bypass": "policy bypass",
  "do-anything-now": "\"do anything now\" jailbreak",
  "payload-splitting": "payload splitting / decode-and-obey",
  "secret-extraction": "secret or password extraction",
  "framed-harmful": "harmful request in a jailbreak frame (role-play, hypothetical, forced reply)",
  "adversarial-suffix": "adversarial suffix (optimiser gibberish)",
};

interface Inspected {
  text: string;
  /** Encoding the text was hidden in, or undefined for the visible text. */
  hiddenIn: string | undefined;
}

function where(role: TextRole, hiddenIn: string | undefined): string {
  const place = `the ${ROLE_NAMES[role]}`;
  return hiddenIn ? `${hiddenIn} content hidden in ${place}` : place;
}

export function detectInjection(input: { normalized: Normalized; role: TextRole }, options: InjectionOptions = {}): Finding[] {
  const { normalized, role } = input;
  if (role === "system") return [];
  const model = options.model ?? shippedModel();
  const thresholds = { ...(options.model ? model.thresholds : DEFAULT_THRESHOLDS), ...options.thresholds };
  const isData = role === "tool" || role === "document";
  const patternOptions = { ...(model.prompt.characters ? { characters: model.prompt.characters } : {}), data: isData };
  const visibleLength = normalized.text.length;

  const inspected: Inspected[] = [{ text: normalized.text, hiddenIn: undefined }];
  for (const payload of normalized.decoded.slice(0, MAX_PAYLOADS)) inspected.push({ text: payload.text, hiddenIn: payload.encoding });

  const findings: Finding[] = [];
  for (const { text, hiddenIn } of inspected) {
    // Offsets of a hidden payload don't map back onto the visible text: report those on the whole text.
    const span = (start: number, end: number) => (hiddenIn ? { start: 0, end: visibleLength } : { start, end });
    for (const hit of matchInjectionPatterns(text, patternOptions)) {
      findings.push({
        detector: "injection.pattern",
        score: hit.score,
        ...span(hit.start, hit.end),
        label: "PROMPT_INJECTION",
        message: `Prompt-injection pattern (${FAMILY_NAMES[hit.family]}) in ${where(role, hiddenIn)}.`,
      });
    }
    if (role === "response") continue;
    const best = isData ? scoreDocumentWith(model, text) : scorePromptWith(model, text);
    const threshold = isData ? thresholds.document : thresholds.prompt;
    // Reported from min(EMIT_FLOOR, threshold) up: the engine applies the threshold (the
    // calibrated one by default, a profile's own otherwise), so a profile can be stricter.
    if (best.score >= Math.min(EMIT_FLOOR, threshold)) {
      findings.push({
        detector: isData ? "injection.indirect" : "injection.classifier",
        score: best.score,
        ...span(best.start, best.end),
        label: isData ? "INDIRECT_INJECTION" : "PROMPT_INJECTION",
        message: isData
          ? `Instruction planted in ${where(role, hiddenIn)} (classifier ${best.score.toFixed(2)}; calibrated threshold ${threshold.toFixed(2)}).`
          : `Injection/jailbreak classifier score ${best.score.toFixed(2)} for ${where(role, hiddenIn)} (calibrated threshold ${threshold.toFixed(2)}).`,
      });
    }
  }

  findings.push(...obfuscationFindings(normalized, role));
  return findings;
}

function obfuscationFindings(normalized: Normalized, role: TextRole): Finding[] {
  const out: Finding[] = [];
  const count = (kind: Normalized["signals"][number]["kind"]) =>
    normalized.signals.reduce((n, s) => (s.kind === kind ? n + s.count : n), 0);
  const tags = count("tag-characters");
  const zeroWidth = count("zero-width");
  const bidi = count("bidi-control");
  const whole = { start: 0, end: normalized.text.length };
  if (tags > 0) {
    out.push({
      detector: "injection.obfuscation",
      score: 0.9,
      ...whole,
      label: "OBFUSCATION",
      message: `The ${ROLE_NAMES[role]} carries invisible Unicode tag characters (${tags}), a known way to hide instructions.`,
    });
  }
  if (zeroWidth >= MANY_ZERO_WIDTH || bidi >= MANY_BIDI) {
    out.push({
      detector: "injection.obfuscation",
      score: 0.6,
      ...whole,
      label: "OBFUSCATION",
      message: `The ${ROLE_NAMES[role]} is laced with invisible characters (${zeroWidth} zero-width, ${bidi} bidi controls).`,
    });
  }
  return out;
}
