/**
 * Completion tokens counted from the reply the caller received, for the
 * replies whose upstream reports no usage (a chat stream without
 * stream_options.include_usage, an OpenAI-compatible server that never sends
 * `usage`). Without this, such a reply settles its budgets to the whole
 * reservation; with it, to the text actually generated.
 *
 * Counted with the same tokenizer as the prompt (o200k_base, cost.ts). What
 * is counted is every text gateway/apis finds the model generated (the
 * guard reads the same list): OpenAI chat deltas and messages (content,
 * refusal, reasoning, tool-call names and arguments, audio transcripts),
 * /v1/completions text, Anthropic text, thinking and tool input — not the
 * text it quotes (citations, search results). The small formatting overhead
 * around tool calls is not modelled: reported usage, when there is any,
 * always wins.
 *
 * Fail safe: a reply whose shape is not one of these, or that is larger than
 * the bounds below, is "not countable" (result() undefined) and the budget
 * keeps the whole reservation. A reply that did not end (the caller left or
 * the upstream broke off: more may have been generated than was delivered)
 * gives result() undefined too; delivered() still says what was counted so
 * far, which settlement weighs against the reservation.
 *
 * It also keeps the usage the upstream reported in its final usage event —
 * the only one that covers the whole reply: a JSON reply's `usage`, an OpenAI
 * stream's last chunk with a `usage` object (stream_options.include_usage),
 * an Anthropic stream's `message_delta` usage (output tokens; the input
 * tokens from `message_start` when the delta omits them). Anthropic's
 * `message_start` usage (output_tokens: 1) says nothing about the reply and
 * is never used as its completion count. A usage without whole-number prompt
 * and completion counts (only total_tokens, fractions, negatives) is no
 * usage: the delivered text is counted instead.
 *
 * Memory is bounded: a stream is parsed as it passes (the text of its deltas
 * is tokenized in batches and dropped); a whole JSON reply is kept by
 * reference (the same chunks the reply tee holds) up to MAX_BODY and parsed
 * only when asked, i.e. only when the upstream reported no usage.
 */
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { generatedTexts, SseReader } from "../gateway/apis/index.js";
import { O200K, type Tokenizer, withMargin } from "./tokenizer.js";

/** Usage as the upstream reported it, in whole tokens. */
export interface ReportedUsage {
  prompt: number;
  completion: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const count = (v: unknown): number | undefined => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

/** Both counts of a usage object, or undefined when either is missing or not a whole number ≥ 0. */
export function readUsage(u: unknown, promptFallback?: number): ReportedUsage | undefined {
  if (!isObject(u)) return undefined;
  const prompt = count(u.prompt_tokens) ?? count(u.input_tokens) ?? promptFallback;
  const completion = count(u.completion_tokens) ?? count(u.output_tokens);
  return prompt === undefined || completion === undefined ? undefined : { prompt, completion };
}

/** A JSON reply larger than this is not parsed (not countable). */
export const MAX_BODY = 1024 * 1024;
/** An SSE event longer than this is not a chunk any API sends (not countable). */
const MAX_LINE = 256 * 1024;
/** Delta text is tokenized in batches of about this many characters (deltas end on token boundaries). */
const BATCH = 16 * 1024;

export class CompletionTokenCounter {
  private readonly decoder = new StringDecoder("utf8");
  /** The stream's events (gateway/apis framing), read as they pass. */
  private readonly events: SseReader | undefined;
  private pending: string[] = [];
  private pendingChars = 0;
  private tokens = 0;
  /** Chunks of a JSON reply, by reference. */
  private body: Buffer[] = [];
  private bodyBytes = 0;
  private ended = false;
  /** The JSON reply was parsed (result() was called). */
  private parsed = false;
  /** Something could not be understood: the count would be a guess. */
  private failed = false;
  /** The final usage event's counts (undefined: none seen, or not valid). */
  private final: ReportedUsage | undefined;
  /** A final usage event was seen (valid or not). */
  private finalSeen = false;
  /** Anthropic's message_start input tokens (used when message_delta omits them). */
  private startPrompt: number | undefined;

  constructor(
    readonly sse: boolean,
    private readonly tokenizer: Tokenizer = O200K,
  ) {
    if (sse) this.events = new SseReader((f) => this.dispatch(f.data), () => this.fail(), MAX_LINE);
  }

  /** Listens beside the pipe to the caller (never pauses it); call right before piping. */
  attach(body: Readable): void {
    // A throw in a stream listener would take the process down: anything unexpected makes the reply not countable.
    const guarded = (fn: () => void) => {
      try {
        fn();
      } catch {
        this.fail();
      }
    };
    body.on("data", (chunk: Buffer | string) => guarded(() => this.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk)));
    body.once("end", () => guarded(() => this.end()));
  }

  push(chunk: Buffer): void {
    if (this.failed) return;
    if (!this.sse) {
      this.bodyBytes += chunk.length;
      if (this.bodyBytes > MAX_BODY) this.fail();
      else this.body.push(chunk);
      return;
    }
    this.events!.feed(this.decoder.write(chunk));
  }

  /** The reply ended normally (every byte was delivered). */
  end(): void {
    if (this.sse && !this.failed) {
      this.events!.feed(this.decoder.end());
      this.events!.end();
    }
    this.ended = true;
  }

  /** The reply ended normally (every byte the upstream sent was read). */
  get complete(): boolean {
    return this.ended;
  }

  /** Completion tokens of the whole reply, or undefined when it cannot be counted (settle to the reservation). */
  result(): number | undefined {
    if (!this.ended || this.failed) return undefined;
    if (!this.sse && !this.parsed) {
      this.parsed = true; // a second call must not count the same text again
      const buf = this.body.length === 1 ? this.body[0]! : Buffer.concat(this.body, this.bodyBytes);
      this.body = [];
      let reply: unknown;
      try {
        reply = JSON.parse(buf.toString("utf8"));
      } catch {
        reply = undefined;
      }
      if (isObject(reply) && "usage" in reply && reply.usage !== null) this.takeFinal(reply.usage);
      if (!this.addAll(generatedTexts("reply", reply))) this.fail();
      if (this.failed) return undefined;
    }
    this.flush();
    return withMargin(this.tokenizer, this.tokens);
  }

  /** Completion tokens counted from what was delivered so far (a stream cut short), or undefined if not countable. */
  delivered(): number | undefined {
    if (this.failed || !this.sse) return this.ended ? this.result() : undefined;
    this.flush();
    return withMargin(this.tokenizer, this.tokens);
  }

  /** The usage of the final usage event, when one was seen with valid counts (a JSON reply: after result()). */
  reported(): ReportedUsage | undefined {
    if (!this.sse && !this.parsed && this.ended) this.result();
    return this.final;
  }

  /** A final usage event was seen but its counts were not valid. */
  get reportedInvalid(): boolean {
    return this.finalSeen && this.final === undefined;
  }

  private takeFinal(usage: unknown): void {
    this.finalSeen = true;
    this.final = readUsage(usage, this.startPrompt);
  }

  private fail(): void {
    this.failed = true;
    this.body = [];
    this.pending = [];
  }

  /** One SSE event: its data is a chunk of a known API, or [DONE]. */
  private dispatch(payload: string): void {
    if (this.failed || payload.trim() === "[DONE]") return;
    let chunk: unknown;
    try {
      chunk = JSON.parse(payload);
    } catch {
      this.fail();
      return;
    }
    if (isObject(chunk)) this.watchUsage(chunk);
    if (!this.addAll(generatedTexts("event", chunk))) this.fail();
  }

  /** Anthropic: message_start's input tokens, message_delta's usage; OpenAI: a chunk whose usage is an object. */
  private watchUsage(chunk: Record<string, unknown>): void {
    if (chunk.type === "message_start") {
      const message = chunk.message;
      if (isObject(message) && isObject(message.usage)) this.startPrompt = count(message.usage.input_tokens);
      return;
    }
    if (chunk.type === "message_delta") {
      if ("usage" in chunk) this.takeFinal(chunk.usage);
      return;
    }
    if (isObject(chunk.usage)) this.takeFinal(chunk.usage);
  }

  /** Adds the texts of a chunk or reply; false when its shape is unknown. */
  private addAll(texts: string[] | undefined): boolean {
    if (texts === undefined) return false;
    for (const t of texts) this.add(t);
    return true;
  }

  private add(v: string): void {
    if (v.length === 0) return;
    this.pending.push(v);
    this.pendingChars += v.length;
    if (this.pendingChars >= BATCH) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.tokens += this.tokenizer.count(this.pending.length === 1 ? this.pending[0]! : this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
  }
}
