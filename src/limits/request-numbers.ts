/**
 * The numeric fields that size a reply (max_tokens, max_completion_tokens,
 * max_output_tokens, n, best_of), checked before anything is reserved. The
 * reservation reads numbers only; a field sent as a string ("n": "9") or a
 * fraction would be skipped by it yet forwarded, and an upstream that coerces
 * types (vLLM-style servers) would then generate nine replies for the price of
 * one. So a field that is present must be a positive whole number, or the
 * request is refused with 400 naming it.
 *
 * JSON null counts as absent on the OpenAI-shaped endpoints (their APIs
 * document these fields as nullable and read null as "not set"), and the
 * limit stage then sets the reserved limit. Anthropic's max_tokens is not
 * nullable upstream, so null there is refused.
 */
import { type Denial, denial } from "../core/decision.js";
import type { TokenApi } from "./cost.js";

/** Choices per request beyond this are refused (OpenAI's own bound for `n`). */
export const MAX_CHOICES = 128;

const TOKEN_FIELDS = ["max_tokens", "max_completion_tokens", "max_output_tokens"] as const;
const CHOICE_FIELDS = ["n", "best_of"] as const;

const describe = (v: unknown): string => {
  if (v === null) return "null";
  if (typeof v === "string") return "a string";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : "a fraction";
  return Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : `a ${typeof v}`;
};

function invalid(field: string, expected: string, got: unknown): Denial {
  return denial(400, "invalid_request_error", "invalid_value", `Invalid '${field}': expected ${expected}, got ${describe(got)}.`, "limits:request", { param: field });
}

/** The first size field that is present but not a positive integer (within bounds), as a 400; else undefined. */
export function checkSizeFields(api: TokenApi, body: Record<string, unknown> | undefined): Denial | undefined {
  if (!body) return undefined;
  for (const field of TOKEN_FIELDS) {
    if (!Object.hasOwn(body, field)) continue;
    const v = body[field];
    if (v === null && api !== "messages") continue;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 1) return invalid(field, "a positive integer number of tokens (a JSON number, not a string)", v);
  }
  for (const field of CHOICE_FIELDS) {
    if (!Object.hasOwn(body, field)) continue;
    const v = body[field];
    if (v === null && api !== "messages") continue;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > MAX_CHOICES) {
      return invalid(field, `a positive integer of at most ${MAX_CHOICES} (a JSON number, not a string)`, v);
    }
  }
  return undefined;
}
