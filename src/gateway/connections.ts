/**
 * What one client can hold of the data-plane listener: how long it may take
 * to send a request (node:http's header and request deadlines, checked every
 * second rather than node's default 30 s), how long an idle keep-alive
 * connection stays, and how many connections one address and the whole
 * listener may have open.
 *
 * Connections are counted by the socket's peer address, never by
 * X-Forwarded-For (which the client writes). IPv6 peers are counted per /64,
 * the block one subscriber usually gets. A trusted proxy carries many
 * clients on its connections, so it is held only to the listener's total.
 * A connection over a cap is not counted and gets a 503 for its first
 * request, then is closed (and cut after a second if it sends none); on TLS
 * it is closed at once, before the handshake costs anything.
 */
import type { Server, ServerOptions, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "pino";
import type { ServerConfig } from "../config/server-schema.js";
import { type TrustedProxies, validIp } from "../core/client-address.js";

/** How often node:http checks the header and request deadlines (its default, 30 s, would let a 1 s deadline last 31 s). */
export function checkingInterval(headersTimeoutMs: number): number {
  return Math.max(50, Math.min(1000, Math.floor(headersTimeoutMs / 4)));
}

/** node:http options for the data-plane listener. */
export function listenerOptions(s: ServerConfig): ServerOptions {
  return {
    headersTimeout: s.headersTimeoutMs,
    requestTimeout: s.requestTimeoutMs,
    keepAliveTimeout: s.keepAliveTimeoutMs,
    connectionsCheckingInterval: checkingInterval(s.headersTimeoutMs),
  };
}

const raw = (status: string, body: string) =>
  `HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncache-control: no-store\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const error = (message: string, type: string, code: string) => JSON.stringify({ error: { message, type, param: null, code } });

const REQUEST_TIMEOUT = raw("408 Request Timeout", error("The request was not received in time.", "invalid_request_error", "request_timeout"));
const BAD_REQUEST = raw("400 Bad Request", error("The request is not valid HTTP.", "invalid_request_error", "bad_request"));
const TOO_MANY = error("Too many connections from this address or to this gateway; close some and retry.", "server_error", "too_many_connections");

/** Connections cut for missing a deadline: the record stage logs their exchange as the 408 the client got. */
const missed = new WeakSet<Socket>();
export const missedDeadline = (socket: Socket): boolean => missed.has(socket);

/**
 * node:http's clientError: a request that missed its deadline gets a 408,
 * malformed HTTP a 400; nothing is written on a connection that has already
 * sent bytes (a reply may be in progress).
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === "ERR_HTTP_REQUEST_TIMEOUT") missed.add(socket);
  if (socket.writable && socket.bytesWritten === 0) {
    socket.end(err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? REQUEST_TIMEOUT : BAD_REQUEST);
    socket.destroySoon();
  } else {
    socket.destroy();
  }
}

/** The per-address bucket of a peer: the address itself, or its /64 for IPv6. */
export function addressKey(ip: string): string {
  if (!ip.includes(":")) return ip;
  const double = ip.indexOf("::");
  const groups = (double === -1 ? ip : ip.slice(0, double)).split(":").filter((g) => g !== "");
  while (groups.length < 4) groups.push("0");
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/** How long a refused connection may take to send its request and read the 503 before it is cut. */
const REFUSAL_GRACE_MS = 1000;
/** At most one warning per this period, with how many connections were refused since the last. */
const WARN_EVERY_MS = 10_000;

export class ConnectionLimits {
  private total = 0;
  private readonly perAddress = new Map<string, number>();
  /** Connections over a cap, answered 503 (see refuses). */
  private readonly overCap = new WeakSet<Socket>();
  private refused = 0;
  private warnedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly max: number,
    private readonly maxPerAddress: number,
    private readonly trusted: TrustedProxies,
    private readonly log: Logger,
  ) {}

  /** Counts the listener's connections (`tls`: its sockets are raw TCP under TLS). Runs before node:http sees one. */
  attach(server: Server, tls: boolean): void {
    server.prependListener("connection", (socket: Socket) => this.admit(socket, tls));
  }

  /** Open connections from `address` (its /64 for IPv6), or on the whole listener. */
  count(address?: string): number {
    return address === undefined ? this.total : (this.perAddress.get(addressKey(validIp(address) ?? address)) ?? 0);
  }

  /** Answers a request on a connection over a cap with a 503 and closes it; false for every other request. */
  refuses(socket: Socket, res: ServerResponse): boolean {
    if (!this.overCap.has(socket)) return false;
    res.writeHead(503, { "content-type": "application/json", "cache-control": "no-store", "x-content-type-options": "nosniff", connection: "close", "retry-after": "1" });
    res.end(TOO_MANY);
    return true;
  }

  private admit(socket: Socket, tls: boolean): void {
    const ip = validIp(socket.remoteAddress ?? "");
    const key = ip === undefined || this.trusted.has(ip) ? undefined : addressKey(ip);
    const n = key === undefined ? 0 : (this.perAddress.get(key) ?? 0);
    if (this.total >= this.max || n >= this.maxPerAddress) {
      this.refuse(socket, tls, this.total >= this.max ? "server.maxConnections" : "server.maxConnectionsPerAddress", ip);
      return;
    }
    this.total++;
    if (key !== undefined) this.perAddress.set(key, n + 1);
    socket.once("close", () => {
      this.total--;
      if (key === undefined) return;
      const left = this.perAddress.get(key)! - 1;
      if (left === 0) this.perAddress.delete(key);
      else this.perAddress.set(key, left);
    });
  }

  private refuse(socket: Socket, tls: boolean, cap: string, ip: string | undefined): void {
    if (tls) socket.destroy();
    else {
      this.overCap.add(socket);
      const cut = setTimeout(() => socket.destroy(), REFUSAL_GRACE_MS);
      socket.once("close", () => clearTimeout(cut));
    }
    this.refused++;
    const now = performance.now();
    if (now - this.warnedAt >= WARN_EVERY_MS) {
      this.warnedAt = now;
      this.log.warn({ refused: this.refused, cap, client: ip, open: this.total }, `connections refused: ${cap} reached`);
      this.refused = 0;
    }
  }
}
