/**
 * `wardgate tls dev-cert`: a local CA and a server certificate for trying
 * HTTPS (and mTLS) on one machine. Not for production: the CA's key sits next
 * to the certificates, and anything trusting the CA trusts whatever that key
 * signs.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { join, resolve } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { CliError } from "./errors.js";

export const DEFAULT_HOSTS = ["localhost", "127.0.0.1", "::1"];

export interface DevCertOptions {
  out: string;
  /** Extra host names or addresses for the server certificate. */
  hosts?: string[];
  days?: number;
  force?: boolean;
  /** Issue a client certificate with this name from the CA already in `out` (instead of a CA and server certificate). */
  client?: string;
}

export interface DevCertResult {
  /** Absolute paths of the files written. */
  written: string[];
  /** What to tell the person who ran it. */
  message: string;
}

const HOST = /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const CLIENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

function checkHost(h: string): string {
  if (isIP(h) || (h.length <= 253 && HOST.test(h))) return h;
  throw new InvalidArgumentError(`expected a host name or an IP address, got "${h}"`);
}

function days(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 3650) throw new InvalidArgumentError("expected a whole number of days, 1-3650");
  return n;
}

/** Writes only when no file would be overwritten (unless forced); keys 0600, certificates 0644. */
function writeAll(files: { path: string; data: string; secret: boolean }[], force: boolean): string[] {
  const existing = files.filter((f) => existsSync(f.path)).map((f) => f.path);
  if (existing.length && !force) throw new CliError(`refusing to overwrite ${existing.join(", ")} (use --force to replace them)`, 1);
  for (const f of files) {
    // A mode applies only when a file is created: a replaced file is removed first so a key is never
    // written into a file that others can read, and "wx" refuses a file that appeared meanwhile.
    rmSync(f.path, { force: true });
    writeFileSync(f.path, f.data, { mode: f.secret ? 0o600 : 0o644, flag: "wx" });
  }
  return files.map((f) => f.path);
}

export async function devCert(opts: DevCertOptions): Promise<DevCertResult> {
  const out = resolve(opts.out);
  const validDays = opts.days ?? 365;
  const caCert = join(out, "ca.pem");
  const caKey = join(out, "ca-key.pem");
  // Loaded here only: the X.509 library is for this command, not for gateway processes.
  const pki = await import("./dev-cert.js");
  if (opts.client !== undefined) {
    if (!CLIENT_NAME.test(opts.client)) throw new CliError(`--client: expected a name of letters, digits, '.', '_', '@' or '-' (at most 64), got "${opts.client}"`);
    if (!existsSync(caCert) || !existsSync(caKey)) throw new CliError(`no CA in ${out} (ca.pem and ca-key.pem): run "wardgate tls dev-cert --out ${opts.out}" first`);
    if (opts.hosts?.length) throw new CliError("--host names the server certificate's hosts; it does not apply with --client");
    const ca = await pki.loadAuthority(readFileSync(caCert, "utf8"), readFileSync(caKey, "utf8"));
    if (ca.cert.notAfter.getTime() <= Date.now() + 60_000) throw new CliError(`the CA in ${out} has expired: make a new one with "wardgate tls dev-cert --out ${opts.out} --force"`);
    const pair = await pki.issueClient(ca, opts.client, validDays);
    const cert = join(out, `client-${opts.client}.pem`);
    const key = join(out, `client-${opts.client}-key.pem`);
    const written = writeAll([{ path: cert, data: pair.certPem, secret: false }, { path: key, data: pair.keyPem, secret: true }], opts.force ?? false);
    return {
      written,
      message:
        `Client certificate for "${opts.client}" (CN=${opts.client}), signed by ${caCert}:\n  ${cert}\n  ${key}  (private key, 0600)\n\n` +
        "Let the gateway's upstream present it (mTLS):\n" +
        `  providers:\n    <name>:\n      tls: { ca: ${caCert}, cert: ${cert}, key: ${key} }\n\n` +
        `Or call a gateway that asks for client certificates:\n  curl --cacert ${caCert} --cert ${cert} --key ${key} https://localhost:8787/healthz\n`,
    };
  }
  const hosts = [...new Set([...DEFAULT_HOSTS, ...(opts.hosts ?? []).map(checkHost)])];
  mkdirSync(out, { recursive: true, mode: 0o700 });
  const ca = await pki.createAuthority(validDays);
  const server = await pki.issueServer(ca, hosts, validDays);
  const cert = join(out, "cert.pem");
  const key = join(out, "key.pem");
  const written = writeAll(
    [
      { path: caCert, data: ca.certPem, secret: false },
      { path: caKey, data: ca.keyPem, secret: true },
      { path: cert, data: server.certPem, secret: false },
      { path: key, data: server.keyPem, secret: true },
    ],
    opts.force ?? false,
  );
  return {
    written,
    message:
      `Development CA and server certificate (ECDSA P-256, valid ${validDays} days) in ${out}:\n` +
      `  ${caCert}      the CA certificate: trust this one\n` +
      `  ${caKey}   the CA's private key (0600): keep it private, never ship it\n` +
      `  ${cert}    server certificate for ${hosts.join(", ")}\n` +
      `  ${key}     its private key (0600)\n\n` +
      "Serve HTTPS (wardgate.yaml):\n" +
      `  server:\n    tls:\n      cert: ${cert}\n      key: ${key}\n` +
      `  admin:\n    tls:\n      cert: ${cert}\n      key: ${key}\n    origin: https://localhost:8788\n\n` +
      "Trust the CA in clients:\n" +
      `  curl --cacert ${caCert} https://localhost:8787/healthz\n` +
      `  NODE_EXTRA_CA_CERTS=${caCert} node your-app.js     (Node, incl. the openai package)\n` +
      `  SSL_CERT_FILE=${caCert} python your_app.py          (Python httpx/openai; replaces the system roots)\n\n` +
      `Client certificates for mTLS: wardgate tls dev-cert --out ${opts.out} --client <name>\n` +
      "Not for production: anything that trusts this CA trusts every certificate its key signs.\n",
  };
}

export function registerTls(program: Command): void {
  const tls = program.command("tls").description("TLS helpers");
  tls
    .command("dev-cert")
    .description("make a local CA and a server certificate (localhost, 127.0.0.1, ::1) for development, or a client certificate from that CA")
    .option("--out <dir>", "directory for the files", ".wardgate/tls")
    .option("--host <name>", "another host name or IP address for the server certificate (repeatable)", (v: string, acc: string[]) => [...acc, checkHost(v)], [] as string[])
    .option("--days <n>", "validity in days (default 365)", days)
    .option("--client <name>", "issue a client certificate (CN=<name>) from the CA already in --out")
    .option("--force", "replace existing files")
    .action(async (opts: { out: string; host: string[]; days?: number; client?: string; force?: boolean }) => {
      const r = await devCert({ out: opts.out, hosts: opts.host, days: opts.days, client: opts.client, force: opts.force });
      process.stdout.write(r.message);
    });
}
