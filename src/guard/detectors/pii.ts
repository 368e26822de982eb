/**
 * PII and PHI detection: one TextDetector over every kind the guard knows
 * (see PII_LABELS), each finding scored by how sure it is: checksum-valid
 * numbers near 1, structural matches in the middle, context-only ids and
 * name guesses lower. The engine decides what a score means.
 *
 * The kinds are found independently, then overlaps are settled: a finding
 * backed by a checksum or a precise format beats a softer one on the same
 * characters (a card number is not also a phone number; a street inside an
 * address is not also a person), so redaction never sees overlapping spans.
 */
import type { Finding, TextDetector } from "../types.js";
import { detectAddresses } from "./pii/address.js";
import { detectEmails, detectIps, detectPhones } from "./pii/contact.js";
import { detectCards, detectIbans, detectSsns } from "./pii/financial.js";
import { detectDates, detectHealthIds } from "./pii/health.js";
import { detectPersons } from "./pii/person.js";
import { tokenize } from "./pii/tokens.js";

export { PII_LABELS, type PiiLabel } from "./pii/shared.js";

/** How precise a label's evidence is when it is confident: higher tiers win overlaps. */
const TIER: Record<string, number> = {
  EMAIL_ADDRESS: 3,
  CREDIT_CARD: 3,
  IBAN_CODE: 3,
  IP_ADDRESS: 3,
  US_SSN: 3,
  STREET_ADDRESS: 2,
  PHONE_NUMBER: 2,
  DATE_OF_BIRTH: 2,
  MEDICAL_RECORD_NUMBER: 2,
  INSURANCE_ID: 2,
  DATE_TIME: 1,
  PERSON: 1,
};

function rank(f: Finding): number {
  // Below the default threshold a finding's kind earns no precedence.
  return f.score >= 0.5 ? (TIER[f.label] ?? 1) : 0;
}

/**
 * Keeps the strongest of overlapping findings, then returns them in text
 * order. Findings are grouped into clusters of transitively overlapping
 * spans first, so the pairwise comparison stays within a cluster and the
 * whole is O(n log n) even for a megabyte of findings.
 */
function settleOverlaps(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start);
  const kept: Finding[] = [];
  let cluster: Finding[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) kept.push(cluster[0]!);
    else if (cluster.length > 1) {
      cluster.sort((a, b) => rank(b) - rank(a) || b.score - a.score || b.end - b.start - (a.end - a.start));
      const chosen: Finding[] = [];
      for (const f of cluster) if (chosen.every((k) => f.end <= k.start || f.start >= k.end)) chosen.push(f);
      kept.push(...chosen.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const f of findings) {
    if (f.start >= clusterEnd) {
      flush();
      clusterEnd = f.end;
    } else clusterEnd = Math.max(clusterEnd, f.end);
    cluster.push(f);
  }
  flush();
  return kept;
}

/** Every number-shaped kind (cards, IBANs, SSNs, IPs, phones, dates, health ids) needs an ASCII digit. */
const ASCII_DIGIT = /[0-9]/;

function append(into: Finding[], from: Finding[]): void {
  for (const f of from) into.push(f);
}

export const detectPii: TextDetector = (text) => {
  if (text.length === 0) return [];
  const tokens = tokenize(text);
  // Same order as the detectors always ran in: the overlap sort is stable, so ties keep it.
  const found: Finding[] = detectEmails(text);
  if (ASCII_DIGIT.test(text)) {
    append(found, detectIbans(text));
    append(found, detectCards(text));
    append(found, detectSsns(text));
    append(found, detectIps(text));
    append(found, detectPhones(text));
    append(found, detectDates(text));
    append(found, detectHealthIds(text));
  }
  append(found, detectAddresses(text, tokens));
  append(found, detectPersons(text, tokens));
  return settleOverlaps(found);
};
