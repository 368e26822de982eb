/**
 * Authenticates gateway keys. Verified records are cached per key id and the
 * whole cache is dropped whenever the store's change token moves, so a
 * revocation made by any process is enforced on the next request while the
 * common path costs one hash and a map lookup.
 */
import type { BlockList } from "node:net";
import { type Denial, denial } from "../core/decision.js";
import { buildBlockList, ipAllowed, keyLabel, parseKey, secretMatches } from "./gateway-keys.js";
import type { KeyRecord, KeyStore } from "./key-store.js";
import type { KeyUsageTracker } from "./key-usage.js";
import type { OrgStore, PrincipalRecord } from "./org.js";
import { keyPrincipal, type Principal } from "./principal.js";

interface CachedKey {
  record: KeyRecord;
  allowList: BlockList | null;
  /** The key's principal record, when one is stored (team, roles, disabled). */
  principal: PrincipalRecord | undefined;
}

const SOURCE = "identity:gateway-key";
const MAX_CACHED = 10_000;

export type AuthResult = { ok: true; principal: Principal } | { ok: false; denial: Denial };

const fail = (code: string, message: string): AuthResult => ({
  ok: false,
  denial: denial(401, "authentication_error", code, message, SOURCE),
});

/** Pulls the presented credential from `Authorization: Bearer` or Anthropic's `x-api-key`. */
export function presentedKey(headers: { authorization?: string | undefined; "x-api-key"?: string | string[] | undefined }): string | undefined {
  const auth = headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return m ? m[1] : "";
  }
  const x = headers["x-api-key"];
  if (typeof x === "string") return x.trim();
  return undefined;
}

export class KeyAuthenticator {
  private cache = new Map<string, CachedKey>();
  private token = "";

  constructor(
    private readonly keys: KeyStore,
    private readonly now: () => number = Date.now,
    /** Where keys' principals (team, roles, disabled) are looked up; without it keys stand alone. */
    private readonly org?: OrgStore,
    /** Where successful uses are noted (last used time and address); flushed in batches. */
    private readonly usage?: KeyUsageTracker,
  ) {}

  /** Synchronous when the key is cached (the common case), a promise when it must be read from the store. */
  authenticate(presented: string | undefined, clientIp: string): AuthResult | Promise<AuthResult> {
    if (presented === undefined) {
      return fail("missing_api_key", "Missing gateway key. Send it as 'Authorization: Bearer wg_...'.");
    }
    const parsed = parseKey(presented);
    if (!parsed) return fail("invalid_api_key", "Invalid gateway key.");
    const hit = this.cached(parsed.id);
    if (hit) return this.check(hit, parsed.secret, clientIp);
    return this.load(parsed.id).then((entry) => this.check(entry, parsed.secret, clientIp));
  }

  private check(entry: CachedKey | undefined, secret: string, clientIp: string): AuthResult {
    // Unknown id and wrong secret give the same answer: the holder of a
    // guessed id learns nothing. Status details only follow a valid secret.
    if (!entry || !secretMatches(entry.record, secret)) return fail("invalid_api_key", "Invalid gateway key.");
    const { record } = entry;
    const label = keyLabel(record.id);
    if (record.revokedAt !== null) return fail("revoked_api_key", `Gateway key ${label} has been revoked.`);
    const now = this.now();
    if (record.expiresAt !== null && record.expiresAt <= now) {
      return fail("expired_api_key", `Gateway key ${label} expired at ${new Date(record.expiresAt).toISOString()}.`);
    }
    if (!ipAllowed(entry.allowList, clientIp)) {
      return {
        ok: false,
        denial: denial(
          403,
          "permission_error",
          "ip_not_allowed",
          `Gateway key ${label} may not be used from address ${clientIp} (not in the key's IP allow-list).`,
          SOURCE,
        ),
      };
    }
    const p = entry.principal;
    if (p?.disabledAt != null) return fail("disabled_principal", `Principal '${record.principal}' of gateway key ${label} is disabled.`);
    this.usage?.note(record.id, now, clientIp);
    return { ok: true, principal: keyPrincipal(record, p, "gateway-key", { models: record.models, routes: record.routes }) };
  }

  private cached(id: string): CachedKey | undefined {
    const token = this.keys.changeToken();
    if (token !== this.token) {
      this.cache.clear();
      this.token = token;
      return undefined;
    }
    return this.cache.get(id);
  }

  private async load(id: string): Promise<CachedKey | undefined> {
    const token = this.keys.changeToken();
    const record = await this.keys.get(id);
    if (!record) return undefined;
    const principal = this.org ? await this.org.getPrincipal(record.tenantId, record.principal) : undefined;
    const entry = { record, allowList: record.ipAllow.length ? buildBlockList(record.ipAllow) : null, principal };
    // Only cache what was read while nothing changed.
    if (this.keys.changeToken() === token && token === this.token) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(id, entry);
    }
    return entry;
  }
}
