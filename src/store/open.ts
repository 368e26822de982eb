/**
 * Opens the store a config names: SQLite (`store: sqlite:<path>`, or the
 * default file under dataDir) or PostgreSQL (`store: postgres://…` or
 * `postgresql://…`). The PostgreSQL module (and pg) is imported only when
 * used, so a SQLite gateway never loads it.
 */
import { postgresUrl, sqlitePath } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { SqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

/** `migrate: false` opens without bringing the schema up to date (`wardgate migrate` does it itself, to report). */
export async function openStore(config: Config, options: { migrate?: boolean } = {}): Promise<Store> {
  const url = postgresUrl(config);
  if (url === undefined) return SqliteStore.open(sqlitePath(config), options);
  const { PostgresStore } = await import("./postgres.js");
  try {
    return await PostgresStore.open(url, options);
  } catch (err) {
    throw withoutSecrets(err, url);
  }
}

/**
 * The error with the URL's password (and any password-like query parameter)
 * masked in its message: a driver's message may quote the connection string,
 * and this one reaches terminals and logs.
 */
export function withoutSecrets(err: unknown, url: string): Error {
  const e = err instanceof Error ? err : new Error(String(err));
  const secrets = new Set<string>();
  try {
    const u = new URL(url);
    if (u.password) {
      secrets.add(u.password);
      secrets.add(decodeURIComponent(u.password));
    }
    for (const [k, v] of u.searchParams) if (/pass/i.test(k) && v) secrets.add(v);
  } catch {
    secrets.add(url); // unparsable: mask it whole
  }
  let message = e.message;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) message = message.split(s).join("***");
  e.message = message;
  if (e.stack) e.stack = [...secrets].reduce((st, s) => st.split(s).join("***"), e.stack);
  return e;
}
