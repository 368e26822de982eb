/**
 * The data plane's one authenticator: looks at the shape of the presented
 * credential and hands it to the authenticator for that kind. `wg_` is a
 * gateway key, `wgt_` a short-lived token minted from one, three
 * dot-separated base64url parts a JWT; anything else is treated as a
 * (malformed) gateway key, so the existing errors for keys stay as they are.
 * A caller that presents no credential at all may be identified by its TLS
 * client certificate (mTLS), when the gateway is configured for that.
 */
import type { TLSSocket } from "node:tls";
import type { AuthResult, KeyAuthenticator } from "./authenticator.js";
import type { JwtAuthenticator } from "./jwt.js";
import type { KeyUsageTracker } from "./key-usage.js";
import type { CertificateAuthenticator } from "./mtls.js";
import { invalidToken } from "./token-errors.js";
import type { TokenAuthenticator } from "./tokens-authenticator.js";

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export class ClientAuthenticator {
  constructor(
    readonly keys: KeyAuthenticator,
    readonly tokens: TokenAuthenticator,
    /** Absent when no issuer is configured (jose, ~10 MB, is then never loaded). */
    readonly jwt: JwtAuthenticator | undefined,
    /** Flushed on close(): last-used times noted since the last batch. */
    private readonly usage?: KeyUsageTracker,
    readonly certificates?: CertificateAuthenticator,
  ) {}

  /** `socket`: the connection, when it is TLS; its verified client certificate identifies a caller with no other credential. */
  authenticate(presented: string | undefined, clientIp: string, socket?: TLSSocket): AuthResult | Promise<AuthResult> {
    if (presented === undefined) {
      const byCertificate = socket?.encrypted && this.certificates?.authenticate(socket);
      if (byCertificate) return byCertificate;
    }
    if (presented === undefined || presented.startsWith("wg_")) return this.keys.authenticate(presented, clientIp);
    if (presented.startsWith("wgt_")) return this.tokens.authenticate(presented, clientIp);
    if (JWT_SHAPE.test(presented)) {
      if (!this.jwt?.enabled) return invalidToken("This gateway accepts no JWT bearer tokens (no issuer is configured).");
      return this.jwt.authenticate(presented);
    }
    return this.keys.authenticate(presented, clientIp);
  }

  /** Writes pending last-used records; called on shutdown. */
  async close(): Promise<void> {
    await this.usage?.stop();
  }
}
