/**
 * Removes characters a reader cannot see but a model reads: zero-width
 * characters, bidi controls, Unicode tag characters and variation
 * selectors; and caps runs of combining marks, which NFKC would otherwise
 * sort in quadratic time. Used by normalize.ts before NFKC, in one pass.
 *
 * Removal is unconditional (detectors should see "ig\u200Bnore" as "ignore");
 * counting is not. Counts feed the evasion signals, so invisibles with a
 * legitimate job are removed silently:
 *  - one zero-width character after a letter of a script that uses them, or
 *    an emoji: ZWJ in emoji sequences, ZWNJ in Persian and Indic scripts,
 *    ZWSP as a word break in Thai (a second one in a row is counted: that is
 *    zero-width steganography); and a byte-order mark at the very start;
 *  - bidi marks (LRM, RLM, ALM) unless they split an ASCII word: mixed
 *    left-to-right and right-to-left text needs them;
 *  - a single variation selector unless it follows an ASCII letter (emoji
 *    and keycaps use one); a run of two or more carries data (one byte per
 *    selector: "emoji smuggling") and is decoded;
 *  - tag characters that spell an emoji subdivision flag after U+1F3F4.
 * Tag characters U+E0020-E007E spell ASCII invisibly ("ASCII smuggling");
 * the spelled text is handed back to be inspected.
 */
import { Buffer } from "node:buffer";
import { COMBINING_MARK_RANGES } from "./combining-marks.js";
import { CROSS_SCRIPT_LOOKALIKES } from "./confusables.js";
import { isPlausibleText } from "./payloads.js";

export interface InvisibleCounts {
  zeroWidth: number;
  bidi: number;
  tags: number;
  /** Combining marks beyond MAX_COMBINING_RUN in a row, dropped. */
  excessMarks: number;
}

/** Text that was hidden in invisible characters, revealed. */
export interface Hidden {
  encoding: "unicode-tags" | "variation-selectors";
  text: string;
}

const VISIBLE = 0;
const ZERO_WIDTH = 1;
const BIDI_MARK = 2;
const BIDI_CONTROL = 3;
const VARIATION_SELECTOR = 4;
const TAG = 5;

/**
 * Longest run of combining marks kept (Unicode's Stream-Safe Text Format,
 * UAX #15). NFKC puts each run in canonical order with an insertion sort,
 * quadratic in the run: one letter followed by 262k mixed marks took 18 s.
 * Real text never stacks more than a handful; the excess is Zalgo.
 */
const MAX_COMBINING_RUN = 30;
/** One byte per code point below U+20000 (above it only variation selectors, handled as invisibles). */
const IS_COMBINING = new Uint8Array(0x20000);
for (const [from, to] of COMBINING_MARK_RANGES) {
  for (let c = from; c <= to && c < IS_COMBINING.length; c++) IS_COMBINING[c] = 1;
}

const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;
/**
 * From here on (Hebrew, Arabic, Indic, Thai, CJK, emoji, ...) scripts use
 * zero-width joiners and breaks; Latin, Greek, Cyrillic and Armenian do not.
 */
const JOINING_SCRIPTS_FROM = 0x590;

function kindOf(cp: number): number {
  if (cp < 0xad) return VISIBLE;
  if (cp >= 0x200b && cp <= 0x200f) return cp <= 0x200d ? ZERO_WIDTH : BIDI_MARK;
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return BIDI_CONTROL;
  if ((cp >= 0x2060 && cp <= 0x2064) || (cp >= 0xfff9 && cp <= 0xfffb) || (cp >= 0x1d173 && cp <= 0x1d17a)) {
    return ZERO_WIDTH; // word joiner, invisible operators, interlinear annotation, musical format controls
  }
  switch (cp) {
    case 0x00ad: // soft hyphen
    case 0x034f: // combining grapheme joiner
    case 0x115f: // Hangul fillers: render as nothing
    case 0x1160:
    case 0x3164:
    case 0xffa0:
    case 0x17b4: // Khmer inherent vowels
    case 0x17b5:
    case 0x180e: // Mongolian vowel separator
    case 0xfeff: // byte-order mark / zero-width no-break space
      return ZERO_WIDTH;
    case 0x061c: // Arabic letter mark
      return BIDI_MARK;
  }
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return VARIATION_SELECTOR;
  if (cp >= 0xe0000 && cp <= 0xe007f) return TAG;
  return VISIBLE;
}

/** Per BMP code unit: plain, a combining mark, or worth a closer look (invisible, surrogate). */
const PLAIN = 0;
const COMBINING = 1;
const LOOK_CLOSER = 2;
const UNIT_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < UNIT_CLASS.length; c++) {
  if (kindOf(c) !== VISIBLE || (c >= 0xd800 && c <= 0xdfff)) UNIT_CLASS[c] = LOOK_CLOSER;
  else UNIT_CLASS[c] = IS_COMBINING[c] === 1 ? COMBINING : PLAIN;
}

/** `text` without invisible characters or excess marks; counts and hidden text are added to the arguments. */
export function removeInvisibles(text: string, counts: InvisibleCounts, hidden: Hidden[]): string {
  let out = "";
  let kept = 0; // start of the visible stretch not yet copied to `out`
  let previous = 0; // last visible code point (0 at the start)
  let zeroWidthSinceVisible = 0;
  let marks = 0; // combining marks in a row
  let tagText = "";
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const unit = UNIT_CLASS[c]!;
    const cp = unit === LOOK_CLOSER ? text.codePointAt(i)! : c;
    const kind = unit === LOOK_CLOSER ? kindOf(cp) : VISIBLE;
    if (kind === VISIBLE) {
      const width = cp > 0xffff ? 2 : 1;
      const combining = width === 1 ? unit === COMBINING : cp < IS_COMBINING.length && IS_COMBINING[cp] === 1;
      if (!combining) {
        marks = 0;
      } else if (++marks > MAX_COMBINING_RUN) {
        out += text.slice(kept, i);
        i += width;
        kept = i;
        counts.excessMarks++;
        continue;
      }
      previous = cp;
      zeroWidthSinceVisible = 0;
      i += width;
      continue;
    }
    out += text.slice(kept, i);
    const next = i + (cp > 0xffff ? 2 : 1);
    switch (kind) {
      case ZERO_WIDTH:
        if (++zeroWidthSinceVisible > 1 || !(hasJoiningScript(previous) || (cp === 0xfeff && i === 0))) {
          counts.zeroWidth++;
        }
        i = next;
        break;
      case BIDI_MARK:
        if (isAsciiLetter(previous) && isAsciiLetter(text.charCodeAt(next))) counts.bidi++;
        i = next;
        break;
      case BIDI_CONTROL:
        counts.bidi++;
        i = next;
        break;
      case VARIATION_SELECTOR:
        i = removeSelectorRun(text, i, previous, counts, hidden);
        break;
      default: {
        const run = readTagRun(text, i);
        if (!isSubdivisionFlag(previous, run)) {
          counts.tags += run.count;
          tagText += run.ascii;
        }
        i = run.end;
      }
    }
    kept = i;
  }
  if (tagText.length > 0) hidden.push({ encoding: "unicode-tags", text: tagText });
  return kept === 0 ? text : out + text.slice(kept);
}

/** Consumes a run of variation selectors from `start`; returns where it ends. */
function removeSelectorRun(text: string, start: number, previous: number, counts: InvisibleCounts, hidden: Hidden[]): number {
  const bytes: number[] = [];
  let i = start;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp >= 0xfe00 && cp <= 0xfe0f) bytes.push(cp - 0xfe00);
    else if (cp >= 0xe0100 && cp <= 0xe01ef) bytes.push(cp - 0xe0100 + 16);
    else break;
    i += cp > 0xffff ? 2 : 1;
  }
  if (bytes.length === 1) {
    if (isAsciiLetter(previous)) counts.zeroWidth++;
    return i;
  }
  counts.zeroWidth += bytes.length;
  const smuggled = Buffer.from(bytes).toString("utf8");
  if (isPlausibleText(smuggled)) hidden.push({ encoding: "variation-selectors", text: smuggled });
  return i;
}

interface TagRun {
  /** Tag characters in the run. */
  count: number;
  /** The ASCII they spell (U+E0020-E007E; language and cancel tags spell nothing). */
  ascii: string;
  last: number;
  end: number;
}

function readTagRun(text: string, start: number): TagRun {
  let ascii = "";
  let count = 0;
  let last = 0;
  let i = start;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp < 0xe0000 || cp > 0xe007f) break;
    if (cp >= 0xe0020 && cp <= 0xe007e) ascii += String.fromCharCode(cp - 0xe0000);
    count++;
    last = cp;
    i += 2;
  }
  return { count, ascii, last, end: i };
}

/** 🏴 followed by a short tag spelling ("gbsct") and CANCEL TAG: the Scotland flag, not smuggling. */
function isSubdivisionFlag(previous: number, run: TagRun): boolean {
  return (
    previous === BLACK_FLAG &&
    run.last === CANCEL_TAG &&
    run.count >= 3 &&
    run.count <= 8 &&
    /^[a-z0-9]+$/.test(run.ascii)
  );
}

/** A single zero-width character after this one may be doing its job (emoji ZWJ, Persian ZWNJ, Thai ZWSP). */
function hasJoiningScript(previous: number): boolean {
  return previous >= JOINING_SCRIPTS_FROM && !CROSS_SCRIPT_LOOKALIKES.has(previous);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
