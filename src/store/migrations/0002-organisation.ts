/**
 * Tenants → teams → principals, and the key columns that tie a key to its
 * tenant and record its use and rotation. Keys issued before this migration
 * belong to the "default" tenant.
 */
import { type Kysely, type Migration, sql } from "kysely";

export interface OrganisationTables {
  tenants: { id: string; name: string; created_at: number };
  teams: { tenant_id: string; id: string; name: string; created_at: number };
  principals: {
    tenant_id: string;
    id: string;
    kind: string;
    team_id: string | null;
    roles: string;
    created_at: number;
    disabled_at: number | null;
  };
}

export const organisation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("tenants")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("teams")
      .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id"))
      .addColumn("id", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint("teams_pk", ["tenant_id", "id"])
      .execute();
    await db.schema
      .createTable("principals")
      .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id"))
      .addColumn("id", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("team_id", "text")
      .addColumn("roles", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("disabled_at", "bigint")
      .addPrimaryKeyConstraint("principals_pk", ["tenant_id", "id"])
      .execute();
    await db.schema
      .alterTable("gateway_keys")
      .addColumn("tenant_id", "text", (c) => c.notNull().defaultTo("default"))
      .execute();
    await db.schema.alterTable("gateway_keys").addColumn("last_used_at", "bigint").execute();
    await db.schema.alterTable("gateway_keys").addColumn("last_used_ip", "text").execute();
    await db.schema.alterTable("gateway_keys").addColumn("rotated_from", "text").execute();
    await db.schema.createIndex("gateway_keys_tenant").on("gateway_keys").columns(["tenant_id", "principal"]).execute();
    // Every tenant a key already names exists, and so does the default tenant.
    const now = Date.now();
    await sql`INSERT INTO tenants (id, name, created_at) VALUES ('default', 'default', ${now})`.execute(db);
  },
};
