/**
 * Completion tokens counted from the reply the caller received, for the
 * replies whose upstream reports no usage (a chat stream without
 * stream_options.include_usage, an OpenAI-compatible server that never sends
 * `usage`). Without this, such a reply settles its budgets to the whole
 * reservation; with it, to the text actually generated.
 *
 * Counted with the same tokenizer as the prompt (o200k_base, cost.ts). What
 * is counted: OpenAI chat deltas and messages (content, refusal, reasoning,
 * tool-call names and arguments), /v1/completions text, Anthropic text,
 * thinking and tool input. The small formatting overhead around tool calls is
 * not modelled: reported usage, when there is any, always wins.
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
import { textTokens } from "./cost.js";

/** A JSON reply larger than this is not parsed (not countable). */
export const MAX_BODY = 1024 * 1024;
/** An SSE line longer than this is not a chunk any API sends (not countable). */
const MAX_LINE = 256 * 1024;
/** Delta text is tokenized in batches of about this many characters (deltas end on token boundaries). */
const BATCH = 16 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Anthropic stream events; only the deltas carry generated text. */
const ANTHROPIC_EVENTS = new Set(["message_start", "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop", "ping", "error"]);

export class CompletionTokenCounter {
  private readonly decoder = new StringDecoder("utf8");
  /** The unfinished last line of the stream. */
  private line = "";
  /** `data:` lines of the SSE event being read (usually one). */
  private data: string[] = [];
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

  constructor(readonly sse: boolean) {}

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
    const text = this.line + this.decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      this.onLine(text.slice(start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
      start = nl + 1;
      if (this.failed) return;
    }
    this.line = text.slice(start);
    if (this.line.length > MAX_LINE) this.fail();
  }

  /** The reply ended normally (every byte was delivered). */
  end(): void {
    if (this.sse && !this.failed) {
      const rest = this.line + this.decoder.end();
      if (rest.length > 0) this.onLine(rest);
      this.dispatch();
    }
    this.line = "";
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
      if (!this.fromReply(reply)) this.fail();
      if (this.failed) return undefined;
    }
    this.flush();
    return this.tokens;
  }

  private fail(): void {
    this.failed = true;
    this.body = [];
    this.pending = [];
    this.data = [];
    this.line = "";
  }

  private onLine(line: string): void {
    if (line.length === 0) this.dispatch();
    else if (line.startsWith("data:")) this.data.push(line.charCodeAt(5) === 32 ? line.slice(6) : line.slice(5));
    // event:, id:, retry: and ":" comments carry no generated text.
  }

  /** One SSE event: its data is a JSON chunk, or [DONE]. */
  private dispatch(): void {
    if (this.data.length === 0) return;
    const payload = this.data.length === 1 ? this.data[0]! : this.data.join("\n");
    this.data = [];
    if (payload.trim() === "[DONE]") return;
    let chunk: unknown;
    try {
      chunk = JSON.parse(payload);
    } catch {
      this.fail();
      return;
    }
    if (!this.fromChunk(chunk)) this.fail();
  }

  private add(v: unknown): void {
    if (typeof v !== "string" || v.length === 0) return;
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

  /** OpenAI's tool_calls / function_call (a delta's or a message's): names and arguments are generated text. */
  private addCalls(m: Record<string, unknown>): void {
    if (Array.isArray(m.tool_calls)) {
      for (const call of m.tool_calls) {
        if (isObject(call) && isObject(call.function)) {
          this.add(call.function.name);
          this.add(call.function.arguments);
        }
      }
    }
    if (isObject(m.function_call)) {
      this.add(m.function_call.name);
      this.add(m.function_call.arguments);
    }
  }

  /** A message or delta of an OpenAI-shaped reply. */
  private addMessage(m: Record<string, unknown>): void {
    if (Array.isArray(m.content)) for (const part of m.content) this.add(isObject(part) ? part.text : undefined);
    else this.add(m.content);
    this.add(m.refusal);
    this.add(m.reasoning_content);
    this.add(m.reasoning);
    this.addCalls(m);
  }

  /** One stream chunk; false when its shape is unknown. */
  private fromChunk(c: unknown): boolean {
    if (!isObject(c)) return false;
    if (Array.isArray(c.choices)) {
      for (const choice of c.choices) {
        if (!isObject(choice)) continue;
        if (isObject(choice.delta)) this.addMessage(choice.delta);
        else this.add(choice.text); // /v1/completions
      }
      return true;
    }
    if (typeof c.type === "string" && ANTHROPIC_EVENTS.has(c.type)) {
      if (c.type === "content_block_delta" && isObject(c.delta)) {
        this.add(c.delta.text);
        this.add(c.delta.partial_json);
        this.add(c.delta.thinking);
      } else if (c.type === "content_block_start" && isObject(c.content_block)) {
        this.add(c.content_block.text);
        this.add(c.content_block.name);
      }
      return true;
    }
    // An error event ends the stream; nothing generated in it.
    return isObject(c.error);
  }

  /** A whole JSON reply; false when its shape is unknown. */
  private fromReply(r: unknown): boolean {
    if (!isObject(r)) return false;
    if (Array.isArray(r.choices)) {
      for (const choice of r.choices) {
        if (!isObject(choice)) continue;
        if (isObject(choice.message)) this.addMessage(choice.message);
        else this.add(choice.text);
      }
      return true;
    }
    if (r.type === "message" && Array.isArray(r.content)) {
      for (const block of r.content) {
        if (!isObject(block)) continue;
        this.add(block.text);
        this.add(block.thinking);
        if (block.type === "tool_use") {
          this.add(block.name);
          if (block.input !== undefined) this.add(JSON.stringify(block.input));
        }
      }
      return true;
    }
    return false;
  }
}
