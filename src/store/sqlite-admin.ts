/** SQLite's part of the admin store: appending an admin event (the rest is kysely-admin.ts). */
import type Database from "better-sqlite3";
import type { Kysely } from "kysely";
import type { AdminStore } from "../identity/admin/admin-store.js";
import { type AdminEventAppend, auditCopy, kyselyAdminStore } from "./kysely-admin.js";
import type { Tables } from "./migrations/index.js";
import type { SqliteAuditStore } from "./sqlite-audit.js";

function sqliteAdminEventAppend(audit: SqliteAuditStore): AdminEventAppend {
  let insert: Database.Statement | undefined;
  let lastSeq: Database.Statement<[string], number | null> | undefined;
  return (e) =>
    // One write transaction: the next seq is read and written together (two appends never share a
    // number), and the event is mirrored into the audit log in the same commit, or neither is written.
    audit.writeTransaction(() => {
      const raw = audit.raw;
      insert ??= raw.prepare("INSERT INTO admin_events (tenant_id, seq, at, actor, action, target, outcome, ip, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      lastSeq ??= raw.prepare<[string], number | null>("SELECT max(seq) FROM admin_events WHERE tenant_id = ?").pluck();
      const seq = Number(lastSeq.get(e.tenantId) ?? 0) + 1;
      const detail = JSON.stringify(e.detail);
      insert.run(e.tenantId, seq, e.at, e.actor, e.action, e.target, e.outcome, e.ip, detail);
      audit.appendWithin([auditCopy(e, seq, detail)]);
      return seq;
    });
}

export function sqliteAdminStore(db: Kysely<Tables>, audit: SqliteAuditStore): AdminStore {
  return kyselyAdminStore(db, sqliteAdminEventAppend(audit));
}
