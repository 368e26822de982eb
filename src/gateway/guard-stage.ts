/**
 * The guard in the pipeline: the *inspect request* stage before forwarding,
 * and *inspect response* around delivery (whole JSON replies here, streams
 * through SseGuard).
 *
 * A block is an OpenAI-shaped error naming the detector, with the decision
 * id (the request id) and the reasons; redactions rewrite the body before it
 * goes upstream or back to the caller; flags and redactions are listed in
 * the `x-wardgate-guard` response header and the request log.
 */
import { Readable } from "node:stream";
import type { GuardConfig } from "../config/guard-schema.js";
import type { Denial, Reason } from "../core/decision.js";
import type { Guard, GuardFinding, GuardResult } from "../guard/engine.js";
import { Pseudonyms } from "../guard/pseudonyms.js";
import { sseErrorEvent, streamBroken } from "./errors.js";
import type { Exchange } from "./exchange.js";
import { type BodyField, jsonStringFields, requestText, responseFields, systemPromptOf } from "./guard-fields.js";
import type { UpstreamReply } from "./providers/provider.js";
import { readCapped } from "./providers/upstream-http.js";
import { SseGuard } from "./sse-guard.js";

const EMBEDDINGS_EXCEPT = ["injection"] as const;

/** Replies larger than this are not buffered for inspection; they are refused (fail closed). */
const MAX_INSPECTED_REPLY_BYTES = 16 * 1024 * 1024;

function blocked(direction: "request" | "response", x: Exchange, findings: GuardFinding[], reasons: Reason[]): Denial {
  const first = findings.find((f) => f.action === "block")!;
  const where = direction === "request" ? `in ${first.field}` : "in the model's response";
  const message =
    `Blocked by Wardgate's guard: ${first.detector} ${where} (score ${first.score.toFixed(2)}, threshold ${first.threshold}). ` +
    `${first.message} Decision id: ${x.id}.`;
  // The caller sees why, but never the blocked response's own content: a phishing link
  // or leaked prompt quoted in an error message would reach the user all the same.
  const blocking = reasons.filter((r) => r.verdict === "block");
  const shown = direction === "request" ? blocking : blocking.map((r) => ({ ...r, evidence: r.evidence?.map((e) => ({ ...e, excerpt: "[withheld]" })) }));
  return {
    status: direction === "request" ? 400 : 422,
    type: "invalid_request_error",
    code: direction === "request" ? "guard_request_blocked" : "guard_response_blocked",
    message,
    param: direction === "request" ? first.field : null,
    // Every reason, flags included: sendError records them on the exchange.
    reasons,
    detail: { decision_id: x.id, reasons: shown },
  };
}

/** "request=redact(secrets.openai-key); response=flag(links.unlisted)" */
export function guardHeader(x: Exchange): string | undefined {
  const part = (name: string, r: GuardResult | undefined) =>
    r && r.verdict !== "allow" ? `${name}=${r.verdict}(${[...new Set(r.findings.map((f) => f.detector))].join(",")})` : undefined;
  const parts = [part("request", x.guardRequest), part("response", x.guardResponse)].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

export function guardFor(x: Exchange, profiles: Map<string, Guard>, cfg: GuardConfig): Guard | undefined {
  const name = x.modelConfig?.guard ?? x.route?.guard ?? cfg.profile;
  return profiles.get(name); // only active profiles have a guard
}

/** The inspect-request stage. */
export function inspectRequest(x: Exchange, guard: Guard, cfg: GuardConfig): Denial | undefined {
  x.guard = guard;
  x.pseudonyms = new Pseudonyms();
  if (!x.body || !x.endpoint) return undefined;
  const { fields, conversations, incomplete } = requestText(x.endpoint, x.body, x.route?.inspect);
  let total = 0;
  for (const f of fields) total += f.text.length;
  // Text the guard could not read (too deep, too many pieces, token ids) is refused like text beyond the size limit.
  if ((total > cfg.maxInspectChars || incomplete) && cfg.oversize === "block") {
    return {
      status: 413,
      type: "invalid_request_error",
      code: "guard_input_too_large",
      message: incomplete
        ? `The request carries text the guard cannot inspect: ${incomplete}.`
        : `The request carries ${total} characters of text; the guard inspects at most ${cfg.maxInspectChars}.`,
      reasons: [{ source: "guard:size", verdict: "block", message: "Text beyond the inspection limit is refused, not passed unread." }],
    };
  }
  // Embedding inputs are text being indexed, not instructions to a model: they are checked for
  // personal data and secrets, and for injection only later, when retrieved into a prompt.
  const except = x.endpoint === "embeddings" ? EMBEDDINGS_EXCEPT : undefined;
  const result = guard.inspect("request", fields, { pseudonyms: x.pseudonyms, except, conversations });
  x.guardRequest = result;
  if (result.verdict === "block") {
    x.outcome = "guard_blocked";
    return blocked("request", x, result.findings, result.reasons);
  }
  x.reasons.push(...result.reasons);
  x.leak = guard.leakDetectorFor(systemPromptOf(fields));
  if (guard.profile.pseudonymize) x.pseudonyms.seal();
  if (result.redacted.size > 0) {
    for (const [i, text] of result.redacted) fields[i]!.set(text);
    x.receivedBody ??= x.rawBody;
    x.rawBody = Buffer.from(JSON.stringify(x.body));
  }
  return undefined;
}


const isJson = (ct: string) => /^application\/(?:[\w.+-]*\+)?json\b/i.test(ct);

/**
 * The inspect-response stage for replies that are not streams: reads the
 * reply, inspects its text, and returns the reply to deliver (possibly
 * rewritten) or a denial. Streams get an SseGuard instead.
 */
export async function inspectReply(x: Exchange, reply: UpstreamReply, holdBack: number): Promise<UpstreamReply | Denial> {
  const guard = x.guard!;
  const pseudonyms = x.pseudonyms!;
  if (reply.status < 200 || reply.status >= 300) return reply;
  if (reply.sse) {
    const sse = new SseGuard({
      guard,
      endpoint: x.endpoint!,
      pseudonyms,
      leak: x.leak,
      holdBack: Math.max(holdBack, pseudonyms.longestPlaceholder),
      onBlock: (findings, reasons) => {
        x.outcome = "guard_blocked";
        x.guardResponse = { verdict: "block", findings, reasons, redacted: new Map() };
        x.reasons.push(...reasons);
        x.abort?.cancel(); // stop paying for tokens nobody will see
        return sseErrorEvent(x, blocked("response", x, findings, reasons));
      },
      onFindings: (findings, reasons) => {
        x.guardResponse ??= { verdict: "allow", findings: [], reasons: [], redacted: new Map() } satisfies GuardResult;
        const r = x.guardResponse;
        r.findings.push(...findings);
        r.reasons.push(...reasons);
        if (findings.some((f) => f.action === "redact")) r.verdict = "redact";
        else if (r.verdict === "allow") r.verdict = "flag";
        x.reasons.push(...reasons);
      },
    });
    // An upstream that breaks off mid-stream surfaces as an error of the guarded stream (deliver reports it);
    // once a block has ended the stream, the cancelled upstream's error is expected and ignored.
    reply.body.once("error", () => {
      if (sse.isBlocked || x.abort?.aborted) return; // our own cancellation, or the caller left
      // What arrived intact is inspected and delivered, then the stream ends with the error.
      x.outcome = "stream_error";
      const d = streamBroken();
      x.reasons.push(...d.reasons);
      sse.endWith(sseErrorEvent(x, d));
    });
    return { ...reply, contentLength: undefined, body: reply.body.pipe(sse) };
  }
  const text = reply.contentType.startsWith("text/") || isJson(reply.contentType);
  if (!text) return reply; // binary replies (audio, images) carry nothing the text detectors could read
  const raw = await readCapped(reply.body, MAX_INSPECTED_REPLY_BYTES);
  if (raw === undefined) {
    return {
      status: 502,
      type: "upstream_error",
      code: "guard_response_too_large",
      message: "The upstream reply is too large for the guard to inspect.",
      reasons: [{ source: "guard:size", verdict: "block", message: "Replies beyond the inspection limit are refused, not passed unread." }],
    };
  }
  let json: unknown;
  if (isJson(reply.contentType)) {
    try {
      json = JSON.parse(raw.toString("utf8"));
    } catch {
      json = undefined; // not JSON after all: inspected as text
    }
  }
  let plain = json === undefined ? raw.toString("utf8") : "";
  const fields: BodyField[] =
    json === undefined
      ? [{ path: "body", role: "response", text: plain, set: (t) => (plain = t) }]
      : x.endpoint === "inference"
        ? jsonStringFields(json, 100_000)
        : responseFields(x.endpoint!, json);
  const result = guard.inspect("response", fields, { pseudonyms, leak: x.leak });
  x.guardResponse = result;
  if (result.verdict === "block") {
    x.outcome = "guard_blocked";
    return blocked("response", x, result.findings, result.reasons);
  }
  x.reasons.push(...result.reasons);
  let changed = false;
  fields.forEach((f, i) => {
    // Placeholders the model echoed become the caller's values again; the ones just made for the reply's own data stay.
    const next = pseudonyms.restore(result.redacted.get(i) ?? f.text);
    if (next !== f.text) {
      f.set(next);
      changed = true;
    }
  });
  const out = !changed ? raw : Buffer.from(json === undefined ? plain : JSON.stringify(json));
  return { ...reply, contentLength: out.length, body: Readable.from([out]) };
}
