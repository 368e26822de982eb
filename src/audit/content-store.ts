/**
 * Where the kept text of prompts and responses lives (retention modes
 * `encrypted` and `redacted`): one sealed row per exchange and part, apart
 * from the audit log. The log's `gateway.request` event carries each part's
 * SHA-256, so a row is bound to the log yet can be deleted when its retention
 * period ends without breaking the Merkle tree.
 */
export type ContentPart = "request" | "response";
export type StoredContentMode = "encrypted" | "redacted";

export interface StoredContent {
  reqId: string;
  part: ContentPart;
  tenantId: string;
  /** ISO time of the exchange (the event's `at`). */
  at: string;
  mode: StoredContentMode;
  /** Keyring ciphertext: tenant `tenantId`, additional data `contentAad(reqId, part)`. */
  sealed: string;
}

export interface ContentStore {
  /** Writes rows in one transaction; a row already stored for (reqId, part) is replaced. */
  put(rows: readonly StoredContent[]): Promise<void>;
  /** The parts kept for one exchange of one tenant (another tenant's exchange reads as nothing). */
  get(tenantId: string, reqId: string): Promise<StoredContent[]>;
  /** Deletes rows older than `at` (ISO); returns how many. The audit events stay. */
  deleteBefore(at: string): Promise<number>;
}

/** The additional data a content row is sealed with: a ciphertext moved to another exchange or part does not open. */
export const contentAad = (reqId: string, part: ContentPart): string => `content:${reqId}:${part}`;
