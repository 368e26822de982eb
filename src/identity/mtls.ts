/**
 * Callers identified by a TLS client certificate. The TLS layer has already
 * verified the chain against `server.tls.clientCa` (the socket says
 * `authorized`); this maps the certificate to a principal: its id from the
 * configured name (subject CN, or an e-mail, URI or DNS subject alternative
 * name), team and roles from a stored principal of that id, and the scope
 * from `auth.mtls.grants`.
 *
 * Results are cached per certificate fingerprint and dropped when the
 * store's change token moves (a stored principal may have been disabled).
 */
import type { PeerCertificate, TLSSocket } from "node:tls";
import type { MtlsConfig } from "../config/auth-schema.js";
import { denial } from "../core/decision.js";
import type { AuthResult } from "./authenticator.js";
import type { OrgStore } from "./org.js";
import type { CredentialScope } from "./principal.js";

const SOURCE = "identity:mtls";
const MAX_CACHED = 10_000;
const PRINCIPAL_RE = /^[^\p{Cc}]{1,256}$/u;

const refuse = (code: string, message: string): AuthResult => ({ ok: false, denial: denial(401, "authentication_error", code, message, SOURCE) });

/** The names of one kind in a certificate's subjectaltname ("DNS:a, email:b, URI:c"). */
function altNames(cert: PeerCertificate, prefix: string): string[] {
  const out: string[] = [];
  for (const part of (cert.subjectaltname ?? "").split(", ")) {
    if (part.startsWith(prefix)) out.push(part.slice(prefix.length));
  }
  return out;
}

/** The certificate name the config says is the principal's id; undefined when the certificate has none. */
export function certificateName(cert: PeerCertificate, from: MtlsConfig["principalFrom"]): string | undefined {
  switch (from) {
    case "cn": {
      const cn = cert.subject?.CN;
      return Array.isArray(cn) ? undefined : cn; // several CNs: ambiguous, refuse
    }
    case "san-email":
      return altNames(cert, "email:")[0];
    case "san-uri":
      return altNames(cert, "URI:")[0];
    case "san-dns":
      return altNames(cert, "DNS:")[0];
  }
}

export class CertificateAuthenticator {
  private readonly scope: CredentialScope | null;
  private readonly cache = new Map<string, AuthResult>();
  private token = "";

  constructor(
    private readonly config: MtlsConfig | undefined,
    private readonly deps: { org?: OrgStore; changeToken?: () => string } = {},
  ) {
    this.scope = config?.grants ? { models: config.grants.models, routes: config.grants.routes } : null;
  }

  get enabled(): boolean {
    return this.config !== undefined;
  }

  /**
   * The principal of the connection's client certificate, or undefined when
   * the connection carries none (the caller must then present another
   * credential). A certificate the TLS layer did not verify is refused.
   */
  authenticate(socket: TLSSocket): AuthResult | Promise<AuthResult> | undefined {
    const config = this.config;
    if (!config) return undefined;
    const cert = socket.getPeerCertificate();
    if (!cert?.raw) return undefined;
    if (!socket.authorized) {
      // Optional mode lets an untrusted certificate through the handshake; it proves nothing.
      return refuse("untrusted_client_certificate", "The client certificate is not signed by a CA this gateway trusts.");
    }
    const token = this.deps.changeToken?.() ?? "";
    if (token !== this.token) {
      this.cache.clear();
      this.token = token;
    }
    const hit = this.cache.get(cert.fingerprint256);
    if (hit) return hit;
    return this.resolve(cert, config, token);
  }

  private async resolve(cert: PeerCertificate, config: MtlsConfig, token: string): Promise<AuthResult> {
    const id = certificateName(cert, config.principalFrom);
    let result: AuthResult;
    if (id === undefined || !PRINCIPAL_RE.test(id)) {
      result = refuse("invalid_client_certificate", `The client certificate has no usable ${config.principalFrom} name to identify the caller.`);
    } else {
      const stored = await this.deps.org?.getPrincipal(config.tenant, id);
      result =
        stored?.disabledAt != null
          ? refuse("disabled_principal", `Principal '${id}' of the client certificate is disabled.`)
          : {
              ok: true,
              principal: { id, tenant: config.tenant, team: stored?.teamId ?? null, roles: stored?.roles ?? [], via: "mtls", scope: this.scope },
            };
    }
    // Only cache what was decided while nothing changed.
    if ((this.deps.changeToken?.() ?? "") === token) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(cert.fingerprint256, result);
    }
    return result;
  }
}
