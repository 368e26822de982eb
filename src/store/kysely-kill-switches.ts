/** KillSwitchStore over a Kysely connection (dialect-neutral: SQLite and PostgreSQL): every query is bound to one tenant. */
import type { Kysely } from "kysely";
import type { KillSwitch, KillSwitchScope, KillSwitchStore } from "../incident/kill-switches.js";
import type { Tables } from "./migrations/index.js";

type Row = Tables["kill_switches"];

const fromRow = (r: Row): KillSwitch => ({
  tenantId: r.tenant_id,
  id: r.id,
  scope: r.scope as KillSwitchScope,
  target: r.target,
  reason: r.reason,
  engagedAt: Number(r.engaged_at),
  engagedBy: r.engaged_by,
  liftedAt: r.lifted_at === null ? null : Number(r.lifted_at),
  liftedBy: r.lifted_by,
});

/** `changed` is called after every write: running gateways re-read the tenant's switches on their next request. */
export function kyselyKillSwitchStore(db: Kysely<Tables>, changed: () => void): KillSwitchStore {
  return {
    list: async (tenantId, options = {}) => {
      let q = db.selectFrom("kill_switches").selectAll().where("tenant_id", "=", tenantId).orderBy("engaged_at", "desc").orderBy("id");
      if (!options.includeLifted) q = q.where("lifted_at", "is", null);
      return (await q.execute()).map(fromRow);
    },
    get: async (tenantId, id) => {
      const r = await db.selectFrom("kill_switches").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
      return r ? fromRow(r) : undefined;
    },
    engage: async (s) => {
      await db
        .insertInto("kill_switches")
        .values({
          tenant_id: s.tenantId,
          id: s.id,
          scope: s.scope,
          target: s.target,
          reason: s.reason,
          engaged_at: s.engagedAt,
          engaged_by: s.engagedBy,
          lifted_at: s.liftedAt,
          lifted_by: s.liftedBy,
        })
        .execute();
      changed();
    },
    lift: async (tenantId, id, at, by) => {
      const res = await db
        .updateTable("kill_switches")
        .set({ lifted_at: at, lifted_by: by })
        .where("tenant_id", "=", tenantId)
        .where("id", "=", id)
        .where("lifted_at", "is", null)
        .executeTakeFirst();
      changed();
      return Number(res.numUpdatedRows) > 0;
    },
  };
}
