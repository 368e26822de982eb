/**
 * HTTPS for the data plane: `server.tls`'s files, read and checked once at
 * start (config/tls-files.ts, shared with the admin listener).
 */
import type { ServerOptions } from "node:https";
import type { ServerTlsConfig } from "../config/tls-schema.js";
import { serverTlsOptions } from "../config/tls-files.js";

export function httpsOptions(tls: ServerTlsConfig): ServerOptions {
  return serverTlsOptions(tls, "server.tls");
}
