/**
 * HTTPS for the data plane: reads `server.tls`'s files once at start and
 * checks they make a usable TLS context, so a wrong path, a key that does not
 * match its certificate or a malformed PEM stops the start with the config
 * key named, not the first client's handshake.
 */
import { readFileSync } from "node:fs";
import type { ServerOptions } from "node:https";
import { createSecureContext } from "node:tls";
import { ConfigError } from "../config/load.js";
import type { ServerTlsConfig } from "../config/tls-schema.js";

function read(key: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : "unreadable";
    throw new ConfigError(`server.tls.${key}: cannot read ${path}: ${why}`);
  }
}

export function httpsOptions(tls: ServerTlsConfig): ServerOptions {
  const options: ServerOptions = { cert: read("cert", tls.cert), key: read("key", tls.key), minVersion: tls.minVersion };
  if (tls.clientCertificates !== "off") {
    options.ca = read("clientCa", tls.clientCa!);
    options.requestCert = true;
    // "optional": the handshake succeeds without a (trusted) certificate; authentication decides.
    options.rejectUnauthorized = tls.clientCertificates === "required";
  }
  try {
    createSecureContext({ cert: options.cert, key: options.key, ca: options.ca, minVersion: options.minVersion });
  } catch (err) {
    // OpenSSL's reason ("key values mismatch", "no start line") names the problem; it holds no key material.
    const reason = (err as Error).message.replace(/^error:[0-9A-F]+:/i, "").slice(0, 120);
    throw new ConfigError(`server.tls: the certificate, key or CA files cannot be used: ${reason}`);
  }
  return options;
}
