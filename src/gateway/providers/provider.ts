/**
 * What every provider adapter offers the forward stage. Adapters translate an
 * authorized exchange into a call to their upstream and hand back the reply
 * as a stream; they never write to the client themselves.
 */
import type { Readable } from "node:stream";
import type { Denial } from "../../core/decision.js";
import type { Cancellation } from "../cancel.js";
import type { Exchange } from "../exchange.js";

export interface UpstreamReply {
  status: number;
  contentType: string;
  /** Set when the upstream announced it and the body passes through unchanged. */
  contentLength?: number;
  /** True for text/event-stream replies. */
  sse: boolean;
  /** The upstream compressed the body (a content-encoding other than identity): no text can be read from it. */
  encoded?: boolean;
  body: Readable;
  /** Extra headers safe to pass to the caller (e.g. retry-after). */
  headers?: Record<string, string>;
}

export interface ForwardCall {
  x: Exchange;
  /** The model name to send upstream (after mapping), when the endpoint has one. */
  upstreamModel?: string;
  /** Fires "abort" when the caller disconnects. */
  signal: Cancellation;
}

/** An upstream failure already translated into what the caller may see. */
export class UpstreamFailure extends Error {
  constructor(readonly denial: Denial) {
    super(denial.message);
  }
}

export interface Provider {
  readonly name: string;
  readonly type: string;
  /** Endpoints this adapter can serve. */
  supports(endpoint: Exchange["endpoint"]): boolean;
  forward(call: ForwardCall): Promise<UpstreamReply>;
  close(): Promise<void>;
}

/**
 * A provider's credential as a string. A `{ secret: <name> }` reference is
 * replaced with the stored value at serve start (config/secret-refs.ts); one
 * still unresolved here is a bug, refused rather than sent as "[object Object]".
 */
export function credential(value: string | { secret: string }, provider: string): string {
  if (typeof value === "string") return value;
  throw new Error(`provider ${provider}: apiKey refers to secret "${value.secret}", which was not resolved at start`);
}
