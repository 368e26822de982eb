/**
 * Storage of short-lived gateway tokens, as the identity module needs it.
 * `store/` implements this for each database.
 */
export interface TokenRecord {
  /** The public part of the token: `wgt_<id>_<secret>`. */
  id: string;
  tenantId: string;
  /** The gateway key the token was minted from: its revocation or expiry ends the token too. */
  keyId: string;
  principal: string;
  /** SHA-256 of the token's secret, hex. The secret itself is never stored. */
  secretHash: string;
  /** The token's own grants: a subset of its key's. */
  models: string[];
  routes: string[];
  expiresAt: number;
  createdAt: number;
}

export interface TokenStore {
  insert(token: TokenRecord): Promise<void>;
  get(id: string): Promise<TokenRecord | undefined>;
  /** Deletes tokens that expired before `before`; returns how many. */
  deleteExpired(before: number): Promise<number>;
}
