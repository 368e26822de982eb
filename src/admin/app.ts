/**
 * The admin API: a Fastify app under /admin/v1 on its own listener
 * (localhost by default), separate from the data plane. Every route has
 * JSON schemas for its request and response (the OpenAPI document at
 * /admin/v1/openapi.json is generated from them) and passes the access hook.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import cookie from "@fastify/cookie";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import type { AdminConfig } from "../config/admin-schema.js";
import type { Keyring } from "../crypto/keyring.js";
import type { Store } from "../store/store.js";
import { installAccessHook } from "./access.js";
import type { AdminDeps, BudgetSource } from "./context.js";
import { clip } from "../core/clip.js";
import { AdminError, errorBody } from "./errors.js";
import { ADMIN_RESPONSE_HEADERS } from "./headers.js";
import { ADMIN_LISTENER, installClientAddress, installJsonDepthLimit, limitConnections } from "./request-limits.js";
import { adminRoutes } from "./routes/admins.js";
import { authRoutes } from "./routes/auth.js";
import { auditRoutes } from "./routes/audit.js";
import { budgetRoutes } from "./routes/budgets.js";
import { eventRoutes } from "./routes/events.js";
import { keyRoutes } from "./routes/keys.js";
import { killSwitchRoutes } from "./routes/kill-switches.js";
import { orgRoutes } from "./routes/org.js";
import { policyRoutes } from "./routes/policies.js";
import { adminPolicies, type GatewayPolicyConfig } from "./policies.js";

export const ADMIN_PREFIX = "/admin/v1";

export interface AdminAppOptions {
  store: Store;
  config: AdminConfig;
  keyring: Keyring;
  /** The gateway config's policies, models and routes (the policies routes, the admin-plane policy check); default: no policies. */
  gateway?: GatewayPolicyConfig;
  /** The gateway's budgets and counter store, for GET /budgets (absent: no budgets to show). */
  budgets?: BudgetSource;
  /** Injectable clock (tests of timeouts and lockout). */
  now?: () => number;
  /** Called with unexpected errors (never shown to the caller). */
  onError?: (err: Error) => void;
  /** Proxies whose X-Forwarded-For is believed for `req.ip` (the data plane's server.trustedProxies); default none. */
  trustedProxies?: readonly string[];
  /** Serve on an existing listener (lazy-listener.ts): Fastify hands over its request handler. */
  serverFactory?: (handler: (req: IncomingMessage, res: ServerResponse) => void) => Server;
}

/** "body/email must be string" → "body.email: must be string"; unknown fields are named. */
function validationMessage(err: FastifyError): string {
  const first = err.validation?.[0];
  if (!first) return err.message;
  const where = [err.validationContext ?? "request", ...first.instancePath.split("/").filter(Boolean)].join(".");
  const params = first.params as Record<string, unknown>;
  if (first.keyword === "additionalProperties") return `${where}.${clip(String(params.additionalProperty), 64)}: unknown field`;
  if (first.keyword === "required") return `${where}.${String(params.missingProperty)}: required`;
  return `${where}: ${first.message ?? "invalid"}`;
}

export async function buildAdminApp(opts: AdminAppOptions): Promise<FastifyInstance> {
  const deps: AdminDeps = {
    store: opts.store,
    config: opts.config,
    keyring: opts.keyring,
    now: opts.now ?? Date.now,
    rp: { rpId: opts.config.rpId, rpName: opts.config.rpName, origin: opts.config.origin },
    budgets: opts.budgets,
  };
  const policies = adminPolicies(opts.store, opts.gateway);
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    // Deadlines and keep-alive (request-limits.ts); with serverFactory the given listener has them already.
    http: ADMIN_LISTENER,
    requestTimeout: ADMIN_LISTENER.requestTimeout!,
    keepAliveTimeout: ADMIN_LISTENER.keepAliveTimeout!,
    // Unknown fields are errors, not silently dropped; types are not coerced in bodies.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: "array", allErrors: false } },
    ...(opts.serverFactory ? { serverFactory: opts.serverFactory } : {}),
  });
  app.decorateRequest("admin", null);
  // First of all hooks, for every request (404s and errors included): the headers stay on whatever answer follows.
  app.addHook("onRequest", async (_req, reply) => {
    reply.headers(ADMIN_RESPONSE_HEADERS);
  });
  installClientAddress(app, opts.trustedProxies ?? []);
  installJsonDepthLimit(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: { title: "Wardgate admin API", version: "1" },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "wg_admin" },
          csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
  });

  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err instanceof AdminError) return reply.code(err.status).headers(err.headers).send(errorBody(err.type, err.code, err.message));
    if (err.validation) return reply.code(400).send(errorBody("invalid_request_error", "invalid_request", validationMessage(err)));
    const status = err.statusCode ?? 500;
    if (status < 500) return reply.code(status).send(errorBody("invalid_request_error", "invalid_request", err.message));
    opts.onError?.(err);
    return reply.code(500).send(errorBody("server_error", "internal_error", "Internal error."));
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send(errorBody("not_found_error", "not_found", `No admin endpoint ${req.method} ${clip(req.url.split("?")[0]!)}.`)));

  await app.register(
    async (api) => {
      installAccessHook(api, deps, policies);
      authRoutes(api, deps);
      orgRoutes(api, deps);
      keyRoutes(api, deps);
      adminRoutes(api, deps);
      eventRoutes(api, deps);
      auditRoutes(api, deps);
      policyRoutes(api, deps, policies);
      killSwitchRoutes(api, deps);
      budgetRoutes(api, deps);
      api.get("/openapi.json", { config: { access: { auth: "none" } }, schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: ADMIN_PREFIX },
  );
  await app.ready();
  return app;
}

export interface AdminServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startAdmin(opts: AdminAppOptions & { host: string; port: number }): Promise<AdminServer> {
  const app = await buildAdminApp(opts);
  limitConnections(app.server);
  await app.listen({ host: opts.host, port: opts.port });
  const addr = app.server.address();
  const port = typeof addr === "object" && addr ? addr.port : opts.port;
  const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  return { url: `http://${host}:${port}`, app, close: () => app.close() };
}
