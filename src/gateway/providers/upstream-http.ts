/**
 * Calls an HTTP upstream through a keep-alive undici pool and translates its
 * failures. The caller never sees an upstream URL, header or stack: timeouts
 * become 504, connection failures and 5xx become 502, and the upstream's own
 * 4xx bodies pass only after URLs are scrubbed from them.
 */
import { pipeline, Readable } from "node:stream";
import { Pool } from "undici";
import { upstreamTlsOptions } from "../../config/tls-files.js";
import type { UpstreamTlsConfig } from "../../config/tls-schema.js";
import type { Cancellation } from "../cancel.js";
import { denial } from "../../core/decision.js";
import { CredentialScrubber } from "./credential-scrub.js";
import { type UpstreamReply, UpstreamFailure } from "./provider.js";

export interface UpstreamOptions {
  baseUrl: string;
  timeoutMs: number;
  connectTimeoutMs: number;
  connections: number;
  tls?: UpstreamTlsConfig;
}

const SOURCE = "gateway:upstream";
const MAX_ERROR_BODY = 64 * 1024;
const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT"]);
/** Certificate verification (OpenSSL's names: UNABLE_TO_VERIFY_LEAF_SIGNATURE, CERT_HAS_EXPIRED, …) and TLS alerts. */
const TLS_CODE = /^(?:ERR_SSL_|ERR_TLS_)|CERT|SIGNATURE|ISSUER/;

const badGateway = (code: string, message: string) => new UpstreamFailure(denial(502, "upstream_error", code, message, SOURCE));
const timeout = () =>
  new UpstreamFailure(denial(504, "timeout_error", "upstream_timeout", "The upstream provider did not answer in time.", SOURCE));

/** Replaces anything URL- or host-like in an upstream message. */
export function scrubUpstreamText(s: string): string {
  return s
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, "[url]")
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, "[address]");
}

/** Nesting beyond this in an upstream error body: the body is replaced, not walked. */
const MAX_ERROR_DEPTH = 32;

/** Every string of an error body, keys included, through `scrub`; undefined when nested too deep to walk. */
function scrubJson(v: unknown, scrub: (s: string) => string, depth = 0): unknown {
  if (typeof v === "string") return scrub(v);
  if (typeof v !== "object" || v === null) return v;
  if (depth >= MAX_ERROR_DEPTH) throw new RangeError("nested too deep");
  if (Array.isArray(v)) return v.map((x) => scrubJson(x, scrub, depth + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [scrub(k), scrubJson(x, scrub, depth + 1)]));
}

/** Drops a reply body nobody will read; undici reports the abort as an error, which is expected here. */
export function discard(body: Readable): void {
  body.on("error", () => undefined);
  body.destroy();
}

/**
 * Reads a whole body up to `limit` bytes; past it, the body is destroyed and
 * the result is undefined. Event listeners rather than `for await`: the async
 * iterator cost more than the rest of reply inspection for small replies.
 */
export function readCapped(body: Readable, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const done = () => {
      body.off("data", onData);
      body.off("end", onEnd);
      body.off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done();
        discard(body);
        resolve(undefined);
        return;
      }
      parts.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(parts.length === 1 ? parts[0]! : Buffer.concat(parts, size));
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    body.on("data", onData);
    body.on("end", onEnd);
    body.on("error", onError);
  });
}

export class UpstreamClient {
  private readonly pool: Pool;
  /** Path prefix of the base URL, without a trailing slash (e.g. "/v1"). */
  readonly basePath: string;
  /** The upstream's host name, scrubbed from error bodies like any URL. */
  private readonly host: RegExp;

  /**
   * `name` is the provider's, for config errors about its `tls` files (read here, at start);
   * `scrubber` masks the configured credentials in everything relayed (built once for all providers).
   */
  constructor(
    opts: UpstreamOptions,
    name = "upstream",
    private readonly scrubber: CredentialScrubber = new CredentialScrubber([]),
  ) {
    const url = new URL(opts.baseUrl);
    this.host = new RegExp(url.hostname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
    // Verification stays on (undici's default, rejectUnauthorized true); tls adds a CA and/or a client certificate.
    const connect = opts.tls ? upstreamTlsOptions(opts.tls, `providers.${name}.tls`) : undefined;
    this.basePath = url.pathname.replace(/\/+$/, "");
    this.pool = new Pool(url.origin, {
      connections: opts.connections,
      connectTimeout: opts.connectTimeoutMs,
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
      keepAliveTimeout: 30_000,
      ...(connect ? { connect } : {}),
    });
  }

  /**
   * Sends one request. Resolves with a 2xx reply (body still streaming) or a
   * caller-safe 4xx reply; rejects with UpstreamFailure otherwise.
   */
  async send(req: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: Buffer | string;
    signal: Cancellation;
  }): Promise<UpstreamReply> {
    let res: Awaited<ReturnType<Pool["request"]>>;
    try {
      res = await this.pool.request({
        method: req.method as "POST",
        path: this.basePath + req.path,
        // Kept short: undici validates every header on every request. No
        // accept-encoding is sent, so upstreams answer uncompressed (the
        // response guards need plain text).
        headers: req.headers,
        body: req.body ?? null,
        signal: req.signal,
      });
    } catch (err) {
      throw this.translate(err, req.signal);
    }
    const status = res.statusCode;
    const contentType = this.scrubber.scrubText(String(res.headers["content-type"] ?? "application/octet-stream"));
    if (status >= 200 && status < 300) {
      const len = res.headers["content-length"];
      const encoding = res.headers["content-encoding"];
      const encoded = encoding !== undefined && String(encoding).trim().toLowerCase() !== "identity";
      return {
        status,
        contentType,
        sse: /^\s*text\/event-stream\b/i.test(contentType),
        body: this.relayed(res.body),
        // An encoded body keeps its content-encoding header, or the caller could not decode what passes.
        ...(encoded ? { encoded: true, headers: { "content-encoding": String(encoding) } } : typeof len === "string" ? { contentLength: Number(len) } : {}),
      };
    }
    // Non-2xx: read a bounded amount and decide what the caller may see.
    let raw: Buffer | undefined;
    try {
      raw = await readCapped(res.body, MAX_ERROR_BODY);
    } catch (err) {
      throw this.translate(err, req.signal);
    }
    if (status === 504 || status === 408) throw timeout();
    if (status >= 500) throw badGateway("upstream_error", "The upstream provider failed to handle the request.");
    if (status === 401 || status === 403 || status === 407) {
      throw badGateway("upstream_auth_failed", "The upstream provider rejected the gateway's credentials.");
    }
    if (status < 400) throw badGateway("upstream_error", "The upstream provider sent an unexpected response.");
    const headers: Record<string, string> = {};
    const retryAfter = res.headers["retry-after"];
    if (status === 429 && typeof retryAfter === "string" && /^\d{1,6}$/.test(retryAfter)) headers["retry-after"] = retryAfter;
    let parsed: unknown;
    try {
      parsed = raw?.length ? JSON.parse(raw.toString("utf8")) : undefined;
    } catch {
      parsed = undefined;
    }
    let scrubbed: unknown;
    try {
      scrubbed = parsed && typeof parsed === "object" ? scrubJson(parsed, (t) => this.scrubText(t)) : undefined;
    } catch {
      scrubbed = undefined; // nested too deep to walk: replaced below
    }
    const body = JSON.stringify(
      scrubbed ?? { error: { message: `The upstream provider refused the request (status ${status}).`, type: "upstream_error", code: "upstream_rejected" } },
    );
    return { status, contentType: "application/json", sse: false, body: Readable.from([Buffer.from(body)]), headers };
  }

  /** An upstream message made safe to relay: no URL, address, host name or configured credential. */
  private scrubText(s: string): string {
    return this.scrubber.scrubText(scrubUpstreamText(s).replace(this.host, "[host]"));
  }

  /** A 2xx body as the caller may see it: credentials masked as it streams (undici's errors still reach the reader). */
  private relayed(body: Readable): Readable {
    if (!this.scrubber.active) return body;
    const out = this.scrubber.stream();
    pipeline(body, out, () => undefined);
    return out;
  }

  private translate(err: unknown, signal: Cancellation): Error {
    if (signal.aborted) return err as Error; // the client went away; nobody to tell
    const code = (err as { code?: string }).code ?? "";
    if (TIMEOUT_CODES.has(code)) return timeout();
    // Distinct from "unreachable" so an operator looks at certificates, not the network; still no detail for the caller.
    if (TLS_CODE.test(code)) return badGateway("upstream_tls_failed", "The upstream provider's TLS connection could not be established.");
    return badGateway("upstream_unreachable", "The upstream provider could not be reached.");
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
