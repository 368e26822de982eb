/**
 * Finding the links in a piece of text, with how each would be used:
 *
 * - markup targets: markdown links and images ("[t](url)", "![t](url)"),
 *   reference definitions ("[id]: url"), HTML attributes (href, src, ...);
 * - URLs with a scheme in prose (http(s), ftp, ws, file, javascript, vbscript, data);
 * - bare domains ("paypal-login.com/verify", "www.example.org"), which many
 *   chat clients turn into links, and bare IPv4 hosts followed by a port or path.
 *
 * The channel says what a client does with it: an "image" loads by itself
 * (markdown image, <img src>, <link href>), a "link" waits for a click, and
 * "text" is a URL in prose that a client may or may not linkify.
 *
 * Work is linear and small for ordinary text: prose URLs are found from the
 * ":" and "." characters (few, and a full stop followed by a space is
 * rejected at once) instead of trying a pattern at every position; the
 * markdown constructs are found from "](" and "]:" with bounded walks back
 * to their "["; every search resumes after the end of the link it found.
 */
import { type HtmlTag, scanHtmlTags } from "./html-scan.js";

export type LinkChannel = "image" | "link" | "text";

export interface LinkCandidate {
  /** The URL as written. */
  url: string;
  /** Offsets of the URL (end exclusive). */
  start: number;
  end: number;
  /** Offsets of what a redaction should cover: the whole construct for images, else the URL. */
  spanStart: number;
  spanEnd: number;
  channel: LinkChannel;
  /** Written without a scheme: recognised by its domain. */
  bare: boolean;
  /** A bare domain written with "www.", a port or a path, so clearly meant as a link. */
  explicit: boolean;
}

/** Schemes recognised in prose; the scan finds them from each ":" backwards, at most 10 letters. */
const PROSE_SCHEMES = new Set(["http", "https", "ftp", "ftps", "ws", "wss", "file", "javascript", "vbscript", "data"]);
const MAX_SCHEME_LENGTH = 10;
/** A host in prose must not follow these: "@" (e-mail), "." and "/" (paths, file names), and URL syntax. */
const NOT_BEFORE_HOST = new Set([..."@./\\:%+=&#~_"].map((c) => c.charCodeAt(0)));
const IPV4_DOTTED = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const NON_ASCII_HOST_CHAR = /[\p{L}\p{N}\p{M}]/u;
const PORT = /:\d{1,5}(?![\w.])/y;

/** Attributes whose value is a URL, and whether the browser fetches it without a click. */
const URL_ATTRIBUTES: ReadonlyMap<string, LinkChannel> = new Map([
  ["href", "link"],
  ["xlink:href", "link"],
  ["action", "link"],
  ["formaction", "link"],
  ["ping", "link"],
  ["cite", "link"],
  ["longdesc", "link"],
  ["src", "image"],
  ["srcset", "image"],
  ["poster", "image"],
  ["background", "image"],
  ["data", "image"],
  ["lowsrc", "image"],
  ["dynsrc", "image"],
  ["codebase", "image"],
]);

/** Tags whose href the browser fetches by itself (stylesheets, preloads, icons). */
const AUTO_LOADING_HREF_TAGS = new Set(["link", "image", "use"]);

export function findLinks(text: string, tags: HtmlTag[] = scanHtmlTags(text)): LinkCandidate[] {
  if (text.indexOf(".") < 0 && text.indexOf(":") < 0) return [];
  const markup = markdownTargets(text).concat(attributeTargets(text, tags)).sort((a, b) => a.start - b.start);
  const withSchemes = merge(markup, schemeUrls(text, markup));
  return merge(withSchemes, bareHosts(text, withSchemes));
}

/**
 * Markdown inline links and images, found from each "](" by walking back to
 * the "[" (at most 1000 characters, never past another bracket or a line
 * end, so walks do not overlap), and reference definitions, from each "]:".
 */
function markdownTargets(text: string): LinkCandidate[] {
  const out: LinkCandidate[] = [];
  for (let close = text.indexOf("]("); close >= 0; close = text.indexOf("](", close + 2)) {
    const open = openingBracket(text, close);
    if (open < 0) continue;
    const image = open > 0 && text[open - 1] === "!";
    const target = readMarkdownTarget(text, skipBlanks(text, close + 2), true);
    if (target === null) continue;
    const { url, start, end } = target;
    // Built field by field: object spread costs microseconds per call in V8 here.
    out.push({
      url,
      start,
      end,
      spanStart: image ? open - 1 : start,
      spanEnd: image ? closingParen(text, end) : end,
      channel: image ? "image" : "link",
      bare: false,
      explicit: true,
    });
    close = Math.max(close, target.end - 2);
  }
  // A definition serves "[t][id]" and "![t][id]" alike; it counts as an image if the text has any.
  let channel: LinkChannel | null = null;
  for (let close = text.indexOf("]:"); close >= 0; close = text.indexOf("]:", close + 2)) {
    const open = openingBracket(text, close);
    if (open < 0 || open === close - 1 || !atLineStart(text, open)) continue;
    const target = readMarkdownTarget(text, skipBlanks(text, close + 2), false);
    if (target === null) continue;
    channel ??= text.includes("![") ? "image" : "link";
    out.push({ url: target.url, start: target.start, end: target.end, spanStart: open, spanEnd: target.end, channel, bare: false, explicit: true });
    close = Math.max(close, target.end - 2);
  }
  return out;
}

/** The "[" opening the bracket closed at `close`, or -1. */
function openingBracket(text: string, close: number): number {
  const limit = Math.max(0, close - 1000);
  for (let i = close - 1; i >= limit; i--) {
    const c = text[i];
    if (c === "[") return i;
    if (c === "]" || c === "\n") return -1;
  }
  return -1;
}

/** Whether `pos` follows a line start and at most three spaces (a reference definition). */
function atLineStart(text: string, pos: number): boolean {
  for (let i = pos - 1, spaces = 0; i >= 0; i--, spaces++) {
    if (text[i] === "\n") return true;
    if (text[i] !== " " || spaces >= 3) return false;
  }
  return true;
}

function skipBlanks(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < 8 && (text[i] === " " || text[i] === "\t")) i++;
  return i;
}

/** End of "![t](url "title")": after the ")" closing it on the same line, else the URL's end. */
function closingParen(text: string, from: number): number {
  const limit = Math.min(text.length, from + 300);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === ")") return i + 1;
    if (c === "\n") break;
  }
  return from;
}

/** The destination of a markdown link: "<...>" or up to whitespace or an unbalanced ")". */
function readMarkdownTarget(text: string, from: number, inParens: boolean): { url: string; start: number; end: number } | null {
  if (text[from] === "<") {
    let end = from + 1;
    while (end < text.length && end - from < 4096 && text[end] !== ">" && text[end] !== "\n") end++;
    return end > from + 1 ? { url: text.slice(from + 1, end), start: from + 1, end } : null;
  }
  let end = from;
  let depth = 0;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c <= 32) break;
    if (c === 40) depth++;
    else if (c === 41 && inParens) {
      if (depth === 0) break;
      depth--;
    }
    end++;
  }
  return end > from ? { url: text.slice(from, end), start: from, end } : null;
}

function attributeTargets(text: string, tags: HtmlTag[]): LinkCandidate[] {
  const out: LinkCandidate[] = [];
  for (const tag of tags) {
    for (const attr of tag.attributes) {
      let channel = URL_ATTRIBUTES.get(attr.name);
      if (channel === undefined || attr.valueEnd <= attr.valueStart) continue;
      if (channel === "link" && attr.name === "href" && AUTO_LOADING_HREF_TAGS.has(tag.name)) channel = "image";
      let start = attr.valueStart;
      let end = attr.valueEnd;
      while (start < end && text.charCodeAt(start) <= 32) start++;
      if (attr.name === "srcset") {
        // First candidate only: "a.png 1x, b.png 2x".
        let stop = start;
        while (stop < end && text.charCodeAt(stop) > 32 && text[stop] !== ",") stop++;
        end = stop;
      }
      while (end > start && text.charCodeAt(end - 1) <= 32) end--;
      if (end <= start) continue;
      const image = channel === "image";
      out.push({
        url: decodeEntities(text.slice(start, end)),
        start,
        end,
        spanStart: image ? tag.start : start,
        spanEnd: image ? tag.end : end,
        channel,
        bare: false,
        explicit: true,
      });
    }
  }
  return out;
}

/** The few entities that change where a URL in an attribute leads ("https&#58;//", "&amp;"). */
function decodeEntities(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&(?:#x([0-9a-f]{1,6})|#([0-9]{1,7})|(amp|colon|sol|period|tab|newline));?/gi, (whole, hex, dec, named) => {
    if (hex !== undefined || dec !== undefined) {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const names: Record<string, string> = { amp: "&", colon: ":", sol: "/", period: ".", tab: "", newline: "" };
    return names[String(named).toLowerCase()] ?? whole;
  });
}

/** URLs with a scheme in prose, found from each ":" (few in ordinary text) rather than by a regex scan of every position. */
function schemeUrls(text: string, covered: LinkCandidate[]): LinkCandidate[] {
  const out: LinkCandidate[] = [];
  let resume = 0;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", Math.max(colon + 1, resume))) {
    let start = colon;
    while (start > resume && colon - start < MAX_SCHEME_LENGTH && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    if (start === colon || (start > 0 && isSchemeChar(text.charCodeAt(start - 1)))) continue;
    if (!PROSE_SCHEMES.has(text.slice(start, colon).toLowerCase())) continue;
    const skipTo = coveredEnd(covered, start);
    if (skipTo > start) {
      resume = skipTo;
      continue;
    }
    const end = trimUrlEnd(text, start, scanUrlChars(text, colon + 1));
    out.push({ url: text.slice(start, end), start, end, spanStart: start, spanEnd: end, channel: "text", bare: false, explicit: true });
    resume = Math.max(end, colon + 1);
  }
  return out;
}

/**
 * Bare hosts in prose, found from each "." that sits between two host
 * characters: a sentence's full stop is followed by a space and costs one
 * comparison. Tokens never overlap, so the work is linear.
 */
function bareHosts(text: string, covered: LinkCandidate[]): LinkCandidate[] {
  const out: LinkCandidate[] = [];
  let resume = 0;
  for (let dot = text.indexOf("."); dot >= 0; dot = text.indexOf(".", Math.max(dot + 1, resume))) {
    if (dot === 0 || !isHostChar(text, dot - 1) || !isHostChar(text, dot + 1)) continue;
    let start = dot - 1;
    while (start > resume && (isHostChar(text, start - 1) || (text[start - 1] === "." && isHostChar(text, start - 2)))) start--;
    let end = dot + 1;
    while (end < text.length && (isHostChar(text, end) || (text[end] === "." && isHostChar(text, end + 1)))) end++;
    resume = end;
    if (start > 0 && NOT_BEFORE_HOST.has(text.charCodeAt(start - 1))) continue;
    if (text[end] === "@" || text[end] === "_") continue;
    const host = text.slice(start, end);
    const ip = IPV4_DOTTED.test(host);
    if (!ip && !isDomainShaped(host)) continue;
    const skipTo = coveredEnd(covered, start);
    if (skipTo > start) {
      resume = Math.max(resume, skipTo);
      continue;
    }
    let urlEnd = end;
    PORT.lastIndex = end;
    if (PORT.test(text)) urlEnd = PORT.lastIndex;
    const c = text[urlEnd];
    if (c === "/" || c === "?" || c === "#") urlEnd = trimUrlEnd(text, start, scanUrlChars(text, urlEnd));
    // A dotted quad is a version number unless a port or path follows.
    if (ip && urlEnd === end) continue;
    const explicit = urlEnd > end || /^www\./i.test(host);
    out.push({ url: text.slice(start, urlEnd), start, end: urlEnd, spanStart: start, spanEnd: urlEnd, channel: "text", bare: true, explicit });
    resume = urlEnd;
  }
  return out;
}

/** Labels of 1-63 characters not starting or ending with "-", and a top-level label that starts with a letter and has 2+ characters. */
function isDomainShaped(host: string): boolean {
  const labels = host.split(".");
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || label[0] === "-" || label[label.length - 1] === "-") return false;
  }
  const tld = labels[labels.length - 1]!;
  const first = tld.charCodeAt(0);
  return tld.length >= 2 && (isAsciiLetter(first) || first >= 0x80);
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSchemeChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;

/** Letter, digit or "-" in ASCII; letter, digit or mark beyond it. */
function isHostChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45;
  return c >= 0xa0 && NON_ASCII_HOST_CHAR.test(text[i]!);
}

/** Offset after the run of characters a URL in prose can contain. */
function scanUrlChars(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    // whitespace and controls, quotes, angle brackets, backtick, and the Unicode spaces
    if (c <= 32 || c === 34 || c === 60 || c === 62 || c === 96 || (c >= 127 && c <= 160) || c === 0x3000 || c === 0x2028 || c === 0x2029) break;
    end++;
  }
  return end;
}

/** Drops sentence punctuation and unbalanced closing brackets from the end of a URL in prose. */
function trimUrlEnd(text: string, start: number, end: number): number {
  // Closing minus opening brackets, counted once and kept up to date while trimming: linear for any input.
  let parens = 0;
  let squares = 0;
  let braces = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 41) parens++;
    else if (c === 40) parens--;
    else if (c === 93) squares++;
    else if (c === 91) squares--;
    else if (c === 125) braces++;
    else if (c === 123) braces--;
  }
  while (end > start) {
    const last = text[end - 1]!;
    if (last === ")" && parens > 0) parens--;
    else if (last === "]" && squares > 0) squares--;
    else if (last === "}" && braces > 0) braces--;
    else if (!TRAILING_PUNCTUATION.includes(last)) break;
    end--;
  }
  return end;
}

const TRAILING_PUNCTUATION = ".,;:!?'*_~";

/** If `pos` lies inside one of the sorted candidates, the end of that candidate; else `pos`. */
function coveredEnd(sorted: LinkCandidate[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return pos;
  const c = sorted[found]!;
  return Math.max(pos, c.end);
}

function merge(a: LinkCandidate[], b: LinkCandidate[]): LinkCandidate[] {
  if (b.length === 0) return a;
  return a.concat(b).sort((x, y) => x.start - y.start);
}
