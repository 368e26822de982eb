/** Kill switches engaged by administrators, per tenant; lifted ones are kept (lifted_at) for the record. */
import type { Kysely, Migration } from "kysely";

export interface KillSwitchesTable {
  kill_switches: {
    tenant_id: string;
    id: string;
    scope: string;
    target: string;
    reason: string;
    engaged_at: number;
    engaged_by: string;
    lifted_at: number | null;
    lifted_by: string | null;
  };
}

export const killSwitches: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("kill_switches")
      .addColumn("tenant_id", "text", (c) => c.notNull())
      .addColumn("id", "text", (c) => c.notNull())
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("target", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("engaged_at", "bigint", (c) => c.notNull())
      .addColumn("engaged_by", "text", (c) => c.notNull())
      .addColumn("lifted_at", "bigint")
      .addColumn("lifted_by", "text")
      .addPrimaryKeyConstraint("kill_switches_pk", ["tenant_id", "id"])
      .execute();
  },
};
