/**
 * What a forwarded request is charged once its reply is over, from what was
 * reserved for it and what is known of the reply:
 *
 * - A reply that ended: the usage of its final usage event when it has valid
 *   prompt and completion counts; else the completion tokens counted from the
 *   delivered text (and the prompt counted at admission); else the whole
 *   reservation.
 * - A reply that did not end (the caller left, the upstream broke off): the
 *   largest of the reported usage, the tokens counted from what was delivered
 *   and the reservation. More may have been generated than either shows, and
 *   the reservation is what the request was allowed to spend.
 *
 * Whatever the reply claims, it is charged at most its reservation plus
 * OVERRUN_MARGIN: the gateway lowered max_tokens to what it reserved, so a
 * reply above that is an upstream that ignored the limit or misreports, and
 * one such reply must not spend a budget many times over. A charge above the
 * reservation is an overrun, returned so the caller records it
 * (`limits:overrun`).
 */
import type { Price } from "../config/retention-schema.js";
import { costMicros } from "./cost.js";
import type { ReportedUsage } from "./stream-tokens.js";

/** A reply is charged at most its reservation plus this fraction of it (tokenizer differences, rounding). */
export const OVERRUN_MARGIN = 0.1;

export interface Reservation {
  promptTokens: number;
  completionTokens: number;
  /** costMicros(price, promptTokens, completionTokens), or 0 without a price. */
  micros: number;
}

export interface ReplyFacts {
  /** The reply ended normally. */
  complete: boolean;
  /** The final usage event's counts, when valid. */
  reported?: ReportedUsage | undefined;
  /** Completion tokens counted from the delivered text (so far, for a reply cut short); undefined when not countable. */
  counted?: number | undefined;
}

export interface Charge {
  promptTokens: number;
  completionTokens: number;
  /** Token windows: prompt + completion tokens, capped. */
  tokens: number;
  /** Budgets: micro-units, capped. */
  micros: number;
  /** Set when the reply's usage was above its reservation: what it claimed and what was charged. */
  overrun?: { tokens: number; micros: number; chargedTokens: number; chargedMicros: number };
}

const cap = (reserved: number): number => reserved + Math.ceil(reserved * OVERRUN_MARGIN);

/** The cost of what a reply claims; a claim too large for a safe integer is an overrun like any other. */
function claimedMicros(price: Pick<Price, "input" | "output">, prompt: number, completion: number): number {
  try {
    return costMicros(price, prompt, completion);
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}

export function settle(r: Reservation, reply: ReplyFacts, price: Pick<Price, "input" | "output"> | undefined): Charge {
  let prompt: number;
  let completion: number;
  if (reply.complete) {
    prompt = reply.reported?.prompt ?? r.promptTokens;
    completion = reply.reported?.completion ?? reply.counted ?? r.completionTokens;
  } else {
    prompt = Math.max(reply.reported?.prompt ?? 0, r.promptTokens);
    completion = Math.max(reply.reported?.completion ?? 0, reply.counted ?? 0, r.completionTokens);
  }
  const tokens = prompt + completion;
  const micros = price ? claimedMicros(price, prompt, completion) : 0;
  const reservedTokens = r.promptTokens + r.completionTokens;
  const charge: Charge = { promptTokens: prompt, completionTokens: completion, tokens: Math.min(tokens, cap(reservedTokens)), micros: Math.min(micros, cap(r.micros)) };
  if (tokens > reservedTokens || micros > r.micros) {
    charge.overrun = { tokens, micros, chargedTokens: charge.tokens, chargedMicros: charge.micros };
  }
  return charge;
}
