/**
 * Health identifiers (PHI): dates of birth, medical record numbers and
 * health insurance / member ids, including the US Medicare Beneficiary
 * Identifier (MBI).
 *
 * None of these has a checksum, so context decides: a date is a date of
 * birth when birth wording precedes it, an id is a record number when "MRN"
 * or "medical record" precedes it. Context-only findings score below the
 * checksum-validated ones (cards, IBANs). A calendar date without birth
 * wording is still reported, as DATE_TIME below the default threshold:
 * HIPAA counts every date tied to a person (except the bare year) as an
 * identifier, so a PHI profile may want it, while a log timestamp should not
 * be redacted by default. Bare years are never reported.
 */
import type { Finding } from "../../types.js";
import { before, piiFinding } from "./shared.js";

// ---------------------------------------------------------------- dates

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:\s?[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const NUMERIC_DATE = new RegExp(String.raw`(?<![\w/.:-])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\w/]|[.-]\d)` + TIME, "gi");
const TEXT_DATE = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\.?,?\s+(\d{4})|(?:${MONTHS})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b`,
  "gi",
);
const BIRTH_CONTEXT = /\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born|b\. ?date|geb\.?|geboren|née?|fecha de nacimiento|date de naissance)\b[^.!?\n]{0,20}$/;

function validDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A numeric date reads as Y-M-D, M/D/Y or D/M/Y; any valid reading counts. */
function numericDateValid(a: string, b: string, c: string): boolean {
  const [x, y, z] = [Number(a), Number(b), Number(c)];
  if (a.length === 4) return x >= 1800 && x <= 2100 && validDayMonth(z, y) && c.length <= 2;
  if (a.length > 2) return false;
  if (c.length === 4 && (z < 1800 || z > 2100)) return false;
  if (c.length === 3) return false;
  return validDayMonth(y, x) || validDayMonth(x, y);
}

function dateFinding(text: string, start: number, end: number, hasTime: boolean): Finding {
  if (BIRTH_CONTEXT.test(before(text, start, 48))) {
    return piiFinding("date-of-birth", "DATE_OF_BIRTH", start, end, 0.9, "date after birth wording");
  }
  return piiFinding("date", "DATE_TIME", start, end, hasTime ? 0.3 : 0.4, "calendar date without birth wording");
}

const VERSION_CONTEXT = /(?:version|\bver\.?|\bv|release|build|firmware|python|node|v\.)\s*$/;

export function detectDates(text: string): Finding[] {
  const out: Finding[] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m !== null; m = NUMERIC_DATE.exec(text)) {
    const [whole, a, sep, b, c] = m as unknown as [string, string, string, string, string];
    if (!numericDateValid(a, b, c)) continue;
    // "2.4.10" is a version: dotted dates carry a four-digit year or two-digit day and month.
    if (sep === "." && a.length < 4 && c.length < 4 && (a.length < 2 || b.length < 2)) continue;
    if (VERSION_CONTEXT.test(before(text, m.index, 12))) continue;
    const dateLength = a.length + b.length + c.length + 2;
    out.push(dateFinding(text, m.index, m.index + whole.length, whole.length > dateLength));
  }
  TEXT_DATE.lastIndex = 0;
  for (let m = TEXT_DATE.exec(text); m !== null; m = TEXT_DATE.exec(text)) {
    const day = Number(m[1] ?? m[3]);
    if (day < 1 || day > 31) continue;
    out.push(dateFinding(text, m.index, m.index + m[0].length, false));
  }
  return out;
}

// ---------------------------------------------------------------- record and member ids

/** The wording, then an optional "number/no/#/:" and the id itself (captured, with indices). */
const MRN =
  /\b(?:mrn|mr#|medical record(?: number| no\.?| #)?|med\.? rec(?:ord)?\.? ?(?:no\.?|#|number)|chart (?:number|no\.?|#)|patient (?:id|number|no\.?|#)|hospital (?:number|no\.?))(?:\s*(?:is|was|:|#|number|no\.?)){0,3}\s*([A-Za-z]{0,3}[-]?\d[\dA-Za-z-]{3,15})\b/dgi;

const INSURANCE =
  /\b(?:member (?:id|number|no\.?|#)|subscriber (?:id|number|no\.?|#)|policy (?:id|number|no\.?|#)|insurance (?:id|number|no\.?|#|card)|health (?:plan|insurance) (?:id|number|no\.?)|medicaid (?:id|number|no\.?|#)|medicare (?:id|number|no\.?|#)|beneficiary (?:id|number)|group (?:number|no\.?|#)|plan id|insured id|hicn|mbi)(?:\s*(?:is|was|:|#|number|no\.?)){0,3}\s*([A-Za-z]{0,4}[-]?\d[\dA-Za-z-]{3,19})\b/dgi;

/** Medicare Beneficiary Identifier: 11 characters in fixed numeric/alphabetic positions (no S, L, O, I, B, Z). */
const MBI =
  /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/g;
const MEDICARE_CONTEXT = /\b(?:medicare|mbi|beneficiary|cms)\b/;

/** An id needs a few digits: "MRN pending" or "policy number below" name no id. */
function idLooksReal(id: string): boolean {
  let digits = 0;
  for (const ch of id) if (ch >= "0" && ch <= "9") digits++;
  return digits >= 3 && !id.endsWith("-");
}

export function detectHealthIds(text: string): Finding[] {
  const out: Finding[] = [];
  MRN.lastIndex = 0;
  for (let m = MRN.exec(text); m !== null; m = MRN.exec(text)) {
    const [start, end] = m.indices![1]!;
    if (!idLooksReal(m[1]!)) continue;
    out.push(piiFinding("medical-record-number", "MEDICAL_RECORD_NUMBER", start, end, 0.75, "id after medical-record wording"));
  }
  INSURANCE.lastIndex = 0;
  for (let m = INSURANCE.exec(text); m !== null; m = INSURANCE.exec(text)) {
    const [start, end] = m.indices![1]!;
    if (!idLooksReal(m[1]!)) continue;
    out.push(piiFinding("insurance-id", "INSURANCE_ID", start, end, 0.7, "id after insurance wording"));
  }
  MBI.lastIndex = 0;
  for (let m = MBI.exec(text); m !== null; m = MBI.exec(text)) {
    const context = MEDICARE_CONTEXT.test(before(text, m.index, 40));
    out.push(piiFinding("insurance-id", "INSURANCE_ID", m.index, m.index + m[0].length, context ? 0.92 : 0.6, "Medicare MBI format"));
  }
  return out;
}
