/**
 * What a request may cost, before it is forwarded: its prompt tokens
 * (counted with a real tokenizer), the most completion tokens it may produce,
 * and the money in micro-units of the price's currency. Reservations use the
 * worst case; settlement uses the usage the upstream reports.
 *
 * Tokens are counted with the model's own tokenizer where gpt-tokenizer has
 * it, else with o200k_base plus a safety margin (tokenizer.ts); the
 * reservation is settled to the reported usage afterwards. Counting never
 * returns less than something for a body it does not understand: unknown
 * shapes are counted as their JSON text. Every text the model reads is
 * counted, including completions' suffix, assistant refusals and predicted
 * outputs (prediction.content), which the guard reads as well
 * (gateway/apis/request-fields.ts).
 */
import type { Price } from "../config/retention-schema.js";
import { O200K, type Tokenizer, withMargin } from "./tokenizer.js";

/** The request bodies whose tokens are counted: /v1/chat/completions, /v1/completions, /v1/messages (Anthropic). */
export type TokenApi = "chat" | "completions" | "messages";

/** Per message: the role and the separators around it (OpenAI's documented overhead is 3–4). */
const PER_MESSAGE = 4;
/** The reply's priming tokens. */
const PER_REPLY = 3;
/** An image part, whatever its size: more than a high-detail 2048×2048 image on GPT-4o (1105) or Claude (~1600). */
export const IMAGE_TOKENS = 1_600;

/** Tokens of one text with o200k_base, without any margin. */
export function textTokens(text: string): number {
  return O200K.count(text);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Counts one request body's prompt with one tokenizer (without its margin: promptTokens adds it to the total). */
class BodyCounter {
  constructor(private readonly tok: Tokenizer) {}

  text(t: string): number {
    return this.tok.count(t);
  }

  json(v: unknown): number {
    return v === undefined || v === null ? 0 : this.text(typeof v === "string" ? v : JSON.stringify(v));
  }

  /** One content value: a string, or an array of parts (text, image, tool use/result…). */
  content(content: unknown): number {
    if (content === undefined || content === null) return 0;
    if (typeof content === "string") return this.text(content);
    if (!Array.isArray(content)) return this.json(content);
    let n = 0;
    for (const part of content) {
      if (typeof part === "string") n += this.text(part);
      else if (!isObject(part)) n += this.json(part);
      else if (typeof part.text === "string") n += this.text(part.text);
      else if (part.type === "image_url" || part.type === "image" || part.type === "input_image") n += IMAGE_TOKENS;
      // Anthropic tool_use: the name and its input; tool_result: its content (a string or parts).
      else if (part.type === "tool_use") n += this.json(part.name) + this.json(part.input);
      else if (part.type === "tool_result") n += this.content(part.content);
      else n += this.json(part);
    }
    return n;
  }

  chat(body: Record<string, unknown>): number {
    if (!Array.isArray(body.messages)) return this.json(body);
    let n = PER_REPLY;
    for (const m of body.messages) {
      if (!isObject(m)) {
        n += this.json(m);
        continue;
      }
      n += PER_MESSAGE + this.content(m.content) + this.json(m.name) + this.json(m.tool_calls) + this.json(m.function_call) + this.json(m.refusal);
    }
    // Tool and function definitions are sent to the model as text too, and so is a predicted output.
    const prediction = isObject(body.prediction) ? this.content(body.prediction.content) : this.json(body.prediction);
    return n + this.json(body.tools) + this.json(body.functions) + this.json(body.response_format) + prediction;
  }

  messages(body: Record<string, unknown>): number {
    if (!Array.isArray(body.messages)) return this.json(body);
    let n = PER_REPLY + this.content(body.system);
    for (const m of body.messages) n += isObject(m) ? PER_MESSAGE + this.content(m.content) : this.json(m);
    return n + this.json(body.tools);
  }

  completions(body: Record<string, unknown>): number {
    const p = body.prompt;
    // The suffix is read by the model whatever the prompt's shape.
    if (typeof p === "string") return this.text(p) + this.json(body.suffix);
    if (Array.isArray(p)) {
      // A list of prompts (strings), one prompt as token ids (numbers), or a list of those.
      let n = 0;
      for (const item of p) n += typeof item === "number" ? 1 : Array.isArray(item) ? item.length : this.content(item);
      return n + this.json(body.suffix);
    }
    return this.json(body);
  }

  body(api: TokenApi, body: unknown): number {
    if (!isObject(body)) return this.json(body);
    if (api === "chat") return this.chat(body);
    if (api === "messages") return this.messages(body);
    return this.completions(body);
  }
}

/** The prompt tokens of a request body, counted before forwarding with `tokenizer` (its margin added to the total). */
export function promptTokens(api: TokenApi, body: unknown, tokenizer: Tokenizer = O200K): number {
  return withMargin(tokenizer, new BodyCounter(tokenizer).body(api, body));
}

/** Tokens of a JSON value (an embeddings input) with `tokenizer` and its margin. */
export function valueTokens(v: unknown, tokenizer: Tokenizer = O200K): number {
  return withMargin(tokenizer, tokenizer.count(typeof v === "string" ? v : JSON.stringify(v ?? "")));
}

const positiveInt = (v: unknown): number | undefined => (typeof v === "number" && Number.isSafeInteger(v) && v > 0 ? v : undefined);
const largest = (...vs: (number | undefined)[]): number | undefined => vs.reduce<number | undefined>((a, v) => (v === undefined ? a : a === undefined ? v : Math.max(a, v)), undefined);

export interface OutputBound {
  /** The most completion tokens reserved for this request: choices × tokens per choice. */
  tokens: number;
  /**
   * The request asked for more per choice than `maxOutputTokens` (or named no
   * limit): the limit stage should set the body's max_tokens (or
   * max_completion_tokens) to `perChoice`, so the upstream cannot produce
   * more than was reserved.
   */
  clamp: boolean;
  perChoice: number;
}

/**
 * The completion tokens a request may produce: the largest of max_tokens,
 * max_completion_tokens and max_output_tokens (an upstream may honour any of
 * them), capped by `maxOutputTokens` (the default when it names none), times
 * the number of choices (the larger of `n` and `best_of`: every candidate is
 * generated and billed). Values that are not positive integers are refused
 * before this is asked (request-numbers.ts); here they count as absent.
 */
export function outputBound(_api: TokenApi, body: unknown, maxOutputTokens: number): OutputBound {
  const b = isObject(body) ? body : {};
  const asked = largest(positiveInt(b.max_tokens), positiveInt(b.max_completion_tokens), positiveInt(b.max_output_tokens));
  const perChoice = Math.min(asked ?? maxOutputTokens, maxOutputTokens);
  const choices = largest(positiveInt(b.n), positiveInt(b.best_of)) ?? 1;
  return { tokens: perChoice * choices, clamp: asked === undefined || asked > maxOutputTokens, perChoice };
}

/** Prompt + the most completion tokens: what a token limit and a budget reserve before forwarding. */
export function worstCaseTokens(
  api: TokenApi,
  body: unknown,
  maxOutputTokens: number,
  tokenizer: Tokenizer = O200K,
): { prompt: number; completion: number; clamp: boolean; perChoice: number } {
  const out = outputBound(api, body, maxOutputTokens);
  return { prompt: promptTokens(api, body, tokenizer), completion: out.tokens, clamp: out.clamp, perChoice: out.perChoice };
}

/** A price per million tokens as integer millionths of a currency unit per million tokens (6 decimals kept). */
const priceUnits = (perMillion: number): bigint => BigInt(Math.round(perMillion * 1_000_000));

/**
 * The cost of `prompt` + `completion` tokens in micro-units of the price's
 * currency, rounded up (a budget never counts less than was spent). With the
 * price per million tokens p, one token costs p micro-units; integer
 * arithmetic (BigInt) keeps 0.15 × 1000 at exactly 150.
 */
export function costMicros(price: Pick<Price, "input" | "output">, prompt: number, completion: number): number {
  for (const [what, n] of [
    ["prompt", prompt],
    ["completion", completion],
  ] as const) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cost: ${what} tokens must be a whole number ≥ 0, got ${String(n)}`);
  }
  const scaled = BigInt(prompt) * priceUnits(price.input) + BigInt(completion) * priceUnits(price.output);
  const micros = (scaled + 999_999n) / 1_000_000n;
  if (micros > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("cost: larger than a safe integer of micro-units");
  return Number(micros);
}
