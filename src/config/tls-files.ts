/**
 * Reads the certificate files the config names (server.tls, admin.tls,
 * providers.<name>.tls) once at start and checks they make a usable TLS
 * context, so a wrong path, a key that does not match its certificate or a
 * malformed PEM stops the start with the config key named, not the first
 * handshake. Shared by the data plane, the admin listener and the upstream
 * clients; it imports none of them.
 */
import { readFileSync } from "node:fs";
import type { ServerOptions } from "node:https";
import { createSecureContext, type SecureContextOptions } from "node:tls";
import { ConfigError } from "./load.js";
import type { ServerTlsConfig, UpstreamTlsConfig } from "./tls-schema.js";

function read(key: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "a directory" : "unreadable";
    throw new ConfigError(`${key}: cannot read ${path}: ${why}`);
  }
}

/** OpenSSL's reason ("key values mismatch", "no start line") names the problem; it holds no key material. */
function check(prefix: string, options: SecureContextOptions): void {
  try {
    createSecureContext(options);
  } catch (err) {
    const reason = (err as Error).message.replace(/^error:[0-9A-F]+:/i, "").slice(0, 120);
    throw new ConfigError(`${prefix}: the certificate, key or CA files cannot be used: ${reason}`);
  }
}

/** Listener options for `server.tls` or `admin.tls` (`prefix` is the config key, for errors). */
export function serverTlsOptions(tls: ServerTlsConfig, prefix: string): ServerOptions {
  const options: ServerOptions = { cert: read(`${prefix}.cert`, tls.cert), key: read(`${prefix}.key`, tls.key), minVersion: tls.minVersion };
  if (tls.clientCertificates !== "off") {
    options.ca = read(`${prefix}.clientCa`, tls.clientCa!);
    options.requestCert = true;
    // "optional": the handshake succeeds without a (trusted) certificate; authentication decides.
    options.rejectUnauthorized = tls.clientCertificates === "required";
  }
  check(prefix, { cert: options.cert, key: options.key, ca: options.ca, minVersion: options.minVersion });
  return options;
}

/** What an upstream connection adds to the defaults: a CA bundle to trust, a client certificate to present. */
export interface UpstreamTlsOptions {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
}

/**
 * Connect options for `providers.<name>.tls`. Nothing here can turn
 * verification off: the schema has no such key, and `ca` only changes whom
 * the gateway trusts.
 */
export function upstreamTlsOptions(tls: UpstreamTlsConfig, prefix: string): UpstreamTlsOptions {
  const options: UpstreamTlsOptions = {};
  if (tls.ca !== undefined) options.ca = read(`${prefix}.ca`, tls.ca);
  if (tls.cert !== undefined) options.cert = read(`${prefix}.cert`, tls.cert);
  if (tls.key !== undefined) options.key = read(`${prefix}.key`, tls.key);
  check(prefix, options);
  // createSecureContext accepts a CA bundle with no certificate in it (e.g. a file of comments); such a
  // bundle would make every upstream certificate untrusted, so say so now.
  if (options.ca && !options.ca.toString("latin1").includes("-----BEGIN CERTIFICATE-----")) {
    throw new ConfigError(`${prefix}.ca: expected a PEM CA bundle (no "BEGIN CERTIFICATE" in ${tls.ca})`);
  }
  return options;
}
