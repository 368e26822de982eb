/**
 * What the admin listener accepts from a client, with the data plane's rules
 * (gateway/connections.ts, core/client-address.ts, core/json-depth.ts) and
 * fixed values: the admin API serves a few people, so none of this is
 * configurable.
 * - Deadlines: headers within 10 s, the whole request within 30 s, idle
 *   keep-alive connections closed after 65 s (above a load balancer's idle
 *   timeout; a shorter one races clients that reuse a connection the server
 *   is closing); at most 256 connections.
 * - JSON bodies nested deeper than 64 levels are refused (400) before
 *   Fastify parses them.
 * - `req.ip` is the client address by the data plane's rule: X-Forwarded-For
 *   only from `server.trustedProxies`, right-most untrusted entry, a valid IP
 *   or the socket's peer.
 */
import type { Server, ServerOptions } from "node:http";
import type { FastifyInstance } from "fastify";
import { clientAddress, TrustedProxies } from "../core/client-address.js";
import { jsonNestingDepth } from "../core/json-depth.js";
import { AdminError } from "./errors.js";

/** node:http options of the admin listener (its own server or Fastify's). */
export const ADMIN_LISTENER: ServerOptions = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 65_000,
  // node checks the two deadlines above every 30 s by default.
  connectionsCheckingInterval: 1_000,
};

export const ADMIN_MAX_CONNECTIONS = 256;
export const ADMIN_MAX_JSON_DEPTH = 64;

/** Caps the listener's connections (node refuses the ones beyond). */
export function limitConnections(server: Server): void {
  server.maxConnections = ADMIN_MAX_CONNECTIONS;
}

const tooDeep = () =>
  new AdminError(400, "invalid_request_error", "json_too_deep", `The request body nests arrays and objects more than ${ADMIN_MAX_JSON_DEPTH} levels deep.`);

/** The JSON parser with a nesting bound in front of Fastify's own (which keeps refusing __proto__ and constructor keys). */
export function installJsonDepthLimit(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (req, body, done) => {
    const bytes = body as Buffer;
    if (jsonNestingDepth(bytes, ADMIN_MAX_JSON_DEPTH) > ADMIN_MAX_JSON_DEPTH) {
      done(tooDeep(), undefined);
      return;
    }
    parse(req, bytes.toString("utf8"), done);
  });
}

/** Makes `req.ip` the client address by the data plane's rule (Fastify's own trustProxy believes any entry). */
export function installClientAddress(app: FastifyInstance, trustedProxies: readonly string[]): void {
  const trusted = new TrustedProxies(trustedProxies);
  app.addHook("onRequest", async (req) => {
    // An own property in front of Fastify's getter: every later reader of req.ip (sessions, events, policies) sees it.
    Object.defineProperty(req, "ip", { value: clientAddress(req.raw.socket.remoteAddress, req.headers["x-forwarded-for"], trusted), enumerable: true });
  });
}
