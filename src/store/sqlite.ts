/**
 * The embedded default store: one SQLite file (WAL mode) through Kysely.
 */
import { chmodSync, existsSync, type FSWatcher, mkdirSync, watch } from "node:fs";
import { basename, dirname } from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { AdminStore } from "../identity/admin/admin-store.js";
import type { KeyStore } from "../identity/key-store.js";
import type { OrgStore } from "../identity/org.js";
import type { TokenStore } from "../identity/tokens-store.js";
import { MigrationError, migrateToLatest, type Tables } from "./migrations/index.js";
import { configureConnection } from "./sqlite-connection.js";
import { sqliteAdminStore } from "./sqlite-admin.js";
import { kyselyKeyStore } from "./kysely-keys.js";
import { kyselyOrgStore } from "./kysely-org.js";
import { kyselyTokenStore } from "./kysely-tokens.js";
import { kyselyPolicyStore } from "./kysely-policies.js";
import type { PolicyStore } from "../policy/policy-store.js";
import type { KillSwitchStore } from "../incident/kill-switches.js";
import { kyselyKillSwitchStore } from "./kysely-kill-switches.js";
import type { AuditStore } from "../audit/audit-store.js";
import { type SqliteAuditStore, sqliteAuditStore } from "./sqlite-audit.js";
import { SqliteAuditThread, withThreadAppends } from "./sqlite-audit-thread.js";
import type { ContentStore } from "../audit/content-store.js";
import { kyselyContentStore } from "./kysely-content.js";
import type { SealedValueStore, SecretStore } from "../crypto/sealed-values.js";
import { kyselySealedValueStore, kyselySecretStore } from "./kysely-secrets.js";
import type { Store } from "./store.js";

/** How long a start waits for another process's migration run on the same file. */
const MIGRATION_LOCK_WAIT_MS = 60_000;

export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  readonly keys: KeyStore;
  readonly org: OrgStore;
  readonly tokens: TokenStore;
  readonly policies: PolicyStore;
  readonly admin: AdminStore;
  readonly killSwitches: KillSwitchStore;
  readonly audit: SqliteAuditStore;
  readonly content: ContentStore;
  readonly secrets: SecretStore;
  readonly sealed: SealedValueStore;
  /** The Kysely connection, for the other sqlite-*.ts store modules. */
  readonly db: Kysely<Tables>;
  private readonly raw: Database.Database;
  /**
   * Moves whenever the database may have changed: on this connection's own
   * writes to what decides access, when the file system reports a write to
   * the database or its WAL and data_version shows another connection's
   * commit (inotify: sub-millisecond), and — as a safety net where
   * file notifications are unavailable — when a once-a-second poll of
   * SQLite's data_version sees another connection's commit. Reading
   * data_version on every request would cost three system calls each.
   */
  private generation = 0;
  private readonly dataVersion: Database.Statement;
  private lastDataVersion: number;
  private readonly watcher: FSWatcher | undefined;
  private readonly poll: NodeJS.Timeout;
  private recheck: NodeJS.Timeout | undefined;
  private accessGeneration: Database.Statement | undefined;
  private lastAccessGeneration: number | undefined;
  /** The database file (undefined in memory): the audit writer's thread opens its own connection to it. */
  readonly file: string | undefined;

  private constructor(raw: Database.Database, path: string) {
    this.raw = raw;
    this.file = path === ":memory:" ? undefined : path;
    this.db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: raw }) });
    this.dataVersion = raw.prepare("PRAGMA data_version").pluck();
    this.lastDataVersion = this.dataVersion.get() as number;
    const changed = () => {
      this.generation++;
    };
    this.keys = kyselyKeyStore(this.db, changed, () => String(this.generation));
    this.org = kyselyOrgStore(this.db, changed);
    this.tokens = kyselyTokenStore(this.db);
    this.policies = kyselyPolicyStore(this.db, changed);
    // Audit writes move no change token: they decide nothing about access.
    this.audit = sqliteAuditStore(this.db, raw);
    this.admin = sqliteAdminStore(this.db, this.audit);
    this.killSwitches = kyselyKillSwitchStore(this.db, changed);
    this.content = kyselyContentStore(this.db);
    this.secrets = kyselySecretStore(this.db);
    this.sealed = kyselySealedValueStore(this.db);
    if (path !== ":memory:") {
      const file = basename(path);
      try {
        this.watcher = watch(dirname(path), { persistent: false }, (_event, name) => {
          if (!name || name.startsWith(file)) this.checkSoon();
        });
        this.watcher.on("error", () => undefined);
      } catch {
        this.watcher = undefined; // the poll below still catches changes
      }
    }
    this.poll = setInterval(() => this.checkDataVersion(), 1000).unref();
  }

  /**
   * A write to the files, by anyone. This connection's own writes do not move
   * data_version (and move the token themselves when they matter: audit
   * appends, many a second, must not drop every cache); another connection's
   * commit does. The commit may become visible a moment after the write that
   * signalled it, so look again shortly after.
   */
  private checkSoon(): void {
    this.checkDataVersion();
    this.recheck ??= setTimeout(() => {
      this.recheck = undefined;
      this.checkDataVersion();
    }, 5).unref();
  }

  private checkDataVersion(): void {
    try {
      const v = this.dataVersion.get() as number;
      if (v === this.lastDataVersion) return;
      this.lastDataVersion = v;
      // Someone else committed. Only a change to what decides access moves the token: the
      // triggers of migration 0010 count those, so the audit writer's thread (a connection of
      // its own, committing many times a second) and last-use flushes drop no cache.
      const gen = this.readAccessGeneration();
      if (gen === undefined || gen !== this.lastAccessGeneration) {
        this.lastAccessGeneration = gen;
        this.generation++;
      }
    } catch {
      this.generation++; // cannot tell: assume changed
    }
  }

  /** The triggers' counter, or undefined when it cannot be read (then every commit counts). */
  private readAccessGeneration(): number | undefined {
    try {
      this.accessGeneration ??= this.raw.prepare("SELECT gen FROM access_generation WHERE id = 1").pluck();
      const g = this.accessGeneration.get();
      return g === undefined ? undefined : Number(g);
    } catch {
      return undefined;
    }
  }

  /** Opens (creating if needed) the database file and brings its schema up to date (unless `migrate: false`). */
  static async open(path: string, options: { migrate?: boolean } = {}): Promise<SqliteStore> {
    if (path !== ":memory:") {
      const dir = dirname(path);
      if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
    }
    const raw = new Database(path);
    if (path !== ":memory:") chmodSync(path, 0o600);
    configureConnection(raw);
    const store = new SqliteStore(raw, path);
    if (options.migrate !== false) await store.migrate();
    return store;
  }

  /**
   * Returns the migrations it ran (none: up to date). Kysely's migrator takes
   * no lock on SQLite, so a `serve` and a CLI command starting together on a
   * fresh file both saw nothing applied and both created the tables. As on
   * PostgreSQL (an advisory lock, then one transaction that reads the applied
   * list and applies the rest), the whole run is one `BEGIN IMMEDIATE`
   * transaction: the write lock is held before the applied list is read, so
   * whoever waited for it finds the work done; a failed migration rolls the
   * run back. Nothing else uses this connection while the store is opening
   * (the only time this runs), so the migrator's statements are the
   * transaction's. The wait for another process's run is longer than the
   * connection's usual busy timeout: a first start may apply every migration.
   */
  async migrate(): Promise<string[]> {
    const busyTimeout = this.raw.pragma("busy_timeout", { simple: true }) as number;
    this.raw.pragma(`busy_timeout = ${MIGRATION_LOCK_WAIT_MS}`);
    let ran: string[];
    try {
      this.raw.exec("BEGIN IMMEDIATE");
      try {
        ran = await migrateToLatest(this.db);
        this.raw.exec("COMMIT");
      } catch (err) {
        if (this.raw.inTransaction) this.raw.exec("ROLLBACK");
        throw err;
      }
    } catch (err) {
      if (err instanceof MigrationError) throw err;
      throw new MigrationError(undefined, err); // the lock could not be had: busy past the wait, read-only file…
    } finally {
      this.raw.pragma(`busy_timeout = ${busyTimeout}`);
    }
    this.lastAccessGeneration = this.readAccessGeneration();
    this.lastDataVersion = this.dataVersion.get() as number;
    return ran;
  }

  offThreadAudit(): { audit: AuditStore; close(): Promise<void> } | undefined {
    if (!this.file) return undefined;
    const thread = new SqliteAuditThread(this.file);
    return { audit: withThreadAppends(this.audit, thread), close: () => thread.close() };
  }

  changeToken(): string {
    return String(this.generation);
  }

  async ping(): Promise<void> {
    this.raw.prepare("SELECT 1").get();
  }

  async close(): Promise<void> {
    clearInterval(this.poll);
    clearTimeout(this.recheck);
    this.watcher?.close();
    await this.db.destroy();
  }
}
