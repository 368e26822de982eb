/**
 * The PostgreSQL store (issue 6): the same migrations and the same Kysely
 * domain stores as SQLite (store/kysely-*.ts: dialect-neutral Kysely code),
 * over a pg pool; the audit log and the admin events' numbering take
 * PostgreSQL's row locks (postgres-audit.ts, postgres-admin.ts), so several
 * processes and nodes can share one database. Appends run on the pool: there
 * is no off-thread writer (the work is the server's, not this thread's).
 */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { migrateToLatest, type Tables } from "./migrations/index.js";
import { kyselyContentStore } from "./kysely-content.js";
import { kyselyKeyStore } from "./kysely-keys.js";
import { kyselyKillSwitchStore } from "./kysely-kill-switches.js";
import { kyselyOrgStore } from "./kysely-org.js";
import { kyselyPolicyStore } from "./kysely-policies.js";
import { kyselySealedValueStore, kyselySecretStore } from "./kysely-secrets.js";
import { kyselyTokenStore } from "./kysely-tokens.js";
import { postgresAdminStore } from "./postgres-admin.js";
import { type PostgresAuditStore, postgresAuditStore } from "./postgres-audit.js";
import { AccessWatch, type AccessWatchOptions } from "./postgres-access-watch.js";
import type { Store } from "./store.js";

const INT8 = 20;

/**
 * pg returns `bigint` (int8) as a string, since it may exceed a JS number. Every
 * bigint column here holds milliseconds or counts, so read it as a number, and
 * refuse (fail closed) a value a number cannot hold exactly rather than round
 * it. Set per pool, not through pg's global `types`, so other pg users in the
 * process are not affected.
 */
export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`store: bigint ${text} is outside the range a number holds exactly`);
  return n;
}

const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8 && format !== "binary") return parseInt8;
    return pg.types.getTypeParser(oid, format as "text");
  },
};

export interface PostgresStoreOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** How long to wait for a connection before the query fails (default 5000 ms; pg's own default waits forever). */
  connectTimeoutMs?: number;
  /** How long one query may wait for its answer before it fails (default 30000 ms). */
  queryTimeoutMs?: number;
  /** Bring the schema up to date on open (default true; `wardgate migrate` opens without, then migrates and reports). */
  migrate?: boolean;
  /** Hearing other nodes' access changes (LISTEN/NOTIFY + resync); see postgres-access-watch.ts. */
  accessWatch?: AccessWatchOptions;
}

export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  readonly db: Kysely<Tables>;
  readonly keys: Store["keys"];
  readonly org: Store["org"];
  readonly tokens: Store["tokens"];
  readonly policies: Store["policies"];
  readonly killSwitches: Store["killSwitches"];
  readonly secrets: Store["secrets"];
  readonly sealed: Store["sealed"];
  readonly admin: Store["admin"];
  readonly audit: PostgresAuditStore;
  readonly content: Store["content"];
  /** Moves on this process's own access-relevant writes, at once (other nodes': accessWatch). */
  private generation = 0;
  /** Other nodes' (and the CLI's, and hand edits') access changes; its healthy() is for readiness. */
  accessWatch: AccessWatch | undefined;

  private constructor(pool: pg.Pool) {
    this.db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    const changed = () => {
      this.generation++;
    };
    this.keys = kyselyKeyStore(this.db, changed, () => this.changeToken());
    this.org = kyselyOrgStore(this.db, changed);
    this.tokens = kyselyTokenStore(this.db);
    this.policies = kyselyPolicyStore(this.db, changed);
    this.killSwitches = kyselyKillSwitchStore(this.db, changed);
    this.secrets = kyselySecretStore(this.db);
    this.sealed = kyselySealedValueStore(this.db);
    // Audit writes move no change token: they decide nothing about access.
    this.audit = postgresAuditStore(this.db);
    this.admin = postgresAdminStore(this.db, this.audit);
    this.content = kyselyContentStore(this.db);
  }

  /** Connects to `url` (postgres://…) and brings the schema up to date (unless `migrate: false`). */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    // A bounded wait for a connection: an unreachable server fails requests (closed) instead of queueing them forever.
    // A bounded wait for an answer too: a server that stops answering without closing the connection (a
    // network partition) would otherwise hold a request forever. Generous, since migrations run through it.
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      query_timeout: options.queryTimeoutMs ?? 30_000,
      keepAlive: true,
      types,
    });
    // An idle client's error (server restart) must not crash the process: the pool drops that client.
    pool.on("error", () => undefined);
    // A checked-out client (Kysely holds one per query or transaction) has no 'error' listener of the pool's:
    // a connection lost mid-query would be an uncaught exception. The query itself is rejected and the
    // client is dropped on release (it is no longer queryable), so the event needs no handling of its own.
    pool.on("connect", (client) => client.on("error", () => undefined));
    const store = new PostgresStore(pool);
    if (options.migrate === false) return store;
    try {
      await store.migrate();
      store.accessWatch = await AccessWatch.start(url, pool, options.accessWatch);
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  /** Kysely's migrator takes an advisory lock on PostgreSQL: nodes starting together migrate once. Returns the migrations it ran. */
  async migrate(): Promise<string[]> {
    return migrateToLatest(this.db);
  }

  changeToken(): string {
    return this.accessWatch ? `${this.generation}.${this.accessWatch.token()}` : String(this.generation);
  }

  async ping(): Promise<void> {
    await this.db.selectNoFrom((eb) => eb.val(1).as("one")).execute();
  }

  async close(): Promise<void> {
    await this.accessWatch?.close();
    await this.db.destroy();
  }
}
