/**
 * Per-account lockout: after `maxFailures` failed passwords or second
 * factors the account is locked for `base`, doubling with each lockout in a
 * row up to `max`. A success resets both counters.
 */
import type { AccountPatch, AdminAccount } from "./admin-store.js";

export interface LockoutPolicy {
  maxFailures: number;
  base: number;
  max: number;
}

/** Milliseconds until the account may try again; 0 when it is not locked. */
export function lockedFor(account: AdminAccount, now: number): number {
  return account.lockedUntil !== null && account.lockedUntil > now ? account.lockedUntil - now : 0;
}

/** The account change a failed attempt causes, and whether it locked the account. */
export function afterFailure(account: AdminAccount, policy: LockoutPolicy, now: number): { patch: AccountPatch; locked: boolean; until: number | null } {
  const failures = account.failedAttempts + 1;
  if (failures < policy.maxFailures) return { patch: { failedAttempts: failures }, locked: false, until: null };
  const duration = Math.min(policy.base * 2 ** Math.min(account.lockouts, 30), policy.max);
  const until = now + duration;
  return { patch: { failedAttempts: 0, lockedUntil: until, lockouts: account.lockouts + 1 }, locked: true, until };
}

export const AFTER_SUCCESS: AccountPatch = { failedAttempts: 0, lockedUntil: null, lockouts: 0 };
