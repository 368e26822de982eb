/** ContentStore over a Kysely connection (dialect-neutral: SQLite and PostgreSQL). */
import type { Kysely } from "kysely";
import { type ContentPart, type ContentStore, contentAad, type StoredContent, type StoredContentMode } from "../audit/content-store.js";
import type { Tables } from "./migrations/index.js";

type Row = Tables["exchange_content"];

const fromRow = (r: Row): StoredContent => ({
  reqId: r.req_id,
  part: r.part as ContentPart,
  tenantId: r.tenant_id,
  at: r.at,
  mode: r.mode as StoredContentMode,
  sealed: r.sealed,
});

/**
 * The sealed column, for `wardgate crypto rewrap/retire/status` (a SealedColumn
 * of src/store/sealed-columns.ts: add it to SEALED_COLUMNS).
 */
export const exchangeContentSealedColumn = {
  table: "exchange_content",
  idColumn: ["req_id", "part"] as const,
  column: "sealed",
  tenant: (row: Record<string, unknown>) => String(row.tenant_id),
  aad: (row: Record<string, unknown>) => contentAad(String(row.req_id), String(row.part) as ContentPart),
};

export function kyselyContentStore(db: Kysely<Tables>): ContentStore {
  return {
    put: async (rows) => {
      if (rows.length === 0) return;
      const values = rows.map((r) => ({ req_id: r.reqId, part: r.part, tenant_id: r.tenantId, at: r.at, mode: r.mode, sealed: r.sealed }));
      await db.transaction().execute(async (tx) => {
        // SQLite caps bound parameters per statement (PostgreSQL at 65535); 6 columns × 100 rows stays well under both.
        for (let i = 0; i < values.length; i += 100) {
          await tx
            .insertInto("exchange_content")
            .values(values.slice(i, i + 100))
            .onConflict((oc) => oc.columns(["req_id", "part"]).doUpdateSet((eb) => ({
              tenant_id: eb.ref("excluded.tenant_id"),
              at: eb.ref("excluded.at"),
              mode: eb.ref("excluded.mode"),
              sealed: eb.ref("excluded.sealed"),
            })))
            .execute();
        }
      });
    },
    get: async (tenantId, reqId) =>
      (await db.selectFrom("exchange_content").selectAll().where("tenant_id", "=", tenantId).where("req_id", "=", reqId).orderBy("part").execute()).map(fromRow),
    deleteBefore: async (at) => {
      const res = await db.deleteFrom("exchange_content").where("at", "<", at).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}
