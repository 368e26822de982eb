import type { Kysely, Migration } from "kysely";

export interface GatewayKeysTable {
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
    // added by 0002
    tenant_id: string;
    last_used_at: number | null;
    last_used_ip: string | null;
    rotated_from: string | null;
  };
}

export const gatewayKeys: Migration = {
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
};
