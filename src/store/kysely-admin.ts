/**
 * AdminStore over a Kysely connection (dialect-neutral: SQLite and
 * PostgreSQL). Only appending an admin event differs per database: it takes
 * that database's write lock to number the event and mirrors it into the
 * audit log in the same transaction (sqlite-admin.ts, postgres-admin.ts).
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";
import type { AuditEventInput } from "../audit/log.js";
import type {
  AccountPatch,
  AdminAccount,
  AdminEvent,
  AdminEventStore,
  AdminRole,
  AdminSession,
  AdminStore,
  LockoutState,
  NewAdminEvent,
  SessionStage,
  WebAuthnCredentialRecord,
} from "../identity/admin/admin-store.js";
import { FRESH, forgetAt } from "../identity/admin/lockout.js";
import type { Tables } from "./migrations/index.js";

type AccountRow = Tables["admin_accounts"];
const num = (v: number | null) => (v === null ? null : Number(v));

const account = (r: AccountRow): AdminAccount => ({
  tenantId: r.tenant_id,
  id: r.id,
  email: r.email,
  role: r.role as AdminRole,
  passwordHash: r.password_hash,
  totpSecret: r.totp_secret,
  totpPending: r.totp_pending,
  totpLastStep: num(r.totp_last_step),
  ...lockoutState(r),
  enrolmentTokenHash: r.enrolment_token_hash,
  enrolmentTokenExpiresAt: num(r.enrolment_token_expires_at),
  createdAt: Number(r.created_at),
  disabledAt: num(r.disabled_at),
});

type LockoutRow = Pick<AccountRow, "failed_attempts" | "locked_until" | "lockouts" | "last_attempt_at">;

const lockoutState = (r: LockoutRow): LockoutState => ({
  failedAttempts: Number(r.failed_attempts),
  lockedUntil: num(r.locked_until),
  lockouts: Number(r.lockouts),
  lastAttemptAt: num(r.last_attempt_at),
});

const lockoutRow = (s: LockoutState): LockoutRow => ({ failed_attempts: s.failedAttempts, locked_until: s.lockedUntil, lockouts: s.lockouts, last_attempt_at: s.lastAttemptAt });

/** How many unknown e-mails' lockout rows the table keeps at most: beyond it the oldest go first (a spray of made-up e-mails cannot grow it without bound). */
export const UNKNOWN_SIGNINS_CAP = 100_000;
/** Rows deleted at most per clean-up, so one sign-in never pays for a large backlog. */
const PRUNE_BATCH = 100;
/** The cap is checked once per this many new rows (a count reads the whole table). */
const CAP_CHECK_EVERY = 500;

const COLUMNS: Record<keyof AccountPatch, keyof AccountRow> = {
  role: "role",
  passwordHash: "password_hash",
  totpSecret: "totp_secret",
  totpPending: "totp_pending",
  totpLastStep: "totp_last_step",
  failedAttempts: "failed_attempts",
  lockedUntil: "locked_until",
  lockouts: "lockouts",
  lastAttemptAt: "last_attempt_at",
  enrolmentTokenHash: "enrolment_token_hash",
  enrolmentTokenExpiresAt: "enrolment_token_expires_at",
  disabledAt: "disabled_at",
};

function accountColumns(patch: AccountPatch): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) set[COLUMNS[k as keyof AccountPatch]] = v;
  return set;
}

const session = (r: Tables["admin_sessions"]): AdminSession => ({
  idHash: r.id_hash,
  accountId: r.account_id,
  tenantId: r.tenant_id,
  stage: r.stage as SessionStage,
  csrfHash: r.csrf_hash,
  createdAt: Number(r.created_at),
  lastSeenAt: Number(r.last_seen_at),
  stepUpAt: num(r.step_up_at),
  challenge: r.challenge,
  challengePurpose: r.challenge_purpose as AdminSession["challengePurpose"],
  ip: r.ip,
});

const credential = (r: Tables["admin_webauthn_credentials"]): WebAuthnCredentialRecord => ({
  accountId: r.account_id,
  id: r.id,
  publicKey: r.public_key,
  counter: Number(r.counter),
  transports: JSON.parse(r.transports) as string[],
  createdAt: Number(r.created_at),
  lastUsedAt: num(r.last_used_at),
});

/** The audit log's copy of an admin event: kind admin.<action>, the admin sequence number as adminSeq. */
export function auditCopy(e: NewAdminEvent, seq: number, detail: string): AuditEventInput {
  return {
    kind: `admin.${e.action}`,
    tenant: e.tenantId,
    at: new Date(e.at).toISOString(),
    actor: e.actor,
    action: e.action,
    target: e.target,
    outcome: e.outcome,
    ip: e.ip,
    // What admin_events stores, so both copies say the same (JSON.stringify drops undefined; JCS would refuse it).
    detail: JSON.parse(detail) as unknown,
    adminSeq: seq,
  };
}

/**
 * Appends an admin event as the tenant's next (seq = the highest + 1) and its
 * audit copy, in one transaction under the database's write lock; returns seq.
 */
export type AdminEventAppend = (event: NewAdminEvent) => Promise<number>;

function kyselyAdminEvents(db: Kysely<Tables>, append: AdminEventAppend): AdminEventStore {
  return {
    append,
    list: async (tenantId, options = {}) => {
      const rows = await db
        .selectFrom("admin_events")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("seq", ">", options.after ?? 0)
        .orderBy("seq")
        .limit(options.limit ?? 1000)
        .execute();
      return rows.map(
        (r): AdminEvent => ({
          tenantId: r.tenant_id,
          seq: Number(r.seq),
          at: Number(r.at),
          actor: r.actor,
          action: r.action,
          target: r.target,
          outcome: r.outcome as AdminEvent["outcome"],
          ip: r.ip,
          detail: JSON.parse(r.detail) as Record<string, unknown>,
        }),
      );
    },
  };
}

/**
 * Admin accounts do not decide data-plane access and the admin API caches
 * nothing, so these writes do not move the change token (which would drop
 * the gateway's key cache on every admin sign-in attempt).
 */
export function kyselyAdminStore(db: Kysely<Tables>, appendEvent: AdminEventAppend): AdminStore {
  // SQLite has no SELECT … FOR UPDATE (nor needs it: one writer at a time).
  const rowLocks = db.getExecutor().adapter instanceof PostgresAdapter;

  /**
   * A read-modify-write that no other writer can interleave with, in this
   * process or another. PostgreSQL: a transaction whose reads lock their
   * rows (FOR UPDATE). SQLite: BEGIN IMMEDIATE on this process's one
   * connection, which takes the file's write lock before the first read (a
   * deferred transaction would read a snapshot another process may commit
   * past, and then fail to write).
   */
  const serialised = <T>(fn: (tx: Kysely<Tables>) => Promise<T>): Promise<T> =>
    rowLocks
      ? db.transaction().execute(fn)
      : db.connection().execute(async (conn) => {
          await sql`BEGIN IMMEDIATE`.execute(conn);
          try {
            const result = await fn(conn);
            await sql`COMMIT`.execute(conn);
            return result;
          } catch (err) {
            await sql`ROLLBACK`.execute(conn).catch(() => undefined);
            throw err;
          }
        });

  let newUnknownRows = 0;
  /** Deletes unknown e-mails' rows that may be forgotten, and the oldest beyond the cap; best effort (a failure here must not fail a sign-in). */
  const pruneUnknown = async (now: number) => {
    try {
      const expired = db.selectFrom("admin_unknown_signins").select("key_hash").where("expires_at", "<=", now).orderBy("expires_at").limit(PRUNE_BATCH);
      await db.deleteFrom("admin_unknown_signins").where("key_hash", "in", expired).execute();
      if (++newUnknownRows % CAP_CHECK_EVERY !== 0) return;
      const { n } = await db.selectFrom("admin_unknown_signins").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
      const excess = Number(n) - UNKNOWN_SIGNINS_CAP;
      if (excess <= 0) return;
      const oldest = db.selectFrom("admin_unknown_signins").select("key_hash").orderBy("expires_at").limit(excess);
      await db.deleteFrom("admin_unknown_signins").where("key_hash", "in", oldest).execute();
    } catch {
      // The rows expire anyway; the next clean-up tries again.
    }
  };

  return {
    createAccount: async (a) => {
      await db
        .insertInto("admin_accounts")
        .values({
          tenant_id: a.tenantId,
          id: a.id,
          email: a.email,
          role: a.role,
          password_hash: a.passwordHash,
          totp_secret: a.totpSecret,
          totp_pending: a.totpPending,
          totp_last_step: a.totpLastStep,
          ...lockoutRow(a),
          enrolment_token_hash: a.enrolmentTokenHash,
          enrolment_token_expires_at: a.enrolmentTokenExpiresAt,
          created_at: a.createdAt,
          disabled_at: a.disabledAt,
        })
        .execute();
    },
    findAccountByEmail: async (email) => {
      const r = await db.selectFrom("admin_accounts").selectAll().where("email", "=", email).executeTakeFirst();
      return r ? account(r) : undefined;
    },
    getAccount: async (tenantId, id) => {
      const r = await db.selectFrom("admin_accounts").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
      return r ? account(r) : undefined;
    },
    listAccounts: async (tenantId) => {
      let q = db.selectFrom("admin_accounts").selectAll().orderBy("tenant_id").orderBy("email");
      if (tenantId !== undefined) q = q.where("tenant_id", "=", tenantId);
      return (await q.execute()).map(account);
    },
    updateAccount: async (tenantId, id, patch) => {
      const set = accountColumns(patch);
      if (!Object.keys(set).length) return true;
      const res = await db.updateTable("admin_accounts").set(set).where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
    acceptTotpStep: async (tenantId, id, step, now) => {
      const res = await db
        .updateTable("admin_accounts")
        .set({ totp_last_step: step })
        .where("tenant_id", "=", tenantId)
        .where("id", "=", id)
        .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
    changeLockout: async (subject, now, decide) => {
      if (subject.kind === "account") {
        return serialised(async (tx) => {
          const r = await tx
            .selectFrom("admin_accounts")
            .select(["failed_attempts", "locked_until", "lockouts", "last_attempt_at"])
            .where("tenant_id", "=", subject.tenantId)
            .where("id", "=", subject.id)
            .$if(rowLocks, (q) => q.forUpdate())
            .executeTakeFirst();
          if (!r) return undefined;
          const current = lockoutState(r);
          const patch = decide(current);
          const set = accountColumns(patch);
          if (Object.keys(set).length) await tx.updateTable("admin_accounts").set(set).where("tenant_id", "=", subject.tenantId).where("id", "=", subject.id).execute();
          return { ...current, ...patch };
        });
      }
      const { keyHash } = subject;
      const { state, created } = await serialised(async (tx) => {
        // Made first if missing (a fresh state, forgettable at once), so that on PostgreSQL two racing
        // attempts both lock one row rather than both reading "none".
        const inserted = await tx
          .insertInto("admin_unknown_signins")
          .values({ key_hash: keyHash, ...lockoutRow(FRESH), expires_at: 0 })
          .onConflict((oc) => oc.column("key_hash").doNothing())
          .executeTakeFirst();
        const r = await tx.selectFrom("admin_unknown_signins").selectAll().where("key_hash", "=", keyHash).$if(rowLocks, (q) => q.forUpdate()).executeTakeFirstOrThrow();
        const stored = lockoutState(r);
        // A row past its expiry that the clean-up has not reached yet is a fresh state, as if deleted.
        const current = Number(r.expires_at) <= now ? FRESH : stored;
        const next = { ...current, ...decide(current) };
        await tx.updateTable("admin_unknown_signins").set({ ...lockoutRow(next), expires_at: forgetAt(next) }).where("key_hash", "=", keyHash).execute();
        return { state: next, created: Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 };
      });
      if (created) await pruneUnknown(now);
      return state;
    },
    consumeEnrolmentToken: async (tenantId, id, hash, now) => {
      const res = await db
        .updateTable("admin_accounts")
        .set({ enrolment_token_hash: null, enrolment_token_expires_at: null })
        .where("tenant_id", "=", tenantId)
        .where("id", "=", id)
        .where("enrolment_token_hash", "=", hash)
        .where("enrolment_token_expires_at", ">", now)
        .where("totp_secret", "is", null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    setRecoveryCodes: async (accountId, hashes, at) => {
      await db.transaction().execute(async (tx) => {
        await tx.deleteFrom("admin_recovery_codes").where("account_id", "=", accountId).execute();
        if (hashes.length) {
          await tx
            .insertInto("admin_recovery_codes")
            .values(hashes.map((h) => ({ account_id: accountId, code_hash: h, created_at: at, used_at: null })))
            .execute();
        }
      });
    },
    useRecoveryCode: async (accountId, hash, at) => {
      const res = await db
        .updateTable("admin_recovery_codes")
        .set({ used_at: at })
        .where("account_id", "=", accountId)
        .where("code_hash", "=", hash)
        .where("used_at", "is", null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
    countRecoveryCodes: async (accountId) => {
      const r = await db
        .selectFrom("admin_recovery_codes")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("account_id", "=", accountId)
        .where("used_at", "is", null)
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },

    addCredential: async (c) => {
      await db
        .insertInto("admin_webauthn_credentials")
        .values({ account_id: c.accountId, id: c.id, public_key: c.publicKey, counter: c.counter, transports: JSON.stringify(c.transports), created_at: c.createdAt, last_used_at: c.lastUsedAt })
        .execute();
    },
    listCredentials: async (accountId) =>
      (await db.selectFrom("admin_webauthn_credentials").selectAll().where("account_id", "=", accountId).orderBy("created_at").execute()).map(credential),
    useCredential: async (accountId, id, counter, at) => {
      // A counter of 0 means the authenticator keeps none (passkeys often do not); otherwise it must move forward.
      const res = await db
        .updateTable("admin_webauthn_credentials")
        .set({ counter, last_used_at: at })
        .where("account_id", "=", accountId)
        .where("id", "=", id)
        .where("counter", counter === 0 ? "=" : "<", counter)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
    resetMfa: async (tenantId, accountId) =>
      db.transaction().execute(async (tx) => {
        const res = await tx
          .updateTable("admin_accounts")
          .set({ totp_secret: null, totp_pending: null, totp_last_step: null })
          .where("tenant_id", "=", tenantId)
          .where("id", "=", accountId)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) return false;
        await tx.deleteFrom("admin_recovery_codes").where("account_id", "=", accountId).execute();
        await tx.deleteFrom("admin_webauthn_credentials").where("account_id", "=", accountId).execute();
        await tx.deleteFrom("admin_sessions").where("account_id", "=", accountId).execute();
        return true;
      }),

    createSession: async (s) => {
      await db
        .insertInto("admin_sessions")
        .values({
          id_hash: s.idHash,
          account_id: s.accountId,
          tenant_id: s.tenantId,
          stage: s.stage,
          csrf_hash: s.csrfHash,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          step_up_at: s.stepUpAt,
          challenge: s.challenge,
          challenge_purpose: s.challengePurpose,
          ip: s.ip,
        })
        .execute();
    },
    getSession: async (idHash) => {
      const r = await db.selectFrom("admin_sessions").selectAll().where("id_hash", "=", idHash).executeTakeFirst();
      return r ? session(r) : undefined;
    },
    updateSession: async (idHash, patch) => {
      const set: Partial<Tables["admin_sessions"]> = {};
      if (patch.lastSeenAt !== undefined) set.last_seen_at = patch.lastSeenAt;
      if (patch.stepUpAt !== undefined) set.step_up_at = patch.stepUpAt;
      if (patch.challenge !== undefined) set.challenge = patch.challenge;
      if (patch.challengePurpose !== undefined) set.challenge_purpose = patch.challengePurpose;
      if (Object.keys(set).length) await db.updateTable("admin_sessions").set(set).where("id_hash", "=", idHash).execute();
    },
    deleteSession: async (idHash) => {
      await db.deleteFrom("admin_sessions").where("id_hash", "=", idHash).execute();
    },
    deleteSessionsOf: async (accountId) => {
      const res = await db.deleteFrom("admin_sessions").where("account_id", "=", accountId).executeTakeFirst();
      return Number(res.numDeletedRows);
    },

    events: kyselyAdminEvents(db, appendEvent),
  };
}
