import type Database from "better-sqlite3";

/** Every connection to the file, the audit writer thread's included: WAL, and waits (not errors) on the write lock. */
export function configureConnection(raw: Database.Database): void {
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("busy_timeout = 5000");
  raw.pragma("foreign_keys = ON");
}
