/**
 * What every audit store (sqlite-audit.ts, postgres-audit.ts) shares, pure:
 * how an event's stored body is built, how the tree's frontier is saved in
 * audit_state, and the log's sealed column. One copy, so the two databases
 * can never hash the same event differently.
 */
import type { StoredAuditEvent, StoredCheckpoint } from "../audit/audit-store.js";
import { CanonicalJsonError, canonicalize } from "../audit/jcs.js";
import type { AuditEventInput } from "../audit/log.js";
import { EMPTY_ROOT, Frontier } from "../audit/merkle.js";

/** Rows per chunk when scanning: bounded memory however long the log. */
export const SCAN_CHUNK = 2000;

export interface EventRow {
  idx: number;
  at: string;
  tenant_id: string;
  kind: string;
  body: string;
  leaf_hash: Buffer;
}
export interface StateRow {
  size: number;
  frontier: string;
  root: Buffer;
}
export interface CheckpointRow {
  size: number;
  root: Buffer;
  at: string;
  note: string;
}

export const toEvent = (r: EventRow): StoredAuditEvent => ({ idx: Number(r.idx), at: r.at, tenantId: r.tenant_id, kind: r.kind, body: r.body, leafHash: r.leaf_hash });
export const toCheckpoint = (r: CheckpointRow): StoredCheckpoint => ({ size: Number(r.size), root: r.root, at: r.at, note: r.note });

/** The body an event is stored as: its defined top-level fields, then v, seq and at set by the log. */
export function eventBody(e: AuditEventInput, seq: number, now: string): { text: string; at: string } {
  if (typeof e.kind !== "string" || e.kind === "") throw new CanonicalJsonError("$.kind: expected a non-empty string");
  if (typeof e.tenant !== "string" || e.tenant === "") throw new CanonicalJsonError("$.tenant: expected a non-empty string");
  if (e.at !== undefined && typeof e.at !== "string") throw new CanonicalJsonError("$.at: expected an ISO time string");
  const at = e.at ?? now;
  // Built with its keys in sorted (canonical) order, so canonicalize copies nothing for an event
  // whose producer sorted its own keys (gateway/audit-event.ts does): half its cost.
  const names = Object.keys(e);
  for (const k of ["at", "seq", "v"]) if (!(k in e)) names.push(k);
  names.sort();
  const body: Record<string, unknown> = {};
  for (const k of names) {
    const v = k === "at" ? at : k === "seq" ? seq : k === "v" ? 1 : e[k];
    if (v !== undefined) body[k] = v;
  }
  return { text: canonicalize(body), at };
}

/** The tree's state from its audit_state row (none yet: the empty log). */
export function restoreState(row: StateRow | undefined): { size: number; frontier: Frontier; root: Buffer } {
  if (!row) return { size: 0, frontier: new Frontier(), root: EMPTY_ROOT };
  const size = Number(row.size);
  const hashes = (JSON.parse(row.frontier) as string[]).map((h) => Buffer.from(h, "hex"));
  return { size, frontier: Frontier.restore(size, hashes), root: row.root };
}

/** audit_state.frontier: the compact range as a JSON array of hex hashes. */
export const saveFrontier = (frontier: Frontier): string => JSON.stringify(frontier.hashes().map((h) => Buffer.from(h).toString("hex")));

/**
 * The audit log's one sealed column, for the registry of sealed columns
 * (store/sealed-columns.ts) that `wardgate crypto rewrap/retire/status` walk.
 */
export const auditSealedColumns = [
  {
    table: "audit_signing_key",
    idColumn: "id",
    column: "private_sealed",
    tenant: (_row: Record<string, unknown>) => "default",
    aad: (_row: Record<string, unknown>) => "audit-signing-key",
  },
] as const;
