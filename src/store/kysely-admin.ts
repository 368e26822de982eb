/**
 * AdminStore over a Kysely connection (dialect-neutral: SQLite and
 * PostgreSQL). Only appending an admin event differs per database: it takes
 * that database's write lock to number the event and mirrors it into the
 * audit log in the same transaction (sqlite-admin.ts, postgres-admin.ts).
 */
import { type Kysely, PostgresAdapter } from "kysely";
import type { AuditEventInput } from "../audit/log.js";
import type {
  AccountPatch,
  AdminAccount,
  AdminEvent,
  AdminEventStore,
  AdminRole,
  AdminSession,
  AdminStore,
  NewAdminEvent,
  SessionStage,
  WebAuthnCredentialRecord,
} from "../identity/admin/admin-store.js";
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
  failedAttempts: Number(r.failed_attempts),
  lockedUntil: num(r.locked_until),
  lockouts: Number(r.lockouts),
  createdAt: Number(r.created_at),
  disabledAt: num(r.disabled_at),
});

const COLUMNS: Record<keyof AccountPatch, keyof AccountRow> = {
  role: "role",
  passwordHash: "password_hash",
  totpSecret: "totp_secret",
  totpPending: "totp_pending",
  totpLastStep: "totp_last_step",
  failedAttempts: "failed_attempts",
  lockedUntil: "locked_until",
  lockouts: "lockouts",
  disabledAt: "disabled_at",
};

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
          failed_attempts: a.failedAttempts,
          locked_until: a.lockedUntil,
          lockouts: a.lockouts,
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
      const set: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(patch)) {
        if (v !== undefined) set[COLUMNS[k as keyof AccountPatch]] = v;
      }
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
    recordFailure: async (tenantId, id, decide) =>
      // Attempts are counted one by one: on SQLite the transaction holds this process's one connection (and the
      // write lock once it writes); on PostgreSQL the row is locked as it is read (FOR UPDATE), else two racing
      // attempts would both read the same count (READ COMMITTED) and one would be lost.
      db.transaction().execute(async (tx) => {
        const r = await tx
          .selectFrom("admin_accounts")
          .selectAll()
          .where("tenant_id", "=", tenantId)
          .where("id", "=", id)
          .$if(rowLocks, (q) => q.forUpdate())
          .executeTakeFirst();
        if (!r) return undefined;
        const patch = decide(account(r));
        const set: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(patch)) if (v !== undefined) set[COLUMNS[k as keyof AccountPatch]] = v;
        if (Object.keys(set).length) await tx.updateTable("admin_accounts").set(set).where("tenant_id", "=", tenantId).where("id", "=", id).execute();
        return patch;
      }),

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
