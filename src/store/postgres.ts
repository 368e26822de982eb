/**
 * The PostgreSQL store (issue 6): the same migrations and the same Kysely
 * domain stores as SQLite (store/kysely-*.ts: dialect-neutral Kysely code),
 * over a pg pool; the audit log and the admin events' numbering take
 * PostgreSQL's row locks (postgres-audit.ts, postgres-admin.ts), so several
 * processes and nodes can share one database. Appends run on the pool: there
 * is no off-thread writer (the work is the server's, not this thread's).
 *
 * The query timeout counts only time this process was responsive (issue 14,
 * core/loop-deadline.ts): a stalled event loop is not a dead server. A query
 * that does time out closes its connection, so a query still running (or a
 * server that stopped answering) does not hold up the next user of that
 * connection; the pool opens a new one.
 */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { CEILING_FACTOR, withLoopDeadline } from "../core/loop-deadline.js";
import { processLoop } from "../core/loop-monitor.js";
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
  /** How long one query may wait for its answer before it fails, not counting time this process was stalled (default 30000 ms). */
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
  /** Lets go of the process's loop monitor (core/loop-monitor.ts) on close. */
  private releaseLoop: () => void = () => undefined;

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
    const queryTimeoutMs = options.queryTimeoutMs ?? 30_000;
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      // pg's own timeout, in wall time, only as the hard ceiling: loopAwareQueries() applies the real one.
      query_timeout: queryTimeoutMs * CEILING_FACTOR,
      keepAlive: true,
      types,
    });
    // An idle client's error (server restart) must not crash the process: the pool drops that client.
    pool.on("error", () => undefined);
    // A checked-out client (Kysely holds one per query or transaction) has no 'error' listener of the pool's:
    // a connection lost mid-query would be an uncaught exception. The query itself is rejected and the
    // client is dropped on release (it is no longer queryable), so the event needs no handling of its own.
    pool.on("connect", (client) => {
      client.on("error", () => undefined);
      loopAwareQueries(client, queryTimeoutMs);
    });
    const store = new PostgresStore(pool);
    store.releaseLoop = processLoop.acquire();
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
    try {
      await this.accessWatch?.close();
      await this.db.destroy();
    } finally {
      this.releaseLoop();
    }
  }
}

/**
 * Gives a pooled client's promise-returning queries (Kysely's only kind) a
 * timeout that does not count this process's stalls. One that runs out ends
 * the client: the query may still be running on the server, and pg would
 * otherwise queue the next user's queries behind it; an ended client leaves
 * the pool when released. Callback and cursor queries keep pg's own timeout
 * (the ceiling).
 */
function loopAwareQueries(client: pg.PoolClient, timeoutMs: number): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const end = () => void client.end().catch(() => undefined);
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const r = query(...args);
    return r instanceof Promise ? withLoopDeadline(r, "query", { timeoutMs }, end) : r;
  };
}
