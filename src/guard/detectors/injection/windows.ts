/**
 * Where the classifier looks: spans of the input scored one at a time.
 *
 * Prompts are scored whole up to PROMPT_WINDOW characters; longer ones in
 * half-overlapping windows, so any instruction shorter than half a window is
 * seen whole by at least one of them and the work stays linear in the input.
 *
 * Documents (tool results, retrieved context) are scored sentence by
 * sentence: a planted instruction is one or two sentences in otherwise
 * ordinary data, and scoring the whole document would let a few kilobytes of
 * table or email dilute it. Segments end at line breaks and sentence ends;
 * short ones are merged with their neighbours, long ones cut with overlap.
 * The training code uses these same functions, so the model sees at training
 * time exactly the spans it is asked about at run time.
 */

export interface Span {
  start: number;
  end: number;
}

export const PROMPT_WINDOW = 4096;
export const DOCUMENT_MIN_SEGMENT = 48;
export const DOCUMENT_MAX_SEGMENT = 320;

function sliding(start: number, end: number, size: number, out: Span[]): void {
  if (end - start <= size) {
    out.push({ start, end });
    return;
  }
  const stride = size >> 1;
  for (let s = start; ; s += stride) {
    const e = Math.min(s + size, end);
    out.push({ start: s, end: e });
    if (e === end) break;
  }
}

export function promptWindows(text: string): Span[] {
  const out: Span[] = [];
  sliding(0, text.length, PROMPT_WINDOW, out);
  return out;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/**
 * Raw segments: up to and including a newline, a [.!?] followed by
 * whitespace, or a table cell separator ("|", tab), since an instruction
 * slipped into a table sits between cells rather than between sentences.
 */
function rawSegments(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let cut = -1;
    if (c === 10 || c === 124 || c === 9) cut = i + 1;
    else if ((c === 46 || c === 33 || c === 63) && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next === 32 || next === 9 || next === 10 || next === 13) cut = i + 1;
    }
    if (cut > 0) {
      if (!isBlank(text, start, cut)) out.push({ start, end: cut });
      start = cut;
    }
  }
  if (start < n && !isBlank(text, start, n)) out.push({ start, end: n });
  return out;
}

export function sentenceWindows(text: string): Span[] {
  const out: Span[] = [];
  let pending: Span | null = null;
  for (const seg of rawSegments(text)) {
    const merged: Span = pending ? { start: pending.start, end: seg.end } : seg;
    if (merged.end - merged.start < DOCUMENT_MIN_SEGMENT) {
      pending = merged;
      continue;
    }
    pending = null;
    sliding(merged.start, merged.end, DOCUMENT_MAX_SEGMENT, out);
  }
  if (pending) {
    // A short tail joins the previous window when there is one, so it is scored with context.
    const last = out[out.length - 1];
    if (last && pending.end - last.start <= DOCUMENT_MAX_SEGMENT) last.end = pending.end;
    else out.push(pending);
  }
  return out;
}
