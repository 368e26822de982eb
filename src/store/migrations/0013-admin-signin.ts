/**
 * Admin sign-in hardening (issue 13):
 * - `admin_accounts.last_attempt_at`: lockout state left alone for a day is
 *   forgotten (identity/admin/lockout.ts), for accounts as for unknown e-mails;
 * - `admin_accounts.enrolment_token_hash`/`_expires_at`: the one-time token an
 *   account without TOTP needs, with its password, to start enrolment;
 * - `admin_unknown_signins`: the lockout state of e-mails with no account, so
 *   they behave like accounts across restarts and processes. Keyed by a keyed
 *   hash of the e-mail (never the e-mail), and each row expires.
 */
import type { Kysely, Migration } from "kysely";

export interface AdminSigninTables {
  admin_accounts: {
    last_attempt_at: number | null;
    enrolment_token_hash: string | null;
    enrolment_token_expires_at: number | null;
  };
  admin_unknown_signins: {
    key_hash: string;
    failed_attempts: number;
    locked_until: number | null;
    lockouts: number;
    last_attempt_at: number | null;
    expires_at: number;
  };
}

export const adminSignin: Migration = {
  async up(db: Kysely<unknown>) {
    // One column per statement: SQLite's ALTER TABLE adds one at a time.
    await db.schema.alterTable("admin_accounts").addColumn("last_attempt_at", "bigint").execute();
    await db.schema.alterTable("admin_accounts").addColumn("enrolment_token_hash", "text").execute();
    await db.schema.alterTable("admin_accounts").addColumn("enrolment_token_expires_at", "bigint").execute();
    await db.schema
      .createTable("admin_unknown_signins")
      .addColumn("key_hash", "text", (c) => c.primaryKey())
      .addColumn("failed_attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("locked_until", "bigint")
      .addColumn("lockouts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_attempt_at", "bigint")
      .addColumn("expires_at", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("admin_unknown_signins_expiry").on("admin_unknown_signins").column("expires_at").execute();
  },
};
