/**
 * What is particular to PostgreSQL: the migrations on a fresh database (and
 * several nodes migrating at once), int8 read as exact numbers, and failing
 * closed when the server cannot be reached. The domain stores' behaviour is
 * tested on both databases in their own files (test/fixtures/store-backends.ts).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { Keyring } from "../../src/crypto/keyring.js";
import { SECRET_TENANT, secretAad } from "../../src/crypto/sealed-values.js";
import { migrationProvider } from "../../src/store/migrations/index.js";
import { parseInt8, PostgresStore } from "../../src/store/postgres.js";
import { providerSecretsColumn, rewrapColumns } from "../../src/store/sealed-columns.js";
import { freshDatabase, pgSkip, type TestDatabase } from "../fixtures/postgres.js";
import { startTcpProxy } from "../fixtures/tcp-proxy.js";
import { waitFor } from "../fixtures/wait.js";

/** Every registered migration's name, in order (the count moves as migrations are added). */

/** Every table the migrations create on PostgreSQL (access_generation: by 0012 here, by 0010 on SQLite). */
const TABLES = [
  "access_generation",
  "admin_accounts",
  "admin_events",
  "admin_recovery_codes",
  "admin_sessions",
  "admin_unknown_signins",
  "admin_webauthn_credentials",
  "audit_checkpoints",
  "audit_events",
  "audit_signing_key",
  "audit_sink_cursors",
  "audit_state",
  "exchange_content",
  "gateway_keys",
  "gateway_tokens",
  "keyring_canary",
  "kill_switches",
  "policies",
  "principals",
  "secrets",
  "teams",
  "tenants",
];

/** Every registered migration, in order: all of them run on PostgreSQL (the SQLite-only ones as no-ops). */
const migrationNames = async () => Object.keys(await migrationProvider.getMigrations()).sort();

describe("parseInt8", () => {
  test("reads bigint text as a number while a number holds it exactly, and refuses beyond", () => {
    assert.equal(parseInt8("1795681042707"), 1795681042707);
    assert.equal(parseInt8("-5"), -5);
    assert.equal(parseInt8(String(Number.MAX_SAFE_INTEGER)), Number.MAX_SAFE_INTEGER);
    assert.throws(() => parseInt8("9007199254740993"), /bigint 9007199254740993 is outside the range a number holds exactly/);
    assert.throws(() => parseInt8("9223372036854775807"), /outside the range/);
  });
});

describe("PostgreSQL store", { skip: pgSkip }, () => {
  let database: TestDatabase;
  let store: PostgresStore;
  before(async () => {
    database = await freshDatabase("pgstore");
    store = await PostgresStore.open(database.url, { poolSize: 2 });
  });
  after(async () => {
    await store?.close();
    await database?.drop();
  });

  test("every migration runs: the tables exist, and all are recorded", async () => {
    const { rows } = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_%' ORDER BY table_name`.execute(store.db);
    assert.deepEqual(rows.map((r) => r.table_name), TABLES);
    const { rows: done } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(store.db);
    assert.deepEqual(done.map((r) => r.name), await migrationNames());
    assert.ok(await store.org.getTenant("default"), "0002's default tenant");
  });

  test("0011: the audit log's leaf index is bigint, so a log may pass 2^31 events", async () => {
    const { rows } = await sql<{ column_name: string; data_type: string }>`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'audit_events' AND column_name = 'idx'`.execute(store.db);
    assert.deepEqual(rows, [{ column_name: "idx", data_type: "bigint" }]);
  });

  test("migrating again changes nothing", async () => {
    assert.deepEqual(await store.migrate(), [], "nothing left to run");
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM tenants`.execute(store.db);
    assert.equal(rows[0]!.n, 1);
  });

  test("bigint columns come back as numbers, not strings", async () => {
    const t = await store.org.ensureTenant("acme");
    assert.equal(typeof t.createdAt, "number");
    const row = await store.db.selectFrom("tenants").select("created_at").where("id", "=", "acme").executeTakeFirstOrThrow();
    assert.equal(typeof row.created_at, "number");
  });

  test("a bigint a number cannot hold makes the read fail (closed), not round", async () => {
    await sql`INSERT INTO kill_switches (tenant_id, id, scope, target, reason, engaged_at, engaged_by) VALUES ('big', 'ks', 'model', 'x', 'r', 9223372036854775807, 'me')`.execute(store.db);
    await assert.rejects(store.killSwitches.list("big"), /outside the range a number holds exactly/);
    await sql`DELETE FROM kill_switches WHERE tenant_id = 'big'`.execute(store.db);
  });

  test("rewrap never writes back a stale value over a concurrent change: it fails instead (serializable)", async () => {
    const keyring = new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
    await store.secrets.set("race", keyring.seal(SECRET_TENANT, "old", secretAad("race")), 1);
    keyring.rotate();
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      // Another writer changes the value and holds its row lock while rewrap reads the old one.
      await other.query("BEGIN");
      await other.query("UPDATE secrets SET sealed = $1 WHERE name = 'race'", [keyring.seal(SECRET_TENANT, "new", secretAad("race"))]);
      const rewrap = rewrapColumns(store.db as never, keyring, [providerSecretsColumn]);
      const outcome = rewrap.then(
        () => "done",
        (err: Error) => err.message,
      );
      // Commit only once rewrap is blocked on the row lock (a fixed sleep races it on a busy machine).
      const blocked = async () => {
        const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(store.db);
        return rows[0]!.n > 0;
      };
      await waitFor(blocked, { what: "rewrap waiting on the locked row" });
      await other.query("COMMIT");
      assert.match(await outcome, /could not serialize access/);
    } finally {
      await other.end();
    }
    const stored = (await store.secrets.get("race"))!.sealed;
    assert.equal(keyring.open(SECRET_TENANT, stored, secretAad("race")).toString(), "new", "the concurrent change survives");
    await store.secrets.delete("race");
  });

  test("ping answers on an open store", async () => {
    await store.ping();
  });
});

describe("PostgreSQL store, several nodes and no server", { skip: pgSkip }, () => {
  test("nodes starting together on a fresh database migrate it once (Kysely's advisory lock)", async () => {
    const database = await freshDatabase("pgnodes");
    const stores: PostgresStore[] = [];
    try {
      stores.push(...(await Promise.all([1, 2, 3].map(() => PostgresStore.open(database.url, { poolSize: 2 })))));
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM kysely_migration`.execute(stores[0]!.db);
      assert.equal(rows[0]!.n, (await migrationNames()).length);
      assert.equal((await stores[2]!.org.listTenants()).length, 1);
    } finally {
      for (const s of stores) await s.close();
      await database.drop();
    }
  });

  test("a connection lost mid-query rejects that query and does not crash the process", async () => {
    const database = await freshDatabase("pglost");
    const target = new URL(database.url);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    const store = await PostgresStore.open(viaProxy.toString(), { poolSize: 2, accessWatch: { resyncMs: 60_000 } });
    try {
      const slow = sql`SELECT pg_sleep(30)`.execute(store.db).then(
        () => "answered",
        (err: Error) => err.message,
      );
      await waitFor(
        async () => {
          const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'SELECT pg_sleep%'`.execute(store.db);
          return rows[0]!.n > 0;
        },
        { what: "the slow query running" },
      );
      proxy.cut();
      // Before the fix the checked-out client's 'error' event had no listener: an uncaught exception.
      assert.match(await slow, /Connection terminated/);
      proxy.restore();
      await waitFor(() => store.ping().then(() => true, () => false), { what: "the store answering again" });
    } finally {
      await store.close();
      await proxy.close();
      await database.drop();
    }
  });

  test("open rejects promptly when the server cannot be reached", async () => {
    const started = Date.now();
    await assert.rejects(PostgresStore.open("postgres://postgres@127.0.0.1:1/none", { connectTimeoutMs: 1000 }), /cannot migrate the store: .*ECONNREFUSED/);
    assert.ok(Date.now() - started < 3000);
  });
});
