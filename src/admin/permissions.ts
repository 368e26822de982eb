/**
 * The admin role matrix: least privilege, one place. Every route declares
 * the permission it needs (route config `access.permission`); a role has a
 * permission only when it is listed here.
 *
 *   owner           everything, including managing admins
 *   security-admin  principals, teams, keys (incl. revoke), policies, events, audit log, kill switches, budget state
 *   key-manager     keys (create, rotate, revoke); reads principals and teams
 *   auditor         reads everything (kill switches, the audit log and budget state included); exports events
 */
import type { AdminRole } from "../identity/admin/admin-store.js";

export const PERMISSIONS = [
  "teams:read",
  "teams:write",
  "principals:read",
  "principals:write",
  "keys:read",
  "keys:write",
  "admins:read",
  "admins:write",
  "events:read",
  "events:export",
  "audit:read",
  "policies:read",
  "policies:write",
  "kill-switches:read",
  "kill-switches:write",
  "budgets:read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<AdminRole, ReadonlySet<Permission>>> = {
  owner: new Set(PERMISSIONS),
  "security-admin": new Set<Permission>([
    "teams:read",
    "teams:write",
    "principals:read",
    "principals:write",
    "keys:read",
    "keys:write",
    "events:read",
    "events:export",
    "audit:read",
    "policies:read",
    "policies:write",
    "kill-switches:read",
    "kill-switches:write",
    "budgets:read",
  ]),
  "key-manager": new Set<Permission>(["keys:read", "keys:write", "principals:read", "teams:read"]),
  auditor: new Set<Permission>(["teams:read", "principals:read", "keys:read", "admins:read", "events:read", "events:export", "audit:read", "policies:read", "kill-switches:read", "budgets:read"]),
};

export function can(role: AdminRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.has(permission) ?? false;
}
