/**
 * How foreign a window is to the document around it.
 *
 * An instruction planted in data is usually off-topic for that data: a
 * question about Romeo and Juliet inside a bank notification, a translation
 * request between table rows. The share of a window's content words that
 * occur nowhere else in the document is a cheap, source-independent signal
 * for that, which the document head gets as one extra feature.
 */

import type { Span } from "./windows.js";

/** Words of four or more letters: short words are function words in most languages we see. */
const CONTENT_WORD = /[\p{L}\p{N}]{4,}/gu;

export type WordCounts = Map<string, number>;

export function wordCounts(text: string): WordCounts {
  const counts: WordCounts = new Map();
  for (const m of text.toLowerCase().matchAll(CONTENT_WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** Share (0..1) of the window's content words found nowhere else in the document; 0 for windows with fewer than 3. */
export function foreignness(text: string, span: Span, counts: WordCounts): number {
  const local: WordCounts = new Map();
  for (const m of text.slice(span.start, span.end).toLowerCase().matchAll(CONTENT_WORD)) local.set(m[0], (local.get(m[0]) ?? 0) + 1);
  let words = 0;
  let foreign = 0;
  for (const [word, n] of local) {
    words++;
    if ((counts.get(word) ?? 0) <= n) foreign++;
  }
  return words >= 3 ? foreign / words : 0;
}
