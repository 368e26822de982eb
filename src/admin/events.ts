/**
 * Admin events: every sign-in attempt, lockout, sign-out, denial and change
 * is appended to the tenant's event log (issue 5 chains it into the
 * tamper-evident audit log). Details must never hold secrets.
 */
import type { FastifyRequest } from "fastify";
import type { NewAdminEvent } from "../identity/admin/admin-store.js";
import { DEFAULT_TENANT } from "../identity/org.js";
import type { AdminDeps } from "./context.js";

export interface EventInput {
  action: string;
  outcome: NewAdminEvent["outcome"];
  target?: string | null;
  detail?: Record<string, unknown>;
  /** When the request has no session (sign-in): the account concerned, if known. */
  tenantId?: string;
  actor?: string;
}

export async function recordEvent(deps: AdminDeps, req: FastifyRequest, e: EventInput): Promise<void> {
  await deps.store.admin.events.append({
    tenantId: e.tenantId ?? req.admin?.account.tenantId ?? DEFAULT_TENANT,
    at: deps.now(),
    actor: e.actor ?? req.admin?.account.id ?? "anonymous",
    action: e.action,
    target: e.target ?? null,
    outcome: e.outcome,
    ip: req.ip ?? null,
    detail: e.detail ?? {},
  });
}
