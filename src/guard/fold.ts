/**
 * Folds look-alike characters to the ASCII they pass for (tables in
 * confusables.ts). Runs after NFKC, which has already folded fullwidth forms,
 * mathematical alphanumerics and ligatures. Case is kept.
 *
 *  - Punctuation look-alikes (dashes, curly quotes, ...): always, silently.
 *  - Latin-script look-alikes (small capitals, IPA letters): always, counted.
 *  - Combining marks left on an ASCII letter (strikethrough, underline,
 *    Zalgo; NFKC has already composed "e" + acute into "é"): stripped, counted.
 *  - Letters of other scripts, decided per word (letters and digits):
 *      mixed: at least one Latin letter, and fewer foreign letters without a
 *        Latin look-alike than Latin letters plus look-alikes ("pаypаl" with
 *        Cyrillic а folds; a Russian word with one Latin letter does not);
 *      disguised: only look-alikes, at least two, in a text whose letters are
 *        mostly Latin ("ехес" inside English folds; in Russian it stays).
 *    So a Russian or Greek sentence stays readable and a lone Greek "α" in a
 *    formula stays Greek. Folded letters are counted.
 */
import { CROSS_SCRIPT_LOOKALIKES, LATIN_LOOKALIKES, ORTHOGRAPHIC_LOOKALIKES, SYMBOL_LOOKALIKES } from "./confusables.js";

/** Per BMP code unit, what folding needs to know: one table lookup per character. */
const FOLDABLE = 1; // in SYMBOL_LOOKALIKES or LATIN_LOOKALIKES
const MARK = 2; // combining mark
const CROSS_SCRIPT = 4; // in CROSS_SCRIPT_LOOKALIKES
const WORD = 8; // letter, digit or mark, approximately (see isWordCharacter)
const LATIN = 16; // Latin letter
const DIGIT = 32; // ASCII digit: neutral in the per-word decision
const TRAITS = new Uint8Array(0x10000);
for (let c = 0; c < TRAITS.length; c++) {
  if (isWordCharacter(c)) TRAITS[c]! |= WORD;
  if (isLatinLetter(c)) TRAITS[c]! |= LATIN;
  if (c >= 0x30 && c <= 0x39) TRAITS[c]! |= DIGIT;
}
for (const cp of SYMBOL_LOOKALIKES.keys()) TRAITS[cp]! |= FOLDABLE;
for (const cp of LATIN_LOOKALIKES.keys()) TRAITS[cp]! |= FOLDABLE;
for (const cp of CROSS_SCRIPT_LOOKALIKES.keys()) TRAITS[cp]! |= CROSS_SCRIPT;
for (const [from, to] of [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
] as const) {
  for (let c = from; c <= to; c++) TRAITS[c]! |= MARK;
}

export interface FoldResult {
  text: string;
  /** Look-alike letters folded and marks stripped (punctuation not counted). */
  folded: number;
}

export function foldLookalikes(text: string): FoldResult {
  const chars = foldCharacters(text);
  if (!chars.crossScript) return { text: chars.text, folded: chars.folded };
  const words = foldMixedScriptWords(chars.text);
  return { text: words.text, folded: chars.folded + words.folded };
}

/** Everything but the per-word decision; notes whether a cross-script look-alike is present. */
function foldCharacters(text: string): FoldResult & { crossScript: boolean } {
  let out = "";
  let kept = 0;
  let folded = 0;
  let crossScript = false;
  let afterAsciiLetter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      afterAsciiLetter = isAsciiLetter(c);
      continue;
    }
    const traits = TRAITS[c]!;
    let replacement: string;
    if (traits & MARK) {
      if (!afterAsciiLetter) continue;
      replacement = "";
      folded++;
    } else if (traits & FOLDABLE) {
      const symbol = SYMBOL_LOOKALIKES.get(c);
      if (symbol === undefined) {
        replacement = LATIN_LOOKALIKES.get(c)!;
        if (!ORTHOGRAPHIC_LOOKALIKES.has(c)) folded++;
      } else {
        replacement = symbol;
      }
      afterAsciiLetter = isAsciiLetter(replacement.charCodeAt(0));
    } else {
      if (traits & CROSS_SCRIPT) crossScript = true;
      afterAsciiLetter = false;
      continue;
    }
    out += text.slice(kept, i) + replacement;
    kept = i + 1;
  }
  return { text: kept === 0 ? text : out + text.slice(kept), folded, crossScript };
}

/** A word holding cross-script look-alikes: folded if mixed, or if disguised in mostly Latin text. */
interface Word {
  start: number;
  end: number;
  /** Has Latin letters, and fewer foreign letters than Latin ones plus look-alikes. */
  mixed: boolean;
  /** Letters of other scripts that look Latin. */
  lookalike: number;
}

function foldMixedScriptWords(text: string): FoldResult {
  const candidates: Word[] = [];
  let latinLetters = 0;
  let otherLetters = 0;
  let start = -1;
  let latin = 0;
  let lookalike = 0;
  let foreign = 0;
  for (let i = 0; i <= text.length; i++) {
    const traits = i < text.length ? TRAITS[text.charCodeAt(i)]! : 0;
    if (traits & WORD) {
      if (start < 0) start = i;
      if (traits & LATIN) latin++;
      else if (traits & CROSS_SCRIPT) lookalike++;
      else if ((traits & MARK) === 0 && (traits & DIGIT) === 0) foreign++;
      continue;
    }
    if (start < 0) continue;
    const mixed = latin > 0 && foreign < latin + lookalike;
    // Count letters as they will read: a mixed word's look-alikes become Latin.
    latinLetters += mixed ? latin + lookalike : latin;
    otherLetters += foreign + (latin === 0 ? lookalike : 0);
    // A word with foreign letters and no Latin one is plain foreign text: never folded.
    if (lookalike > 0 && (mixed || foreign === 0)) candidates.push({ start, end: i, mixed, lookalike });
    start = -1;
    latin = lookalike = foreign = 0;
  }

  const mostlyLatin = latinLetters > otherLetters;
  let out = "";
  let kept = 0;
  let folded = 0;
  for (const w of candidates) {
    const disguised = !w.mixed && w.lookalike >= 2 && mostlyLatin;
    if (!w.mixed && !disguised) continue;
    out += text.slice(kept, w.start);
    let afterAsciiLetter = false;
    for (let i = w.start; i < w.end; i++) {
      const c = text.charCodeAt(i);
      // A mark on a letter that just became ASCII goes, as foldCharacters strips marks on ASCII letters.
      if (afterAsciiLetter && TRAITS[c]! & MARK) {
        folded++;
        continue;
      }
      const ch = CROSS_SCRIPT_LOOKALIKES.get(c) ?? text[i]!;
      afterAsciiLetter = isAsciiLetter(ch.charCodeAt(0));
      out += ch;
    }
    kept = w.end;
    folded += w.lookalike;
  }
  return { text: kept === 0 ? text : out + text.slice(kept), folded };
}

/**
 * Letters, digits and marks, approximately: ASCII alphanumerics, and any
 * BMP character outside the punctuation and symbol blocks. Surrogates
 * (emoji, mostly) separate words; no look-alike lives outside the BMP.
 */
function isWordCharacter(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || isAsciiLetter(c);
  return !(
    c < 0xc0 ||
    c === 0xd7 ||
    c === 0xf7 ||
    (c >= 0x2000 && c <= 0x2bff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xfe30 && c <= 0xfe4f)
  );
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Latin letters: ASCII, Latin-1, Extended-A/B, IPA, Extended Additional, -C, -D. */
function isLatinLetter(c: number): boolean {
  return (
    isAsciiLetter(c) ||
    (c >= 0xc0 && c <= 0x2af && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x2c60 && c <= 0x2c7f) ||
    (c >= 0xa720 && c <= 0xa7ff)
  );
}
