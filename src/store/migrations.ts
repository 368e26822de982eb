/**
 * Schema migrations, in order. Written against Kysely's schema builder so the
 * same list serves SQLite now and PostgreSQL later. Never edit a migration
 * that has shipped: add a new one.
 */
import type { Kysely, Migration, MigrationProvider } from "kysely";

const migrations: Record<string, Migration> = {
  "0001_gateway_keys": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("gateway_keys")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text")
        .addColumn("principal", "text", (c) => c.notNull())
        .addColumn("secret_hash", "text", (c) => c.notNull())
        .addColumn("models", "text", (c) => c.notNull())
        .addColumn("routes", "text", (c) => c.notNull())
        .addColumn("ip_allow", "text", (c) => c.notNull())
        .addColumn("expires_at", "bigint")
        .addColumn("revoked_at", "bigint")
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("gateway_keys_principal").on("gateway_keys").column("principal").execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};

/** Row shapes, as Kysely sees the tables. */
export interface Tables {
  gateway_keys: {
    id: string;
    name: string | null;
    principal: string;
    secret_hash: string;
    models: string;
    routes: string;
    ip_allow: string;
    expires_at: number | null;
    revoked_at: number | null;
    created_at: number;
  };
}
