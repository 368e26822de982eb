/**
 * Authenticates short-lived `wgt_` tokens. A token is only as good as its
 * parent key: the key's revocation, expiry, principal and IP allow-list are
 * checked on every use. Entries (token + parent key + principal) are cached
 * per token id and the cache is dropped whenever the store's change token
 * moves, exactly like the key authenticator, so a revocation of the parent
 * key by any process ends its tokens on the next request.
 */
import type { BlockList } from "node:net";
import { denial } from "../core/decision.js";
import type { AuthResult } from "./authenticator.js";
import { buildBlockList, ipAllowed, keyLabel } from "./gateway-keys.js";
import type { KeyRecord, KeyStore } from "./key-store.js";
import type { KeyUsageTracker } from "./key-usage.js";
import type { OrgStore, PrincipalRecord } from "./org.js";
import { keyPrincipal } from "./principal.js";
import { parseToken, tokenLabel, tokenSecretMatches } from "./tokens.js";
import type { TokenRecord, TokenStore } from "./tokens-store.js";

interface CachedToken {
  token: TokenRecord;
  key: KeyRecord;
  allowList: BlockList | null;
  principal: PrincipalRecord | undefined;
}

const SOURCE = "identity:token";
const MAX_CACHED = 10_000;

const fail = (code: string, message: string): AuthResult => ({
  ok: false,
  denial: denial(401, "authentication_error", code, message, SOURCE),
});

const invalid = (): AuthResult => fail("invalid_token", "Invalid gateway token.");

export class TokenAuthenticator {
  private cache = new Map<string, CachedToken>();
  private generation = "";

  constructor(
    private readonly tokens: TokenStore,
    private readonly keys: KeyStore,
    private readonly now: () => number = Date.now,
    private readonly org?: OrgStore,
    /** A token's use counts as a use of its parent key. */
    private readonly usage?: KeyUsageTracker,
  ) {}

  /** Synchronous on a cache hit, a promise when the store must be read. */
  authenticate(presented: string, clientIp: string): AuthResult | Promise<AuthResult> {
    const parsed = parseToken(presented);
    if (!parsed) return invalid();
    const hit = this.cached(parsed.id);
    if (hit) return this.check(hit, parsed.secret, clientIp);
    return this.load(parsed.id).then((entry) => this.check(entry, parsed.secret, clientIp));
  }

  private check(entry: CachedToken | undefined, secret: string, clientIp: string): AuthResult {
    // Unknown id and wrong secret give the same answer; details only follow a valid secret.
    if (!entry || !tokenSecretMatches(entry.token, secret)) return invalid();
    const { token, key } = entry;
    const now = this.now();
    if (token.expiresAt <= now) return fail("expired_token", `Gateway token ${tokenLabel(token.id)} expired at ${new Date(token.expiresAt).toISOString()}.`);
    const parent = keyLabel(key.id);
    if (key.revokedAt !== null) return fail("revoked_api_key", `Gateway key ${parent}, from which this token was minted, has been revoked.`);
    if (key.expiresAt !== null && key.expiresAt <= now) {
      return fail("expired_api_key", `Gateway key ${parent}, from which this token was minted, expired at ${new Date(key.expiresAt).toISOString()}.`);
    }
    if (!ipAllowed(entry.allowList, clientIp)) {
      return {
        ok: false,
        denial: denial(
          403,
          "permission_error",
          "ip_not_allowed",
          `Gateway token ${tokenLabel(token.id)} may not be used from address ${clientIp} (not in the IP allow-list of its key ${parent}).`,
          SOURCE,
        ),
      };
    }
    const p = entry.principal;
    if (p?.disabledAt != null) return fail("disabled_principal", `Principal '${key.principal}' of gateway token ${tokenLabel(token.id)} is disabled.`);
    this.usage?.note(key.id, now, clientIp);
    return { ok: true, principal: keyPrincipal(key, p, "token", { models: token.models, routes: token.routes }) };
  }

  private cached(id: string): CachedToken | undefined {
    const generation = this.keys.changeToken();
    if (generation !== this.generation) {
      this.cache.clear();
      this.generation = generation;
      return undefined;
    }
    return this.cache.get(id);
  }

  private async load(id: string): Promise<CachedToken | undefined> {
    const generation = this.keys.changeToken();
    const token = await this.tokens.get(id);
    if (!token) return undefined;
    const key = await this.keys.get(token.keyId);
    // A token whose key is gone (or moved tenant) is no token at all: fail closed.
    if (!key || key.tenantId !== token.tenantId || key.principal !== token.principal) return undefined;
    const principal = this.org ? await this.org.getPrincipal(key.tenantId, key.principal) : undefined;
    const entry = { token, key, allowList: key.ipAllow.length ? buildBlockList(key.ipAllow) : null, principal };
    if (this.keys.changeToken() === generation && generation === this.generation) {
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(id, entry);
    }
    return entry;
  }
}
