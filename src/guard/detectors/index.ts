/**
 * The detectors the engine runs, behind one interface so tests can swap a
 * detector and the engine never imports a concrete detector elsewhere.
 */
import type { CustomRuleConfig } from "../../config/guard-schema.js";
import { normalize } from "../normalize.js";
import type { Finding, LeakDetector, LinkDetector, Normalized, TextDetector, TextRole } from "../types.js";
import { detectActiveContent } from "./active-content.js";
import { createCustomDetector } from "./custom.js";
import { DEFAULT_THRESHOLDS as INJECTION_THRESHOLDS } from "./injection/detect.js";
import { detectAcrossParts, detectInjection, type JoinedPart } from "./injection/detect.js";
import { createLeakageDetector } from "./leakage.js";
import { createLinkDetector } from "./links.js";
import { detectPii } from "./pii.js";
import { detectSecrets } from "./secrets.js";

export interface DetectorSet {
  normalize(text: string): Normalized;
  injection(input: { normalized: Normalized; role: TextRole }): Finding[];
  /** Injections split across parts read together (optional: a detector set without it scores parts alone). */
  injectionAcross?(input: { text: string; parts: readonly JoinedPart[] }): Finding[];
  pii: TextDetector;
  secrets: TextDetector;
  active: TextDetector;
  links(opts: { allowDomains: string[]; brands: string[] }): LinkDetector;
  leak(opts: { canaries: string[]; systemPrompt?: string }): LeakDetector;
  custom(rules: readonly CustomRuleConfig[]): (text: string, normalized?: string) => Finding[];
  /** The score at which a detector's finding counts when the profile sets no threshold. */
  defaultThreshold(detector: string): number;
}

/**
 * Calibrated thresholds: the injection classifier's come from its training
 * folds (score at 1% false positives on benign training prompts); pattern
 * and rule-based detectors already encode their certainty in the score.
 */
function defaultThreshold(detector: string): number {
  if (detector === "injection.classifier") return INJECTION_THRESHOLDS.prompt;
  if (detector === "injection.indirect") return INJECTION_THRESHOLDS.document;
  return 0.5;
}

export function defaultDetectors(): DetectorSet {
  return {
    normalize: (text) => normalize(text),
    injection: detectInjection,
    injectionAcross: detectAcrossParts,
    pii: detectPii,
    secrets: detectSecrets,
    active: detectActiveContent,
    links: (opts) => createLinkDetector(opts),
    leak: (opts) => createLeakageDetector(opts),
    custom: createCustomDetector,
    defaultThreshold,
  };
}
