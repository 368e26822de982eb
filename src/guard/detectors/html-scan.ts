/**
 * A small, linear HTML start-tag scanner: tag names and their attributes
 * with value offsets, enough for the link and active-content detectors.
 *
 * It follows the browser tokenizer where that matters for what runs (quoted
 * values may contain ">", "/" separates attributes as whitespace does), and
 * deliberately deviates where a faithful tokenizer would hide a tag from us:
 * a "<" followed by a letter inside an attribute list starts a new tag, and a
 * quoted value that never closes ends at its first "<". Both make the scanner
 * see more tags, never fewer.
 *
 * Every character is examined a bounded number of times: tags never overlap,
 * and a quote search that fails cannot be repeated from inside its own
 * stretch (the stretch contains no such quote).
 */

export interface HtmlAttribute {
  /** Lower-case attribute name as written ("onerror", "href", "xlink:href"). */
  name: string;
  /** Offset of the attribute name. */
  start: number;
  /** Value offsets (end exclusive); equal when the attribute has no value. */
  valueStart: number;
  valueEnd: number;
}

export interface HtmlTag {
  /** Lower-case tag name. */
  name: string;
  /** Offset of "<" and the end of the tag (after ">", or where scanning stopped). */
  start: number;
  end: number;
  attributes: HtmlAttribute[];
}

/** How far a quoted value may run looking for its closing quote. */
const MAX_QUOTED_VALUE = 4096;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
/** "<" followed by a letter opens a tag. */
const opensTag = (text: string, i: number) => text.charCodeAt(i) === 60 && isLetter(text.charCodeAt(i + 1));

export function scanHtmlTags(text: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let pos = 0;
  for (;;) {
    const lt = text.indexOf("<", pos);
    if (lt < 0 || lt + 1 >= text.length) break;
    if (!isLetter(text.charCodeAt(lt + 1))) {
      pos = lt + 1;
      continue;
    }
    const tag = readTag(text, lt);
    tags.push(tag);
    pos = tag.end > lt ? tag.end : lt + 1;
  }
  return tags;
}

function readTag(text: string, lt: number): HtmlTag {
  const len = text.length;
  let i = lt + 1;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 47 /* / */ || c === 62 /* > */ || c === 60 /* < */) break;
    i++;
  }
  const tag: HtmlTag = { name: text.slice(lt + 1, i).toLowerCase(), start: lt, end: len, attributes: [] };
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 47) {
      i++;
      continue;
    }
    if (c === 62) {
      tag.end = i + 1;
      return tag;
    }
    if (c === 60 && opensTag(text, i)) {
      tag.end = i;
      return tag;
    }
    i = readAttribute(text, i, tag.attributes);
  }
  tag.end = len;
  return tag;
}

/** Reads one attribute starting at `i`; returns the offset after it. */
function readAttribute(text: string, i: number, out: HtmlAttribute[]): number {
  const len = text.length;
  const start = i;
  i++; // the first character belongs to the name whatever it is ("=" included, as in browsers)
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62 || c === 61 /* = */ || opensTag(text, i)) break;
    i++;
  }
  const name = text.slice(start, i).toLowerCase();
  let j = i;
  while (j < len && isSpace(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) !== 61) {
    out.push({ name, start, valueStart: i, valueEnd: i });
    return i;
  }
  j++;
  while (j < len && isSpace(text.charCodeAt(j))) j++;
  const quote = text.charCodeAt(j);
  if (quote === 34 || quote === 39) {
    const limit = Math.min(len, j + 1 + MAX_QUOTED_VALUE);
    let k = j + 1;
    while (k < limit && text.charCodeAt(k) !== quote) k++;
    if (k < limit) {
      out.push({ name, start, valueStart: j + 1, valueEnd: k });
      return k + 1;
    }
    // Never closed: the value ends at its first "<", where the scan resumes.
    let end = j + 1;
    while (end < limit && text.charCodeAt(end) !== 60) end++;
    out.push({ name, start, valueStart: j + 1, valueEnd: end });
    return end;
  }
  let k = j;
  while (k < len) {
    const c = text.charCodeAt(k);
    if (isSpace(c) || c === 62 || opensTag(text, k)) break;
    k++;
  }
  out.push({ name, start, valueStart: j, valueEnd: k });
  return k;
}
