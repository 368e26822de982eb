/**
 * Prompt-injection and jailbreak detection: patterns, then the classifier,
 * over the visible text and every payload normalisation decoded from it.
 *
 * Roles decide the question asked:
 * - user turns are asked "is this an injection or jailbreak attempt?" by the
 *   prompt head, findings "injection.classifier";
 * - tool results, documents and tool/schema definitions are data: the
 *   document head asks "is there an instruction planted in here?" sentence
 *   by sentence, with its own threshold, findings "injection.indirect";
 * - assistant turns in a request get the patterns only: a client can forge
 *   them (fake earlier turns, prefill), and forged turns carry the grammar
 *   the patterns know (overrides, fake delimiters, persona switches), while
 *   the classifier is calibrated on prompts, not on the model's own replies
 *   that clients replay as history every turn;
 * - model responses get the patterns only (fake delimiters or overrides in
 *   an answer matter to whoever feeds it to the next agent), system prompts
 *   nothing: they are the operator's own instructions.
 *
 * detectAcrossParts scores texts the model reads as one (consecutive parts
 * and messages, joined): only what crosses a boundary between two parts, the
 * rest having been scored part by part.
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
import { bestDocumentWindow, bestPromptWindow, scoreDocumentWith, scorePromptWith } from "./scoring.js";
import { INJECTION_WEIGHTS } from "./weights.js";
import type { Span } from "./windows.js";

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

/**
 * Decoded payloads inspected one by one; the rest are inspected joined into one text, so a flood
 * of decoys cannot push an encoded instruction past a cap (normalisation bounds their total size).
 */
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
  definition: "tool or schema definition",
  response: "model response",
};

const isDataRole = (role: TextRole) => role === "tool" || role === "document" || role === "definition";

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
  const isData = isDataRole(role);
  const patternOptions = { ...(model.prompt.characters ? { characters: model.prompt.characters } : {}), data: isData };
  const visibleLength = normalized.text.length;

  const inspected: Inspected[] = [{ text: normalized.text, hiddenIn: undefined }];
  for (const payload of normalized.decoded.slice(0, MAX_PAYLOADS)) inspected.push({ text: payload.text, hiddenIn: payload.encoding });
  const rest = normalized.decoded.slice(MAX_PAYLOADS);
  if (rest.length > 0) {
    const encodings = [...new Set(rest.map((p) => p.encoding))].join("/");
    inspected.push({ text: rest.map((p) => p.text).join("\n\n"), hiddenIn: encodings });
  }

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
    if (role === "response" || role === "assistant") continue;
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

/** One part of a joined text: its span and who wrote it. */
export interface JoinedPart {
  start: number;
  end: number;
  role: TextRole;
}

/** Characters either side of a boundary the patterns look at: longer than any pattern's match. */
const PATTERN_REACH = 1024;

interface Boundary {
  /** End of the part before, start of the part after (a separator between). */
  before: number;
  after: number;
  /** Both sides data: the document head's question; otherwise a user wrote a side: the prompt head's. */
  data: boolean;
}

/** Whether a span holds text of both sides of some boundary (of the kind asked), boundaries sorted. */
function crossesAny(span: Span, boundaries: readonly Boundary[], data?: boolean): boolean {
  // Binary search for the first boundary whose part-before ends after the span starts.
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid]!.before <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < boundaries.length && boundaries[i]!.after < span.end; i++) {
    if (data === undefined || boundaries[i]!.data === data) return true;
  }
  return false;
}

/**
 * Injections split across parts: `text` is the parts joined in reading order
 * (user, tool, document, definition texts; already normalised), `parts` their
 * spans in it. Reports only pattern hits and classifier windows that hold
 * text of two neighbouring parts; every part alone was scored on its own, so
 * nothing is scored twice but the windows around boundaries, and the work
 * stays linear. The prompt head scores windows across a boundary a user
 * wrote a side of; the document head those between two data parts.
 */
export function detectAcrossParts(input: { text: string; parts: readonly JoinedPart[] }, options: InjectionOptions = {}): Finding[] {
  const { text, parts } = input;
  const boundaries: Boundary[] = [];
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1]!;
    const b = parts[i]!;
    boundaries.push({ before: a.end, after: b.start, data: isDataRole(a.role) && isDataRole(b.role) });
  }
  if (boundaries.length === 0) return [];
  const model = options.model ?? shippedModel();
  const thresholds = { ...(options.model ? model.thresholds : DEFAULT_THRESHOLDS), ...options.thresholds };
  const characters = model.prompt.characters ? { characters: model.prompt.characters } : {};
  const findings: Finding[] = [];
  const across = (parts.length > 2 ? "consecutive parts" : "two parts") + " read together";

  // Patterns: over regions around the boundaries (merged where they meet), keeping hits across one.
  let i = 0;
  while (i < boundaries.length) {
    const from = Math.max(0, boundaries[i]!.before - PATTERN_REACH);
    let j = i;
    while (j + 1 < boundaries.length && boundaries[j + 1]!.before - PATTERN_REACH <= boundaries[j]!.after + PATTERN_REACH) j++;
    const to = Math.min(text.length, boundaries[j]!.after + PATTERN_REACH);
    const data = boundaries.slice(i, j + 1).every((b) => b.data);
    for (const hit of matchInjectionPatterns(text.slice(from, to), { ...characters, data })) {
      const span = { start: from + hit.start, end: from + hit.end };
      if (!crossesAny(span, boundaries)) continue;
      findings.push({
        detector: "injection.pattern",
        score: hit.score,
        ...span,
        label: "PROMPT_INJECTION",
        message: `Prompt-injection pattern (${FAMILY_NAMES[hit.family]}) split across ${across}.`,
      });
    }
    i = j + 1;
  }

  const floor = (t: number) => Math.min(EMIT_FLOOR, t);
  if (boundaries.some((b) => !b.data)) {
    const best = bestPromptWindow(model.prompt, text, (w) => crossesAny(w, boundaries, false));
    if (best.score >= floor(thresholds.prompt)) {
      findings.push({
        detector: "injection.classifier",
        score: best.score,
        start: best.start,
        end: best.end,
        label: "PROMPT_INJECTION",
        message: `Injection/jailbreak classifier score ${best.score.toFixed(2)} for ${across} (calibrated threshold ${thresholds.prompt.toFixed(2)}).`,
      });
    }
  }
  if (boundaries.some((b) => b.data)) {
    const best = bestDocumentWindow(model.document, text, (w) => crossesAny(w, boundaries, true));
    if (best.score >= floor(thresholds.document)) {
      findings.push({
        detector: "injection.indirect",
        score: best.score,
        start: best.start,
        end: best.end,
        label: "INDIRECT_INJECTION",
        message: `Instruction planted across ${across} (classifier ${best.score.toFixed(2)}; calibrated threshold ${thresholds.document.toFixed(2)}).`,
      });
    }
  }
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
  const expanded = count("expanded");
  if (expanded > 0) {
    // Text the guard did not read (a flood of characters that expand under NFKC) is reported, not passed unread.
    out.push({
      detector: "injection.obfuscation",
      score: 0.9,
      ...whole,
      label: "OBFUSCATION",
      message: `The ${ROLE_NAMES[role]} expands under Unicode normalisation beyond what the guard reads (${expanded} characters not inspected).`,
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
