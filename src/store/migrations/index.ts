/**
 * Schema migrations, in order, one file each. Written against Kysely's schema
 * builder so the same list serves SQLite now and PostgreSQL later. Never edit
 * a migration that has shipped: add a new one (and register it here).
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import { type GatewayKeysTable, gatewayKeys } from "./0001-gateway-keys.js";
import { type OrganisationTables, organisation } from "./0002-organisation.js";
import { type GatewayTokensTable, gatewayTokens } from "./0003-tokens.js";
import { type PoliciesTable, policies } from "./0005-policies.js";
import { type AdminTables, admin } from "./0004-admin.js";
import { type KillSwitchesTable, killSwitches } from "./0006-kill-switches.js";
import { type AuditTables, audit } from "./0007-audit.js";
import { type ExchangeContentTable, exchangeContent } from "./0008-exchange-content.js";
import { type SecretsTables, secrets } from "./0009-secrets.js";
import { type AccessGenerationTable, accessGeneration } from "./0010-access-generation.js";
import { postgresAuditBigint } from "./0011-postgres-audit-bigint.js";
import { postgresAccessNotify } from "./0012-postgres-access-notify.js";
import { type AdminSigninTables, adminSignin } from "./0013-admin-signin.js";

const migrations: Record<string, Migration> = {
  "0001_gateway_keys": gatewayKeys,
  "0002_organisation": organisation,
  "0003_tokens": gatewayTokens,
  "0004_admin": admin,
  "0005_policies": policies,
  "0006_kill_switches": killSwitches,
  "0007_audit": audit,
  "0008_exchange_content": exchangeContent,
  "0009_secrets": secrets,
  "0010_access_generation": accessGeneration,
  "0011_postgres_audit_bigint": postgresAuditBigint,
  "0012_postgres_access_notify": postgresAccessNotify,
  "0013_admin_signin": adminSignin,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};

/** Migrating failed: `migration` names the migration, or is undefined when none could start (no connection). */
export class MigrationError extends Error {
  constructor(
    readonly migration: string | undefined,
    cause: unknown,
  ) {
    const why = (cause as Error)?.message ?? String(cause);
    super(migration ? `store migration ${migration} failed: ${why}` : `cannot migrate the store: ${why}`);
    this.name = "MigrationError";
  }
}

/**
 * Brings a store's schema up to date (SQLite and PostgreSQL alike) and
 * returns the names of the migrations it ran, in order (none: up to date).
 */
export async function migrateToLatest(db: Kysely<Tables>): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw new MigrationError(results?.find((r) => r.status === "Error")?.migrationName, error);
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Row shapes, as Kysely sees the tables: one interface per migration file. */
export type Tables = GatewayKeysTable & OrganisationTables & GatewayTokensTable & AdminTables & PoliciesTable & KillSwitchesTable & AuditTables & ExchangeContentTable & SecretsTables & AccessGenerationTable & AdminSigninTables;
