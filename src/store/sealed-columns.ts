/**
 * Every column holding keyring-sealed values, in one registry: `wardgate
 * crypto status|rewrap|retire` work over exactly this list, so a column
 * missing here would be stranded when its master version is retired.
 * Adding a sealed column is one entry in SEALED_COLUMNS (export the
 * descriptor from the store file that owns the table).
 */
import { type Kysely, SqliteAdapter, sql } from "kysely";
import { CANARY_AAD, CANARY_TENANT, type SealedCensus, SECRET_TENANT, secretAad } from "../crypto/sealed-values.js";
import type { Keyring } from "../crypto/keyring.js";
import { totpAad } from "../identity/admin/admin-store.js";
import { auditSealedColumns } from "./audit-rows.js";
import { exchangeContentSealedColumn } from "./kysely-content.js";

type Row = Record<string, unknown>;
// Table and column names come from the registry, not from input: the queries are built dynamically.
type AnyDb = Kysely<Record<string, Row>>;

export interface SealedColumn {
  table: string;
  /** The whole primary key: one column, or several (e.g. `["req_id", "part"]`); rewrap refuses an update that matches more than one row. */
  idColumn: string | readonly string[];
  /** The sealed column; NULL means "no value". */
  column: string;
  /** The tenant the value was sealed for, from its row. */
  tenant(row: Row): string;
  /** The owner id it was sealed with, from its row. */
  aad(row: Row): string;
}

/** The canary (store/migrations/0009-secrets.ts). */
export const keyringCanaryColumn: SealedColumn = { table: "keyring_canary", idColumn: "id", column: "sealed", tenant: () => CANARY_TENANT, aad: () => CANARY_AAD };

/** Upstream provider credentials (`wardgate secrets set`). */
export const providerSecretsColumn: SealedColumn = { table: "secrets", idColumn: "name", column: "sealed", tenant: () => SECRET_TENANT, aad: (r) => secretAad(String(r.name)) };

/** TOTP seeds of admin accounts, enrolled and pending, each bound to its account's tenant. */
const seedAad = (r: Row) => totpAad(String(r.id));
export const totpSecretColumn: SealedColumn = { table: "admin_accounts", idColumn: "id", column: "totp_secret", tenant: (r) => String(r.tenant_id), aad: seedAad };
export const totpPendingColumn: SealedColumn = { table: "admin_accounts", idColumn: "id", column: "totp_pending", tenant: (r) => String(r.tenant_id), aad: seedAad };

export const SEALED_COLUMNS: readonly SealedColumn[] = [
  keyringCanaryColumn,
  providerSecretsColumn,
  // The audit log's Ed25519 signing key (store/audit-rows.ts) and kept prompt/response text (store/kysely-content.ts).
  ...auditSealedColumns,
  exchangeContentSealedColumn,
  totpSecretColumn,
  totpPendingColumn,
];

const PAGE = 500;

const ids = (c: SealedColumn): readonly string[] => (typeof c.idColumn === "string" ? [c.idColumn] : c.idColumn);
export const columnName = (c: SealedColumn) => `${c.table}.${c.column}`;

/** Every row of a sealed column with a value, in primary-key pages (keyset, so a million rows stay cheap). */
async function* rows(db: AnyDb, c: SealedColumn): AsyncGenerator<Row[]> {
  const key = ids(c);
  let after: unknown[] | undefined;
  for (;;) {
    let q = db.selectFrom(c.table).selectAll().where(c.column, "is not", null);
    if (after) {
      const last = after;
      q = q.where(() => sql<boolean>`(${sql.join(key.map((k) => sql.ref(k)))}) > (${sql.join(last)})`);
    }
    for (const k of key) q = q.orderBy(k);
    const page = await q.limit(PAGE).execute();
    if (page.length === 0) return;
    yield page;
    const lastRow = page[page.length - 1]!;
    after = key.map((k) => lastRow[k]);
    if (page.length < PAGE) return;
  }
}

/** Counts stored values per master version over `columns` (default: the whole registry). */
export async function censusOf(db: Kysely<unknown>, keyring: Keyring, columns: readonly SealedColumn[] = SEALED_COLUMNS): Promise<SealedCensus> {
  const known = new Map(keyring.versions().map((v) => [v.version, v.keyId]));
  const census: SealedCensus = { byVersion: new Map(), unreadable: 0, legacy: 0, needsRewrap: 0, columns: [] };
  for (const c of columns) {
    const col = { name: columnName(c), total: 0, needsRewrap: 0 };
    for await (const page of rows(db as unknown as AnyDb, c)) {
      for (const r of page) {
        const value = String(r[c.column]);
        col.total++;
        let by: ReturnType<Keyring["sealedBy"]>;
        try {
          by = keyring.sealedBy(value);
        } catch {
          census.unreadable++; // not a sealed value at all: nothing can open it
          col.needsRewrap++;
          continue;
        }
        if (by.format === "wgsb1") census.legacy++;
        const readable = by.version !== undefined && known.get(by.version) === by.keyId;
        if (!readable) census.unreadable++;
        if (by.version !== undefined) census.byVersion.set(by.version, (census.byVersion.get(by.version) ?? 0) + 1);
        if (keyring.needsRewrap(value)) col.needsRewrap++;
      }
    }
    census.needsRewrap += col.needsRewrap;
    census.columns.push(col);
  }
  return census;
}

/**
 * Runs `fn` in one write transaction; any error rolls everything back. A
 * concurrent writer must not invalidate what was read (rewrap writes back
 * values it read earlier): SQLite's BEGIN IMMEDIATE takes the write lock at
 * once; elsewhere (PostgreSQL) the transaction is SERIALIZABLE, so a row
 * changed by someone else meanwhile fails it instead of being overwritten
 * with a stale value (READ COMMITTED, the default, would lose that update).
 */
export async function inWriteTransaction<T>(db: Kysely<unknown>, fn: (trx: Kysely<unknown>) => Promise<T>): Promise<T> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  return db.connection().execute(async (conn) => {
    await (sqlite ? sql`begin immediate` : sql`begin isolation level serializable`).execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn);
      throw err;
    }
  });
}

/**
 * Rewraps every value over `columns` that is not sealed by the active
 * version, in one transaction; the first value that does not open aborts it
 * (the error names the column and row, never the value). Plaintexts never
 * leave the keyring.
 */
export async function rewrapColumns(db: Kysely<unknown>, keyring: Keyring, columns: readonly SealedColumn[] = SEALED_COLUMNS): Promise<number> {
  return inWriteTransaction(db, async (trx) => {
    const t = trx as unknown as AnyDb;
    let rewritten = 0;
    for (const c of columns) {
      for await (const page of rows(t, c)) {
        const updates: { row: Row; value: string }[] = [];
        for (const r of page) {
          const value = String(r[c.column]);
          let needs: boolean;
          try {
            needs = keyring.needsRewrap(value);
            if (needs) updates.push({ row: r, value: keyring.rewrap(c.tenant(r), value, c.aad(r)) });
          } catch (err) {
            const id = ids(c).map((k) => String(r[k])).join("/");
            throw new Error(`rewrap: ${columnName(c)} of row ${id} does not open: ${(err as Error).message}`);
          }
        }
        for (const u of updates) {
          let q = t.updateTable(c.table).set({ [c.column]: u.value });
          for (const k of ids(c)) q = q.where(k, "=", u.row[k]);
          const { numUpdatedRows } = await q.executeTakeFirstOrThrow();
          // An idColumn that is not the whole primary key would overwrite other rows' values: refuse (and roll back).
          if (Number(numUpdatedRows) !== 1) throw new Error(`rewrap: ${columnName(c)}: idColumn ${JSON.stringify(c.idColumn)} matched ${numUpdatedRows} rows, not 1: it must be the table's primary key`);
        }
        rewritten += updates.length;
      }
    }
    return rewritten;
  });
}
