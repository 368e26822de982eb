/**
 * Terminal escape sequences in model output. Output that reaches a terminal
 * (CLI clients, agents piping to a shell, logs viewed with cat) is
 * interpreted by it, so an attacker who steers the model can:
 * - write the clipboard (OSC 52): the next paste runs the attacker's command;
 * - show a hyperlink whose target differs from its text (OSC 8);
 * - hide or overwrite text (conceal SGR 8, cursor movement, erase), so what
 *   the user reviews is not what was output;
 * - make the terminal answer or act (status reports, window operations, title
 *   setting and vendor commands such as iTerm2's OSC 1337).
 *
 * Both the 7-bit forms (ESC [, ESC ], ESC P ...) and raw C1 controls
 * (U+009B CSI, U+009D OSC, ...) are recognised. Colour-only SGR sequences
 * are reported with a low score. Touching sequences are merged into one
 * finding with the highest score. Parsing is a single forward pass: an
 * unterminated string ends at the next escape, never rescanning.
 */
import type { Finding } from "../types.js";

const DETECTOR = "active.terminal-escape";
const LABEL = "TERMINAL_ESCAPE";

const ESC = 0x1b;
const BEL = 0x07;
const C1_CSI = 0x9b;
const C1_OSC = 0x9d;
const C1_ST = 0x9c;
/** DCS, SOS, PM, APC: control strings ended by ST. */
const C1_STRINGS = new Set([0x90, 0x98, 0x9e, 0x9f]);
const ESC_STRING_INTRODUCERS = new Set(["P", "X", "^", "_"]);

const ESCAPE_CHARS = /[\u001b\u0080-\u009f]/g;

interface Sequence {
  start: number;
  end: number;
  score: number;
  message: string;
}

export function findTerminalEscapes(text: string): Finding[] {
  const findings: Finding[] = [];
  const re = ESCAPE_CHARS;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const seq = readSequence(text, m.index);
    re.lastIndex = seq.end;
    const last = findings[findings.length - 1];
    if (last !== undefined && last.end === seq.start) {
      last.end = seq.end;
      if (seq.score > last.score) {
        last.score = seq.score;
        last.message = seq.message;
      }
      continue;
    }
    findings.push({ detector: DETECTOR, score: seq.score, start: seq.start, end: seq.end, label: LABEL, message: seq.message });
  }
  return findings;
}

function readSequence(text: string, start: number): Sequence {
  const c = text.charCodeAt(start);
  if (c === ESC) {
    const next = text[start + 1];
    if (next === "[") return readCsi(text, start, start + 2);
    if (next === "]") return readOsc(text, start, start + 2);
    if (next !== undefined && ESC_STRING_INTRODUCERS.has(next)) return readControlString(text, start, start + 2);
    return readShortEscape(text, start);
  }
  if (c === C1_CSI) return readCsi(text, start, start + 1);
  if (c === C1_OSC) return readOsc(text, start, start + 1);
  if (C1_STRINGS.has(c)) return readControlString(text, start, start + 1);
  return { start, end: start + 1, score: 0.4, message: "The output contains a raw C1 control character, which some terminals act on." };
}

/** ESC followed by intermediates (0x20-0x2F) and one final character: resets, charset switches, cursor save. */
function readShortEscape(text: string, start: number): Sequence {
  let i = start + 1;
  while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
  const final = text[i];
  const end = final === undefined ? i : i + 1;
  if (final === "c") return { start, end, score: 0.6, message: "The output contains a terminal reset sequence, which can wipe what the user sees." };
  return { start, end, score: 0.4, message: "The output contains a terminal escape sequence." };
}

const CURSOR_AND_ERASE = new Set("ABCDEFGHJKfdSTsuLMP@X`aegr");
const REPORTS_AND_WINDOW = new Set("nctqx");

/** CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, final 0x40-0x7E. */
function readCsi(text: string, start: number, from: number): Sequence {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x3f) i++;
  const params = text.slice(from, i);
  while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
  const f = text.charCodeAt(i);
  if (!(f >= 0x40 && f <= 0x7e)) {
    return { start, end: i, score: 0.5, message: "The output contains an incomplete terminal control sequence." };
  }
  const final = text[i]!;
  const end = i + 1;
  if (final === "m") {
    if (params.split(/[;:]/).includes("8")) {
      return { start, end, score: 0.7, message: "The output contains a terminal sequence that hides text from view (conceal)." };
    }
    return { start, end, score: 0.3, message: "The output contains terminal colour or style sequences." };
  }
  if (CURSOR_AND_ERASE.has(final)) {
    return { start, end, score: 0.6, message: "The output contains terminal sequences that move the cursor or erase text, which can hide or overwrite what was shown." };
  }
  if (REPORTS_AND_WINDOW.has(final)) {
    return { start, end, score: 0.7, message: "The output contains a terminal sequence that makes the terminal report or change its state." };
  }
  return { start, end, score: 0.5, message: "The output contains a terminal control sequence." };
}

/** End of a control string: BEL (OSC only) or ST (ESC \ or U+009C). Another escape aborts it. */
function readStringBody(text: string, from: number, allowBel: boolean): { end: number; terminated: boolean } {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BEL && allowBel) return { end: i + 1, terminated: true };
    if (c === C1_ST) return { end: i + 1, terminated: true };
    if (c === ESC) return text[i + 1] === "\\" ? { end: i + 2, terminated: true } : { end: i, terminated: false };
    if (c >= 0x80 && c <= 0x9f) return { end: i, terminated: false };
  }
  return { end: text.length, terminated: false };
}

function readOsc(text: string, start: number, from: number): Sequence {
  let i = from;
  while (i < text.length && i - from < 8 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  const command = text.slice(from, i);
  const body = readStringBody(text, i, true);
  const end = body.end;
  const tail = body.terminated ? "" : " (unterminated, so the terminal may swallow the text after it)";
  switch (command) {
    case "52":
      return { start, end, score: 0.95, message: `The output contains a terminal sequence that writes the clipboard (OSC 52)${tail}.` };
    case "8":
      return { start, end, score: 0.85, message: `The output contains a terminal hyperlink whose target is hidden from view (OSC 8)${tail}.` };
    case "1337":
    case "50":
    case "5113":
    case "5522":
      return { start, end, score: 0.9, message: `The output contains a terminal vendor command sequence (OSC ${command})${tail}.` };
    case "0":
    case "1":
    case "2":
      return { start, end, score: 0.6, message: `The output contains a terminal sequence that sets the window title${tail}.` };
    default:
      return { start, end, score: 0.6, message: `The output contains a terminal operating-system command sequence${tail}.` };
  }
}

function readControlString(text: string, start: number, from: number): Sequence {
  const body = readStringBody(text, from, false);
  return { start, end: body.end, score: 0.7, message: "The output contains a terminal device-control string, which can make the terminal act or answer." };
}
