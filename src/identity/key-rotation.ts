/**
 * Key rotation: a new key with the same tenant, principal, grants and IP
 * rules replaces an old one, and the old key keeps working for an overlap
 * window (so deployments can switch over) and then expires. Overlap 0 ends
 * the old key at once.
 */
import { issueKey, keyLabel } from "./gateway-keys.js";
import type { KeyRecord, KeyStore } from "./key-store.js";

export interface RotateOptions {
  /** How long the old key stays valid; 0 = expire it now. */
  overlapMs: number;
  now?: number;
  /** Only rotate a key of this tenant (an admin's view); omitted: any tenant (the CLI operator). */
  tenant?: string;
  /**
   * The new key's expiry. Default: the old key's lifetime (expiry minus
   * creation) counted from now, so a 90-day key rotates into a 90-day key;
   * a key without expiry rotates into one without expiry.
   */
  expiresAt?: number | null;
}

export class RotationError extends Error {
  constructor(
    message: string,
    readonly reason: "not_found" | "revoked" | "expired" | "invalid",
  ) {
    super(message);
  }
}

export interface Rotation {
  /** The new key string: shown once. */
  key: string;
  record: KeyRecord;
  /** The old key as it is after rotation (its expiry moved). */
  old: KeyRecord;
}

export async function rotateKey(store: KeyStore, id: string, options: RotateOptions): Promise<Rotation> {
  const now = options.now ?? Date.now();
  if (!Number.isFinite(options.overlapMs) || options.overlapMs < 0) throw new RotationError("overlap: expected a duration of zero or more", "invalid");
  const old = await store.get(id);
  if (!old || (options.tenant !== undefined && old.tenantId !== options.tenant)) throw new RotationError(`no key ${keyLabel(id)}`, "not_found");
  if (old.revokedAt !== null) throw new RotationError(`${keyLabel(id)} is revoked; issue a new key instead of rotating it`, "revoked");
  if (old.expiresAt !== null && old.expiresAt <= now) throw new RotationError(`${keyLabel(id)} has expired; issue a new key instead of rotating it`, "expired");

  const expiresAt = options.expiresAt !== undefined ? options.expiresAt : old.expiresAt === null ? null : now + (old.expiresAt - old.createdAt);
  let issued: Awaited<ReturnType<typeof issueKey>>;
  try {
    issued = await issueKey(store, {
      tenantId: old.tenantId,
      principal: old.principal,
      name: old.name,
      models: old.models,
      routes: old.routes,
      ipAllow: old.ipAllow,
      expiresAt,
      now,
      rotatedFrom: old.id,
    });
  } catch (err) {
    throw new RotationError((err as Error).message, "invalid");
  }
  // Never lengthen the old key's life: the overlap can only shorten it.
  const oldExpiry = Math.min(old.expiresAt ?? Number.POSITIVE_INFINITY, now + options.overlapMs);
  if (!(await store.setExpiry(old.id, oldExpiry, options.tenant !== undefined ? { tenant: options.tenant } : {}))) {
    // Revoked between our read and this write: do not leave a successor to a revoked key.
    await store.revoke(issued.record.id, now);
    throw new RotationError(`${keyLabel(id)} was revoked during rotation; issue a new key instead`, "revoked");
  }
  return { key: issued.key, record: issued.record, old: { ...old, expiresAt: oldExpiry } };
}
