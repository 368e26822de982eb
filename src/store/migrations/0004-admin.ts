/**
 * The control plane: admin accounts, their recovery codes and WebAuthn
 * credentials, sessions (stored by hash) and the admin event log.
 */
import type { Kysely, Migration } from "kysely";

export interface AdminTables {
  admin_accounts: {
    tenant_id: string;
    id: string;
    email: string;
    role: string;
    password_hash: string;
    totp_secret: string | null;
    totp_pending: string | null;
    totp_last_step: number | null;
    failed_attempts: number;
    locked_until: number | null;
    lockouts: number;
    created_at: number;
    disabled_at: number | null;
  };
  admin_recovery_codes: { account_id: string; code_hash: string; created_at: number; used_at: number | null };
  admin_webauthn_credentials: {
    account_id: string;
    id: string;
    public_key: string;
    counter: number;
    transports: string;
    created_at: number;
    last_used_at: number | null;
  };
  admin_sessions: {
    id_hash: string;
    account_id: string;
    tenant_id: string;
    stage: string;
    csrf_hash: string;
    created_at: number;
    last_seen_at: number;
    step_up_at: number | null;
    challenge: string | null;
    challenge_purpose: string | null;
    ip: string;
  };
  admin_events: {
    tenant_id: string;
    seq: number;
    at: number;
    actor: string;
    action: string;
    target: string | null;
    outcome: string;
    ip: string | null;
    detail: string;
  };
}

export const admin: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("admin_accounts")
      .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id"))
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("totp_secret", "text")
      .addColumn("totp_pending", "text")
      .addColumn("totp_last_step", "bigint")
      .addColumn("failed_attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("locked_until", "bigint")
      .addColumn("lockouts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("disabled_at", "bigint")
      .execute();
    await db.schema.createIndex("admin_accounts_tenant").on("admin_accounts").column("tenant_id").execute();
    await db.schema
      .createTable("admin_recovery_codes")
      .addColumn("account_id", "text", (c) => c.notNull().references("admin_accounts.id").onDelete("cascade"))
      .addColumn("code_hash", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("used_at", "bigint")
      .addPrimaryKeyConstraint("admin_recovery_codes_pk", ["account_id", "code_hash"])
      .execute();
    await db.schema
      .createTable("admin_webauthn_credentials")
      .addColumn("account_id", "text", (c) => c.notNull().references("admin_accounts.id").onDelete("cascade"))
      .addColumn("id", "text", (c) => c.notNull())
      .addColumn("public_key", "text", (c) => c.notNull())
      .addColumn("counter", "bigint", (c) => c.notNull())
      .addColumn("transports", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("last_used_at", "bigint")
      .addPrimaryKeyConstraint("admin_webauthn_credentials_pk", ["account_id", "id"])
      .execute();
    await db.schema
      .createTable("admin_sessions")
      .addColumn("id_hash", "text", (c) => c.primaryKey())
      .addColumn("account_id", "text", (c) => c.notNull().references("admin_accounts.id").onDelete("cascade"))
      .addColumn("tenant_id", "text", (c) => c.notNull())
      .addColumn("stage", "text", (c) => c.notNull())
      .addColumn("csrf_hash", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("last_seen_at", "bigint", (c) => c.notNull())
      .addColumn("step_up_at", "bigint")
      .addColumn("challenge", "text")
      .addColumn("challenge_purpose", "text")
      .addColumn("ip", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("admin_sessions_account").on("admin_sessions").column("account_id").execute();
    await db.schema
      .createTable("admin_events")
      .addColumn("tenant_id", "text", (c) => c.notNull())
      .addColumn("seq", "bigint", (c) => c.notNull())
      .addColumn("at", "bigint", (c) => c.notNull())
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("target", "text")
      .addColumn("outcome", "text", (c) => c.notNull())
      .addColumn("ip", "text")
      .addColumn("detail", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("admin_events_pk", ["tenant_id", "seq"])
      .execute();
  },
};
