/**
 * The tamper-evident audit log (src/audit): events as the leaves of an RFC
 * 6962 Merkle tree, the tree's running state, signed checkpoints, the
 * checkpoint signing key (sealed by the keyring) and the sinks' cursors.
 *
 * Types are PostgreSQL-ready: `bytea` is PostgreSQL's binary type and SQLite
 * stores a Buffer in it unchanged. `idx` is `integer` so that in SQLite it is
 * the rowid itself (no second index on the hot append path).
 */
import { type Kysely, type Migration, sql } from "kysely";

export interface AuditTables {
  audit_events: {
    /** 0-based leaf index. */
    idx: number;
    /** Copy of body.at (ISO, milliseconds), for time filters. */
    at: string;
    /** Copies of body.tenant and body.kind, for filters. */
    tenant_id: string;
    kind: string;
    /** The JCS canonical JSON of the event: exactly the leaf's bytes (UTF-8). */
    body: string;
    /** hashLeaf(utf8(body)), 32 bytes, computed at append. */
    leaf_hash: Buffer;
  };
  audit_state: {
    /** Always 1: one row. */
    id: number;
    size: number;
    /** JSON array of the hex hashes of the Frontier's compact range. */
    frontier: string;
    root: Buffer;
  };
  audit_checkpoints: {
    size: number;
    root: Buffer;
    at: string;
    /** The signed note (C2SP checkpoint), cosignatures included. */
    note: string;
  };
  audit_signing_key: {
    id: number;
    name: string;
    verifier_key: string;
    /** The `PRIVATE+KEY+…` string sealed by the keyring (tenant "default", aad "audit-signing-key"). */
    private_sealed: string;
  };
  audit_sink_cursors: {
    name: string;
    next_idx: number;
  };
}

export const audit: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("audit_events")
      .addColumn("idx", "integer", (c) => c.primaryKey())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("tenant_id", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("leaf_hash", "bytea", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("audit_events_tenant").on("audit_events").columns(["tenant_id", "idx"]).execute();
    await db.schema.createIndex("audit_events_at").on("audit_events").column("at").execute();
    await db.schema
      .createTable("audit_state")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("size", "bigint", (c) => c.notNull())
      .addColumn("frontier", "text", (c) => c.notNull())
      .addColumn("root", "bytea", (c) => c.notNull())
      .addCheckConstraint("audit_state_one_row", sql`id = 1`)
      .execute();
    await db.schema
      .createTable("audit_checkpoints")
      .addColumn("size", "bigint", (c) => c.primaryKey())
      .addColumn("root", "bytea", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("note", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("audit_signing_key")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("verifier_key", "text", (c) => c.notNull())
      .addColumn("private_sealed", "text", (c) => c.notNull())
      .addCheckConstraint("audit_signing_key_one_row", sql`id = 1`)
      .execute();
    await db.schema
      .createTable("audit_sink_cursors")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("next_idx", "bigint", (c) => c.notNull())
      .execute();
  },
};
