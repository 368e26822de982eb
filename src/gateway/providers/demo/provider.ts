/**
 * The built-in `demo` provider: speaks OpenAI chat/completions/embeddings and
 * Anthropic messages, streams, and reports token usage — all offline. What it
 * says comes from behaviour.ts.
 */
import { Readable } from "node:stream";
import type { ProviderConfig } from "../../../config/schema.js";
import type { Exchange } from "../../exchange.js";
import type { Cancellation } from "../../cancel.js";
import type { ForwardCall, Provider, UpstreamReply } from "../provider.js";
import { demoEmbedding, demoReply, type Turn, textOf } from "./behaviour.js";

type DemoConfig = Extract<ProviderConfig, { type: "demo" }>;
type Tokenizer = typeof import("gpt-tokenizer");

const json = (status: number, value: unknown): UpstreamReply => {
  const buf = Buffer.from(JSON.stringify(value));
  return { status, contentType: "application/json", contentLength: buf.length, sse: false, body: Readable.from([buf]) };
};

const invalid = (message: string, param: string | null) =>
  json(400, { error: { message, type: "invalid_request_error", param, code: null } });

export class DemoProvider implements Provider {
  readonly type = "demo";
  private tokenizer: Tokenizer | undefined;
  private readonly ready: Promise<void>;

  constructor(
    readonly name: string,
    private readonly cfg: DemoConfig,
  ) {
    // Loaded once in the background; the first call waits for it.
    this.ready = import("gpt-tokenizer").then((t) => {
      this.tokenizer = t;
    });
  }

  supports(endpoint: Exchange["endpoint"]): boolean {
    return endpoint === "chat.completions" || endpoint === "completions" || endpoint === "embeddings" || endpoint === "messages";
  }

  async forward({ x, signal }: ForwardCall): Promise<UpstreamReply> {
    await this.ready;
    const body = x.body ?? {};
    const model = x.model ?? "demo";
    switch (x.endpoint) {
      case "embeddings":
        return this.embeddings(body, model);
      case "completions": {
        const prompt = body.prompt;
        if (typeof prompt !== "string" && !Array.isArray(prompt)) return invalid("'prompt' must be a string or an array of strings.", "prompt");
        return this.complete(x, [{ role: "user", text: textOf(prompt) }], body.max_tokens, "completions", signal);
      }
      case "messages": {
        const turns = this.turns(body.messages, textOf(body.system));
        if (!turns) return invalid("'messages' must be a non-empty array of {role, content}.", "messages");
        if (typeof body.max_tokens !== "number") return invalid("'max_tokens' is required for messages.", "max_tokens");
        return this.complete(x, turns, body.max_tokens, "messages", signal);
      }
      default: {
        const turns = this.turns(body.messages);
        if (!turns) return invalid("'messages' must be a non-empty array of {role, content}.", "messages");
        return this.complete(x, turns, body.max_completion_tokens ?? body.max_tokens, "chat", signal);
      }
    }
  }

  private turns(messages: unknown, system = ""): Turn[] | undefined {
    if (!Array.isArray(messages) || messages.length === 0) return undefined;
    const turns: Turn[] = system ? [{ role: "system", text: system }] : [];
    for (const m of messages) {
      if (!m || typeof m !== "object" || typeof (m as { role?: unknown }).role !== "string") return undefined;
      turns.push({ role: (m as { role: string }).role, text: textOf((m as { content?: unknown }).content) });
    }
    return turns;
  }

  private count(text: string): number {
    return this.tokenizer!.countTokens(text);
  }

  private complete(x: Exchange, turns: Turn[], maxTokens: unknown, shape: "chat" | "completions" | "messages", signal: Cancellation): UpstreamReply {
    let text = demoReply(turns, this.cfg.systemPrompt);
    let finish: "stop" | "length" = "stop";
    if (typeof maxTokens === "number" && maxTokens >= 0) {
      const tokens = this.tokenizer!.encode(text);
      if (tokens.length > maxTokens) {
        text = this.tokenizer!.decode(tokens.slice(0, maxTokens));
        finish = "length";
      }
    }
    const promptTokens = this.count(this.cfg.systemPrompt) + turns.reduce((n, t) => n + this.count(t.text) + 4, 3);
    const completionTokens = this.count(text);
    const model = x.model ?? "demo";
    const created = Math.floor(Date.now() / 1000);
    const id = x.id.replace(/^req_/, "");

    if (shape === "messages") {
      const usage = { input_tokens: promptTokens, output_tokens: completionTokens };
      const stop = finish === "length" ? "max_tokens" : "end_turn";
      if (!x.stream) {
        return json(200, { id: `msg_${id}`, type: "message", role: "assistant", model, content: [{ type: "text", text }], stop_reason: stop, stop_sequence: null, usage });
      }
      const ev = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
      const head = [
        ev("message_start", { type: "message_start", message: { id: `msg_${id}`, type: "message", role: "assistant", model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: promptTokens, output_tokens: 0 } } }),
        ev("content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }),
      ];
      const pieces = words(text).map((w) => ev("content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: w } }));
      const tail = [
        ev("content_block_stop", { type: "content_block_stop", index: 0 }),
        ev("message_delta", { type: "message_delta", delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: completionTokens } }),
        ev("message_stop", { type: "message_stop" }),
      ];
      return this.sse([...head, ...pieces, ...tail], signal);
    }

    const usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
    if (shape === "completions") {
      const base = { id: `cmpl-${id}`, object: "text_completion", created, model };
      if (!x.stream) return json(200, { ...base, choices: [{ index: 0, text, logprobs: null, finish_reason: finish }], usage });
      const data = (v: unknown) => `data: ${JSON.stringify(v)}\n\n`;
      const chunks = words(text).map((w) => data({ ...base, choices: [{ index: 0, text: w, logprobs: null, finish_reason: null }] }));
      chunks.push(data({ ...base, choices: [{ index: 0, text: "", logprobs: null, finish_reason: finish }] }));
      if (includeUsage(x)) chunks.push(data({ ...base, choices: [], usage }));
      chunks.push("data: [DONE]\n\n");
      return this.sse(chunks, signal);
    }

    const base = { id: `chatcmpl-${id}`, object: "chat.completion", created, model, system_fingerprint: "wardgate-demo" };
    if (!x.stream) {
      return json(200, {
        ...base,
        choices: [{ index: 0, message: { role: "assistant", content: text, refusal: null }, logprobs: null, finish_reason: finish }],
        usage,
      });
    }
    const chunkBase = { ...base, object: "chat.completion.chunk" };
    const data = (v: unknown) => `data: ${JSON.stringify(v)}\n\n`;
    const chunks = [data({ ...chunkBase, choices: [{ index: 0, delta: { role: "assistant", content: "" }, logprobs: null, finish_reason: null }] })];
    for (const w of words(text)) chunks.push(data({ ...chunkBase, choices: [{ index: 0, delta: { content: w }, logprobs: null, finish_reason: null }] }));
    chunks.push(data({ ...chunkBase, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: finish }] }));
    if (includeUsage(x)) chunks.push(data({ ...chunkBase, choices: [], usage }));
    chunks.push("data: [DONE]\n\n");
    return this.sse(chunks, signal);
  }

  private sse(events: string[], signal: Cancellation): UpstreamReply {
    const delay = this.cfg.chunkDelayMs;
    async function* emit() {
      for (const e of events) {
        if (signal.aborted) return;
        if (delay > 0) await signal.sleep(delay);
        if (signal.aborted) return;
        yield Buffer.from(e);
      }
    }
    return { status: 200, contentType: "text/event-stream; charset=utf-8", sse: true, body: Readable.from(emit()) };
  }

  private embeddings(body: Record<string, unknown>, model: string): UpstreamReply {
    const input = body.input;
    const items: string[] | undefined =
      typeof input === "string"
        ? [input]
        : Array.isArray(input) && input.length > 0
          ? input.every((i) => typeof i === "string")
            ? (input as string[])
            : input.every((i) => typeof i === "number")
              ? [input.join(" ")]
              : input.every((i) => Array.isArray(i))
                ? input.map((i) => (i as unknown[]).join(" "))
                : undefined
          : undefined;
    if (!items) return invalid("'input' must be a string, an array of strings, or token arrays.", "input");
    const requested = body.dimensions;
    const dims = typeof requested === "number" && Number.isInteger(requested) && requested > 0 && requested <= this.cfg.embeddingDimensions ? requested : this.cfg.embeddingDimensions;
    const base64 = body.encoding_format === "base64";
    const data = items.map((text, index) => {
      const v = demoEmbedding(text, dims);
      return { object: "embedding", index, embedding: base64 ? Buffer.from(new Float32Array(v).buffer).toString("base64") : v };
    });
    const tokens = items.reduce((n, t) => n + this.count(t), 0);
    return json(200, { object: "list", data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
  }

  async close(): Promise<void> {}
}

function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [""];
}

function includeUsage(x: Exchange): boolean {
  const o = x.body?.stream_options;
  return !!o && typeof o === "object" && (o as { include_usage?: unknown }).include_usage === true;
}
