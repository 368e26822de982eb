/**
 * Builds the running audit log from its configuration: the signing key
 * (created and sealed at first use), the checkpointer and the batching
 * writer. The caller (the gateway) closes it on shutdown.
 */
import type { AuditConfig } from "../config/audit-schema.js";
import type { Keyring } from "../crypto/keyring.js";
import type { AuditStore } from "./audit-store.js";
import { Checkpointer } from "./checkpointer.js";
import { AuditLog, type CheckpointPublisher } from "./log.js";
import { loadOrCreateSigningKey } from "./signing-key.js";

export interface OpenAuditLogOptions {
  config: AuditConfig;
  store: AuditStore;
  keyring: Keyring;
  publishers?: readonly CheckpointPublisher[];
  onError?: (err: unknown, what: string) => void;
  now?: () => number;
}

export async function openAuditLog(o: OpenAuditLogOptions): Promise<AuditLog> {
  const { config } = o;
  const signer = await loadOrCreateSigningKey(o.store, o.keyring, config.origin);
  const checkpointer = await new Checkpointer({
    store: o.store,
    signer,
    origin: config.origin,
    everyEvents: config.checkpoint.everyEvents,
    everyMs: config.checkpoint.every,
    ...(o.publishers ? { publishers: o.publishers } : {}),
    ...(o.onError ? { onError: o.onError } : {}),
    ...(o.now ? { now: o.now } : {}),
  }).start();
  return new AuditLog({
    store: o.store,
    queue: config.queue,
    onQueueFull: config.onQueueFull,
    maxEvents: config.batch.maxEvents,
    maxDelayMs: config.batch.maxDelay,
    checkpointer,
    ...(o.onError ? { onError: o.onError } : {}),
    ...(o.now ? { now: o.now } : {}),
  });
}
