/** TokenStore over a Kysely connection (dialect-neutral: SQLite and PostgreSQL). */
import type { Kysely } from "kysely";
import type { TokenRecord, TokenStore } from "../identity/tokens-store.js";
import type { Tables } from "./migrations/index.js";

type TokenRow = Tables["gateway_tokens"];

function fromRow(r: TokenRow): TokenRecord {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    keyId: r.key_id,
    principal: r.principal,
    secretHash: r.secret_hash,
    models: JSON.parse(r.models) as string[],
    routes: JSON.parse(r.routes) as string[],
    expiresAt: Number(r.expires_at),
    createdAt: Number(r.created_at),
  };
}

/**
 * Inserting a token changes no existing decision (a new id is never cached),
 * so writes here do not move the change token: minting does not flush the
 * authenticators' caches.
 */
export function kyselyTokenStore(db: Kysely<Tables>): TokenStore {
  return {
    insert: async (t) => {
      await db
        .insertInto("gateway_tokens")
        .values({
          id: t.id,
          tenant_id: t.tenantId,
          key_id: t.keyId,
          principal: t.principal,
          secret_hash: t.secretHash,
          models: JSON.stringify(t.models),
          routes: JSON.stringify(t.routes),
          expires_at: t.expiresAt,
          created_at: t.createdAt,
        })
        .execute();
    },
    get: async (id) => {
      const row = await db.selectFrom("gateway_tokens").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    deleteExpired: async (before) => {
      const res = await db.deleteFrom("gateway_tokens").where("expires_at", "<", before).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}
