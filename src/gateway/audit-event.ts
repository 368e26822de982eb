/**
 * The `gateway.request` audit event: what the log records of one exchange —
 * who, what model or route, the verdicts and reasons, tokens, cost, status
 * and what was kept of the content (its mode and SHA-256, which binds any
 * stored text to the log). JSON values only, and never the prompt or the
 * response: guard findings carry detector, type, score, threshold, field and
 * action, but no excerpt, and reasons carry no evidence. Strings the caller
 * chose (model name, principal and team from a token, reason messages that
 * quote them) are clipped (core/clip.ts): an event never grows with the request.
 */
import type { AuditEventInput } from "../audit/log.js";
import type { RetentionMode } from "../config/audit-schema.js";
import type { Price } from "../config/retention-schema.js";
import { clip, MESSAGE_MAX } from "../core/clip.js";
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

// Objects are built with their keys in sorted order (RFC 8785's order): the audit writer then
// serialises them without copying (audit/jcs.ts copies only objects whose keys are out of order).

function reasonOf(r: Reason): Record<string, unknown> {
  // No evidence: even masked excerpts quote the prompt around what was found.
  return defined({ message: clip(r.message, MESSAGE_MAX), rule: r.rule, score: r.score, source: r.source, threshold: r.threshold, verdict: r.verdict });
}

function guardOf(r: GuardResult | undefined): Record<string, unknown> | undefined {
  if (!r) return undefined;
  return {
    findings: r.findings.map((f) => ({
      action: f.action,
      detector: f.detector,
      field: f.field,
      kind: f.label,
      score: Math.round(f.score * 1000) / 1000,
      threshold: Math.round(f.threshold * 10_000) / 10_000,
    })),
    // Findings beyond the listing caps: counted, so the record says there were more.
    ...(r.unlisted ? { unlisted: r.unlisted } : {}),
    verdict: r.verdict,
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
    actor: p ? defined({ keyId: p.key?.id, principal: clip(p.id), team: p.team === null ? undefined : clip(p.team), via: p.via }) : undefined,
    at: extra.at,
    client: x.clientIp,
    code: x.errorCode,
    content: extra.content,
    cost: usage && price ? costOf(usage, price) : undefined,
    durationMs: extra.durationMs,
    endpoint: x.endpoint,
    grant: x.grant,
    guard: x.guard
      ? defined({
          profile: x.guard.profile.name,
          request: guardOf(x.guardRequest),
          response: guardOf(x.guardResponse),
          verdict: overall(x.guardRequest, x.guardResponse),
        })
      : undefined,
    kind: "gateway.request",
    method: x.req.method,
    model: x.model === undefined ? undefined : clip(x.model),
    outcome: x.outcome,
    reasons: x.reasons.map(reasonOf),
    reqId: x.id,
    route: x.route?.name,
    status: x.res.statusCode,
    stream: x.stream,
    tenant: p?.tenant ?? DEFAULT_TENANT,
    upstreamStatus: x.upstreamStatus,
    usage: usage ? { completion: usage.completion, prompt: usage.prompt, total: usage.total } : undefined,
  }) as AuditEventInput;
}
