/**
 * Token usage as the upstream reported it, found without parsing the whole
 * reply: the bytes are searched for `"usage":{…}` objects (a key that cannot
 * occur inside a JSON string, where every quote is escaped) and only those
 * small objects are parsed. OpenAI-shaped replies carry one at the end (and
 * streams in their last chunk when asked with stream_options.include_usage);
 * Anthropic streams carry input tokens in message_start and output tokens in
 * message_delta, so every occurrence is merged in order.
 */
export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

const KEY = Buffer.from('"usage"');
/** A usage object larger than this is not a usage object. */
const MAX_OBJECT = 4096;

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** The end (exclusive) of the JSON object starting at `start`, or -1 if it does not close within MAX_OBJECT bytes. */
function objectEnd(buf: Buffer, start: number): number {
  let depth = 0;
  let inString = false;
  const limit = Math.min(buf.length, start + MAX_OBJECT);
  for (let i = start; i < limit; i++) {
    const c = buf[i]!;
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i + 1;
  }
  return -1;
}

const count = (v: unknown): number | undefined => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined);

/** Accumulates the usage objects of one reply. */
export class UsageScan {
  private prompt: number | undefined;
  private completion: number | undefined;
  private total: number | undefined;

  /** Reads every `"usage": {…}` in `buf`, later values replacing earlier ones field by field. */
  scan(buf: Buffer): void {
    let at = buf.indexOf(KEY);
    while (at !== -1) {
      let i = at + KEY.length;
      while (i < buf.length && WS.has(buf[i]!)) i++;
      if (buf[i] === 0x3a) {
        i++;
        while (i < buf.length && WS.has(buf[i]!)) i++;
        if (buf[i] === 0x7b) {
          const end = objectEnd(buf, i);
          if (end !== -1) this.take(buf, i, end);
        }
      }
      at = buf.indexOf(KEY, at + KEY.length);
    }
  }

  private take(buf: Buffer, start: number, end: number): void {
    let u: Record<string, unknown>;
    try {
      u = JSON.parse(buf.toString("utf8", start, end)) as Record<string, unknown>;
    } catch {
      return;
    }
    const prompt = count(u.prompt_tokens) ?? count(u.input_tokens);
    const completion = count(u.completion_tokens) ?? count(u.output_tokens);
    const total = count(u.total_tokens);
    if (prompt !== undefined) this.prompt = prompt;
    if (completion !== undefined) this.completion = completion;
    if (total !== undefined) this.total = total;
  }

  /** The counts as reported, each undefined when absent (result() reads those as 0). */
  counts(): { prompt: number | undefined; completion: number | undefined } {
    return { prompt: this.prompt, completion: this.completion };
  }

  /** The usage found, or undefined when the reply reported none. */
  result(): TokenUsage | undefined {
    if (this.prompt === undefined && this.completion === undefined && this.total === undefined) return undefined;
    const prompt = this.prompt ?? 0;
    const completion = this.completion ?? 0;
    // Anthropic reports no total; embeddings report no completion.
    return { prompt, completion, total: this.total ?? prompt + completion };
  }
}
