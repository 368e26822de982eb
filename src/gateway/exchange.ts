/**
 * One request through the data plane. Stages read it and add to it; nothing
 * about a request lives anywhere else.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ModelConfig, RouteConfig } from "../config/schema.js";
import type { Reason } from "../core/decision.js";
import type { Principal } from "../identity/principal.js";
import type { Cancellation } from "./cancel.js";

export type Endpoint = "chat.completions" | "completions" | "embeddings" | "messages" | "models.list" | "models.get" | "inference";

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

  rawBody?: Buffer;
  body?: Record<string, unknown>;
  model?: string;
  modelConfig?: ModelConfig;
  stream: boolean;

  upstreamStatus?: number;
  /** How the exchange ended, for the request log. */
  outcome?: "ok" | "denied" | "upstream_error" | "client_closed" | "stream_error";
  errorCode?: string;
  reasons: Reason[];
}
