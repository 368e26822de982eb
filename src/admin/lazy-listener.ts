/**
 * The admin listener as `wardgate serve` runs it: the port is bound at start,
 * but the admin app (Fastify, its schemas, the MFA libraries: ~28 MB of
 * RSS) is built only when the first request arrives. Most gateway processes
 * are never administered through their own listener, and the data plane's
 * memory is a budget; the first admin request pays ~0.3 s instead.
 *
 * Requests that arrive while the app is being built wait for it; if building
 * fails, they get a 503 in the admin API's error shape (never the cause).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ServerOptions as HttpsOptions } from "node:https";
import type { AddressInfo } from "node:net";
import type { AdminAppOptions } from "./app.js";
import { ADMIN_RESPONSE_HEADERS } from "./headers.js";
import { ADMIN_LISTENER, limitConnections } from "./request-limits.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LazyAdminServer {
  url: string;
  /** True once the first request has built the app. */
  readonly loaded: boolean;
  close(): Promise<void>;
}

const UNAVAILABLE = JSON.stringify({ error: { message: "The admin API is unavailable.", type: "server_error", code: "admin_unavailable" } });

/**
 * `tls`: listener options read from `admin.tls` at start (config/tls-files.ts);
 * absent, the listener speaks plain HTTP.
 */
export async function startLazyAdmin(opts: AdminAppOptions & { host: string; port: number; tls?: HttpsOptions }): Promise<LazyAdminServer> {
  let building: Promise<{ handler: Handler; close: () => Promise<void> }> | undefined;
  const onRequest: Handler = (req, res) => {
    building ??= build(opts, server);
    building.then(
      ({ handler }) => handler(req, res),
      (err: Error) => {
        opts.onError?.(err);
        res.writeHead(503, { ...ADMIN_RESPONSE_HEADERS, "content-type": "application/json" }).end(UNAVAILABLE);
      },
    );
  };
  // An https.Server is an http.Server to Fastify and to everything below.
  const server: Server = opts.tls ? (await import("node:https")).createServer({ ...ADMIN_LISTENER, ...opts.tls }, onRequest) : createServer(ADMIN_LISTENER, onRequest);
  limitConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  return {
    url: `${opts.tls ? "https" : "http"}://${host}:${port}`,
    get loaded() {
      return building !== undefined;
    },
    close: async () => {
      const app = building ? await building.catch(() => undefined) : undefined;
      await app?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function build(opts: AdminAppOptions, server: Server): Promise<{ handler: Handler; close: () => Promise<void> }> {
  const { buildAdminApp } = await import("./app.js");
  let handler: Handler | undefined;
  // Fastify serves on the listener that is already bound: it is handed the
  // server and gives back its request handler; it never listens itself.
  const app = await buildAdminApp({
    ...opts,
    serverFactory: (h) => {
      handler = h;
      return server;
    },
  });
  if (!handler) throw new Error("the admin app did not hand over its request handler");
  return { handler, close: () => app.close() };
}
