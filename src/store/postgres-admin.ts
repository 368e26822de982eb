/** PostgreSQL's part of the admin store: appending an admin event (the rest is kysely-admin.ts). */
import { type Kysely, sql } from "kysely";
import type { AdminStore } from "../identity/admin/admin-store.js";
import { type AdminEventAppend, auditCopy, kyselyAdminStore } from "./kysely-admin.js";
import type { Tables } from "./migrations/index.js";
import type { PostgresAuditStore } from "./postgres-audit.js";

function postgresAdminEventAppend(db: Kysely<Tables>, audit: PostgresAuditStore): AdminEventAppend {
  return (e) =>
    db.transaction().execute(async (tx) => {
      // The audit log's lock first: it serialises every admin event (and audit append) across processes,
      // so the max(seq) read below cannot be another writer's too; the event and its audit copy commit together.
      await audit.lockWithin(tx);
      const { last } = await tx
        .selectFrom("admin_events")
        .select(sql<number | null>`max(seq)`.as("last"))
        .where("tenant_id", "=", e.tenantId)
        .executeTakeFirstOrThrow();
      const seq = Number(last ?? 0) + 1;
      const detail = JSON.stringify(e.detail);
      await tx
        .insertInto("admin_events")
        .values({ tenant_id: e.tenantId, seq, at: e.at, actor: e.actor, action: e.action, target: e.target, outcome: e.outcome, ip: e.ip, detail })
        .execute();
      await audit.appendWithin(tx, [auditCopy(e, seq, detail)]);
      return seq;
    });
}

export function postgresAdminStore(db: Kysely<Tables>, audit: PostgresAuditStore): AdminStore {
  return kyselyAdminStore(db, postgresAdminEventAppend(db, audit));
}
