/**
 * The lockout race (issue 13): parallel wrong passwords must not let a right
 * one through once they have locked the account. Each attempt is counted in
 * the store before its password is verified, and a password that verified
 * still counts for nothing if the account locked meanwhile. Run on SQLite
 * and PostgreSQL, many rounds each.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyRequest } from "fastify";
import type { AdminDeps } from "../../src/admin/context.js";
import { accountAttempt, passAttempt, reserveAttempt } from "../../src/admin/sign-in.js";
import { adminSchema } from "../../src/config/admin-schema.js";
import { totpAad } from "../../src/identity/admin/admin-store.js";
import { storeBackends } from "../fixtures/store-backends.js";
import { type BackendHarness, makeAdmin, ORIGIN, PASSWORD, startOn } from "./helpers.js";

const MAX_FAILURES = 3;
const ROUNDS = 6;
const WRONG = 60;

for (const backend of storeBackends) {
  describe(`lockout race (${backend.name})`, { skip: backend.skip }, () => {
    let h: BackendHarness;
    before(async () => {
      h = await startOn(backend, { lockout: { maxFailures: MAX_FAILURES, base: "1m", max: "1m" } });
    });
    after(() => h?.close());

    test(`${WRONG} parallel wrong passwords and the right one: the right one never passes once they lock the account (${ROUNDS} rounds)`, async () => {
      const email = "owner@example.com";
      const account = await makeAdmin(h, email, "owner");
      // An enrolled account: the password is then the first of two factors, and a 200 says it passed.
      await h.store.admin.updateAccount(account.tenantId, account.id, { totpSecret: h.keyring.seal(account.tenantId, "JBSWY3DPEHPK3PXP", totpAad(account.id)) });
      for (let round = 0; round < ROUNDS; round++) {
        const attempts = Array.from({ length: WRONG }, (_, i) => `wrong password ${round}-${i}`);
        // The right password last: it arrives while the wrong ones are being verified, before any of them has failed.
        attempts.push(PASSWORD);
        const results = await Promise.all(attempts.map((password) => h.client().post("/auth/login", { email, password })));
        const statuses = results.map((r) => r.status);
        const right = results.at(-1)!;
        assert.deepEqual([...new Set(statuses)].filter((s) => s !== 401 && s !== 429), [], `round ${round}: only 401 and 429 (${statuses.join(",")})`);
        assert.equal(right.status, 429, `round ${round}: the right password was let in while the account was locked: ${right.text}`);
        assert.equal(right.body.error.code, "account_locked");
        assert.ok(statuses.filter((s) => s === 401).length < MAX_FAILURES, `round ${round}: at most ${MAX_FAILURES - 1} wrong passwords answered before the lock (${statuses.join(",")})`);
        const stored = (await h.store.admin.getAccount(account.tenantId, account.id))!;
        assert.ok(stored.lockedUntil !== null && stored.lockedUntil > h.clock.t, `round ${round}: the burst locked the account`);
        h.clock.advance(61_000);
      }
      // The lock lifts: the right password alone passes again.
      const after = await h.client().post("/auth/login", { email, password: PASSWORD });
      assert.equal(after.status, 200, after.text);
      assert.equal(after.body.next, "second-factor");
    });

    test("a factor that verifies after racing attempts locked the account counts for nothing (the re-check after the password)", async () => {
      const account = await makeAdmin(h, "recheck@example.com", "owner");
      const config = adminSchema.parse({ origin: ORIGIN, lockout: { maxFailures: MAX_FAILURES } });
      const deps = { store: h.store, config, keyring: h.keyring, now: h.clock.now } as unknown as AdminDeps;
      const req = { ip: "127.0.0.1", admin: null } as unknown as FastifyRequest;
      const attempt = accountAttempt(account);
      // The right password's attempt is counted, and (in the real route) its argon2 verification starts …
      await reserveAttempt(deps, req, attempt, "auth.login");
      // … while parallel guesses are counted too, until one over the limit locks the account.
      for (let i = 1; i < MAX_FAILURES; i++) await reserveAttempt(deps, req, attempt, "auth.login");
      await assert.rejects(reserveAttempt(deps, req, attempt, "auth.login"), (err: { code?: string }) => err.code === "account_locked");
      // The password verified: it is still refused.
      await assert.rejects(passAttempt(deps, req, attempt, "auth.login", false), (err: { code?: string }) => err.code === "account_locked");
      const events = (await h.store.admin.events.list("default")).filter((e) => e.target === account.id);
      assert.deepEqual(
        events.map((e) => [e.action, e.outcome, e.detail.reason ?? null]),
        [
          ["auth.login", "failure", "account locked"],
          ["auth.lockout", "success", null],
          ["auth.login", "failure", "account locked (a factor verified while it was locked)"],
        ],
      );
    });
  });
}
