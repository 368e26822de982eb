/** PolicyStore over a Kysely connection (dialect-neutral: SQLite and PostgreSQL): every query is bound to one tenant. */
import type { Kysely } from "kysely";
import type { PolicyStore, StoredPolicy } from "../policy/policy-store.js";
import type { Tables } from "./migrations/index.js";

type Row = Tables["policies"];

function fromRow(r: Row): StoredPolicy {
  let document: unknown;
  try {
    document = JSON.parse(r.document);
  } catch {
    document = null; // fails validation on load: the tenant's policy fails closed
  }
  return { tenantId: r.tenant_id, id: r.id, document, createdAt: Number(r.created_at), updatedAt: Number(r.updated_at) };
}

/** `changed` is called after every write: running gateways rebuild the tenant's policy. */
export function kyselyPolicyStore(db: Kysely<Tables>, changed: () => void): PolicyStore {
  return {
    list: async (tenantId) =>
      (await db.selectFrom("policies").selectAll().where("tenant_id", "=", tenantId).orderBy("id").execute()).map(fromRow),
    get: async (tenantId, id) => {
      const r = await db.selectFrom("policies").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
      return r ? fromRow(r) : undefined;
    },
    put: async (tenantId, rule, at = Date.now()) => {
      if (rule.tenant !== tenantId) throw new Error(`policy ${rule.id}: its tenant "${rule.tenant}" is not "${tenantId}"`);
      const document = JSON.stringify(rule);
      await db
        .insertInto("policies")
        .values({ tenant_id: tenantId, id: rule.id, document, created_at: at, updated_at: at })
        .onConflict((oc) => oc.columns(["tenant_id", "id"]).doUpdateSet({ document, updated_at: at }))
        .execute();
      changed();
    },
    delete: async (tenantId, id) => {
      const res = await db.deleteFrom("policies").where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
      changed();
      return Number(res.numDeletedRows) > 0;
    },
  };
}
