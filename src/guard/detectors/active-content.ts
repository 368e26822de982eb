/**
 * Active content in model output: markup that runs code when a client
 * renders it, and terminal escape sequences (terminal-escapes.ts).
 *
 * - active.script          <script>, <iframe>, <object>, <embed>, <applet>, <frame(set)>
 * - active.event-handler   an on* attribute with a value inside a tag ("<img src=x onerror=...>",
 *                          "<svg onload=...>"); known DOM event names score higher than other on*
 * - active.javascript-url  javascript:/vbscript: (or data: with HTML/SVG/script) as the target of an
 *                          HTML URL attribute, a markdown link or reference, or an autolink, seen
 *                          through the obfuscations browsers and markdown parsers undo: character
 *                          references ("java&#x09;script&#58;"), tabs and newlines inside the
 *                          scheme, leading spaces and control characters
 * - active.terminal-escape see terminal-escapes.ts
 *
 * Markdown code: inside fenced blocks and inline code spans, markup is shown
 * as text by a markdown renderer, so its findings keep 0.4 of their score
 * (a code sample is not an attack, but the client might not render markdown,
 * and the snippet may be pasted into a page). Terminal escapes keep their
 * full score there: a terminal does not know markdown.
 *
 * "onion" in prose is not an on* handler: handlers are only looked for as
 * attributes of a tag, and an attribute without a value does nothing. A tag
 * cut off by the end of the text counts: a streamed window can end mid-tag.
 */
import type { Finding, TextDetector } from "../types.js";
import { type HtmlTag, scanHtmlTags } from "./html-scan.js";
import { type CodeRanges, findCodeRanges, isInCode } from "./markdown-code.js";
import { findTerminalEscapes } from "./terminal-escapes.js";

const IN_CODE_WEIGHT = 0.4;

const SCRIPT_TAGS: ReadonlyMap<string, number> = new Map([
  ["script", 0.95],
  ["iframe", 0.85],
  ["frame", 0.85],
  ["frameset", 0.7],
  ["object", 0.85],
  ["embed", 0.85],
  ["applet", 0.85],
]);

/** Attributes whose value is followed as a URL (navigation, loading or form submission). */
const URL_ATTRIBUTES = new Set(["href", "xlink:href", "src", "action", "formaction", "data", "poster", "background", "lowsrc", "dynsrc", "codebase"]);

const EVENT_NAMES = new Set(
  (
    "abort afterprint animationend animationiteration animationstart auxclick beforecopy beforecut beforeinput " +
    "beforeprint beforetoggle beforeunload begin blur canplay canplaythrough change click close contextmenu copy " +
    "cuechange cut dblclick drag dragend dragenter dragleave dragover dragstart drop durationchange end ended error " +
    "focus focusin focusout formdata fullscreenchange hashchange input invalid keydown keypress keyup load loadeddata " +
    "loadedmetadata loadstart message mousedown mouseenter mouseleave mousemove mouseout mouseover mouseup mousewheel " +
    "pagehide pageshow paste pause play playing pointerdown pointerenter pointerleave pointermove pointerout " +
    "pointerover pointerup popstate progress ratechange repeat reset resize scroll scrollend search seeked seeking " +
    "select selectionchange selectstart show stalled storage submit suspend timeupdate toggle touchend touchmove " +
    "touchstart transitioncancel transitionend transitionrun transitionstart unload volumechange waiting wheel"
  )
    .split(" ")
    .map((e) => `on${e}`),
);
const HANDLER_NAME = /^on[a-z]{3,}$/;

const SCRIPT_SCHEMES: ReadonlyMap<string, number> = new Map([
  ["javascript", 0.95],
  ["vbscript", 0.95],
  ["livescript", 0.95],
]);
const SCRIPT_DATA_TYPES = /^(?:text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/javascript|application\/(?:x-)?javascript)/;

/** Markdown link destinations and reference definitions; the scheme check starts where they end. */
const MARKDOWN_TARGET = /\]\([ \t]{0,8}<?|^ {0,3}\[[^[\]\n]{1,500}\]:[ \t]{0,8}<?/gm;
const MAY_BE_ACTIVE = /[<\]\u001b\u0080-\u009f]/;

export const detectActiveContent: TextDetector = (text) => {
  if (!MAY_BE_ACTIVE.test(text)) return [];
  const findings: Finding[] = [];
  const code = text.includes("<") || text.includes("]") ? findCodeRanges(text) : [];
  if (text.includes("<")) {
    for (const tag of scanHtmlTags(text)) inspectTag(text, tag, code, findings);
  }
  if (text.includes("]")) inspectMarkdownTargets(text, code, findings);
  return findings.concat(findTerminalEscapes(text)).sort((a, b) => a.start - b.start);
};

function push(out: Finding[], code: CodeRanges, f: Finding): void {
  if (isInCode(code, f.start)) {
    f.score *= IN_CODE_WEIGHT;
    f.message += " It is inside markdown code, where it is shown as text.";
  }
  out.push(f);
}

function inspectTag(text: string, tag: HtmlTag, code: CodeRanges, out: Finding[]): void {
  const scriptScore = SCRIPT_TAGS.get(tag.name);
  if (scriptScore !== undefined) {
    push(out, code, {
      detector: "active.script",
      score: scriptScore,
      start: tag.start,
      end: tag.end,
      label: "HTML_SCRIPT",
      message: `The output contains a <${tag.name}> element, which can run code or load another page when rendered.`,
    });
  }
  const colon = tag.name.indexOf(":");
  if (colon > 0) {
    // "<javascript:alert(1)>" is a markdown autolink.
    const scheme = readScheme(text, tag.start + 1, tag.end);
    if (scheme !== null) push(out, code, scriptUrlFinding(scheme, tag.start, tag.end));
  }
  for (const attr of tag.attributes) {
    const hasValue = attr.valueEnd > attr.valueStart;
    if (hasValue && HANDLER_NAME.test(attr.name)) {
      const known = EVENT_NAMES.has(attr.name);
      push(out, code, {
        detector: "active.event-handler",
        score: known ? 0.9 : 0.6,
        start: attr.start,
        end: attr.valueEnd,
        label: "EVENT_HANDLER",
        message: known
          ? `The output contains an HTML event handler (${attr.name}), which runs script when rendered.`
          : "The output contains an on* attribute in a tag, which may be an event handler that runs script.",
      });
    } else if (hasValue && URL_ATTRIBUTES.has(attr.name)) {
      const scheme = readScheme(text, attr.valueStart, attr.valueEnd);
      if (scheme !== null) push(out, code, scriptUrlFinding(scheme, attr.valueStart, attr.valueEnd));
    }
  }
}

function inspectMarkdownTargets(text: string, code: CodeRanges, out: Finding[]): void {
  const re = MARKDOWN_TARGET;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const from = m.index + m[0].length;
    const end = targetEnd(text, from);
    const scheme = readScheme(text, from, Math.min(text.length, from + 256));
    if (scheme !== null) push(out, code, scriptUrlFinding(scheme, from, Math.max(end, scheme.end)));
    re.lastIndex = Math.max(re.lastIndex, end);
  }
}

/** End of a markdown destination: whitespace, ">" or an unbalanced ")"; bounded. */
function targetEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 2048);
  let depth = 0;
  let end = from;
  for (; end < limit; end++) {
    const c = text[end]!;
    if (c.charCodeAt(0) <= 32 || c === ">") break;
    if (c === "(") depth++;
    else if (c === ")" && depth-- === 0) break;
  }
  return end;
}

interface SchemeHit {
  scheme: string;
  score: number;
  obfuscated: boolean;
  /** Offset after the ":" as written. */
  end: number;
}

function scriptUrlFinding(hit: SchemeHit, start: number, end: number): Finding {
  const disguise = hit.obfuscated ? " (disguised with character references or invisible characters)" : "";
  return {
    detector: "active.javascript-url",
    score: hit.score,
    start,
    end,
    label: "SCRIPT_URL",
    message:
      hit.scheme === "data"
        ? `A link or source is a data: URL${disguise} holding a document that can run script.`
        : `A link or source uses the ${hit.scheme}: scheme${disguise}, which runs code when it is followed.`,
  };
}

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]{2,8}));?/y;
const NAMED: Readonly<Record<string, string>> = { tab: "\t", newline: "\n", colon: ":", nbsp: "\u00a0" };
/** Raw characters read looking for a scheme: enough for heavy padding, bounded for any input. */
const MAX_SCHEME_SCAN = 256;

/**
 * Reads a URL scheme at `from` the way a browser would after decoding
 * character references: leading spaces and C0 controls are dropped, tabs and
 * newlines inside are ignored. Returns a hit for script schemes (and data:
 * with a scriptable type), else null.
 */
function readScheme(text: string, from: number, limit: number): SchemeHit | null {
  const stop = Math.min(limit, from + MAX_SCHEME_SCAN);
  let scheme = "";
  let obfuscated = false;
  let i = from;
  while (i < stop) {
    let ch = text[i]!;
    let width = 1;
    if (ch === "&") {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(text);
      if (m) {
        const decoded = decodeEntity(m);
        if (decoded !== null) {
          ch = decoded;
          width = m[0].length;
          obfuscated = true;
        }
      }
    }
    i += width;
    const c = ch.charCodeAt(0);
    if (c === 9 || c === 10 || c === 13) {
      obfuscated = true;
      continue;
    }
    if (scheme === "" && c <= 32) {
      if (c !== 32) obfuscated = true;
      continue;
    }
    if (ch === ":") {
      const lower = scheme.toLowerCase();
      const score = SCRIPT_SCHEMES.get(lower);
      if (score !== undefined) return { scheme: lower, score, obfuscated, end: i };
      if (lower === "data" && SCRIPT_DATA_TYPES.test(text.slice(i, i + 64).replace(/\s+/g, "").toLowerCase())) {
        return { scheme: lower, score: 0.85, obfuscated, end: i };
      }
      return null;
    }
    if (!/[a-zA-Z0-9+.-]/.test(ch) || scheme.length >= 16) return null;
    scheme += ch;
  }
  return null;
}

function decodeEntity(m: RegExpExecArray): string | null {
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? Number.parseInt(m[1], 16) : Number(m[2]);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return NAMED[m[3]!.toLowerCase()] ?? null;
}
