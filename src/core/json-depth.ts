/**
 * How deeply a JSON text nests, read from its raw bytes before it is parsed.
 * JSON.parse accepts any depth, but the code that later walks the value
 * recursively does not: 300,000 levels made JSON.stringify throw a
 * RangeError (a 500) in the limit stage. Refusing deep bodies up front keeps
 * every walk bounded; this scan is linear in the size of the text,
 * allocates nothing, and costs less than the JSON.parse it precedes.
 *
 * Brackets inside strings do not count. The scan assumes nothing else about
 * the text: malformed JSON gets some depth here and is refused by JSON.parse.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/** Characters of a string read one by one before the scan jumps to its next quote. */
const RUN_BEFORE_JUMP = 256;

/**
 * The deepest nesting of arrays and objects in `bytes` (UTF-8 JSON): `{}` is
 * 1, `{"a":[1]}` is 2. Stops early and returns a number above `stopAbove`
 * as soon as the depth passes it.
 *
 * One pass, byte by byte (~1-3 ms per MiB), except inside long strings: past
 * RUN_BEFORE_JUMP characters the next quote is found with the native
 * indexOf, and the backslashes just before it say whether it is escaped. A
 * long prompt is then skipped in microseconds, while short strings and dense
 * escapes, where a native call per quote would cost more, stay in the loop.
 * Every byte is read at most twice: linear.
 */
export function jsonNestingDepth(bytes: Uint8Array, stopAbove = Number.POSITIVE_INFINITY): number {
  const n = bytes.length;
  let depth = 0;
  let max = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i++]!;
    if (b === QUOTE) {
      let run = 0;
      for (;;) {
        if (i >= n) return max;
        const c = bytes[i++]!;
        if (c === QUOTE) break;
        if (c === BACKSLASH) {
          i++; // the escaped character, whatever it is
        } else if (++run === RUN_BEFORE_JUMP) {
          const q = bytes.indexOf(QUOTE, i);
          if (q === -1) return max;
          let j = q - 1;
          while (j >= i && bytes[j] === BACKSLASH) j--;
          i = q + 1;
          run = 0;
          if ((q - 1 - j) % 2 === 0) break; // an even run of backslashes: the quote closes the string
        }
      }
    } else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
      if (++depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
      depth--;
    }
  }
  return max;
}
