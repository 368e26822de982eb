import type Database from "better-sqlite3";

/** Every connection to the file, the audit writer thread's included: WAL, and waits (not errors) on the write lock. */
export function configureConnection(raw: Database.Database): void {
  // The timeout first: switching a fresh file to WAL needs a lock another process may hold.
  raw.pragma("busy_timeout = 5000");
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
}
