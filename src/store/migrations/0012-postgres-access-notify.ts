/**
 * PostgreSQL's counterpart of 0010: a counter that moves on every committed
 * change to what decides access, kept by triggers so that no writer (another
 * node, the CLI, a hand edit) can change access without moving it, plus a
 * NOTIFY on channel `wardgate_access` carrying the new value. NOTIFY is
 * delivered at commit (and dropped on rollback), so a node that hears it reads
 * committed data; store/postgres-access-watch.ts listens, and re-reads the
 * counter every second in case a notification is lost.
 *
 * Statement-level triggers: one bump per statement, not per row (a bulk purge
 * of expired tokens is one bump). They also fire for a statement that changed
 * no row: a spurious bump only costs a cache reload. TRUNCATE counts too (a
 * hand `TRUNCATE gateway_keys` changes access; SQLite has no TRUNCATE).
 *
 * The bump takes the counter row's lock until commit, so access writers
 * serialize (admin writes: rare); that is the price of a counter a resync can
 * compare. PostgreSQL only: a no-op on SQLite, where 0010 does this.
 */
import { type Kysely, type Migration, PostgresAdapter, sql } from "kysely";

export const ACCESS_CHANNEL = "wardgate_access";

/** As in 0010 (copied, not imported: a shipped migration must not change under this one). */
const WHOLE_TABLES = ["tenants", "teams", "principals", "gateway_tokens", "policies", "kill_switches"];
/** gateway_keys' columns that decide access: not last_used_at/_ip, written on every use. */
const KEY_COLUMNS = "name, principal, secret_hash, models, routes, ip_allow, expires_at, revoked_at, tenant_id, rotated_from";

export const postgresAccessNotify: Migration = {
  async up(db: Kysely<unknown>) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    // 0010 made this table on SQLite only; IF NOT EXISTS keeps the migration safe on a hand-prepared database.
    await sql`CREATE TABLE IF NOT EXISTS access_generation (id integer PRIMARY KEY, gen bigint NOT NULL)`.execute(db);
    await sql`INSERT INTO access_generation (id, gen) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`.execute(db);
    await sql
      .raw(`CREATE OR REPLACE FUNCTION wardgate_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE g bigint;
BEGIN
  UPDATE access_generation SET gen = gen + 1 WHERE id = 1 RETURNING gen INTO g;
  PERFORM pg_notify('${ACCESS_CHANNEL}', g::text);
  RETURN NULL;
END $$`)
      .execute(db);
    const on: [string, string][] = WHOLE_TABLES.map((t) => [t, "INSERT OR UPDATE OR DELETE OR TRUNCATE"]);
    on.push(["gateway_keys", `INSERT OR DELETE OR TRUNCATE OR UPDATE OF ${KEY_COLUMNS}`]);
    for (const [table, events] of on) {
      await sql
        .raw(`CREATE TRIGGER access_notify_${table} AFTER ${events} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION wardgate_access_changed()`)
        .execute(db);
    }
  },
};
