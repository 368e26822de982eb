/**
 * Where the markdown code is: fenced blocks (``` or ~~~) and single-line
 * inline code spans. A markdown renderer shows their content as text, so a
 * "<script>" or an image inside them does not run or load; detectors use
 * these ranges to lower, not drop, their scores there (the client may not
 * render markdown at all, and code gets copied and pasted).
 *
 * An unclosed fence runs to the end of the text, as in CommonMark; this also
 * holds for a streamed window cut in the middle of a block.
 */

/** Sorted, disjoint [start, end) ranges of code in the text. */
export type CodeRanges = readonly (readonly [number, number])[];

/** A fence at the start of a line (sticky: tried only at line starts). */
const FENCE = / {0,3}(`{3,}|~{3,})/y;
/** Single-backtick spans on one line, bounded so a stray backtick costs little. */
const INLINE_CODE = /`[^`\n]{1,500}`/g;

export function findCodeRanges(text: string): CodeRanges {
  if (text.indexOf("`") < 0 && text.indexOf("~~~") < 0) return [];
  const ranges: [number, number][] = [];
  let open: { char: string; length: number; start: number } | null = null;
  let proseStart = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    FENCE.lastIndex = lineStart;
    const fence = FENCE.exec(text);
    if (fence) {
      const marks = fence[1]!;
      if (open === null) {
        addInlineSpans(text, proseStart, lineStart, ranges);
        open = { char: marks[0]!, length: marks.length, start: lineStart };
      } else if (marks[0] === open.char && marks.length >= open.length) {
        ranges.push([open.start, lineEnd]);
        open = null;
        proseStart = lineEnd;
      }
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  if (open !== null) ranges.push([open.start, text.length]);
  else addInlineSpans(text, proseStart, text.length, ranges);
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges;
}

/** Inline spans of one prose stretch; searched in a slice so the search cannot run past it. */
function addInlineSpans(text: string, from: number, to: number, out: [number, number][]): void {
  if (to <= from) return;
  const prose = text.slice(from, to);
  if (prose.indexOf("`") < 0) return;
  for (const m of prose.matchAll(INLINE_CODE)) out.push([from + m.index, from + m.index + m[0].length]);
}

/** Whether position `pos` lies inside a code range (binary search). */
export function isInCode(ranges: CodeRanges, pos: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid]!;
    if (pos < range[0]) hi = mid - 1;
    else if (pos >= range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}
