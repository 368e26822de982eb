/**
 * JSON string escapes in text the model wrote as JSON source (tool-call
 * arguments, Anthropic's streamed `partial_json`): "\u0068ttps:\/\/evil"
 * is "https://evil" to whatever parses the arguments, so detectors read the
 * decoded text. `\uXXXX` and `\/` are decoded; other escapes (\" \\ \n ...)
 * are kept, since they are what separates one JSON string from the next.
 * Spans found in the view map back to the source with `map` (source offset
 * of each view character, plus the source length at the end), so a
 * redaction replaces the escapes themselves. One linear pass.
 */

export interface EscapeView {
  text: string;
  /** map[i]: offset in the source of view character i; map[text.length] = source length. */
  map: Int32Array;
}

/** The decoded view, or undefined when the text has nothing to decode (the common case). */
export function jsonEscapeView(source: string): EscapeView | undefined {
  if (!source.includes("\\u") && !source.includes("\\/")) return undefined;
  const map = new Int32Array(source.length + 1);
  let out = "";
  let n = 0;
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < source.length) {
      const next = source.charCodeAt(i + 1);
      if (next === 117 /* u */ && isHex4(source, i + 2)) {
        map[n++] = i;
        out += String.fromCharCode(Number.parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      if (next === 47 /* / */) {
        map[n++] = i;
        out += "/";
        i += 2;
        continue;
      }
      // Any other escape is kept whole, so "\\u0068" (an escaped backslash) is not decoded.
      map[n++] = i;
      map[n++] = i + 1;
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    map[n++] = i;
    out += source[i];
    i++;
  }
  map[n] = source.length;
  return { text: out, map: map.subarray(0, n + 1) };
}

function isHex4(s: string, at: number): boolean {
  if (at + 4 > s.length) return false;
  for (let k = at; k < at + 4; k++) {
    const c = s.charCodeAt(k) | 0x20;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
