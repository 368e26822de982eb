/** The AdminStore's atomic operations, on SQLite and PostgreSQL: failure counting under concurrency, single-use TOTP steps and recovery codes, events in sequence. */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { createAdmin } from "../../src/identity/admin/accounts.js";
import type { AdminAccount } from "../../src/identity/admin/admin-store.js";
import { afterFailure, FORGET_AFTER_MS, reserve } from "../../src/identity/admin/lockout.js";
import { type OpenedStores, storeBackends } from "../fixtures/store-backends.js";

const policy = { maxFailures: 5, base: 60_000, max: 3_600_000 };
const run = promisify(execFile);

for (const backend of storeBackends) describe(`admin store (${backend.name})`, { skip: backend.skip }, () => {
  let store: OpenedStores;
  let a: AdminAccount;
  before(async () => {
    store = await backend.open();
    a = await createAdmin(store.admin, { tenantId: "default", email: "a@example.com", role: "owner", password: "a long enough password" });
  });
  after(() => store?.close());

  test("concurrent attempts are each counted from the stored state: five are let through, the sixth locks", async () => {
    const subject = { kind: "account", tenantId: "default", id: a.id } as const;
    const outcomes: boolean[] = [];
    const attempt = () => store.admin.changeLockout(subject, 1000, (current) => {
      const r = reserve(current, policy, 1000);
      outcomes.push(r.allowed);
      return r.patch;
    });
    await Promise.all([attempt(), attempt(), attempt()]);
    assert.equal((await store.admin.getAccount("default", a.id))!.failedAttempts, 3);
    await Promise.all([attempt(), attempt(), attempt()]);
    assert.deepEqual(outcomes, [true, true, true, true, true, false]);
    const locked = (await store.admin.getAccount("default", a.id))!;
    assert.equal(locked.lockedUntil, 61_000);
    assert.equal(locked.lockouts, 1);
    assert.equal(locked.failedAttempts, 0);
    assert.equal(await store.admin.changeLockout({ kind: "account", tenantId: "other-tenant", id: a.id }, 1000, () => ({ failedAttempts: 9 })), undefined, "tenant-scoped");
  });

  test("two processes counting attempts against one account at once let through maxFailures between them, and the next locks", async () => {
    const onDisk = await backend.open({ onDisk: true });
    try {
      await onDisk.org.ensureTenant("default");
      const x = await createAdmin(onDisk.admin, { tenantId: "default", email: "x@example.com", role: "owner", password: "a long enough password" });
      const script = join(import.meta.dirname, "../fixtures/lockout-attempts.ts");
      const child = () => run(process.execPath, ["--import", "tsx", script, onDisk.location, "default", x.id, "20", String(policy.maxFailures), "1000"], { cwd: join(import.meta.dirname, "../..") });
      const outs = await Promise.all([child(), child()]);
      const allowed = outs.map((o) => (JSON.parse(o.stdout) as { allowed: number }).allowed);
      assert.equal(allowed[0]! + allowed[1]!, policy.maxFailures, `let through: ${allowed.join(" + ")}`);
      const stored = (await onDisk.admin.getAccount("default", x.id))!;
      assert.deepEqual([stored.lockedUntil, stored.lockouts], [61_000, 1], "the attempt over the limit locked it");
    } finally {
      await onDisk.close();
    }
  });

  test("an unknown e-mail's lockout state is kept under its key, counted like an account's, and forgotten a day after its last attempt", async () => {
    const subject = { kind: "unknown", keyHash: "k1" } as const;
    const fail = (t: number) => store.admin.changeLockout(subject, t, (current) => {
      const r = reserve(current, policy, t);
      return r.allowed ? { ...r.patch, ...afterFailure({ ...current, ...r.patch }, policy, t).patch } : r.patch;
    });
    const states = await Promise.all([fail(1000), fail(1000), fail(1000), fail(1000), fail(1000)]);
    assert.deepEqual(states.map((s) => s!.lockedUntil).filter((x) => x !== null), [61_000]);
    const kept = await store.admin.changeLockout(subject, 2000, () => ({}));
    assert.deepEqual(kept, { failedAttempts: 0, lockedUntil: 61_000, lockouts: 1, lastAttemptAt: 1000 });
    const later = 61_000 + FORGET_AFTER_MS;
    assert.deepEqual(await store.admin.changeLockout(subject, later, () => ({})), { failedAttempts: 0, lockedUntil: null, lockouts: 0, lastAttemptAt: null }, "forgotten");
    const rows = await store.db.selectFrom("admin_unknown_signins").selectAll().execute();
    assert.deepEqual(rows.map((r) => r.key_hash), ["k1"]);
    // A new unknown e-mail clears expired rows away.
    await store.admin.changeLockout({ kind: "unknown", keyHash: "k2" }, later + 1, (current) => reserve(current, policy, later + 1).patch);
    assert.deepEqual((await store.db.selectFrom("admin_unknown_signins").select("key_hash").execute()).map((r) => r.key_hash), ["k2"]);
  });

  test("an enrolment token is used once, before it expires, and only by an account without TOTP", async () => {
    await store.org.ensureTenant("enrol");
    const b = await createAdmin(store.admin, { tenantId: "enrol", email: "b@example.com", role: "auditor", password: "a long enough password", now: 0 });
    const hash = b.enrolmentTokenHash!;
    assert.equal(await store.admin.consumeEnrolmentToken("enrol", b.id, "f".repeat(64), 1), false, "not its token");
    assert.equal(await store.admin.consumeEnrolmentToken("enrol", b.id, hash, b.enrolment.expiresAt), false, "expired");
    assert.equal(await store.admin.consumeEnrolmentToken("default", b.id, hash, 1), false, "tenant-scoped");
    const racing = await Promise.all([1, 2, 3].map(() => store.admin.consumeEnrolmentToken("enrol", b.id, hash, 1)));
    assert.deepEqual(racing.sort(), [false, false, true]);
    await store.admin.updateAccount("enrol", b.id, { enrolmentTokenHash: hash, enrolmentTokenExpiresAt: 100, totpSecret: "sealed" });
    assert.equal(await store.admin.consumeEnrolmentToken("enrol", b.id, hash, 1), false, "enrolled already");
  });

  test("a TOTP step is accepted once, only moving forward, and never while the account is locked", async () => {
    await store.admin.updateAccount("default", a.id, { lockedUntil: null, lockouts: 0 });
    assert.equal(await store.admin.acceptTotpStep("default", a.id, 100, 0), true);
    const racing = await Promise.all([store.admin.acceptTotpStep("default", a.id, 101, 0), store.admin.acceptTotpStep("default", a.id, 101, 0)]);
    assert.deepEqual(racing.sort(), [false, true]);
    assert.equal(await store.admin.acceptTotpStep("default", a.id, 100, 0), false);
    await store.admin.updateAccount("default", a.id, { lockedUntil: 5000 });
    assert.equal(await store.admin.acceptTotpStep("default", a.id, 102, 4999), false, "locked");
    assert.equal(await store.admin.acceptTotpStep("default", a.id, 102, 5000), true, "lock over");
  });

  test("recovery codes are single-use; resetting MFA removes them and every session", async () => {
    await store.admin.setRecoveryCodes(a.id, ["h1", "h2"], 0);
    const used = await Promise.all([store.admin.useRecoveryCode(a.id, "h1", 1), store.admin.useRecoveryCode(a.id, "h1", 1)]);
    assert.deepEqual(used.sort(), [false, true]);
    assert.equal(await store.admin.countRecoveryCodes(a.id), 1);
    await store.admin.createSession({ idHash: "s", accountId: a.id, tenantId: "default", stage: "full", csrfHash: "c", createdAt: 0, lastSeenAt: 0, stepUpAt: null, challenge: null, challengePurpose: null, ip: "127.0.0.1" });
    assert.equal(await store.admin.resetMfa("other-tenant", a.id), false, "tenant-scoped");
    assert.equal(await store.admin.resetMfa("default", a.id), true);
    assert.equal(await store.admin.countRecoveryCodes(a.id), 0);
    assert.equal(await store.admin.getSession("s"), undefined);
  });

  test("accounts, WebAuthn credentials and sessions read back as written", async () => {
    const found = await store.admin.findAccountByEmail("a@example.com");
    assert.equal(found?.id, a.id);
    assert.equal(typeof found?.createdAt, "number");
    assert.deepEqual((await store.admin.listAccounts("default")).map((x) => x.email), ["a@example.com"]);
    assert.deepEqual(await store.admin.listAccounts("nobody"), []);
    await store.admin.addCredential({ accountId: a.id, id: "cred", publicKey: "pk", counter: 5, transports: ["usb"], createdAt: 1, lastUsedAt: null });
    assert.equal(await store.admin.useCredential(a.id, "cred", 5, 2), false, "the counter must move forward");
    assert.equal(await store.admin.useCredential(a.id, "cred", 6, 2), true);
    assert.deepEqual(await store.admin.listCredentials(a.id), [{ accountId: a.id, id: "cred", publicKey: "pk", counter: 6, transports: ["usb"], createdAt: 1, lastUsedAt: 2 }]);
    await store.admin.createSession({ idHash: "s2", accountId: a.id, tenantId: "default", stage: "second-factor", csrfHash: "c", createdAt: 0, lastSeenAt: 0, stepUpAt: null, challenge: null, challengePurpose: null, ip: "::1" });
    await store.admin.updateSession("s2", { lastSeenAt: 9, challenge: "ch", challengePurpose: "authenticate" });
    const s = await store.admin.getSession("s2");
    assert.deepEqual([s?.lastSeenAt, s?.challenge, s?.challengePurpose], [9, "ch", "authenticate"]);
    assert.equal(await store.admin.deleteSessionsOf(a.id), 1);
  });

  test("events get consecutive per-tenant sequence numbers, even when appended concurrently", async () => {
    const e = (tenantId: string) => store.admin.events.append({ tenantId, at: 1, actor: "cli", action: "x", target: null, outcome: "success", ip: null, detail: { n: 1 } });
    await store.org.ensureTenant("t2");
    const seqs = await Promise.all([e("default"), e("default"), e("t2"), e("default")]);
    assert.deepEqual([...seqs].sort(), [1, 1, 2, 3]);
    assert.deepEqual((await store.admin.events.list("default", { after: 1 })).map((x) => x.seq), [2, 3]);
    assert.deepEqual((await store.admin.events.list("t2"))[0]!.detail, { n: 1 });
  });
});
