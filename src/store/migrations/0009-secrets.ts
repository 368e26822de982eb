/**
 * Upstream provider credentials, stored sealed by the keyring (config
 * `apiKey: { secret: <name> }`), and the keyring canary: one value sealed at
 * first start so a wrong master key is recognised before anything is written.
 */
import type { Kysely, Migration } from "kysely";

export interface SecretsTables {
  secrets: {
    name: string;
    /** keyring-sealed, tenant "default", aad "secret:<name>" */
    sealed: string;
    created_at: number;
    updated_at: number;
  };
  keyring_canary: {
    id: number;
    /** keyring-sealed constant, tenant "default", aad "keyring-canary" */
    sealed: string;
    created_at: number;
  };
}

export const secrets: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("secrets")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("sealed", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("updated_at", "bigint", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("keyring_canary")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("sealed", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .execute();
  },
};
