/**
 * The `gateway.request` audit event: what the log records of one exchange —
 * who, what model or route, the verdicts and reasons, tokens, cost, status
 * and what was kept of the content (its mode and SHA-256, which binds any
 * stored text to the log). JSON values only, and never the prompt or the
 * response: guard findings carry detector, type, score, threshold, field and
 * action, but no excerpt, and reasons carry no evidence.
 */
import type { AuditEventInput } from "../audit/log.js";
import type { RetentionMode } from "../config/audit-schema.js";
import type { Price } from "../config/retention-schema.js";
import type { Reason } from "../core/decision.js";
import type { GuardResult } from "../guard/engine.js";
import { DEFAULT_TENANT } from "../identity/org.js";
import type { Exchange } from "./exchange.js";
import type { TokenUsage } from "./usage.js";

/** What was kept of one part (request or response) of an exchange. */
export interface ContentRecord {
  mode: RetentionMode;
  /** SHA-256 (hex) of the body bytes (hash, encrypted) or of the stored redacted text (redacted). */
  sha256?: string;
  /** Only the first bytes were kept (the hash still covers every byte). */
  truncated?: true;
}

export interface RequestEventExtra {
  at: string;
  durationMs: number;
  usage?: TokenUsage | undefined;
  content?: { request?: ContentRecord; response?: ContentRecord } | undefined;
}

export interface Cost {
  currency: string;
  input: number;
  output: number;
  total: number;
}

/** Rounded to a billionth of the currency unit: enough for a single token, and no float noise in the log. */
const money = (v: number) => Math.round(v * 1e9) / 1e9;

/** The cost of `usage` at `price` (per million tokens). */
export function costOf(usage: TokenUsage, price: Price): Cost {
  const input = money((usage.prompt * price.input) / 1e6);
  const output = money((usage.completion * price.output) / 1e6);
  return { currency: price.currency, input, output, total: money(input + output) };
}

/** Copies the defined fields only: the canonical JSON of an event cannot hold `undefined`. */
function defined(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

function reasonOf(r: Reason): Record<string, unknown> {
  // No evidence: even masked excerpts quote the prompt around what was found.
  return defined({ source: r.source, verdict: r.verdict, message: r.message, rule: r.rule, score: r.score, threshold: r.threshold });
}

function guardOf(r: GuardResult | undefined): Record<string, unknown> | undefined {
  if (!r) return undefined;
  return {
    verdict: r.verdict,
    findings: r.findings.map((f) => ({
      detector: f.detector,
      kind: f.label,
      score: Math.round(f.score * 1000) / 1000,
      threshold: Math.round(f.threshold * 10_000) / 10_000,
      field: f.field,
      action: f.action,
    })),
  };
}

const STRENGTH: Record<string, number> = { allow: 0, flag: 1, redact: 2, block: 3 };

/** The guard's overall verdict on the exchange: the stronger of request and response. */
function overall(a: GuardResult | undefined, b: GuardResult | undefined): string {
  const va = a?.verdict ?? "allow";
  const vb = b?.verdict ?? "allow";
  return STRENGTH[vb]! > STRENGTH[va]! ? vb : va;
}

export function buildRequestEvent(x: Exchange, extra: RequestEventExtra): AuditEventInput {
  const p = x.principal;
  const price = x.modelConfig?.price;
  const usage = extra.usage;
  return defined({
    kind: "gateway.request",
    tenant: p?.tenant ?? DEFAULT_TENANT,
    at: extra.at,
    reqId: x.id,
    actor: p ? defined({ principal: p.id, via: p.via, keyId: p.key?.id, team: p.team ?? undefined }) : undefined,
    client: x.clientIp,
    method: x.req.method,
    endpoint: x.endpoint,
    model: x.model,
    route: x.route?.name,
    stream: x.stream,
    status: x.res.statusCode,
    upstreamStatus: x.upstreamStatus,
    outcome: x.outcome,
    code: x.errorCode,
    grant: x.grant,
    reasons: x.reasons.map(reasonOf),
    guard: x.guard
      ? defined({
          profile: x.guard.profile.name,
          verdict: overall(x.guardRequest, x.guardResponse),
          request: guardOf(x.guardRequest),
          response: guardOf(x.guardResponse),
        })
      : undefined,
    usage,
    cost: usage && price ? costOf(usage, price) : undefined,
    durationMs: extra.durationMs,
    content: extra.content,
  }) as AuditEventInput;
}
