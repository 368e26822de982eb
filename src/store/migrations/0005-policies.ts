/** Access policy rules managed outside the config file (admin API), one row per rule, per tenant. */
import type { Kysely, Migration } from "kysely";

export interface PoliciesTable {
  policies: {
    tenant_id: string;
    id: string;
    /** The rule as JSON, validated on write and again on every load. */
    document: string;
    created_at: number;
    updated_at: number;
  };
}

export const policies: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("policies")
      .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id"))
      .addColumn("id", "text", (c) => c.notNull())
      .addColumn("document", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("updated_at", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint("policies_pk", ["tenant_id", "id"])
      .execute();
  },
};
