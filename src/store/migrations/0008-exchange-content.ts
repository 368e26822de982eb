/**
 * The kept text of prompts and responses (retention modes encrypted and
 * redacted), sealed with the keyring; see src/audit/content-store.ts.
 */
import type { Kysely, Migration } from "kysely";

export interface ExchangeContentTable {
  exchange_content: {
    req_id: string;
    /** "request" | "response" */
    part: string;
    tenant_id: string;
    /** ISO time of the exchange. */
    at: string;
    /** "encrypted" | "redacted" */
    mode: string;
    /** Keyring ciphertext (tenant tenant_id, additional data "content:<req_id>:<part>"). */
    sealed: string;
  };
}

export const exchangeContent: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("exchange_content")
      .addColumn("req_id", "text", (c) => c.notNull())
      .addColumn("part", "text", (c) => c.notNull())
      .addColumn("tenant_id", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("mode", "text", (c) => c.notNull())
      .addColumn("sealed", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("exchange_content_pk", ["req_id", "part"])
      .execute();
    // Retention deletes by age.
    await db.schema.createIndex("exchange_content_at").on("exchange_content").column("at").execute();
  },
};
