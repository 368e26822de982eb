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
 * Fail safe: a reply whose shape is not one of these, that did not end (the
 * caller left or the upstream broke off: more may have been generated than
 * was delivered), or that is larger than the bounds below, is "not
 * countable" (result() undefined) and the budget keeps the whole reservation.
 *
 * Memory is bounded: a stream is parsed as it passes (the text of its deltas
 * is tokenized in batches and dropped); a whole JSON reply is kept by
 * reference (the same chunks the reply tee holds) up to MAX_BODY and parsed
 * only when asked, i.e. only when the upstream reported no usage.
 */
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { generatedTexts, SseReader } from "../gateway/apis/index.js";
import { textTokens } from "./cost.js";

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

  constructor(readonly sse: boolean) {
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
      if (!this.addAll(generatedTexts("reply", reply))) this.fail();
      if (this.failed) return undefined;
    }
    this.flush();
    return this.tokens;
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
    if (!this.addAll(generatedTexts("event", chunk))) this.fail();
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
    this.tokens += textTokens(this.pending.length === 1 ? this.pending[0]! : this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
  }
}
