/**
 * Numbers that move money or identify a US taxpayer: payment cards, IBANs
 * and social security numbers.
 *
 * Cards and IBANs carry checksums (Luhn, ISO 7064 mod-97), so a match that
 * validates is near-certain and scores high; an SSN has only structural
 * rules (area/group/serial), so its score leans on the words around it.
 * Scanning is anchored on digit runs and fixed-width patterns, so the work
 * is linear in the input.
 */
import type { Finding } from "../../types.js";
import { before, isDigit, isWordChar, piiFinding } from "./shared.js";

// ---------------------------------------------------------------- cards

/** Luhn (mod-10) check over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Whether the issuer prefix (IIN) and length belong to a known card network. */
export function knownCardNetwork(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  if (digits[0] === "4") return n === 13 || n === 16 || n === 19; // Visa
  if (p2 >= 51 && p2 <= 55) return n === 16; // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return n === 16; // Mastercard 2-series
  if (p4 >= 2200 && p4 <= 2204) return n >= 16 && n <= 19; // Mir
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if ((p3 >= 300 && p3 <= 305) || p4 === 3095 || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19; // Diners
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if (p4 === 1800 || p4 === 2131) return n === 15; // JCB (legacy 15-digit)
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19; // Maestro, Discover, UnionPay, RuPay
  if (p2 === 81 || p2 === 82) return n === 16; // RuPay
  return false;
}

const CARD_CONTEXT = /\b(?:card|credit|debit|visa|master ?card|amex|american express|discover|maestro|cc|pan|payment|cvv|expir)/;

/** Maximal runs of digit groups joined by single spaces or dashes. */
const DIGIT_RUN = /\d+(?:[ -]\d+)*/g;

/** Groups inside a digit run, with their offsets in the text. */
function groupsOf(run: string, offset: number): { digits: string; start: number; end: number }[] {
  const out: { digits: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < run.length) {
    let j = i;
    while (j < run.length && isDigit(run.charCodeAt(j))) j++;
    out.push({ digits: run.slice(i, j), start: offset + i, end: offset + j });
    i = j + 1;
  }
  return out;
}

export function detectCards(text: string): Finding[] {
  const out: Finding[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    const runStart = m.index;
    const runEnd = runStart + m[0].length;
    if (runEnd - runStart < 12) continue;
    // Glued to a word or a decimal point: part of something else (an id, a hash, a float).
    if (isWordChar(text[runStart - 1]) || isWordChar(text[runEnd])) continue;
    if (text[runStart - 1] === "." || (text[runEnd] === "." && isDigit(text.charCodeAt(runEnd + 1)))) continue;
    const groups = groupsOf(m[0], runStart);
    // Try windows of consecutive groups holding 12-19 digits; the longest valid one wins.
    let g = 0;
    while (g < groups.length) {
      let best: { end: number; last: number; digits: string } | undefined;
      let digits = "";
      // Separated card groups are 3-8 digits long; shorter ones are phone or date parts.
      let groupsLookLikeCard = true;
      for (let k = g; k < groups.length && digits.length < 19; k++) {
        const group = groups[k]!;
        digits += group.digits;
        groupsLookLikeCard &&= group.digits.length >= 3 && group.digits.length <= 8;
        const shapeOk = k === g || groupsLookLikeCard;
        if (shapeOk && digits.length >= 12 && digits.length <= 19 && luhnValid(digits) && !/^(\d)\1+$/.test(digits)) {
          best = { end: group.end, last: k, digits };
        }
      }
      if (!best) {
        g++;
        continue;
      }
      const start = groups[g]!.start;
      const context = CARD_CONTEXT.test(before(text, start, 40));
      if (knownCardNetwork(best.digits)) {
        out.push(piiFinding("credit-card", "CREDIT_CARD", start, best.end, context ? 0.98 : 0.9, "Luhn-valid, known card network"));
      } else if (context) {
        out.push(piiFinding("credit-card", "CREDIT_CARD", start, best.end, 0.7, "Luhn-valid number after a card keyword"));
      }
      g = best.last + 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------- IBAN

/** IBAN length per country (ISO 13616 registry, plus common partial-registry countries). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18,
  NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31,
  SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30, DZ: 26, AO: 25, BJ: 28, BF: 28, CM: 27, CV: 25, CI: 28, IR: 26,
  MA: 28, MG: 27, ML: 28, MZ: 25, SN: 28,
};

/** ISO 7064 mod 97-10 over the rearranged IBAN, computed in chunks to stay in safe integers. */
export function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const d of value) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

const IBAN_START = /\b[A-Za-z]{2}\d{2}/g;

function isAlnum(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function detectIbans(text: string): Finding[] {
  const out: Finding[] = [];
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m !== null; m = IBAN_START.exec(text)) {
    const start = m.index;
    const country = m[0].slice(0, 2).toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (!length) continue;
    // Collect exactly `length` characters, allowing single spaces between groups.
    let compact = m[0].toUpperCase();
    let i = start + 4;
    while (compact.length < length && i < text.length) {
      const code = text.charCodeAt(i);
      if (isAlnum(code)) {
        compact += text[i]!.toUpperCase();
        i++;
      } else if (code === 32 && isAlnum(text.charCodeAt(i + 1))) {
        i++;
      } else break;
    }
    if (compact.length !== length || isAlnum(text.charCodeAt(i))) continue;
    if (!ibanChecksumValid(compact)) continue;
    out.push(piiFinding("iban", "IBAN_CODE", start, i, 0.95, "country length and mod-97 checksum valid"));
  }
  return out;
}

// ---------------------------------------------------------------- US SSN

const SSN = /(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-]|\.\d)/g;
const SSN_CONTEXT = /\b(?:ssn|ss#|ss no|social security|social sec|soc\. ?sec|taxpayer|tin\b|itin)/;

/** Numbers that are structurally valid but known not to be anyone's (advertising samples, test values). */
const NOT_ISSUED = new Set(["078051120", "219099999", "123456789", "987654320"]);

/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function ssnStructureValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  if (a === 0 || a === 666 || a >= 900) return false;
  if (group === "00" || serial === "0000") return false;
  return !NOT_ISSUED.has(area + group + serial);
}

export function detectSsns(text: string): Finding[] {
  const out: Finding[] = [];
  SSN.lastIndex = 0;
  for (let m = SSN.exec(text); m !== null; m = SSN.exec(text)) {
    const [whole, area, sep, group, serial] = m as unknown as [string, string, string, string, string];
    if (!ssnStructureValid(area, group, serial)) continue;
    const context = SSN_CONTEXT.test(before(text, m.index, 40));
    let score: number;
    if (sep === "-") score = context ? 0.95 : 0.65;
    else if (sep === " ") score = context ? 0.85 : 0.4;
    else if (context) score = 0.8;
    else continue; // nine bare digits with no SSN wording: an id, an amount, anything
    out.push(piiFinding("us-ssn", "US_SSN", m.index, m.index + whole.length, score, context ? "SSN format after an SSN keyword" : "SSN format"));
  }
  return out;
}
