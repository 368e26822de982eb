/**
 * The producer side of the audit log: what an event is, and the recorder the
 * gateway and the admin API hand events to.
 */
import type { AuditStore, StoredCheckpoint } from "./audit-store.js";

/** An event before it is appended: JSON values only. `at` defaults to the time of recording. */
export interface AuditEventInput {
  kind: string;
  tenant: string;
  at?: string;
  [field: string]: unknown;
}

export interface AuditRecorder {
  /** Queues an event; never blocks, never throws. false = refused (queue full / writer failing). */
  record(event: AuditEventInput): boolean;
  /** Whether a new data-plane request may be admitted now (the fail-closed check). */
  admits(): boolean;
}

/** Where each new checkpoint goes after it is stored (witnesses: a file, an HTTP endpoint). */
export interface CheckpointPublisher {
  readonly name: string;
  publish(cp: StoredCheckpoint, store: AuditStore): Promise<void>;
}
