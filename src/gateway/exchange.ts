/**
 * One request through the data plane. Stages read it and add to it; nothing
 * about a request lives anywhere else.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ModelConfig, RouteConfig } from "../config/schema.js";
import type { Reason } from "../core/decision.js";
import type { Guard, GuardResult } from "../guard/engine.js";
import type { Pseudonyms } from "../guard/pseudonyms.js";
import type { LeakDetector } from "../guard/types.js";
import type { Principal } from "../identity/principal.js";
import type { Cancellation } from "./cancel.js";
import type { Admitted } from "../limits/admission.js";
import type { CompletionTokenCounter } from "../limits/stream-tokens.js";
import type { ReplyTee } from "./reply-tee.js";

export type Endpoint = "chat.completions" | "completions" | "embeddings" | "messages" | "models.list" | "models.get" | "inference" | "tokens.mint";

export interface Exchange {
  /** Request id; doubles as the decision id shown to the caller. */
  readonly id: string;
  readonly startedAt: number;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly clientIp: string;
  readonly path: string;
  /** The query string including "?", or "". */
  readonly search: string;
  /** Set when the exchange calls an upstream; aborted if the caller disconnects. */
  abort: Cancellation | undefined;

  endpoint?: Endpoint;
  /** For models.get: the model id in the path. */
  pathModel?: string;
  /** For generic routes: the route and the path after /inference/<name>. */
  route?: RouteConfig;
  routePath?: string;

  principal?: Principal;
  /** The grant that authorized the request, e.g. "model:gpt-4o*". */
  grant?: string;

  /** The body that goes upstream: `body` serialised (again after a stage changed it), never the caller's bytes. */
  rawBody?: Buffer;
  /** The caller's bytes as received (the audit hash and retention). */
  receivedBody?: Buffer;
  body?: Record<string, unknown>;
  model?: string;
  modelConfig?: ModelConfig;
  stream: boolean;

  /** The guard profile inspecting this exchange; unset when the profile is off. */
  guard?: Guard;
  /** Placeholders for redacted values; reversed in the response when the profile pseudonymises. */
  pseudonyms?: Pseudonyms;
  /** Leak detector for the response: the configured or the request's own system prompt. */
  leak?: LeakDetector | undefined;
  /** The request's system prompt, until the leak detector is built from it (on first use, or in a guard worker). */
  systemPrompt?: string | undefined;
  /** The request's distinctive tokens: a URL in the reply carrying one is exfiltration (guard/engine.ts). */
  conversation?: ReadonlySet<string> | undefined;
  guardRequest?: GuardResult;
  guardResponse?: GuardResult;

  /** What the limit stage took (slots, reservations); settled once by the record stage. */
  limits?: Admitted | undefined;
  /** Counts the reply's completion tokens for settling when the upstream reports no usage (limit-stage.ts watchCompletion). */
  replyTokens?: CompletionTokenCounter | undefined;

  upstreamStatus?: number;
  /** Observes the delivered reply for the audit event (usage, hash, kept text); see retention.ts. */
  tee?: ReplyTee;
  /** How the exchange ended, for the request log. */
  outcome?: "ok" | "denied" | "guard_blocked" | "upstream_error" | "client_closed" | "stream_error";
  errorCode?: string;
  reasons: Reason[];
}
