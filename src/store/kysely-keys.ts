/** KeyStore over a Kysely connection (dialect-neutral: SQLite and PostgreSQL). */
import type { Kysely } from "kysely";
import type { KeyRecord, KeyStore } from "../identity/key-store.js";
import type { Tables } from "./migrations/index.js";

type KeyRow = Tables["gateway_keys"];

function toRow(k: KeyRecord): KeyRow {
  return {
    id: k.id,
    name: k.name,
    tenant_id: k.tenantId,
    principal: k.principal,
    secret_hash: k.secretHash,
    models: JSON.stringify(k.models),
    routes: JSON.stringify(k.routes),
    ip_allow: JSON.stringify(k.ipAllow),
    expires_at: k.expiresAt,
    revoked_at: k.revokedAt,
    created_at: k.createdAt,
    last_used_at: k.lastUsedAt,
    last_used_ip: k.lastUsedIp,
    rotated_from: k.rotatedFrom,
  };
}

const num = (v: number | null) => (v === null ? null : Number(v));

function fromRow(r: KeyRow): KeyRecord {
  return {
    id: r.id,
    name: r.name,
    tenantId: r.tenant_id,
    principal: r.principal,
    secretHash: r.secret_hash,
    models: JSON.parse(r.models) as string[],
    routes: JSON.parse(r.routes) as string[],
    ipAllow: JSON.parse(r.ip_allow) as string[],
    expiresAt: num(r.expires_at),
    revokedAt: num(r.revoked_at),
    createdAt: Number(r.created_at),
    lastUsedAt: num(r.last_used_at),
    lastUsedIp: r.last_used_ip,
    rotatedFrom: r.rotated_from,
  };
}

/** `changed` is called after every write that can change what authentication decides. */
export function kyselyKeyStore(db: Kysely<Tables>, changed: () => void, changeToken: () => string): KeyStore {
  return {
    insert: async (key) => {
      await db.insertInto("gateway_keys").values(toRow(key)).execute();
      changed();
    },
    get: async (id) => {
      const row = await db.selectFrom("gateway_keys").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    list: async (options = {}) => {
      let q = db.selectFrom("gateway_keys").selectAll().orderBy("created_at", "asc").orderBy("id", "asc");
      if (!options.includeRevoked) q = q.where("revoked_at", "is", null);
      if (options.principal) q = q.where("principal", "=", options.principal);
      if (options.tenant !== undefined) q = q.where("tenant_id", "=", options.tenant);
      return (await q.execute()).map(fromRow);
    },
    revoke: async (id, at, options = {}) => {
      let q = db.updateTable("gateway_keys").set({ revoked_at: at }).where("id", "=", id).where("revoked_at", "is", null);
      if (options.tenant !== undefined) q = q.where("tenant_id", "=", options.tenant);
      const res = await q.executeTakeFirst();
      changed();
      return Number(res.numUpdatedRows) > 0;
    },
    setExpiry: async (id, expiresAt, options = {}) => {
      let q = db.updateTable("gateway_keys").set({ expires_at: expiresAt }).where("id", "=", id).where("revoked_at", "is", null);
      if (options.tenant !== undefined) q = q.where("tenant_id", "=", options.tenant);
      const res = await q.executeTakeFirst();
      changed();
      return Number(res.numUpdatedRows) > 0;
    },
    recordUse: async (uses) => {
      if (!uses.length) return;
      await db.transaction().execute(async (tx) => {
        for (const u of uses) {
          await tx
            .updateTable("gateway_keys")
            .set({ last_used_at: u.at, last_used_ip: u.ip })
            .where("id", "=", u.id)
            .where((eb) => eb.or([eb("last_used_at", "is", null), eb("last_used_at", "<", u.at)]))
            .execute();
        }
      });
    },
    changeToken,
  };
}
