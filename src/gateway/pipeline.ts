/**
 * The data plane, top to bottom. Every request is one Exchange passed through
 * these stages in order; a stage either adds to the exchange and returns
 * nothing, or returns a Denial that ends the exchange with an error the
 * caller can read.
 *
 *   route → audit admission → authenticate → kill switches (caller) → read body → authorize
 *         → kill switches (model/route) → limits → inspect request → forward
 *         → inspect response → deliver → record (settles the limits first)
 */
import { Readable } from "node:stream";
import type { TLSSocket } from "node:tls";
import type { Logger } from "pino";
import type { Config, ModelConfig } from "../config/schema.js";
import type { Denial } from "../core/decision.js";
import { type AuthResult, presentedKey } from "../identity/authenticator.js";
import type { ClientAuthenticator } from "../identity/client-auth.js";
import type { TokenStore } from "../identity/tokens-store.js";
import type { LiveKillSwitches } from "../incident/kill-switches.js";
import type { LivePolicies } from "../policy/live.js";
import type { AuditRecorder } from "../audit/log.js";
import { auditAdmission } from "./audit-stage.js";
import type { Retention } from "./retention.js";
import { authorize, visibleModels } from "./authorize-stage.js";
import { readJsonBody } from "./body.js";
import { Cancellation } from "./cancel.js";
import type { Guard } from "../guard/engine.js";
import type { GuardPool } from "../guard/pool.js";
import { sendError, sseErrorEvent, streamBroken } from "./errors.js";
import type { Exchange } from "./exchange.js";
import { killSwitchCaller, killSwitchTarget } from "./kill-switch-stage.js";
import { type Limits, limitStage, watchCompletion } from "./limit-stage.js";
import { ReplyTee } from "./reply-tee.js";
import { guardFor, guardHeader, inspectReply, inspectRequest } from "./guard-stage.js";
import { type Provider, UpstreamFailure, type UpstreamReply } from "./providers/provider.js";
import { isDenial, type Router } from "./router.js";
import { gatewayKeyRequired, mintReply, TOKENS_PATH } from "./token-endpoint.js";

export interface GatewayContext {
  config: Config;
  router: Router;
  auth: ClientAuthenticator;
  /** Where tokens minted at /v1/wardgate/tokens are stored. */
  tokens: TokenStore;
  /** The access policies, compiled per tenant (authorize-stage.ts). */
  policies: LivePolicies;
  /** Kill switches engaged by administrators, per tenant (kill-switch-stage.ts). */
  killSwitches: LiveKillSwitches;
  providers: Map<string, Provider>;
  models: Map<string, ModelConfig>;
  /** One guard per profile in use, built at start. */
  guards: Map<string, Guard>;
  /** Worker threads inspecting large texts off the event loop; undefined when no profile inspects or guard.pool.size is 0. */
  guardPool: GuardPool | undefined;
  log: Logger;
  /** The audit log's recorder; undefined when auditing is off (audit.enabled: false). */
  audit: AuditRecorder | undefined;
  /** What is kept of each exchange's content (usage, hashes, sealed text); set when auditing is on. */
  retention: Retention | undefined;
  /** Limits and budgets with their counter store; undefined when none are configured (limit-stage.ts). */
  limits: Limits | undefined;
}

type Stage = (x: Exchange, g: GatewayContext) => Promise<Denial | undefined> | Denial | undefined;

/** Which endpoint, model route or generic route the request is for. */
const route: Stage = (x, g) => {
  const m = g.router.match(x.req.method ?? "GET", x.path);
  if (isDenial(m)) return m;
  x.endpoint = m.endpoint;
  if (m.pathModel !== undefined) x.pathModel = m.pathModel;
  if (m.route) x.route = m.route;
  if (m.routePath !== undefined) x.routePath = m.routePath;
  return undefined;
};

/**
 * Who is calling: a valid, unexpired, unrevoked gateway key (or a token
 * minted from one) from an allowed address, or a verified JWT of a
 * configured issuer. Only a gateway key may mint tokens.
 */
const authenticate: Stage = (x, g) => {
  const pending = g.auth.authenticate(presentedKey(x.req.headers), x.clientIp, x.req.socket as TLSSocket);
  // A cached key answers synchronously; only a store read needs a promise.
  if (pending instanceof Promise) return pending.then((result) => admit(x, result));
  return admit(x, pending);
};

function admit(x: Exchange, result: AuthResult): Denial | undefined {
  if (!result.ok) return result.denial;
  x.principal = result.principal;
  if (x.endpoint === "tokens.mint" && result.principal.via !== "gateway-key") return gatewayKeyRequired();
  return undefined;
}

/** The JSON body, for endpoints that take one. */
const readBody: Stage = (x, g) => {
  const method = x.req.method;
  if (method === "GET" || method === "DELETE" || method === "HEAD") return undefined;
  return readJsonBody(x, g.config.server.maxBodyBytes, g.config.server.maxJsonDepth);
};

/** Inspect request: the guard profile of the model or route looks at the text before it leaves. */
const inspect: Stage = (x, g) => {
  if (x.endpoint === "models.list" || x.endpoint === "models.get") return undefined;
  const guard = guardFor(x, g.guards, g.config.guard);
  return guard ? inspectRequest(x, guard, g.config.guard, g.guardPool) : undefined;
};

/** The gateway's own answers (model listing) or a call to the upstream provider. */
async function forward(x: Exchange, g: GatewayContext): Promise<UpstreamReply | Denial> {
  if (x.endpoint === "models.list" || x.endpoint === "models.get") return listModels(x, g);
  if (x.endpoint === "tokens.mint") return mintReply(x, g.tokens);
  const provider = g.providers.get(x.route ? x.route.provider : x.modelConfig!.provider)!;
  // Created only for calls that reach an upstream: a caller who disconnects aborts it.
  x.abort = new Cancellation();
  try {
    const upstreamModel = x.modelConfig?.upstreamModel;
    return await provider.forward({ x, signal: x.abort, ...(upstreamModel ? { upstreamModel } : {}) });
  } catch (err) {
    if (err instanceof UpstreamFailure) {
      x.outcome = "upstream_error";
      return err.denial;
    }
    throw err;
  }
}

async function listModels(x: Exchange, g: GatewayContext): Promise<UpstreamReply> {
  const card = (m: ModelConfig) => ({ id: m.name, object: "model", created: 0, owned_by: m.provider });
  const payload = x.endpoint === "models.get" ? card(g.models.get(x.pathModel!)!) : { object: "list", data: (await visibleModels(x, g)).map(card) };
  const buf = Buffer.from(JSON.stringify(payload));
  return { status: 200, contentType: "application/json", contentLength: buf.length, sse: false, body: Readable.from([buf]) };
}

/** Streams the reply to the caller with backpressure; a broken upstream stream ends in a well-formed error. */
function deliver(x: Exchange, reply: UpstreamReply, g: GatewayContext): void {
  const { res } = x;
  x.upstreamStatus = reply.status;
  // Replies carry prompts' answers: never cached by a shared proxy, never sniffed into another type.
  const headers: Record<string, string | number> = {
    "content-type": reply.contentType,
    "x-request-id": x.id,
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    ...reply.headers,
  };
  if (x.guard) {
    const verdicts = guardHeader(x);
    if (verdicts) headers["x-wardgate-guard"] = verdicts;
  }
  if (reply.sse) {
    headers["cache-control"] = "no-cache, no-store";
    headers["x-accel-buffering"] = "no";
  } else if (reply.contentLength !== undefined) {
    headers["content-length"] = reply.contentLength;
  }
  res.writeHead(reply.status, headers);
  const body = reply.body;
  g.retention?.observe(x, reply);
  if (x.limits && !x.tee && reply.status >= 200 && reply.status < 300) {
    // No audit to observe the reply: watch it for usage only, so the limits settle to the true cost.
    x.tee = new ReplyTee({ hash: false, usage: true, keep: false }, reply.sse, reply.contentType);
    x.tee.attach(body);
  }
  if (x.limits && reply.status >= 200 && reply.status < 300) watchCompletion(x, reply, g);
  body.once("error", () => {
    if (x.abort?.aborted) return; // the caller left; nothing to tell
    x.outcome = "stream_error";
    const d = streamBroken();
    x.reasons.push(...d.reasons);
    if (reply.sse && !res.writableEnded) res.end(sseErrorEvent(x, d));
    else res.destroy();
  });
  body.pipe(res);
}

/** The stages before forwarding, in order. */
const STAGES: readonly Stage[] = [route, auditAdmission, authenticate, killSwitchCaller, readBody, authorize, killSwitchTarget, limitStage, inspect];
/** The token endpoint: no model to authorize (the mint checks its grants against the key's) and no prompt to inspect. */
const MINT_STAGES: readonly Stage[] = [route, auditAdmission, authenticate, killSwitchCaller, readBody];

export async function runPipeline(x: Exchange, g: GatewayContext): Promise<void> {
  for (const stage of x.path.startsWith(TOKENS_PATH) ? MINT_STAGES : STAGES) {
    // Await only stages that are actually asynchronous: each await costs a microtask turn.
    let d = stage(x, g);
    if (d instanceof Promise) d = await d;
    if (d) return refuse(x, d);
  }
  if (x.res.destroyed) return; // the caller left while we read and checked; do not call upstream
  let reply = await forward(x, g);
  if (isDenial(reply)) return refuse(x, reply);
  if (x.guard?.inspectsResponses) {
    // Inspect response: whole replies here; streams are wrapped and inspected as they flow.
    const inspected = await inspectReply(x, reply, g.config.guard, g.guardPool);
    if (isDenial(inspected)) return refuse(x, inspected);
    reply = inspected;
  }
  if (x.abort?.aborted || x.res.destroyed) {
    reply.body.destroy();
    return;
  }
  x.outcome ??= "ok";
  deliver(x, reply, g);
}

function refuse(x: Exchange, d: Denial): void {
  x.outcome ??= "denied";
  sendError(x, d);
}
