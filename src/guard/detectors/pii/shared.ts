/**
 * Small helpers every PII detector shares: building a Finding with a
 * caller-safe message, and looking at the words just before or after a match
 * ("context"), which is what turns an ambiguous number into an SSN or a
 * medical record number.
 *
 * Context windows are bounded slices, so a context check costs O(window)
 * whatever the input size.
 */
import type { Finding } from "../../types.js";

/** Every label the PII detectors can emit, the placeholder type for redaction. */
export const PII_LABELS = [
  "EMAIL_ADDRESS",
  "PHONE_NUMBER",
  "US_SSN",
  "CREDIT_CARD",
  "IBAN_CODE",
  "IP_ADDRESS",
  "DATE_OF_BIRTH",
  "DATE_TIME",
  "MEDICAL_RECORD_NUMBER",
  "INSURANCE_ID",
  "STREET_ADDRESS",
  "PERSON",
] as const;

export type PiiLabel = (typeof PII_LABELS)[number];

/** What each label means, for the caller-safe message (never the value itself). */
const DESCRIPTIONS: Record<PiiLabel, string> = {
  EMAIL_ADDRESS: "an email address",
  PHONE_NUMBER: "a phone number",
  US_SSN: "a US social security number",
  CREDIT_CARD: "a payment card number",
  IBAN_CODE: "an IBAN bank account number",
  IP_ADDRESS: "an IP address",
  DATE_OF_BIRTH: "a date of birth",
  DATE_TIME: "a calendar date",
  MEDICAL_RECORD_NUMBER: "a medical record number",
  INSURANCE_ID: "a health insurance or member id",
  STREET_ADDRESS: "a postal address",
  PERSON: "a person's name",
};

/** Builds a finding; `kind` becomes the detector id "pii.<kind>", `why` says what made it certain. */
export function piiFinding(
  kind: string,
  label: PiiLabel,
  start: number,
  end: number,
  score: number,
  why: string,
): Finding {
  const rounded = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
  return {
    detector: `pii.${kind}`,
    score: rounded,
    start,
    end,
    label,
    message: `Looks like ${DESCRIPTIONS[label]} (${why}).`,
  };
}

/** The `width` characters before `index`, lower-cased, for context-word tests. */
export function before(text: string, index: number, width: number): string {
  return text.slice(Math.max(0, index - width), index).toLowerCase();
}

/** The `width` characters after `index`, lower-cased. */
export function after(text: string, index: number, width: number): string {
  return text.slice(index, index + width).toLowerCase();
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letters and digits of any script: the characters that glue a match to a longer token. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Keeps only the digits of a string. */
export function digitsOf(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) out += s[i];
  return out;
}
