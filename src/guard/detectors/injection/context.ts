/**
 * How foreign a window is to the document around it.
 *
 * An instruction planted in data is usually off-topic for that data: a
 * question about Romeo and Juliet inside a bank notification, a translation
 * request between table rows. The share of a window's content words that
 * occur nowhere else in the document is a cheap, source-independent signal
 * for that, which the document head gets as one extra feature.
 *
 * The document is tokenised once; each window then looks at its own tokens
 * only, so scoring every window stays linear in the document.
 */

import { type DocumentCues, documentCues } from "./addressed.js";
import type { Span } from "./windows.js";

/** Content words: runs of four or more letters/digits (shorter ones are mostly function words). */
const MIN_WORD = 4;

export interface DocumentWords {
  /** Lower-cased content words in text order, with their start offsets. */
  words: string[];
  starts: number[];
  counts: Map<string, number>;
  /** Where the addressed-instruction cues occur (addressed.ts). */
  cues: DocumentCues;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 0xc0;
}

export function documentWords(text: string): DocumentWords {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const starts: number[] = [];
  const counts = new Map<string, number>();
  let i = 0;
  const n = lower.length;
  while (i < n) {
    while (i < n && !isWordChar(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordChar(lower.charCodeAt(i))) i++;
    if (i - start >= MIN_WORD) {
      const word = lower.slice(start, i);
      words.push(word);
      starts.push(start);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return { words, starts, counts, cues: documentCues(lower) };
}

/** Index of the first word starting at or after `offset`. */
function firstWordFrom(doc: DocumentWords, offset: number): number {
  let lo = 0;
  let hi = doc.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Share (0..1) of the window's distinct content words found nowhere else in the document; 0 for windows with fewer than 3. */
export function foreignness(doc: DocumentWords, span: Span): number {
  const local = new Map<string, number>();
  for (let k = firstWordFrom(doc, span.start); k < doc.words.length && doc.starts[k]! < span.end; k++) {
    const word = doc.words[k]!;
    local.set(word, (local.get(word) ?? 0) + 1);
  }
  if (local.size < 3) return 0;
  let foreign = 0;
  for (const [word, n] of local) if ((doc.counts.get(word) ?? 0) <= n) foreign++;
  return foreign / local.size;
}
