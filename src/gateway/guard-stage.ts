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
import type { Guard, GuardFinding, GuardResult, TextField } from "../guard/engine.js";
import { Pseudonyms } from "../guard/pseudonyms.js";
import { type Framing, isUnreadable, type JsonDoc, type ModelText, replyForm, replyTexts, serializeDoc, type Unreadable } from "./apis/index.js";
import { errorBody, sseErrorEvent, streamBroken } from "./errors.js";
import type { Exchange } from "./exchange.js";
import { requestText, systemPromptOf } from "./guard-fields.js";
import type { UpstreamReply } from "./providers/provider.js";
import { discard, readCapped } from "./providers/upstream-http.js";
import { SseGuard } from "./sse-guard.js";
import { GuardPoolError, type GuardPool } from "../guard/pool.js";

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

/**
 * "request=redact(secrets.openai-key); response=flag(links.unlisted)"; findings beyond the listing
 * caps are counted: "request=redact(pii.email;+75923 unlisted)".
 */
export function guardHeader(x: Exchange): string | undefined {
  const part = (name: string, r: GuardResult | undefined) =>
    r && r.verdict !== "allow"
      ? `${name}=${r.verdict}(${[...new Set(r.findings.map((f) => f.detector))].join(",")}${r.unlisted ? `;+${r.unlisted} unlisted` : ""})`
      : undefined;
  const parts = [part("request", x.guardRequest), part("response", x.guardResponse)].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

export function guardFor(x: Exchange, profiles: Map<string, Guard>, cfg: GuardConfig): Guard | undefined {
  const name = x.modelConfig?.guard ?? x.route?.guard ?? cfg.profile;
  return profiles.get(name); // only active profiles have a guard
}

/** A text the pool can take (a structured clone): the field without its setter. */
const plain = (f: TextField): TextField => ({ path: f.path, role: f.role, text: f.text, ...(f.json ? { json: true } : {}) });

/** The pool refused or ran out of time: the request is refused too (fail closed), never passed unread. */
function poolDenial(err: unknown): Denial {
  if (!(err instanceof GuardPoolError)) throw err;
  return {
    status: 503,
    type: "server_error",
    code: err.code,
    message: err.message,
    reasons: [{ source: "guard:pool", verdict: "block", message: "Text the guard could not inspect in time is refused, not passed unread." }],
    ...(err.code === "guard_overloaded" ? { headers: { "retry-after": "1" } } : {}),
  };
}

/** Whether a text this size is inspected in the pool (off the event loop) rather than inline. */
function offThread(pool: GuardPool | undefined, cfg: GuardConfig, chars: number): pool is GuardPool {
  return pool !== undefined && chars >= cfg.pool.minChars;
}

/** The exchange's leak detector; one for a large system prompt is built on first use (not on every request). */
function leakOf(x: Exchange): Exchange["leak"] {
  if (x.leak === undefined && x.systemPrompt !== undefined) x.leak = x.guard!.leakDetectorFor(x.systemPrompt);
  return x.leak;
}

/** The inspect-request stage: inline for small texts, in the pool for large ones. */
export function inspectRequest(x: Exchange, guard: Guard, cfg: GuardConfig, pool?: GuardPool): Denial | undefined | Promise<Denial | undefined> {
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
  if (offThread(pool, cfg, total)) {
    const pseudonyms = x.pseudonyms;
    const job = { profile: guard.profile.name, direction: "request" as const, fields: fields.map(plain), except, conversations, conversation: undefined, systemPrompt: undefined };
    return pool.inspect({ ...job, pseudonyms: pseudonyms.state() }).then(
      (r) => {
        pseudonyms.absorb(r.pseudonyms);
        return requestVerdict(x, guard, cfg, fields, r.result);
      },
      (err: unknown) => poolDenial(err),
    );
  }
  return requestVerdict(x, guard, cfg, fields, guard.inspect("request", fields, { pseudonyms: x.pseudonyms, except, conversations }));
}

/** What the request's verdict does: a block ends the exchange, redactions rewrite the body. */
function requestVerdict(x: Exchange, guard: Guard, cfg: GuardConfig, fields: ReturnType<typeof requestText>["fields"], result: GuardResult): Denial | undefined {
  x.guardRequest = result;
  if (result.verdict === "block") {
    x.outcome = "guard_blocked";
    return blocked("request", x, result.findings, result.reasons);
  }
  x.reasons.push(...result.reasons);
  x.systemPrompt = systemPromptOf(fields);
  // A small prompt's index is built now, as it always was; a large one's only if a reply is inspected inline.
  if (x.systemPrompt === undefined || x.systemPrompt.length < cfg.pool.minChars) x.leak = guard.leakDetectorFor(x.systemPrompt);
  x.conversation = guard.conversationTokens(fields);
  if (guard.profile.pseudonymize) x.pseudonyms!.seal();
  if (result.redacted.size > 0) {
    for (const [i, text] of result.redacted) fields[i]!.set(text);
    x.receivedBody ??= x.rawBody;
    x.rawBody = Buffer.from(JSON.stringify(x.body));
  }
  return undefined;
}

/** A reply the guard cannot read: refused unless the route or model says `responses: { uninspectable: pass }`. */
function uninspectable(why: string): Denial {
  return {
    status: 502,
    type: "upstream_error",
    code: "guard_response_uninspectable",
    message: `The guard cannot inspect the upstream's reply (${why}), so it is not delivered.`,
    reasons: [
      {
        source: "guard:uninspectable",
        verdict: "block",
        message: `A reply the guard cannot read (${why}) is refused, not passed unread; a route or model may allow it with responses.uninspectable: pass.`,
      },
    ],
  };
}

/** The error that ends a guarded stream, in the stream's own framing. */
function streamError(x: Exchange, d: Denial, framing: Framing): string {
  return framing === "sse" ? sseErrorEvent(x, d) : `${errorBody(x, d)}\n`;
}

/** Inspects a stream as it flows (SseGuard); the reply is returned at once with the guarded body. */
function guardStream(x: Exchange, reply: UpstreamReply, holdBack: number, framing: Framing, onUnreadable: "refuse" | "pass"): UpstreamReply {
  const pseudonyms = x.pseudonyms!;
  const sse = new SseGuard({
    guard: x.guard!,
    endpoint: x.endpoint!,
    pseudonyms,
    leak: leakOf(x),
    conversation: x.conversation,
    // A disguised canary (spaced out, encoded) is longer than the canary: hold back all of it.
    holdBack: Math.max(holdBack, pseudonyms.longestPlaceholder, leakOf(x)?.reach ?? 0),
    framing,
    uninspectable: onUnreadable,
    onBlock: (findings, reasons) => {
      x.outcome = "guard_blocked";
      x.guardResponse = { verdict: "block", findings, reasons, redacted: new Map() };
      x.reasons.push(...reasons);
      x.abort?.cancel(); // stop paying for tokens nobody will see
      return streamError(x, blocked("response", x, findings, reasons), framing);
    },
    onUninspectable: (why) => {
      x.outcome = "guard_blocked";
      const d = uninspectable(why);
      x.errorCode = d.code;
      x.reasons.push(...d.reasons);
      x.abort?.cancel();
      return streamError(x, d, framing);
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
    sse.endWith(streamError(x, d, framing));
  });
  return { ...reply, contentLength: undefined, body: reply.body.pipe(sse) };
}

/**
 * The inspect-response stage: reads a whole reply, inspects every text the
 * model emitted in it (gateway/apis), and returns the reply to deliver
 * (possibly rewritten) or a denial. Streams get an SseGuard instead; a
 * reply the guard cannot read is refused unless the route or model passes it.
 */
export async function inspectReply(x: Exchange, reply: UpstreamReply, cfg: GuardConfig, pool?: GuardPool): Promise<UpstreamReply | Denial> {
  const holdBack = cfg.holdBackChars;
  const guard = x.guard!;
  const pseudonyms = x.pseudonyms!;
  if (reply.status < 200 || reply.status >= 300) return reply;
  const onUnreadable = x.modelConfig?.responses?.uninspectable ?? x.route?.responses?.uninspectable ?? "refuse";
  const refuse = (why: string): Denial => {
    x.outcome = "guard_blocked";
    return uninspectable(why);
  };
  const form = replyForm(x.endpoint!, reply.contentType, reply.encoded === true);
  if (form.kind === "stream") return guardStream(x, reply, holdBack, form.framing, onUnreadable);
  if (form.kind === "binary") return reply; // declared media of a route: nothing the text detectors could read
  if (form.kind === "unreadable") {
    if (onUnreadable === "pass") return reply;
    discard(reply.body);
    return refuse(form.why);
  }
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
  const whole = (body: Buffer): UpstreamReply => ({ ...reply, contentLength: body.length, body: Readable.from([body]) });
  let doc: JsonDoc | undefined;
  if (form.kind === "json") {
    try {
      doc = { json: JSON.parse(raw.toString("utf8")) };
    } catch {
      doc = undefined; // not JSON after all: inspected as text
    }
  }
  let plain = doc === undefined ? raw.toString("utf8") : "";
  const texts: ModelText[] | Unreadable =
    doc === undefined ? [{ key: "body", path: "body", text: plain, set: (t) => (plain = t) }] : replyTexts(x.endpoint!, doc);
  if (isUnreadable(texts)) return onUnreadable === "pass" ? whole(raw) : refuse(texts.unreadable);
  const fields: TextField[] = texts.map((t) => ({ path: t.path, role: "response", text: t.text, json: t.json }));
  let chars = 0;
  for (const f of fields) chars += f.text.length;
  let result: GuardResult;
  if (offThread(pool, cfg, chars)) {
    try {
      const job = {
        profile: guard.profile.name,
        direction: "response" as const,
        fields,
        except: undefined,
        conversations: undefined,
        conversation: x.conversation,
        systemPrompt: x.systemPrompt,
      };
      const r = await pool.inspect({ ...job, pseudonyms: pseudonyms.state() });
      pseudonyms.absorb(r.pseudonyms);
      result = r.result;
    } catch (err) {
      return poolDenial(err);
    }
  } else result = guard.inspect("response", fields, { pseudonyms, leak: leakOf(x), conversation: x.conversation });
  x.guardResponse = result;
  if (result.verdict === "block") {
    x.outcome = "guard_blocked";
    return blocked("response", x, result.findings, result.reasons);
  }
  x.reasons.push(...result.reasons);
  let changed = false;
  texts.forEach((t, i) => {
    // Placeholders the model echoed become the caller's values again; the ones just made for the reply's own data stay.
    const next = pseudonyms.restore(result.redacted.get(i) ?? t.text);
    if (next !== t.text) {
      t.set(next);
      t.dropTrace?.(); // the tokens of the old text (logprobs) would spell it again
      changed = true;
    }
  });
  if (!changed) return whole(raw);
  const out = doc === undefined ? plain : serializeDoc(doc);
  if (out === undefined) return refuse("a reply nested too deep to write back");
  return whole(Buffer.from(out));
}
