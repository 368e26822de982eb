/**
 * The audit log's outputs as the config names them (`audit.witnesses`,
 * `audit.sinks`): checkpoint publishers for the checkpointer, and webhook
 * sinks started for the server's lifetime. Lives in the CLI because it reads
 * the CA files the config points at.
 */
import { readFileSync } from "node:fs";
import type { AuditStore } from "../audit/audit-store.js";
import type { CheckpointPublisher } from "../audit/log.js";
import { WebhookSink } from "../audit/webhook-sink.js";
import { FileWitness, HttpWitness } from "../audit/witness.js";
import type { SinkConfig, WitnessConfig } from "../config/audit-schema.js";

export interface AuditOutputs {
  publishers: CheckpointPublisher[];
  sinks: WebhookSink[];
  /** Stops the sinks (after their request in flight) and closes the witnesses' connections. */
  stop(): Promise<void>;
}

export interface AuditOutputsLog {
  warn(fields: Record<string, unknown>, message: string): void;
}

function readCa(path: string, key: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`${key}: cannot read the CA file ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Builds the publishers and starts the sinks. Headers are never logged: they hold tokens. */
export function startAuditOutputs(settings: { witnesses?: readonly WitnessConfig[]; sinks?: readonly SinkConfig[] }, store: AuditStore, log?: AuditOutputsLog): AuditOutputs {
  const publishers = (settings.witnesses ?? []).map((w, i): CheckpointPublisher => {
    if (w.file !== undefined) return new FileWitness(w.file);
    return new HttpWitness({
      url: w.url!,
      verifierKey: w.verifierKey!,
      ...(w.name ? { name: w.name } : {}),
      ...(w.headers ? { headers: w.headers } : {}),
      ...(w.ca ? { ca: readCa(w.ca, `audit.witnesses[${i}].ca`) } : {}),
      ...(w.timeout !== undefined ? { timeoutMs: w.timeout } : {}),
    });
  });
  const sinks = (settings.sinks ?? []).map(
    (s, i) =>
      new WebhookSink(
        store,
        {
          url: s.webhook,
          format: s.format ?? "ocsf",
          ...(s.name ? { name: s.name } : {}),
          ...(s.headers ? { headers: s.headers } : {}),
          ...(s.batch ? { batch: s.batch } : {}),
          ...(s.ca ? { ca: readCa(s.ca, `audit.sinks[${i}].ca`) } : {}),
        },
        { onError: (err, attempt) => log?.warn({ sink: `audit.sinks[${i}]`, attempt, err: err.message }, "audit webhook delivery failed; retrying") },
      ),
  );
  for (const sink of sinks) sink.start();
  return {
    publishers,
    sinks,
    stop: async () => {
      await Promise.all(sinks.map((s) => s.stop()));
      await Promise.all(publishers.map((p) => (p instanceof HttpWitness ? p.close() : undefined)));
    },
  };
}
