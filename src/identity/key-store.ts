/**
 * Storage of gateway keys, as the identity module needs it. `store/`
 * implements this for each database.
 */
export interface KeyRecord {
  /** The public part of the key: `wg_<id>_<secret>`. */
  id: string;
  name: string | null;
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
}

export interface KeyStore {
  insert(key: KeyRecord): Promise<void>;
  get(id: string): Promise<KeyRecord | undefined>;
  list(options?: { includeRevoked?: boolean; principal?: string }): Promise<KeyRecord[]>;
  /** Marks a key revoked; false when there is no such key or it was already revoked. */
  revoke(id: string, at: number): Promise<boolean>;
  /**
   * A cheap, synchronous value that changes whenever any key may have
   * changed: at once for writes through this store, and within
   * milliseconds (at worst a second) for writes by another process sharing
   * the store. Lets callers cache keys and still honour a revocation on the
   * next request.
   */
  changeToken(): string;
}
