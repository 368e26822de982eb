/**
 * Every refusal leaves as an OpenAI-shaped error body carrying the request
 * id. On the Anthropic endpoint a top-level `"type": "error"` is added so
 * Anthropic clients read it too.
 *
 * Messages echo what the caller sent (a model name, a path) and are clipped
 * where they are built (core/clip.ts); the body clips them again as a last
 * bound, so no denial can make an error body grow with the request.
 */
import { clip, MESSAGE_MAX } from "../core/clip.js";
import { type Denial, denial } from "../core/decision.js";
import type { Exchange } from "./exchange.js";

export function errorBody(x: Pick<Exchange, "id" | "endpoint">, d: Denial): string {
  const error = { message: clip(d.message, MESSAGE_MAX), type: d.type, param: d.param ? clip(d.param) : null, code: d.code, request_id: x.id, ...d.detail };
  return JSON.stringify(x.endpoint === "messages" ? { type: "error", error } : { error });
}

export function sendError(x: Exchange, d: Denial): void {
  const { res } = x;
  x.errorCode = d.code;
  x.reasons.push(...d.reasons);
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  const body = errorBody(x, d);
  const headers: Record<string, string | number> = {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-request-id": x.id,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...d.headers,
  };
  if (d.status === 401) headers["www-authenticate"] = 'Bearer realm="wardgate"';
  res.writeHead(d.status, headers);
  res.end(body);
}

/** An SSE event that ends a stream which can no longer get a status code. */
export function sseErrorEvent(x: Pick<Exchange, "id" | "endpoint">, d: Denial): string {
  const body = errorBody(x, d);
  return x.endpoint === "messages" ? `event: error\ndata: ${body}\n\n` : `data: ${body}\n\n`;
}

/** An upstream stream that broke off after the reply started. */
export const streamBroken = (): Denial =>
  denial(502, "upstream_error", "upstream_stream_broken", "The upstream provider's stream broke off.", "gateway:upstream");
