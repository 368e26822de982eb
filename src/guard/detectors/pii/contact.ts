/**
 * Ways to reach a person: email addresses, phone numbers and IP addresses.
 *
 * Emails are found from their '@' outwards with bounded expansion (a plain
 * `[\w.]+@` regex rescans the same letters from every start position and is
 * quadratic on long words). Phone candidates come from one bounded regex and
 * are then validated with libphonenumber (full metadata): a number valid for
 * its country scores high, one that only has a phone's shape needs phone
 * wording nearby. Calling libphonenumber's own text scanner costs more than
 * the whole PII budget, so it is only handed the few candidates.
 */
import { isIPv4, isIPv6 } from "node:net";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { parse as parseDomain } from "tldts";
import type { Finding } from "../../types.js";
import { after, before, digitsOf, isWordChar, piiFinding } from "./shared.js";

// ---------------------------------------------------------------- email

/** [A-Za-z0-9.-] */
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/** [A-Za-z0-9._%+'-] */
function isLocalChar(c: number): boolean {
  return isDomainChar(c) || c === 95 || c === 37 || c === 43 || c === 39;
}

/** Whether tldts finds an ICANN suffix, remembered per domain (bounded, cleared when full). */
const icann = new Map<string, boolean>();
const ICANN_CACHE_SIZE = 1024;

function icannDomain(domain: string): boolean {
  let known = icann.get(domain);
  if (known === undefined) {
    known = parseDomain(domain).isIcann === true;
    if (icann.size >= ICANN_CACHE_SIZE) icann.clear();
    icann.set(domain, known);
  }
  return known;
}

export function detectEmails(text: string): Finding[] {
  const out: Finding[] = [];
  let at = text.indexOf("@");
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && text[start] === ".") start++;
    let end = at + 1;
    while (end < text.length && end - at < 254 && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    const domain = text.slice(at + 1, end);
    const tld = domain.slice(domain.lastIndexOf(".") + 1);
    if (start < at && domain.includes(".") && /^[A-Za-z]{2,24}$/.test(tld) && !isWordChar(text[end])) {
      const known = icannDomain(domain);
      out.push(piiFinding("email", "EMAIL_ADDRESS", start, end, known ? 0.95 : 0.6, known ? "mailbox at a registered domain" : "mailbox format"));
      at = text.indexOf("@", end);
    } else {
      at = text.indexOf("@", at + 1);
    }
  }
  return out;
}

// ---------------------------------------------------------------- IP addresses

const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)/g;
/** Starts at a hex group and a colon (or "::") so prose is rejected at its first letter; at most 45 characters. */
const IPV6_RUN = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|::)[0-9A-Fa-f:.]{1,41}(?![\w:])/g;
const VERSION_CONTEXT = /(?:version|\bver\.?|\bv|release|build|firmware|oid)\s*$/;

function isPrivateV4(ip: string): boolean {
  const [a, b] = ip.split(".").map(Number) as [number, number];
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * Every IPv6 address has two colons, and a candidate is at most 46
 * characters long: without two colons that close together the IPv6 regex
 * (which tries its look-behind at every position) cannot find anything.
 */
function hasColonPair(text: string): boolean {
  let prev = text.indexOf(":");
  while (prev !== -1) {
    const next = text.indexOf(":", prev + 1);
    if (next !== -1 && next - prev <= 46) return true;
    prev = next;
  }
  return false;
}

export function detectIps(text: string): Finding[] {
  const out: Finding[] = [];
  IPV4.lastIndex = 0;
  for (let m = IPV4.exec(text); m !== null; m = IPV4.exec(text)) {
    if (!isIPv4(m[0]) || VERSION_CONTEXT.test(before(text, m.index, 12))) continue;
    const score = isPrivateV4(m[0]) ? 0.6 : 0.85;
    out.push(piiFinding("ip-address", "IP_ADDRESS", m.index, m.index + m[0].length, score, "valid IPv4 address"));
  }
  if (!hasColonPair(text)) return out;
  IPV6_RUN.lastIndex = 0;
  for (let m = IPV6_RUN.exec(text); m !== null; m = IPV6_RUN.exec(text)) {
    let candidate = m[0];
    while (candidate.endsWith(".") || candidate.endsWith(":")) candidate = candidate.slice(0, -1);
    if (candidate.endsWith(":") || !isIPv6(candidate)) continue;
    // "::" and "a::b" are valid but say little; ask for some digits and groups.
    const groups = candidate.split(":").filter((g) => g.length > 0);
    if (groups.length < 2 || !/\d/.test(candidate) || (groups.length < 3 && !candidate.includes("::"))) continue;
    out.push(piiFinding("ip-address", "IP_ADDRESS", m.index, m.index + candidate.length, 0.8, "valid IPv6 address"));
  }
  return out;
}

// ---------------------------------------------------------------- phone numbers

/**
 * An optional +/00 prefix, then digit groups (some in parentheses) joined by
 * one or two separators, then an optional extension. Each repetition needs a
 * separator, so the regex cannot split one digit run two ways.
 */
const PHONE_CANDIDATE =
  /(?<![\w+.\-/:])(?:\+|\b00)?\(?\d{1,12}\)?(?:(?:[ .-]|\) ?| \(|-\(){1,2}\d{1,10}\)?){0,6}(?:\s?(?:x|ext\.?|#)\s?\d{1,6})?(?!\w|[./:-]\d)/g;

const PHONE_CONTEXT =
  /\b(?:phone|tel|telephone|mobile|cell|cellphone|fax|call|calls|called|calling|text|texts|texting|sms|message|messages|messaging|whatsapp|signal|telegram|voicemail|ring|answering|answer|contact|reach|dial|desk|ph|mob|hotline|number|landline|registered)\b/;
/** Wording that names the number as something other than a phone: leave it alone. */
const NOT_PHONE_CONTEXT =
  /\b(?:order|invoice|sku|part|model|serial|ref|reference|tracking|ticket|item|product|code|account|acct|license|licence|passport|case|claim|batch|lot|version|build|isbn|id|po|routing|zip|postal|policy|member|subscriber|group|mrn|record|chart|patient|insurance|medicare|medicaid|ssn|social security)\b[^a-z]{0,12}(?:number|no\.?|#|id)?(?:\s*(?:is|was|:))?[^a-z]{0,4}$/;

/** Dates, years and ZIP+4 codes share a phone's digits-and-dashes shape. */
function looksLikeDateOrRange(candidate: string): boolean {
  if (/^\d{1,4}[-.]\d{1,2}[-.]\d{1,4}$/.test(candidate)) {
    const parts = candidate.split(/[-.]/).map(Number);
    const hasYear = parts.some((p) => p >= 1900 && p <= 2099);
    const hasMonth = parts.some((p) => p >= 1 && p <= 12);
    if (hasYear && hasMonth) return true;
  }
  if (/^(?:19|20)\d\d-(?:19|20)\d\d$/.test(candidate)) return true;
  return /^\d{5}-\d{4}$/.test(candidate);
}

/**
 * libphonenumber costs ~20 µs a number; a text with more candidates than
 * this (a megabyte of digit groups) gets shape-only scores for the rest, so
 * the work stays linear with a small constant.
 */
const MAX_VALIDATIONS_PER_TEXT = 300;

const VALID = 1;
const POSSIBLE = 2;
/**
 * libphonenumber's verdict per candidate string, remembered: a chat client
 * sends the whole conversation again on every turn, so the same numbers come
 * back. Bounded, and cleared when full.
 */
const verdicts = new Map<string, number>();
const VERDICT_CACHE_SIZE = 2048;

function phoneVerdict(candidate: string): number {
  let verdict = verdicts.get(candidate);
  if (verdict === undefined) {
    const parsed = parsePhoneNumberFromString(candidate, "US");
    verdict = parsed === undefined ? 0 : parsed.isValid() ? VALID : parsed.isPossible() ? POSSIBLE : 0;
    if (verdicts.size >= VERDICT_CACHE_SIZE) verdicts.clear();
    verdicts.set(candidate, verdict);
  }
  return verdict;
}

export function detectPhones(text: string): Finding[] {
  const out: Finding[] = [];
  let validations = 0;
  PHONE_CANDIDATE.lastIndex = 0;
  for (let m = PHONE_CANDIDATE.exec(text); m !== null; m = PHONE_CANDIDATE.exec(text)) {
    let candidate = m[0];
    // A trailing ")" belongs to prose unless its "(" is inside the match.
    while (candidate.endsWith(")") && !candidate.includes("(")) candidate = candidate.slice(0, -1);
    const start = m.index;
    const end = start + candidate.length;
    const extension = /\s?(?:x|ext\.?|#)\s?\d{1,6}$/.exec(candidate);
    const core = extension ? candidate.slice(0, extension.index) : candidate;
    const digits = digitsOf(core);
    if (digits.length < 7 || digits.length > 15) continue;
    if (looksLikeDateOrRange(core)) continue;
    const ahead = before(text, start, 40);
    if (NOT_PHONE_CONTEXT.test(ahead)) continue;
    const context = PHONE_CONTEXT.test(ahead) || /^\s*\((?:home|work|cell|mobile|fax)\)/.test(after(text, end, 12));
    const separated = /[\s.()-]/.test(core);
    const international = core.startsWith("+") || core.startsWith("00");

    // "(0)" is the optional trunk digit of international formats, not a group.
    const groups = core.replace("(0)", "").split(/[\s.()-]+/).filter(Boolean);
    // "1 2 3 4 5 6 7": phone groups have two or more digits, bar a leading country or trunk digit.
    if (groups.slice(1).some((g) => g.length === 1)) continue;

    let score: number;
    let why: string;
    const verdict = validations++ < MAX_VALIDATIONS_PER_TEXT ? phoneVerdict(international ? "+" + core.replace(/^(?:\+|00)/, "") : core) : 0;
    if ((verdict & VALID) !== 0) {
      score = international || separated ? 0.85 : 0.45;
      why = "valid number for its country";
    } else if ((verdict & POSSIBLE) !== 0 && (international || separated)) {
      score = international ? 0.7 : 0.5;
      why = "possible phone number";
    } else if (separated && groups.length >= 2) {
      score = 0.35;
      why = "phone-number shape";
    } else continue;
    if (extension || /^\(\d{2,4}\)/.test(core)) score += 0.05;
    if (context) {
      score += 0.3;
      why += ", after phone wording";
    }
    out.push(piiFinding("phone", "PHONE_NUMBER", start, end, Math.min(score, 0.95), why));
  }
  return out;
}
