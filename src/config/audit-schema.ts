/**
 * `audit:` in wardgate.yaml: the tamper-evident audit log (src/audit). Every
 * data-plane request and admin action is an event; events are appended in
 * batches through a bounded queue, and the tree is checkpointed (signed)
 * every N events or T seconds. Witnesses receive each checkpoint; sinks
 * stream events to a SIEM.
 */
import { hostname } from "node:os";
import { z } from "zod";
import { bool, headers, httpUrl, int, name } from "./fields.js";
import { parseWitnessKey } from "../audit/cosignature.js";
import { parseDuration } from "./units.js";

const duration = (what: string) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = parseDuration(v);
    if (n === undefined || n <= 0) {
      ctx.addIssue({ code: "custom", message: `expected ${what} as milliseconds or a duration like "10s"` });
      return z.NEVER;
    }
    return n;
  });


/** What is kept of prompts and responses; models[].retention and routes[].retention override it. */
export const RETENTION_MODES = ["none", "hash", "encrypted", "redacted"] as const;
export type RetentionMode = (typeof RETENTION_MODES)[number];
export const retentionSchema = z.enum(RETENTION_MODES);

/** The checkpoint origin: one line naming this log; also the signing key's name, so no spaces or '+'. */
const origin = z.string().regex(/^[^\s+\p{Cc}]+$/u, "expected one line without spaces or '+', such as \"gw1.example.com/wardgate/audit\"");

/**
 * A witness: `{ file }` (the latest checkpoint written atomically, history
 * appended to <file>.log) or `{ url, verifierKey }` (a C2SP tlog-witness
 * endpoint whose cosignature is checked with its verifier key).
 */
const witnessSchema = z
  .strictObject({
    name: name.optional(),
    file: z.string().min(1, "expected a file path").optional(),
    url: httpUrl.optional(),
    verifierKey: z
      .string()
      .refine((k) => {
        try {
          parseWitnessKey(k);
          return true;
        } catch {
          return false;
        }
      }, "expected the witness's verifier key <name>+<hex id>+<base64 Ed25519 key>")
      .optional(),
    headers: headers.optional(),
    /** PEM CA bundle that verifies the witness's certificate. */
    ca: z.string().min(1, "expected the path of a PEM CA bundle").optional(),
    timeout: duration("audit.witnesses[].timeout").optional(),
  })
  .superRefine((w, ctx) => {
    if ((w.file === undefined) === (w.url === undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: "expected exactly one of file (a file witness) or url (an HTTP witness)" });
      return;
    }
    if (w.url !== undefined && w.verifierKey === undefined) {
      ctx.addIssue({ code: "custom", path: ["verifierKey"], message: "expected the witness's verifier key: an HTTP witness's cosignature is checked with it" });
    }
    if (w.file !== undefined) {
      for (const k of ["verifierKey", "headers", "ca", "timeout"] as const) {
        if (w[k] !== undefined) ctx.addIssue({ code: "custom", path: [k], message: `${k} applies to an HTTP witness (url), not a file witness` });
      }
    }
  });

const sinkSchema = z.strictObject({
  /** Names the sink's cursor in the store (where it resumes after a restart); default: the webhook URL. */
  name: name.optional(),
  webhook: httpUrl,
  format: z.enum(["jsonl", "ocsf"]).default("ocsf"),
  headers: headers.default({}),
  /** Events per POST. */
  batch: int().pipe(z.number().min(1).max(10_000)).default(100),
  ca: z.string().min(1, "expected the path of a PEM CA bundle").optional(),
});

export const auditSchema = z
  .strictObject({
    enabled: bool().default(true),
    /** The checkpoint origin; default "<host name>/wardgate/audit". */
    origin: origin.optional(),
    /** Events waiting to be written; when full, onQueueFull decides. */
    queue: int().pipe(z.number().min(1).max(10_000_000)).default(10_000),
    /**
     * fail-closed: new requests are refused (503 audit_unavailable) while the
     * queue is full or the log cannot be written. serve-unaudited: requests
     * are served, lost events counted, and an audit.gap event written later.
     */
    onQueueFull: z.enum(["fail-closed", "serve-unaudited"]).default("fail-closed"),
    batch: z
      .strictObject({
        maxEvents: int().pipe(z.number().min(1).max(100_000)).default(512),
        maxDelay: duration("audit.batch.maxDelay").default(50),
      })
      .prefault({}),
    checkpoint: z
      .strictObject({
        everyEvents: int().pipe(z.number().min(1)).default(1000),
        every: duration("audit.checkpoint.every").default(10_000),
      })
      .prefault({}),
    retention: retentionSchema.default("hash"),
    /**
     * Append on a worker thread with its own database connection (default), so
     * canonicalising, hashing and inserting stay off the thread serving requests.
     * false: append on the serving thread (one connection; for diagnosis).
     */
    writerThread: bool().default(true),
    witnesses: z.array(witnessSchema).default([]),
    sinks: z.array(sinkSchema).default([]),
  })
  .prefault({})
  .transform((a) => ({ ...a, origin: a.origin ?? defaultOrigin() }))
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.sinks.forEach((s, i) => {
      const n = s.name ?? s.webhook;
      if (seen.has(n)) ctx.addIssue({ code: "custom", path: ["sinks", i, "name"], message: `duplicate sink "${n}": give each sink its own name (it keys the sink's cursor)` });
      seen.add(n);
    });
  });

/** "<host name>/wardgate/audit", with anything a key name cannot hold replaced. */
export function defaultOrigin(): string {
  return `${hostname().replace(/[\s+\p{Cc}]/gu, "-") || "localhost"}/wardgate/audit`;
}

export type AuditConfig = z.output<typeof auditSchema>;
export type WitnessConfig = AuditConfig["witnesses"][number];
export type SinkConfig = AuditConfig["sinks"][number];
