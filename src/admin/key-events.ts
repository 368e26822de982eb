/**
 * The admin events of the gateway-key lifecycle, built in one place so the
 * admin API (routes/keys.ts) and the CLI (cli/keys.ts) record the same
 * action, target and detail for the same change. Never a key's secret.
 */
import type { NewAdminEvent } from "../identity/admin/admin-store.js";
import { keyLabel } from "../identity/gateway-keys.js";
import type { KeyRecord } from "../identity/key-store.js";

export type KeyEvent = Pick<NewAdminEvent, "action" | "target" | "detail">;

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

export const keyCreatedEvent = (record: KeyRecord): KeyEvent => ({
  action: "keys.create",
  target: keyLabel(record.id),
  detail: { principal: record.principal, models: record.models, routes: record.routes },
});

export const keyRevokedEvent = (id: string): KeyEvent => ({ action: "keys.revoke", target: keyLabel(id), detail: {} });

export const keyRotatedEvent = (rotated: { record: KeyRecord; old: KeyRecord }, overlapMs: number): KeyEvent => ({
  action: "keys.rotate",
  target: keyLabel(rotated.old.id),
  detail: { newKey: keyLabel(rotated.record.id), oldExpiresAt: iso(rotated.old.expiresAt), overlapSeconds: Math.round(overlapMs / 1000) },
});
