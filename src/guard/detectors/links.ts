/**
 * The link detector: what the links in a model's output point to, and what
 * they carry. Hijacked chatbots spread phishing links and leak conversations
 * through URLs (an image the client loads by itself is a request to the
 * attacker with the data in it). Links are found by link-scan.ts: markdown
 * and HTML targets, URLs with a scheme, and bare domains in prose.
 *
 * Findings, all labelled "URL", with their scores:
 * - links.unlisted          1 (bare domain in prose 0.6): host not on the allow-list (with no
 *                           allow-list: every link). A fact, not a guess, so it counts at the
 *                           default threshold: the profile's rule for it ("links: block" in strict,
 *                           "links: flag" in standard) is what it does. A threshold above 0.6
 *                           leaves bare domains in prose alone.
 * - links.lookalike         0.65-0.95: imitates an allow-listed name or a brand (see link-lookalike.ts)
 * - links.punycode          0.5: internationalised host (xn-- or non-ASCII) off the allow-list
 * - links.ip-host           0.6 raw IPv4/IPv6, 0.9 when written encoded (decimal, hex, octal, short)
 * - links.shortener         0.6: a generic URL shortener, which hides the destination
 * - links.exfiltration      strength of the data in the URL (see link-payload.ts) times the channel:
 *                           image 1, link 0.75, URL in prose 0.6; times 0.5 to an allow-listed host;
 *                           times 0.4 inside markdown code, where images do not load; reported from 0.25
 * - links.dangerous-scheme  javascript:/vbscript: 0.95, data: with HTML/SVG/script 0.85, file: 0.6;
 *                           times 0.65 for a URL in prose, which most clients do not make clickable
 *
 * Allow-list entries match the host itself and its subdomains ("paypal.com"
 * allows docs.paypal.com, not notpaypal.com); an allow-listed host is trusted
 * for everything but exfiltration (an allowed site can still log a request).
 * Spans cover the URL, except exfiltration through an image, which covers the
 * whole image so that a redaction removes it.
 */
import { domainToASCII } from "node:url";
import { parse } from "tldts";
import type { Finding, LinkDetector } from "../types.js";
import { DEFAULT_BRANDS, FILE_EXTENSION_SUFFIXES, SHORTENER_DOMAINS } from "./link-data.js";
import { parseIpHost, splitUrl } from "./link-host.js";
import { createLookalikeMatcher, type LookalikeMatcher, type LookalikeTrick } from "./link-lookalike.js";
import { measurePayload } from "./link-payload.js";
import { findLinks, type LinkCandidate, type LinkChannel } from "./link-scan.js";
import { findCodeRanges, isInCode } from "./markdown-code.js";

export interface LinkDetectorOptions {
  /** Domains links may point to; each also allows its subdomains. Names are added to the brands. */
  allowDomains: string[];
  /** Brand names (labels such as "acme") to protect against look-alikes, in addition to the defaults. */
  brands?: string[];
  /** Protect DEFAULT_BRANDS too (default true). */
  defaultBrands?: boolean;
  /** Report links off the allow-list as links.unlisted (default true). */
  reportUnlisted?: boolean;
}

const LABEL = "URL";
const PARSE_OPTIONS = { extractHostname: false, allowPrivateDomains: true } as const;

const CHANNEL_WEIGHT: Record<LinkChannel, number> = { image: 1, link: 0.75, text: 0.6 };
const ALLOWED_DESTINATION_WEIGHT = 0.5;
const IN_CODE_WEIGHT = 0.4;
const MIN_EXFILTRATION_SCORE = 0.25;
const PROSE_SCHEME_WEIGHT = 0.65;
/** A bare domain in prose ("see example.com") is a link only in some clients. */
const UNLISTED_BARE_SCORE = 0.6;

const TRICK_WORDS: Record<LookalikeTrick, string> = {
  homoglyph: "with look-alike characters",
  embedded: "by adding words to the name",
  subdomain: "by putting the name in front of an unrelated domain",
  typo: "with a misspelling",
};

/** Host findings before they are placed on a span. */
type HostFinding = Omit<Finding, "start" | "end" | "label">;

interface HostVerdict {
  /** Not a link: a host a browser would refuse, or bare text that is no domain ("node.js", "README.md"). */
  ignore: boolean;
  allowed: boolean;
  findings: HostFinding[];
}

/** How a host was written, which decides whether it is a link at all. */
type Writing = "url" | "bare-explicit" | "bare";

/**
 * Verdicts depend only on the host, the userinfo, how it was written and the
 * options, so they are kept across calls (a streamed response is re-checked
 * window by window with the same links). Bounded: cleared when full.
 */
const VERDICT_CACHE_SIZE = 1024;
const IGNORED: HostVerdict = { ignore: true, allowed: false, findings: [] };

export function createLinkDetector(opts: LinkDetectorOptions): LinkDetector {
  const allow = opts.allowDomains.map(normalizeAllowEntry).filter((e) => e !== "");
  const names = [...(opts.defaultBrands === false ? [] : DEFAULT_BRANDS), ...(opts.brands ?? [])];
  for (const entry of allow) {
    const label = parse(entry, PARSE_OPTIONS).domainWithoutSuffix;
    if (label) names.push(label);
  }
  const context: DetectorContext = {
    allow,
    matcher: createLookalikeMatcher(names),
    reportUnlisted: opts.reportUnlisted !== false,
  };
  const cache = new Map<string, HostVerdict>();
  return (text, conversation) => {
    const links = findLinks(text);
    if (links.length === 0) return [];
    const code = findCodeRanges(text);
    const findings: Finding[] = [];
    for (const link of links) inspectLink(link, context, cache, isInCode(code, link.start), conversation, findings);
    return findings;
  };
}

interface DetectorContext {
  allow: string[];
  matcher: LookalikeMatcher;
  reportUnlisted: boolean;
}

function inspectLink(
  link: LinkCandidate,
  ctx: DetectorContext,
  cache: Map<string, HostVerdict>,
  inCode: boolean,
  conversation: ReadonlySet<string> | undefined,
  out: Finding[],
): void {
  const parts = splitUrl(link.url, link.bare);
  const markup = link.channel !== "text";
  const scheme = dangerousScheme(parts.scheme, parts.rest);
  if (scheme !== null) {
    out.push({ detector: "links.dangerous-scheme", score: markup ? scheme.score : scheme.score * PROSE_SCHEME_WEIGHT, start: link.start, end: link.end, label: LABEL, message: scheme.message });
    return;
  }
  if (parts.host === "") return;
  const writing: Writing = !parts.bare ? "url" : link.explicit ? "bare-explicit" : "bare";
  const key = `${writing} ${parts.userinfo}@${parts.host}`;
  let verdict = cache.get(key);
  if (verdict === undefined) {
    verdict = judgeHost(parts.host, parts.userinfo, writing, ctx);
    if (cache.size >= VERDICT_CACHE_SIZE) cache.clear();
    cache.set(key, verdict);
  }
  if (verdict.ignore) return;

  for (const f of verdict.findings) {
    const score = f.detector === "links.unlisted" && link.bare ? UNLISTED_BARE_SCORE : f.score;
    out.push({ detector: f.detector, score, start: link.start, end: link.end, label: LABEL, message: f.message });
  }

  const payload = measurePayload(parts.rest, conversation);
  if (payload === null) return;
  const weight = CHANNEL_WEIGHT[link.channel] * (verdict.allowed ? ALLOWED_DESTINATION_WEIGHT : 1) * (inCode ? IN_CODE_WEIGHT : 1);
  const score = payload.strength * weight;
  if (score < MIN_EXFILTRATION_SCORE) return;
  const data = payload.kind === "conversation" ? "data from the conversation" : `data (${payload.kind})`;
  const what = link.channel === "image" ? "An image URL, which the client loads by itself," : "A link URL";
  const where = verdict.allowed ? "an allow-listed domain" : "a domain that is not allow-listed";
  const how = link.channel === "image" ? "loading" : "following";
  out.push({
    detector: "links.exfiltration",
    score,
    start: link.spanStart,
    end: link.spanEnd,
    label: LABEL,
    message: `${what} carries ${data} to ${where}; ${how} it can leak the conversation.`,
  });
}

function judgeHost(rawHost: string, userinfo: string, writing: Writing, ctx: DetectorContext): HostVerdict {
  const host = rawHost.toLowerCase();
  const ascii = /[^\x00-\x7f]/.test(host) ? domainToASCII(host) || host : host;
  const allowed = isAllowed(ascii, ctx.allow);
  const findings: HostFinding[] = [];
  const unlisted = () => {
    if (ctx.reportUnlisted && !allowed) {
      findings.push({ detector: "links.unlisted", score: 1, message: "A link points to a domain that is not on the allow-list." });
    }
  };

  const ip = parseIpHost(ascii);
  if (ip === "invalid") return IGNORED;
  if (ip !== null) {
    if (!allowed) {
      findings.push({
        detector: "links.ip-host",
        score: ip.encoded ? 0.9 : 0.6,
        message: ip.encoded
          ? "A link points to an IP address written in an encoded form (decimal, hex or octal), a way to hide where it leads."
          : "A link points to a raw IP address instead of a domain name.",
      });
    }
    unlisted();
    return { ignore: false, allowed, findings };
  }

  const parsed = parse(host, PARSE_OPTIONS);
  if (writing !== "url") {
    // Bare text is a domain only with a known public suffix, and not a file name unless written as a link.
    const knownSuffix = parsed.isIcann === true || parsed.isPrivate === true;
    if (!knownSuffix || parsed.domain === null || (writing === "bare" && FILE_EXTENSION_SUFFIXES.has(parsed.publicSuffix ?? ""))) return IGNORED;
  }
  if (!allowed && (/(?:^|\.)xn--/.test(ascii) || ascii !== host)) {
    findings.push({
      detector: "links.punycode",
      score: 0.5,
      message: "A link uses an internationalised (punycode) domain name, which can imitate a familiar one.",
    });
  }
  if (!allowed && parsed.domain && parsed.domainWithoutSuffix) {
    // Raw-case views for the capital-I trick; lengths differ only for rare case mappings, then use lower case.
    const sameLength = rawHost.length === host.length;
    const subLength = parsed.subdomain ? parsed.subdomain.length : 0;
    const labelStart = subLength > 0 ? subLength + 1 : 0;
    const labelEnd = labelStart + parsed.domainWithoutSuffix.length;
    const match = ctx.matcher({
      label: sameLength ? rawHost.slice(labelStart, labelEnd) : parsed.domainWithoutSuffix,
      subdomain: sameLength ? rawHost.slice(0, subLength) : (parsed.subdomain ?? ""),
      userinfo: decodeUserinfo(userinfo),
    });
    if (match) {
      findings.push({ detector: "links.lookalike", score: match.score, message: `A link's domain imitates '${match.name}' ${TRICK_WORDS[match.trick]}.` });
    }
  }
  if (!allowed && (SHORTENER_DOMAINS.has(host) || (parsed.domain !== null && SHORTENER_DOMAINS.has(parsed.domain)))) {
    findings.push({ detector: "links.shortener", score: 0.6, message: "A link goes through a URL shortener, which hides its destination." });
  }
  unlisted();
  return { ignore: false, allowed, findings };
}

function decodeUserinfo(userinfo: string): string {
  if (!userinfo.includes("%")) return userinfo;
  try {
    return decodeURIComponent(userinfo);
  } catch {
    return userinfo;
  }
}

function isAllowed(host: string, allow: string[]): boolean {
  for (const entry of allow) {
    if (host === entry || (host.endsWith(entry) && host.charCodeAt(host.length - entry.length - 1) === 46)) return true;
  }
  return false;
}

/** "https://*.PayPal.com/" -> "paypal.com"; IDN entries in their ASCII (punycode) form. */
function normalizeAllowEntry(entry: string): string {
  let e = entry.trim().toLowerCase();
  e = e.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  e = e.replace(/[/?#].*$/, "");
  e = e.replace(/^(?:\*?\.)+/, "").replace(/\.+$/, "");
  if (/[^\x00-\x7f]/.test(e)) e = domainToASCII(e) || e;
  return e;
}

const SCRIPT_DATA_TYPES = /^(?:text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/javascript|application\/(?:x-)?javascript|text\/xml)/;

/** A scheme that runs code or reaches outside the web, with its score and explanation. */
function dangerousScheme(scheme: string, rest: string): { score: number; message: string } | null {
  switch (scheme) {
    case "javascript":
    case "vbscript":
      return { score: 0.95, message: `A link uses the ${scheme}: scheme, which runs code when it is followed.` };
    case "data": {
      const type = rest.slice(0, 64).replace(/\s+/g, "").toLowerCase();
      if (!SCRIPT_DATA_TYPES.test(type)) return null;
      return { score: 0.85, message: "A link is a data: URL holding a document that can run scripts." };
    }
    case "file":
      return { score: 0.6, message: "A link uses the file: scheme, which opens local files or network shares." };
    default:
      return null;
  }
}
