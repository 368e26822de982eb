/**
 * Storage of gateway keys, as the identity module needs it. `store/`
 * implements this for each database.
 */
export interface KeyRecord {
  /** The public part of the key: `wg_<id>_<secret>`. */
  id: string;
  name: string | null;
  /** The tenant the key belongs to; its principal is looked up in this tenant. */
  tenantId: string;
  principal: string;
  /** SHA-256 of the key's secret, hex. The secret itself is never stored. */
  secretHash: string;
  /** Model names or globs ("gpt-4o*", "*") the key may invoke. Empty: none. */
  models: string[];
  /** Generic route names the key may use. Empty: none. */
  routes: string[];
  /** Source addresses or CIDR ranges; empty means any address. */
  ipAllow: string[];
  expiresAt: number | null;
  revokedAt: number | null;
  createdAt: number;
  /** When and from where the key was last used (recorded in batches, so up to a few seconds late). */
  lastUsedAt: number | null;
  lastUsedIp: string | null;
  /** The key this one replaced by rotation, if any. */
  rotatedFrom: string | null;
}

export interface KeyUse {
  id: string;
  at: number;
  ip: string;
}

export interface KeyStore {
  insert(key: KeyRecord): Promise<void>;
  get(id: string): Promise<KeyRecord | undefined>;
  /** Keys of one tenant (all tenants only when `tenant` is omitted: the CLI's operator view). */
  list(options?: { includeRevoked?: boolean; principal?: string; tenant?: string }): Promise<KeyRecord[]>;
  /** Marks a key revoked; false when there is no such key (in `tenant`, if given) or it was already revoked. */
  revoke(id: string, at: number, options?: { tenant?: string }): Promise<boolean>;
  /** Moves an unrevoked key's expiry (rotation's overlap window); false when there is no such key. */
  setExpiry(id: string, expiresAt: number | null, options?: { tenant?: string }): Promise<boolean>;
  /** Records last use; only the newest use per key is kept. Does not move the change token. */
  recordUse(uses: readonly KeyUse[]): Promise<void>;
  /**
   * A cheap, synchronous value that changes whenever any key may have
   * changed: at once for writes through this store, and within
   * milliseconds (at worst a second) for writes by another process sharing
   * the store. Lets callers cache keys and still honour a revocation on the
   * next request.
   */
  changeToken(): string;
}
