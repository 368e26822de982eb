/**
 * Storage of the audit log, as the audit module needs it; `store/`
 * implements it per database. The log is append-only through `append`, which
 * assigns indexes and keeps the Merkle tree's state in the same transaction,
 * so appends from several processes (the server, the CLI) interleave safely.
 */
import type { AuditEventInput } from "./log.js";

export interface StoredAuditEvent {
  /** 0-based leaf index. */
  idx: number;
  at: string;
  tenantId: string;
  kind: string;
  /** The JCS canonical JSON of the event: exactly the bytes the leaf hashes. */
  body: string;
  /** hashLeaf(utf8(body)) as computed at append. */
  leafHash: Buffer;
}

export interface StoredCheckpoint {
  size: number;
  root: Buffer;
  at: string;
  /** The signed note (C2SP tlog-checkpoint), with any cosignatures. */
  note: string;
}

export interface AuditSigningKeyRecord {
  name: string;
  verifierKey: string;
  /** The `PRIVATE+KEY+…` string sealed by the keyring (tenant "default", aad "audit-signing-key"). */
  privateSealed: string;
}

export interface AuditScanOptions {
  /** First index (inclusive); default 0. */
  from?: number;
  /** End index (exclusive); default the end of the log. */
  to?: number;
  /** ISO time, inclusive. */
  since?: string;
  /** ISO time, exclusive. */
  until?: string;
  tenantId?: string;
}

export interface AuditStore {
  /**
   * Appends in one transaction; returns the new size and root. Bodies get
   * `v: 1` and `seq` (= the index) here, and `at` when the event has none;
   * top-level fields whose value is undefined are left out. Throws (and
   * writes nothing) when an event is not JSON (CanonicalJsonError).
   */
  append(events: readonly AuditEventInput[]): Promise<{ size: number; root: Buffer }>;
  state(): Promise<{ size: number; root: Buffer }>;
  /** Rows in idx order from `from` (inclusive) — streaming, for verify/export of 1M rows. */
  scan(options?: AuditScanOptions): AsyncIterable<StoredAuditEvent>;
  /** One tenant's events in idx order, with idx > `after` (default: from the start), at most `limit` (default 1000). */
  list(tenantId: string, options?: { after?: number; limit?: number; kind?: string }): Promise<StoredAuditEvent[]>;
  get(idx: number): Promise<StoredAuditEvent | undefined>;
  /** Leaf hashes of [from, to) in order; fewer when rows are missing. */
  leafHashes(from: number, to: number): Promise<Buffer[]>;
  /**
   * Stores a checkpoint; storing one again for the same size replaces its
   * note (a witness's cosignatures added) only if the root is the same.
   */
  addCheckpoint(cp: StoredCheckpoint): Promise<void>;
  /** In size order, sizes > `after`, at most `limit` (default 1000). */
  checkpoints(options?: { after?: number; limit?: number }): Promise<StoredCheckpoint[]>;
  latestCheckpoint(): Promise<StoredCheckpoint | undefined>;
  checkpointAt(size: number): Promise<StoredCheckpoint | undefined>;
  signingKey(): Promise<AuditSigningKeyRecord | undefined>;
  /** Stores the key unless one is already stored (two processes racing keep the first); read it back with signingKey(). */
  setSigningKey(k: AuditSigningKeyRecord): Promise<void>;
  /** The next index a sink will send; 0 when unknown. */
  sinkCursor(name: string): Promise<number>;
  setSinkCursor(name: string, nextIdx: number): Promise<void>;
}
