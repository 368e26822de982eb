/** OrgStore over a Kysely connection (dialect-neutral: SQLite and PostgreSQL): every query is bound to one tenant. */
import type { Kysely } from "kysely";
import type { OrgStore, PrincipalKind, PrincipalRecord, Team, Tenant } from "../identity/org.js";
import type { Tables } from "./migrations/index.js";

const tenant = (r: Tables["tenants"]): Tenant => ({ id: r.id, name: r.name, createdAt: Number(r.created_at) });
const team = (r: Tables["teams"]): Team => ({ tenantId: r.tenant_id, id: r.id, name: r.name, createdAt: Number(r.created_at) });
const principal = (r: Tables["principals"]): PrincipalRecord => ({
  tenantId: r.tenant_id,
  id: r.id,
  kind: r.kind as PrincipalKind,
  teamId: r.team_id,
  roles: JSON.parse(r.roles) as string[],
  createdAt: Number(r.created_at),
  disabledAt: r.disabled_at === null ? null : Number(r.disabled_at),
});

export function kyselyOrgStore(db: Kysely<Tables>, changed: () => void): OrgStore {
  const getTenant = async (id: string) => {
    const r = await db.selectFrom("tenants").selectAll().where("id", "=", id).executeTakeFirst();
    return r ? tenant(r) : undefined;
  };
  return {
    getTenant,
    ensureTenant: async (id, name) => {
      await db
        .insertInto("tenants")
        .values({ id, name: name ?? id, created_at: Date.now() })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
      return (await getTenant(id))!;
    },
    listTenants: async () => (await db.selectFrom("tenants").selectAll().orderBy("id").execute()).map(tenant),

    createTeam: async (t) => {
      await db.insertInto("teams").values({ tenant_id: t.tenantId, id: t.id, name: t.name, created_at: t.createdAt }).execute();
    },
    getTeam: async (tenantId, id) => {
      const r = await db.selectFrom("teams").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
      return r ? team(r) : undefined;
    },
    listTeams: async (tenantId) => (await db.selectFrom("teams").selectAll().where("tenant_id", "=", tenantId).orderBy("id").execute()).map(team),
    deleteTeam: async (tenantId, id) => {
      return db.transaction().execute(async (tx) => {
        const res = await tx.deleteFrom("teams").where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
        if (Number(res.numDeletedRows) === 0) return false;
        await tx.updateTable("principals").set({ team_id: null }).where("tenant_id", "=", tenantId).where("team_id", "=", id).execute();
        changed();
        return true;
      });
    },

    putPrincipal: async (p) => {
      const row = {
        tenant_id: p.tenantId,
        id: p.id,
        kind: p.kind,
        team_id: p.teamId,
        roles: JSON.stringify(p.roles),
        created_at: p.createdAt,
        disabled_at: p.disabledAt,
      };
      await db
        .insertInto("principals")
        .values(row)
        .onConflict((oc) => oc.columns(["tenant_id", "id"]).doUpdateSet({ kind: row.kind, team_id: row.team_id, roles: row.roles, disabled_at: row.disabled_at }))
        .execute();
      changed();
    },
    getPrincipal: async (tenantId, id) => {
      const r = await db.selectFrom("principals").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
      return r ? principal(r) : undefined;
    },
    listPrincipals: async (tenantId, options = {}) => {
      let q = db.selectFrom("principals").selectAll().where("tenant_id", "=", tenantId).orderBy("id");
      if (options.teamId !== undefined) q = q.where("team_id", "=", options.teamId);
      if (!options.includeDisabled) q = q.where("disabled_at", "is", null);
      return (await q.execute()).map(principal);
    },
    disablePrincipal: async (tenantId, id, at) => {
      const res = await db
        .updateTable("principals")
        .set({ disabled_at: at })
        .where("tenant_id", "=", tenantId)
        .where("id", "=", id)
        .where("disabled_at", "is", null)
        .executeTakeFirst();
      changed();
      return Number(res.numUpdatedRows) > 0;
    },
  };
}
