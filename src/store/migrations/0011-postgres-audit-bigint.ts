/**
 * PostgreSQL only: audit_events.idx as bigint. 0007 made it `integer` so that
 * in SQLite it is the rowid (already 64-bit there); on PostgreSQL `integer` is
 * int4, and a log past 2^31 events would stop accepting appends. The other
 * columns holding indexes or sizes (audit_state.size, audit_checkpoints.size,
 * audit_sink_cursors.next_idx, admin_events.seq) are bigint already.
 * No-op on SQLite.
 */
import { type Kysely, type Migration, PostgresAdapter } from "kysely";

export const postgresAuditBigint: Migration = {
  async up(db: Kysely<unknown>) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    await db.schema
      .alterTable("audit_events")
      .alterColumn("idx", (c) => c.setDataType("bigint"))
      .execute();
  },
};
