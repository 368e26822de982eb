/**
 * The limit stage, right after authorize and the model/route kill switches:
 * requests and tokens per window, concurrent requests and budgets
 * (src/limits). It counts the prompt, bounds the output (lowering the
 * forwarded max_tokens when the request asks for more than is reserved),
 * and admits the request or refuses it with a 429 naming the limit. A
 * counter store that cannot answer refuses the request (503
 * limits_unavailable: fail closed), unless every limit the request falls
 * under is configured onUnavailable: open (src/limits/fail-open.ts). The
 * record stage settles what was taken (settleLimits) exactly once.
 *
 * With no limits and no budgets configured there is no backend and the stage
 * returns at once.
 */
import type { Config } from "../config/schema.js";
import { type Denial, denial } from "../core/decision.js";
import { type Admitted, admit, finish } from "../limits/admission.js";
import type { LimitBackend } from "../limits/backend.js";
import { costMicros, type TokenApi, textTokens, worstCaseTokens } from "../limits/cost.js";
import { FailOpen } from "../limits/fail-open.js";
import { LimitRules } from "../limits/rules.js";
import { CompletionTokenCounter } from "../limits/stream-tokens.js";
import type { Exchange } from "./exchange.js";
import type { GatewayContext } from "./pipeline.js";
import type { UpstreamReply } from "./providers/provider.js";

/** The limits of one running gateway: its rules and the store of its counters. */
export interface Limits {
  rules: LimitRules;
  backend: LimitBackend;
  maxOutputTokens: number;
  holdTtlMs: number;
  /** Which limits admit requests uncounted while the backend is unreachable (none by default). */
  failOpen: FailOpen;
}

/** The rules and a backend, or undefined when nothing is configured (no cost at all). */
export async function createLimits(config: Config): Promise<Limits | undefined> {
  const rules = new LimitRules(config.limits, config.budgets);
  if (rules.empty) return undefined;
  let backend: LimitBackend;
  if (config.limitsBackend === "memory") {
    const { MemoryLimitBackend } = await import("../limits/memory-backend.js");
    backend = new MemoryLimitBackend();
  } else {
    const { RedisLimitBackend } = await import("../limits/redis-backend.js");
    backend = new RedisLimitBackend({ url: config.limitsBackend });
  }
  return {
    rules,
    backend,
    maxOutputTokens: config.limitsDefaults.maxOutputTokens,
    holdTtlMs: config.limitsDefaults.holdTtl,
    failOpen: new FailOpen(config.limits, config.budgets, config.limitsDefaults.onUnavailable),
  };
}

const TOKEN_API: Partial<Record<NonNullable<Exchange["endpoint"]>, TokenApi>> = {
  "chat.completions": "chat",
  completions: "completions",
  messages: "messages",
};

/** Endpoints that call an upstream (and so are limited). */
const LIMITED = new Set<Exchange["endpoint"]>(["chat.completions", "completions", "embeddings", "messages", "inference"]);

const unavailable = (): Denial =>
  denial(503, "server_error", "limits_unavailable", "The gateway could not check its rate limits and budgets; the request is refused.", "limits:backend", {
    headers: { "retry-after": "1" },
  });

/**
 * Lowers the output limit the upstream sees to what was reserved. Chat sets
 * the field(s) the caller used (max_completion_tokens when neither);
 * completions and Anthropic messages use max_tokens.
 */
function clampBody(x: Exchange, api: TokenApi, perChoice: number): void {
  const body = x.body;
  if (!body) return;
  if (api === "chat") {
    const hasNew = "max_completion_tokens" in body;
    const hasOld = "max_tokens" in body;
    if (hasNew || !hasOld) body.max_completion_tokens = perChoice;
    if (hasOld) body.max_tokens = perChoice;
  } else {
    body.max_tokens = perChoice;
  }
  x.receivedBody ??= x.rawBody;
  x.rawBody = Buffer.from(JSON.stringify(body));
}

export function limitStage(x: Exchange, g: GatewayContext): Promise<Denial | undefined> | undefined {
  const limits = g.limits;
  if (limits === undefined || !LIMITED.has(x.endpoint)) return undefined;
  return check(x, g, limits);
}

async function check(x: Exchange, g: GatewayContext, limits: Limits): Promise<Denial | undefined> {
  const p = x.principal!;
  const now = Date.now();
  const model = x.route ? null : (x.model ?? null);
  const counters = limits.rules.forRequest({ tenantId: p.tenant, keyId: p.key?.id ?? null, principalId: p.id, teamId: p.team, model }, now);
  if (counters.requests.length + counters.tokens.length + counters.concurrency.length + counters.budgets.length === 0) return undefined;
  const api = x.endpoint ? TOKEN_API[x.endpoint] : undefined;
  let prompt = 0;
  let completion = 0;
  if (api) {
    const w = worstCaseTokens(api, x.body, limits.maxOutputTokens);
    prompt = w.prompt;
    completion = w.completion;
    if (w.clamp) clampBody(x, api, w.perChoice);
  } else if (x.endpoint === "embeddings" && x.body) {
    const input = x.body.input;
    prompt = textTokens(typeof input === "string" ? input : JSON.stringify(input ?? ""));
  }
  const price = x.modelConfig?.price;
  const worstCaseMicros = price && model !== null ? costMicros(price, prompt, completion) : 0;
  try {
    const r = await admit(limits.backend, counters, { id: x.id, promptTokens: prompt, completionTokens: completion, worstCaseMicros, holdTtlMs: limits.holdTtlMs, now });
    if (!r.ok) return r.denial;
    x.limits = r.admitted;
    return undefined;
  } catch (err) {
    // admit() has undone what it took; nothing is counted for this request either way.
    if (limits.failOpen.admits(counters)) {
      limits.failOpen.warn(g.log, counters, err);
      return undefined;
    }
    g.log.error({ reqId: x.id, err: (err as Error).message }, "limits: the counter store failed; request refused");
    return unavailable();
  }
}

/**
 * Called by deliver for an admitted 2xx reply of a chat, completions or
 * messages request whose token limits or budgets need its completion tokens:
 * counts them from the delivered text (limits/stream-tokens.ts), used only if
 * the upstream reports no usage. Skipped for a stream that asked for usage
 * (stream_options.include_usage): the upstream will report it, and if it does
 * not the reservation is kept (fail safe).
 */
export function watchCompletion(x: Exchange, reply: UpstreamReply): void {
  const c = x.limits?.counters;
  if (!c || (c.tokens.length === 0 && c.budgets.length === 0) || !x.endpoint || !TOKEN_API[x.endpoint]) return;
  const so = x.body?.stream_options;
  if (reply.sse && typeof so === "object" && so !== null && (so as { include_usage?: unknown }).include_usage === true) return;
  x.replyTokens = new CompletionTokenCounter(reply.sse);
  x.replyTokens.attach(reply.body);
}

/**
 * The settle stage, called once by the record stage: releases the slots and
 * settles the budgets to the reported usage; without one, to the completion
 * tokens counted from the delivered reply (priced with the prompt counted at
 * admission); when neither exists, to the whole reservation. Runs in the
 * background; failures are logged (an unreleased hold expires with its ttl).
 */
export function settleLimits(x: Exchange, g: GatewayContext): void {
  const admitted: Admitted | undefined = x.limits;
  const limits = g.limits;
  if (!admitted || !limits) return;
  x.limits = undefined;
  const u = x.tee?.usage();
  let usage: { completionTokens: number; costMicros: number } | undefined;
  const status = x.upstreamStatus;
  const price = admitted.counters.budgets.length > 0 ? x.modelConfig?.price : undefined;
  if (x.abort === undefined || (status !== undefined && (status < 200 || status >= 300))) {
    // Never forwarded (refused after admission, e.g. by the guard) or refused by the upstream: nothing was generated.
    usage = { completionTokens: 0, costMicros: 0 };
  } else if (u) {
    try {
      usage = { completionTokens: u.completion, costMicros: price ? costMicros(price, u.prompt, u.completion) : 0 };
    } catch {
      usage = undefined;
    }
  } else {
    try {
      const counted = x.replyTokens?.result();
      if (counted !== undefined) usage = { completionTokens: counted, costMicros: price ? costMicros(price, admitted.promptTokens, counted) : 0 };
    } catch {
      usage = undefined; // not countable after all: the reservation stands
    }
  }
  x.replyTokens = undefined;
  finish(limits.backend, admitted, usage, Date.now()).catch((err: unknown) => {
    g.log.error({ reqId: x.id, err: (err as Error).message }, "limits: could not settle the request's counters");
  });
}
