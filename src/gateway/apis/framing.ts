/**
 * How streams are framed: Server-Sent Events (OpenAI, Anthropic, most
 * routes) and newline-delimited JSON (Ollama's native API, some routes).
 * One reader per framing, fed decoded text in chunks of any size, calls
 * back once per event; the same events come out whatever the chunking.
 *
 * SSE follows the WHATWG parsing rules (CRLF, LF or CR line ends; `data:`
 * lines joined with "\n"; `event:` and `id:` kept for the event; comments
 * and `retry:` dropped). An event still open when the stream ends is
 * dispatched too, so nothing a lenient client would read goes unseen.
 *
 * Memory is bounded: an event or line longer than `maxBytes` characters
 * makes the reader report it (the stream cannot be inspected) and stop.
 */

export interface Frame {
  /** SSE `event:` field of this event, if any. */
  event?: string;
  /** SSE `id:` field of this event, if any. */
  id?: string;
  /** The event's data (SSE) or the line without its line end (NDJSON). */
  data: string;
  /** NDJSON: the line end as it came ("\n", "\r\n", or "" for a last line without one). */
  eol?: string;
}

export interface FrameReader {
  feed(text: string): void;
  /** The stream ended: dispatches what is still open. */
  end(): void;
}

export type Framing = "sse" | "ndjson";

/** Events larger than this (characters) are not read: the stream cannot be inspected. */
export const MAX_EVENT_CHARS = 1024 * 1024;

/** Splits text into lines across chunks; a lone CR, CRLF and LF all end a line (SSE) or only LF (NDJSON). */
class Lines {
  private partial = "";
  private skipLf = false;
  private started = false;

  constructor(
    private readonly crEnds: boolean,
    private readonly maxChars: number,
    private readonly onLine: (line: string, eol: string) => void,
    private readonly onOverflow: () => void,
  ) {}

  feed(chunk: string): boolean {
    let text = chunk;
    if (text.length === 0) return true;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark starts no line
    }
    if (this.crEnds) {
      if (this.skipLf && text.charCodeAt(0) === 10) text = text.slice(1);
      this.skipLf = false;
      if (text.includes("\r")) {
        this.skipLf = text.charCodeAt(text.length - 1) === 13; // its LF may start the next chunk
        text = text.replace(/\r\n?/g, "\n");
      }
    }
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      let line = this.partial + text.slice(start, nl);
      this.partial = "";
      if (line.length > this.maxChars) {
        this.onOverflow();
        return false;
      }
      let eol = "\n";
      if (!this.crEnds && line.charCodeAt(line.length - 1) === 13) {
        line = line.slice(0, -1);
        eol = "\r\n";
      }
      this.onLine(line, eol);
      start = nl + 1;
    }
    this.partial += text.slice(start);
    if (this.partial.length > this.maxChars) {
      this.partial = "";
      this.onOverflow();
      return false;
    }
    return true;
  }

  /** The last line, if the stream did not end with a line end. */
  rest(): string {
    const r = this.partial;
    this.partial = "";
    return r;
  }
}

/** Reads Server-Sent Events. */
export class SseReader implements FrameReader {
  private readonly lines: Lines;
  private data: string[] = [];
  private dataChars = 0;
  private event: string | undefined;
  private id: string | undefined;
  private stopped = false;

  constructor(
    private readonly onFrame: (f: Frame) => void,
    private readonly onOverflow: () => void,
    private readonly maxChars = MAX_EVENT_CHARS,
  ) {
    this.lines = new Lines(true, maxChars, (line) => this.line(line), () => this.overflow());
  }

  feed(text: string): void {
    if (!this.stopped) this.lines.feed(text);
  }

  end(): void {
    if (this.stopped) return;
    const rest = this.lines.rest();
    if (rest.length > 0) this.line(rest);
    this.dispatch();
  }

  private overflow(): void {
    this.stopped = true;
    this.data = [];
    this.onOverflow();
  }

  private line(line: string): void {
    if (this.stopped) return;
    if (line.length === 0) {
      this.dispatch();
      return;
    }
    if (line.charCodeAt(0) === 58) return; // ":" comment
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === "data") {
      this.data.push(value);
      this.dataChars += value.length + 1;
      if (this.dataChars > this.maxChars) this.overflow();
    } else if (field === "event") this.event = value;
    else if (field === "id" && !value.includes("\0")) this.id = value;
    // retry: and unknown fields carry nothing for the caller's text.
  }

  private dispatch(): void {
    const event = this.event;
    const id = this.id;
    this.event = undefined;
    this.id = undefined;
    if (this.data.length === 0) return;
    const data = this.data.length === 1 ? this.data[0]! : this.data.join("\n");
    this.data = [];
    this.dataChars = 0;
    this.onFrame({ data, ...(event !== undefined ? { event } : {}), ...(id !== undefined ? { id } : {}) });
  }
}

/** Reads newline-delimited JSON (one value per line; blank lines pass through as frames with empty data). */
export class NdjsonReader implements FrameReader {
  private readonly lines: Lines;
  private stopped = false;

  constructor(
    private readonly onFrame: (f: Frame) => void,
    onOverflow: () => void,
    maxChars = MAX_EVENT_CHARS,
  ) {
    this.lines = new Lines(false, maxChars, (data, eol) => this.onFrame({ data, eol }), () => {
      this.stopped = true;
      onOverflow();
    });
  }

  feed(text: string): void {
    if (!this.stopped) this.lines.feed(text);
  }

  end(): void {
    if (this.stopped) return;
    const rest = this.lines.rest();
    if (rest.length > 0) this.onFrame({ data: rest, eol: "" });
  }
}

export function frameReader(framing: Framing, onFrame: (f: Frame) => void, onOverflow: () => void, maxChars = MAX_EVENT_CHARS): FrameReader {
  return framing === "sse" ? new SseReader(onFrame, onOverflow, maxChars) : new NdjsonReader(onFrame, onOverflow, maxChars);
}

/** A frame written out again, with `data` (possibly rewritten) in place of its own. */
export function serializeFrame(framing: Framing, f: Frame, data: string): string {
  if (framing === "ndjson") return data + (f.eol ?? "\n");
  let s = "";
  if (f.event !== undefined) s += `event: ${f.event}\n`;
  if (f.id !== undefined) s += `id: ${f.id}\n`;
  let start = 0;
  for (let nl = data.indexOf("\n"); nl !== -1; nl = data.indexOf("\n", start)) {
    s += `data: ${data.slice(start, nl)}\n`;
    start = nl + 1;
  }
  return `${s}data: ${data.slice(start)}\n\n`;
}
