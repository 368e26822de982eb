/**
 * Short-lived gateway tokens, minted from a gateway key: stored hashed, bound
 * to the key they were minted from.
 */
import type { Kysely, Migration } from "kysely";

export interface GatewayTokensTable {
  gateway_tokens: {
    id: string;
    tenant_id: string;
    key_id: string;
    principal: string;
    secret_hash: string;
    models: string;
    routes: string;
    expires_at: number;
    created_at: number;
  };
}

export const gatewayTokens: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("gateway_tokens")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("tenant_id", "text", (c) => c.notNull())
      .addColumn("key_id", "text", (c) => c.notNull().references("gateway_keys.id"))
      .addColumn("principal", "text", (c) => c.notNull())
      .addColumn("secret_hash", "text", (c) => c.notNull())
      .addColumn("models", "text", (c) => c.notNull())
      .addColumn("routes", "text", (c) => c.notNull())
      .addColumn("expires_at", "bigint", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("gateway_tokens_key").on("gateway_tokens").column("key_id").execute();
    await db.schema.createIndex("gateway_tokens_expires").on("gateway_tokens").column("expires_at").execute();
  },
};
