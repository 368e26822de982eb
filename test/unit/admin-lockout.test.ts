/**
 * The sign-in lockout state machine (identity/admin/lockout.ts) under every
 * interleaving of parallel attempts, generated: however the attempts' steps
 * are ordered, no more wrong guesses are checked than the policy allows
 * before the lock, and no factor passes once the account is locked.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { afterFailure, afterPass, FORGET_AFTER_MS, FRESH, type LockoutState, lockedFor, reserve } from "../../src/identity/admin/lockout.js";

describe("lockout state machine", () => {
  test("parallel attempts in any order: at most maxFailures wrong guesses are checked, and nothing passes once locked", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 120 }),
        (maxFailures, rightness, schedule) => {
          const policy = { maxFailures, base: 60_000, max: 3_600_000 };
          const now = 1_000_000;
          let state: LockoutState = FRESH;
          const phase = rightness.map(() => 0); // 0: not started, 1: reserved (being checked), 2: done
          let wrongChecked = 0;
          let lockedOnce = false;
          // Each scheduled index moves that attempt one step; then every attempt is run to its end.
          const order = [...schedule.map((n) => n % rightness.length), ...rightness.flatMap((_, i) => [i, i])];
          for (const i of order) {
            if (phase[i] === 0) {
              const r = reserve(state, policy, now);
              state = { ...state, ...r.patch };
              phase[i] = r.allowed ? 1 : 2;
              if (r.allowed) assert.ok(!lockedOnce, "no attempt is let through once locked");
            } else if (phase[i] === 1) {
              phase[i] = 2;
              if (rightness[i]) {
                const r = afterPass(state, now, false);
                state = { ...state, ...r.patch };
                assert.equal(r.until !== null, lockedOnce, "a right factor passes exactly when the account is not locked");
              } else {
                wrongChecked++;
                state = { ...state, ...afterFailure(state, policy, now).patch };
              }
            }
            if (lockedFor(state, now) > 0) lockedOnce = true;
            assert.ok(state.failedAttempts >= 0 && state.failedAttempts <= maxFailures);
          }
          assert.ok(wrongChecked <= maxFailures, `${wrongChecked} wrong guesses checked with maxFailures ${maxFailures}`);
          if (wrongChecked === maxFailures) assert.ok(lockedOnce, "as many wrong guesses as allowed lock the account");
        },
      ),
      { numRuns: 500 },
    );
  });

  test("sequential attempts: maxFailures failures lock, doubling per lockout in a row; a right password gives its attempt back; a day of quiet forgets", () => {
    const policy = { maxFailures: 3, base: 60_000, max: 200_000 };
    let s: LockoutState = FRESH;
    const attempt = (t: number, right: boolean) => {
      const r = reserve(s, policy, t);
      s = { ...s, ...r.patch };
      if (!r.allowed) return "refused";
      if (right) {
        s = { ...s, ...afterPass(s, t, false).patch };
        return "passed";
      }
      const f = afterFailure(s, policy, t);
      s = { ...s, ...f.patch };
      return f.locked ? "locked" : "failed";
    };
    assert.deepEqual([attempt(0, false), attempt(0, true), attempt(0, false), attempt(0, false), attempt(0, true)], ["failed", "passed", "failed", "locked", "refused"]);
    assert.equal(s.lockedUntil, 60_000);
    assert.deepEqual([attempt(60_000, false), attempt(60_000, false), attempt(60_000, false)], ["failed", "failed", "locked"]);
    assert.equal(s.lockedUntil, 180_000, "the second lockout in a row lasts twice as long");
    assert.deepEqual([attempt(180_000, false), attempt(180_000, false), attempt(180_000, false)], ["failed", "failed", "locked"]);
    assert.equal(s.lockedUntil, 380_000, "capped at max");
    assert.equal(s.lockouts, 3);
    const quiet = 380_000 + FORGET_AFTER_MS;
    assert.equal(attempt(quiet, false), "failed");
    assert.deepEqual({ failedAttempts: s.failedAttempts, lockouts: s.lockouts, lockedUntil: s.lockedUntil }, { failedAttempts: 1, lockouts: 0, lockedUntil: null }, "forgotten: a fresh start");
  });
});
