/**
 * The limit stage, right after authorize and the model/route kill switches:
 * requests and tokens per window, concurrent requests and budgets
 * (src/limits). It refuses size fields that are not positive integers (400,
 * also without limits: limits/request-numbers.ts), counts the prompt with the
 * model's tokenizer, bounds the output (lowering the forwarded length fields
 * to what is reserved, and to what fits the smallest token window), and
 * admits the request — budgets and token windows both take the worst case —
 * or refuses it with a 429 naming the limit. A
 * counter store that cannot answer refuses the request (503
 * limits_unavailable: fail closed), unless every limit the request falls
 * under is configured onUnavailable: open (src/limits/fail-open.ts). The
 * record stage settles what was taken (settleLimits) exactly once, to what
 * limits/settlement.ts charges the reply.
 *
 * With no limits and no budgets configured there is no backend and the stage
 * returns at once.
 */
import type { Config } from "../config/schema.js";
import { type Denial, denial } from "../core/decision.js";
import { type Admitted, admit, finish } from "../limits/admission.js";
import type { LimitBackend } from "../limits/backend.js";
import { costMicros, outputBound, promptTokens, type TokenApi, valueTokens } from "../limits/cost.js";
import { FailOpen } from "../limits/fail-open.js";
import { checkSizeFields } from "../limits/request-numbers.js";
import { LimitRules } from "../limits/rules.js";
import { type Charge, settle } from "../limits/settlement.js";
import { CompletionTokenCounter, type ReportedUsage, readUsage } from "../limits/stream-tokens.js";
import { O200K_WITH_MARGIN, type Tokenizer, tokenizerFor } from "../limits/tokenizer.js";
import type { Exchange } from "./exchange.js";
import type { GatewayContext } from "./pipeline.js";
import type { UpstreamReply } from "./providers/provider.js";
import { routeUsage } from "./route-usage.js";

/** The limits of one running gateway: its rules and the store of its counters. */
export interface Limits {
  rules: LimitRules;
  backend: LimitBackend;
  maxOutputTokens: number;
  holdTtlMs: number;
  /** Which limits admit requests uncounted while the backend is unreachable (none by default). */
  failOpen: FailOpen;
  /** Each configured model's tokenizer (limits/tokenizer.ts); a model not listed is counted with a margin. */
  tokenizers: Map<string, Tokenizer>;
  /** Settlements charged above their reservation (capped), since start. */
  overruns: number;
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
  const tokenizers = new Map<string, Tokenizer>();
  for (const m of config.models) {
    const provider = Object.hasOwn(config.providers, m.provider) ? config.providers[m.provider] : undefined;
    tokenizers.set(m.name, await tokenizerFor(provider?.type, [m.name, m.upstreamModel]));
  }
  return {
    rules,
    backend,
    maxOutputTokens: config.limitsDefaults.maxOutputTokens,
    holdTtlMs: config.limitsDefaults.holdTtl,
    failOpen: new FailOpen(config.limits, config.budgets, config.limitsDefaults.onUnavailable),
    tokenizers,
    overruns: 0,
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

/** The fields that bound a reply's length, each of which some upstream honours. */
const LENGTH_FIELDS = ["max_tokens", "max_completion_tokens", "max_output_tokens"] as const;

/**
 * Lowers the output limit the upstream sees to what was reserved: every
 * length field the caller set (an upstream may honour any of them), or, when
 * none, max_completion_tokens (chat) or max_tokens (completions, Anthropic
 * messages). The body forwarded is re-serialised from the checked one.
 */
function clampBody(x: Exchange, api: TokenApi, perChoice: number): void {
  const body = x.body;
  if (!body) return;
  let set = false;
  for (const f of LENGTH_FIELDS) {
    if (Object.hasOwn(body, f)) {
      body[f] = perChoice;
      set = true;
    }
  }
  if (!set) body[api === "chat" ? "max_completion_tokens" : "max_tokens"] = perChoice;
  x.receivedBody ??= x.rawBody;
  x.rawBody = Buffer.from(JSON.stringify(body));
}

/**
 * The most completion tokens per choice to reserve: maxOutputTokens, lowered
 * so the worst case fits the smallest token window the request is charged
 * to. Token windows reserve the worst case, so a request whose output bound
 * alone exceeds a window could never be admitted; its max_tokens is lowered
 * instead (as for maxOutputTokens). A prompt that leaves no room is refused by
 * the window as usual.
 */
function perChoiceCap(api: TokenApi, body: unknown, maxOutputTokens: number, windows: readonly { limit: number }[], prompt: number): number {
  if (windows.length === 0) return maxOutputTokens;
  const room = Math.min(...windows.map((w) => w.limit)) - prompt;
  const choices = outputBound(api, body, 1).tokens;
  return room >= choices ? Math.min(maxOutputTokens, Math.floor(room / choices)) : maxOutputTokens;
}

export function limitStage(x: Exchange, g: GatewayContext): Promise<Denial | undefined> | Denial | undefined {
  const api = x.endpoint ? TOKEN_API[x.endpoint] : undefined;
  // Checked with or without limits configured: the API's contract, and what any budget relies on.
  const bad = api ? checkSizeFields(api, x.body) : undefined;
  if (bad) return bad;
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
  const tokenizer = (x.model !== undefined ? limits.tokenizers.get(x.model) : undefined) ?? O200K_WITH_MARGIN;
  if (api) {
    prompt = promptTokens(api, x.body, tokenizer);
    const out = outputBound(api, x.body, perChoiceCap(api, x.body, limits.maxOutputTokens, counters.tokens, prompt));
    completion = out.tokens;
    if (out.clamp) clampBody(x, api, out.perChoice);
  } else if (x.endpoint === "embeddings" && x.body) {
    prompt = valueTokens(x.body.input, tokenizer);
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
 * messages request whose token limits or budgets need it: reads the reply as
 * it passes (limits/stream-tokens.ts) for its final usage event, the tokens
 * of the delivered text and whether it ended — what settlement weighs.
 */
export function watchCompletion(x: Exchange, reply: UpstreamReply, g: GatewayContext): void {
  const c = x.limits?.counters;
  if (!c || (c.tokens.length === 0 && c.budgets.length === 0) || !x.endpoint || !TOKEN_API[x.endpoint]) return;
  const tokenizer = (x.model !== undefined ? g.limits?.tokenizers.get(x.model) : undefined) ?? O200K_WITH_MARGIN;
  x.replyTokens = new CompletionTokenCounter(reply.sse, tokenizer);
  x.replyTokens.attach(reply.body);
}

/** Usage the tee found (a JSON reply too large to count, embeddings), when both counts are whole numbers. */
function teeUsage(x: Exchange, needsCompletion: boolean): ReportedUsage | undefined {
  const u = x.tee?.usageCounts();
  if (!u) return undefined;
  return readUsage({ prompt_tokens: u.prompt, completion_tokens: needsCompletion ? u.completion : 0 });
}

/** What the reply of an admitted, forwarded request is charged (limits/settlement.ts). */
function chargeFor(x: Exchange, admitted: Admitted, price: Parameters<typeof settle>[2]): Charge {
  const reservation = { promptTokens: admitted.promptTokens, completionTokens: admitted.completionTokens, micros: admitted.reservedMicros };
  const counter = x.replyTokens;
  if (counter) {
    const complete = counter.complete;
    if (!counter.sse) {
      // A JSON reply: its usage as the tee's byte scan found it (no parse); the reply is parsed and its
      // text tokenized only when that usage is missing or not whole numbers. Cut short, it is unreadable.
      const reported = complete ? teeUsage(x, true) : undefined;
      if (reported || !complete) return settle(reservation, { complete, reported }, price);
      const counted = counter.result();
      return settle(reservation, { complete, reported: counter.reported(), counted }, price);
    }
    // A stream: its text was tokenized as it passed; the final usage event wins when the stream ended.
    const counted = complete ? counter.result() : counter.delivered();
    return settle(reservation, { complete, reported: counter.reported(), counted }, price);
  }
  if (x.endpoint === "embeddings") return settle(reservation, { complete: true, reported: teeUsage(x, false), counted: 0 }, price);
  if (x.endpoint === "inference" && x.route?.usage) {
    // A generic route reserves nothing (its reply's size is unknown beforehand): charged what it reports, uncapped.
    const u = routeUsage(x.tee, x.route.usage);
    const tokens = u ? u.prompt + u.completion : 0;
    return { promptTokens: u?.prompt ?? 0, completionTokens: u?.completion ?? 0, tokens, micros: 0 };
  }
  return settle(reservation, { complete: true }, price);
}

/**
 * The settle stage, called once by the record stage: releases the slots and
 * settles the budgets and token windows to what the reply is charged
 * (limits/settlement.ts): its final reported usage, else the tokens counted
 * from the delivered reply, else the reservation; never less than the
 * reservation for a reply that did not end, never more than the reservation
 * plus a margin (an overrun is recorded as `limits:overrun`). Runs in the
 * background; failures are logged (an unreleased hold expires with its ttl).
 */
export function settleLimits(x: Exchange, g: GatewayContext): void {
  const admitted: Admitted | undefined = x.limits;
  const limits = g.limits;
  if (!admitted || !limits) return;
  x.limits = undefined;
  const status = x.upstreamStatus;
  const price = admitted.counters.budgets.length > 0 ? x.modelConfig?.price : undefined;
  let settled: { tokens: number; micros: number } | undefined;
  if (x.abort === undefined || (status !== undefined && (status < 200 || status >= 300))) {
    // Never forwarded (refused after admission, e.g. by the guard) or refused by the upstream: nothing was generated.
    settled = { tokens: 0, micros: 0 };
  } else {
    try {
      const charge = chargeFor(x, admitted, price);
      settled = { tokens: charge.tokens, micros: charge.micros };
      if (charge.overrun) recordOverrun(x, g, limits, admitted, charge);
    } catch {
      settled = undefined; // not countable after all (a cost beyond a safe integer): the reservation stands
    }
  }
  x.replyTokens = undefined;
  finish(limits.backend, admitted, settled, Date.now()).catch((err: unknown) => {
    g.log.error({ reqId: x.id, err: (err as Error).message }, "limits: could not settle the request's counters");
  });
}

/** A reply charged above its reservation: a finding on the exchange (audit event), a warning, a count. */
function recordOverrun(x: Exchange, g: GatewayContext, limits: Limits, a: Admitted, c: Charge): void {
  const o = c.overrun!;
  limits.overruns++;
  const reserved = a.promptTokens + a.completionTokens;
  const message = `The reply reported ${o.tokens} tokens (${o.micros} micro-units) against a reservation of ${reserved} tokens (${a.reservedMicros} micro-units); charged ${o.chargedTokens} tokens (${o.chargedMicros} micro-units).`;
  x.reasons.push({ source: "limits:overrun", verdict: "flag", message });
  g.log.warn({ reqId: x.id, reservedTokens: reserved, reportedTokens: o.tokens, chargedTokens: o.chargedTokens, reservedMicros: a.reservedMicros, reportedMicros: o.micros, chargedMicros: o.chargedMicros }, "limits: a reply was charged above its reservation (capped)");
}
