/**
 * A counter that moves on every committed change to what decides access
 * (tenants, teams, principals, keys, tokens, policies, kill switches), kept by
 * triggers so that no writer — another process, the CLI, a hand edit — can
 * change access without moving it. A gateway's caches watch it: a commit that
 * touches only the audit log, kept content or last-use times (many a second,
 * some from the audit writer's own thread) leaves it alone and drops nothing.
 *
 * SQLite only: PostgreSQL (issue 6) signals the same changes with NOTIFY.
 */
import { type Kysely, type Migration, SqliteAdapter, sql } from "kysely";

export interface AccessGenerationTable {
  access_generation: { id: number; gen: number };
}

/** Tables whose every change matters, and gateway_keys' columns that do (not last_used_at/_ip). */
const WHOLE_TABLES = ["tenants", "teams", "principals", "gateway_tokens", "policies", "kill_switches"];
const KEY_COLUMNS = "name, principal, secret_hash, models, routes, ip_allow, expires_at, revoked_at, tenant_id, rotated_from";
const BUMP = "UPDATE access_generation SET gen = gen + 1 WHERE id = 1;";

export const accessGeneration: Migration = {
  async up(db: Kysely<unknown>) {
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
    await db.schema
      .createTable("access_generation")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("gen", "bigint", (c) => c.notNull())
      .execute();
    await sql`INSERT INTO access_generation (id, gen) VALUES (1, 0)`.execute(db);
    const triggers: [string, string, string][] = [];
    for (const t of WHOLE_TABLES) for (const op of ["INSERT", "UPDATE", "DELETE"]) triggers.push([`${t}_${op.toLowerCase()}`, `AFTER ${op} ON ${t}`, t]);
    triggers.push(["gateway_keys_insert", "AFTER INSERT ON gateway_keys", "gateway_keys"]);
    triggers.push(["gateway_keys_delete", "AFTER DELETE ON gateway_keys", "gateway_keys"]);
    triggers.push(["gateway_keys_update", `AFTER UPDATE OF ${KEY_COLUMNS} ON gateway_keys`, "gateway_keys"]);
    for (const [name, when] of triggers) {
      await sql.raw(`CREATE TRIGGER access_generation_${name} ${when} BEGIN ${BUMP} END`).execute(db);
    }
  },
};
