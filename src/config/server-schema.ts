/**
 * `server:` in wardgate.yaml: the data-plane listener. Besides its address
 * and TLS, it bounds what one client can hold: how long it may take to send
 * its headers and its whole request, how long an idle connection stays open,
 * how many connections one address and the whole listener may have, how large
 * and how deeply nested a body may be; and which proxies' X-Forwarded-For is
 * believed. Every default is safe; an operator loosens them explicitly.
 */
import { z } from "zod";
import { bool, bytes, duration, int } from "./fields.js";
import { parseCidr } from "./policy-schema.js";
import { serverTlsSchema } from "./tls-schema.js";

/** A proxy's address or CIDR range; a range holding every address would let any client choose its own. */
const trustedProxy = z.string().superRefine((s, ctx) => {
  const c = parseCidr(s);
  if (typeof c === "string") ctx.addIssue({ code: "custom", message: c });
  else if (c.bits === 0) ctx.addIssue({ code: "custom", message: `"${s}" trusts every address, so any client could write its own X-Forwarded-For; list your proxies' addresses` });
});

/** A waiting request's body is not read: its wait must end well before node:http's request deadline. */
const defaultQueueMs = (requestTimeoutMs: number) => Math.min(1000, Math.floor(requestTimeoutMs / 2));

export const serverSchema = z
  .strictObject({
    host: z.string().min(1).default("127.0.0.1"),
    port: int().pipe(z.number().min(0).max(65535)).default(8787),
    maxBodyBytes: bytes("server.maxBodyBytes").default(1024 * 1024),
    /** Deepest nesting of arrays and objects a JSON body may have; deeper is a 400 before any stage walks it. */
    maxJsonDepth: int().pipe(z.number().min(2).max(1000)).default(64),
    /** Time allowed to receive the request line and headers (a new connection that sends nothing included). */
    headersTimeoutMs: duration("server.headersTimeoutMs").default(10_000),
    /** Time allowed to receive the whole request, headers and body; the reply may take longer. */
    requestTimeoutMs: duration("server.requestTimeoutMs").default(30_000),
    /** How long an idle keep-alive connection is kept between requests (above a load balancer's idle timeout). */
    keepAliveTimeoutMs: duration("server.keepAliveTimeoutMs").default(65_000),
    /** Connections the listener holds at once; more are refused. */
    maxConnections: int().pipe(z.number().min(1).max(1_000_000)).default(4096),
    /** Connections one client address holds at once (IPv6: one /64), counted by the socket's peer; trusted proxies are exempt. */
    maxConnectionsPerAddress: int().pipe(z.number().min(1).max(1_000_000)).default(256),
    shutdownGraceMs: duration("server.shutdownGraceMs").default(15_000),
    /**
     * Requests this process serves at once (a stream counts until it ends);
     * more wait in a queue, and beyond the queue get 503 overloaded (gateway/admission.ts).
     */
    maxInFlight: int().pipe(z.number().min(1).max(1_000_000)).default(512),
    /** Requests that may wait for a slot; 0: none wait, a request over maxInFlight is shed at once. */
    maxQueued: int().pipe(z.number().min(0).max(1_000_000)).default(512),
    /**
     * How long a request may wait for a slot before it is shed (503 overloaded).
     * Unset: 1 s, or half of requestTimeoutMs when that is shorter.
     */
    maxQueueMs: duration("server.maxQueueMs").optional(),
    /**
     * Event-loop delay (ms) over which new requests wait instead of starting:
     * the process is too starved to run what it already has. 0: off.
     */
    maxEventLoopDelayMs: int().pipe(z.number().min(0).max(60_000)).default(0),
    /**
     * Proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed:
     * when the socket's peer is one of them, the client is the right-most
     * address in the header that is not one of them. Empty: the peer is the client.
     */
    trustedProxies: z.array(trustedProxy).default([]),
    /** Removed: it believed the left-most X-Forwarded-For entry. `false` is still accepted (it changes nothing). */
    trustProxy: bool()
      .refine((v) => v === false, {
        message:
          "removed: it believed the left-most X-Forwarded-For entry, which any client can write; list the addresses of your proxies in server.trustedProxies instead",
      })
      .optional(),
    /** Serve HTTPS (and optionally ask for client certificates); absent: plain HTTP. */
    tls: serverTlsSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.headersTimeoutMs > s.requestTimeoutMs) {
      ctx.addIssue({ code: "custom", path: ["headersTimeoutMs"], message: `expected at most server.requestTimeoutMs (${s.requestTimeoutMs} ms): the headers are part of the request` });
    }
    if (s.maxQueueMs !== undefined && s.maxQueueMs >= s.requestTimeoutMs) {
      // A waiting request's body is not read: node:http would cut it (408) before its wait ended.
      ctx.addIssue({ code: "custom", path: ["maxQueueMs"], message: `expected less than server.requestTimeoutMs (${s.requestTimeoutMs} ms): a waiting request's body is not read yet` });
    }
    const queueMs = s.maxQueueMs ?? defaultQueueMs(s.requestTimeoutMs);
    if (s.maxEventLoopDelayMs > 0 && s.maxEventLoopDelayMs >= queueMs) {
      ctx.addIssue({ code: "custom", path: ["maxEventLoopDelayMs"], message: `expected less than server.maxQueueMs (${queueMs} ms), or 0 (off): a delay that long would shed every waiting request` });
    }
    if (s.maxConnectionsPerAddress > s.maxConnections) {
      ctx.addIssue({ code: "custom", path: ["maxConnectionsPerAddress"], message: `expected at most server.maxConnections (${s.maxConnections})` });
    }
  })
  .transform((s) => ({ ...s, maxQueueMs: s.maxQueueMs ?? defaultQueueMs(s.requestTimeoutMs) }))
  .prefault({});

export type ServerConfig = z.output<typeof serverSchema>;
