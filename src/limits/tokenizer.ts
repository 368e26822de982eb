/**
 * Which tokenizer counts a model's tokens for its reservation, and how much
 * to add when it is not the model's own. gpt-tokenizer has OpenAI's
 * encodings only: an OpenAI model (on an openai or azure provider, named like
 * one) is counted with its own encoding, cl100k_base for the GPT-4 / GPT-3.5
 * family and o200k_base for the rest. Every other model (Anthropic, an
 * open-weights model behind an OpenAI-compatible server) is counted with
 * o200k_base plus SAFETY_MARGIN: other tokenizers split the same text into
 * more tokens (Claude's by some percent), and a reservation that counts too
 * few lets a budget overshoot by as much.
 *
 * The margin is applied to whole counts (the prompt of a request, the text of
 * a reply), rounded up, never per piece.
 */
import { countTokens as o200k } from "gpt-tokenizer/encoding/o200k_base";
import { modelToEncodingMap } from "gpt-tokenizer/mapping";

/** Added to counts made with a tokenizer that is not the model's own. */
export const SAFETY_MARGIN = 0.1;

export interface Tokenizer {
  /** "o200k_base", "cl100k_base", or "o200k_base+10%". */
  readonly name: string;
  /** Tokens of one text, without the margin. */
  count(text: string): number;
  /** Fraction added to whole counts (0 for the model's own tokenizer). */
  readonly margin: number;
}

/** Special tokens in user text ("<|endoftext|>") are counted as the text they are, not refused. */
const AS_TEXT = { disallowedSpecial: new Set<string>() };

export const O200K: Tokenizer = { name: "o200k_base", count: (t) => (t.length === 0 ? 0 : o200k(t, AS_TEXT)), margin: 0 };
export const O200K_WITH_MARGIN: Tokenizer = { ...O200K, name: `o200k_base+${SAFETY_MARGIN * 100}%`, margin: SAFETY_MARGIN };

let cl100k: Tokenizer | undefined;
async function loadCl100k(): Promise<Tokenizer> {
  // Loaded on first use only: its ranks are a megabyte most deployments never need.
  const { countTokens } = await import("gpt-tokenizer/encoding/cl100k_base");
  cl100k ??= { name: "cl100k_base", count: (t) => (t.length === 0 ? 0 : countTokens(t, AS_TEXT)), margin: 0 };
  return cl100k;
}

/** Names OpenAI gives its models (fine-tunes start with "ft:"). */
const OPENAI_NAME = /^(ft:)?(gpt-|chatgpt-|o[1-9]|text-embedding-|codex-|davinci|babbage)/;

/** A whole count with the tokenizer's margin, rounded up. */
export const withMargin = (tok: Tokenizer, n: number): number => (tok.margin === 0 ? n : Math.ceil(n * (1 + tok.margin)));

/** The tokenizer for a model served by a provider of type `providerType`; `names` are its gateway and upstream names. */
export async function tokenizerFor(providerType: string | undefined, names: readonly (string | undefined)[]): Promise<Tokenizer> {
  if (providerType === "demo") return O200K; // the demo provider counts with o200k itself
  if (providerType !== "openai" && providerType !== "azure") return O200K_WITH_MARGIN;
  for (const name of names) {
    if (name === undefined || !OPENAI_NAME.test(name)) continue;
    const base = name.replace(/^ft:/, "").split(":", 1)[0]!;
    const encoding = Object.hasOwn(modelToEncodingMap, base) ? modelToEncodingMap[base as keyof typeof modelToEncodingMap] : "o200k_base";
    if (encoding === "cl100k_base") return loadCl100k();
    if (encoding === "o200k_base" || encoding === "o200k_harmony") return O200K;
  }
  return O200K_WITH_MARGIN;
}
