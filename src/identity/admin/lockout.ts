/**
 * Sign-in lockout, one state machine for admin accounts and for e-mails with
 * no account (so "locked" tells nothing about whether an account exists).
 *
 * An attempt is counted *before* its factor is checked: `reserve` adds it to
 * `failedAttempts`, and refuses once `maxFailures` attempts are counted or
 * the subject is locked, so parallel guesses cannot all be evaluated against
 * a count none of them has raised yet. An attempt that goes on to fail stays
 * counted (`afterFailure` locks once the count reaches `maxFailures`); one
 * that passes gives its reservation back (`afterPass`), unless the subject
 * was locked meanwhile — then the factor counts for nothing. A lock lasts
 * `base`, doubling with each lockout in a row up to `max`; completing sign-in
 * clears everything. A process that dies mid-attempt leaves the attempt
 * counted as a failure (closed).
 *
 * State untouched for FORGET_AFTER_MS after its last attempt or lock is
 * forgotten (a fresh start), for accounts and unknown e-mails alike: that is
 * what lets the store expire unknown e-mails' rows without behaving
 * differently from an account.
 */
import type { LockoutState } from "./admin-store.js";

export type { LockoutState };

export interface LockoutPolicy {
  maxFailures: number;
  base: number;
  max: number;
}

export type LockoutPatch = Partial<LockoutState>;

export const FORGET_AFTER_MS = 24 * 3_600_000;

export const FRESH: LockoutState = { failedAttempts: 0, lockedUntil: null, lockouts: 0, lastAttemptAt: null };

/** Milliseconds until the subject may try again; 0 when it is not locked. */
export function lockedFor(s: Pick<LockoutState, "lockedUntil">, now: number): number {
  return s.lockedUntil !== null && s.lockedUntil > now ? s.lockedUntil - now : 0;
}

/** When the state may be forgotten (an unknown e-mail's row deleted). */
export function forgetAt(s: LockoutState): number {
  return Math.max(s.lastAttemptAt ?? 0, s.lockedUntil ?? 0) + FORGET_AFTER_MS;
}

/** The state as it stands at `now`: forgotten when it has been left alone long enough. */
function current(s: LockoutState, now: number): LockoutState {
  return s.lastAttemptAt !== null && now >= forgetAt(s) ? FRESH : s;
}

function lock(s: LockoutState, policy: LockoutPolicy, now: number): LockoutPatch {
  const duration = Math.min(policy.base * 2 ** Math.min(s.lockouts, 30), policy.max);
  return { failedAttempts: 0, lockedUntil: now + duration, lockouts: s.lockouts + 1, lastAttemptAt: now };
}

export type Reservation =
  /** The attempt may be checked. */
  | { allowed: true; patch: LockoutPatch }
  /** Refused unchecked: locked until `until`; `locked` when this attempt set the lock. */
  | { allowed: false; patch: LockoutPatch; until: number; locked: boolean };

/** Counts an attempt before its factor is checked, or refuses it. */
export function reserve(stored: LockoutState, policy: LockoutPolicy, now: number): Reservation {
  const s = current(stored, now);
  if (lockedFor(s, now) > 0) return { allowed: false, patch: {}, until: s.lockedUntil!, locked: false };
  if (s.failedAttempts >= policy.maxFailures) {
    // More attempts than the policy allows are under way at once: that is the attack; lock now.
    const patch = lock(s, policy, now);
    return { allowed: false, patch, until: patch.lockedUntil!, locked: true };
  }
  const forgotten = s === stored ? {} : { lockedUntil: null, lockouts: 0 };
  return { allowed: true, patch: { ...forgotten, failedAttempts: s.failedAttempts + 1, lastAttemptAt: now } };
}

/** A reserved attempt failed: it stays counted, and locks the subject once the count reaches the limit. */
export function afterFailure(s: LockoutState, policy: LockoutPolicy, now: number): { patch: LockoutPatch; locked: boolean; until: number | null } {
  // A racing attempt may have locked it already: then this one only reports the lock.
  if (lockedFor(s, now) > 0) return { patch: {}, locked: false, until: s.lockedUntil };
  if (s.failedAttempts < policy.maxFailures) return { patch: {}, locked: false, until: null };
  const patch = lock(s, policy, now);
  return { patch, locked: true, until: patch.lockedUntil! };
}

/**
 * A reserved attempt passed its check. Refused (`until`) when the subject
 * was locked meanwhile; otherwise the reservation is given back, or — when
 * the attempt completes sign-in or step-up — every counter is cleared.
 */
export function afterPass(s: LockoutState, now: number, completes: boolean): { patch: LockoutPatch; until: number | null } {
  if (lockedFor(s, now) > 0) return { patch: {}, until: s.lockedUntil };
  if (completes) return { patch: { failedAttempts: 0, lockedUntil: null, lockouts: 0 }, until: null };
  return { patch: { failedAttempts: Math.max(0, s.failedAttempts - 1) }, until: null };
}
