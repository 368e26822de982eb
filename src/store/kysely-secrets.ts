/** SecretStore and SealedValueStore over a Kysely connection (dialect-neutral: SQLite and PostgreSQL). */
import type { Kysely } from "kysely";
import type { Keyring } from "../crypto/keyring.js";
import type { SealedValueStore, SecretStore, StoredSecret } from "../crypto/sealed-values.js";
import type { Tables } from "./migrations/index.js";
import { censusOf, rewrapColumns, SEALED_COLUMNS } from "./sealed-columns.js";

const fromRow = (r: Tables["secrets"]): StoredSecret => ({ name: r.name, sealed: r.sealed, createdAt: Number(r.created_at), updatedAt: Number(r.updated_at) });

export function kyselySecretStore(db: Kysely<Tables>): SecretStore {
  return {
    get: async (name) => {
      const r = await db.selectFrom("secrets").selectAll().where("name", "=", name).executeTakeFirst();
      return r ? fromRow(r) : undefined;
    },
    list: async () => (await db.selectFrom("secrets").selectAll().orderBy("name").execute()).map(fromRow),
    set: async (name, sealed, now) => {
      await db
        .insertInto("secrets")
        .values({ name, sealed, created_at: now, updated_at: now })
        .onConflict((oc) => oc.column("name").doUpdateSet({ sealed, updated_at: now }))
        .execute();
    },
    delete: async (name) => {
      const r = await db.deleteFrom("secrets").where("name", "=", name).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}

export function kyselySealedValueStore(db: Kysely<Tables>): SealedValueStore {
  return {
    census: (keyring: Keyring) => censusOf(db as Kysely<unknown>, keyring, SEALED_COLUMNS),
    rewrap: (keyring: Keyring) => rewrapColumns(db as Kysely<unknown>, keyring, SEALED_COLUMNS),
    canary: async () => (await db.selectFrom("keyring_canary").select("sealed").where("id", "=", 1).executeTakeFirst())?.sealed,
    initCanary: async (sealed) => {
      await db.insertInto("keyring_canary").values({ id: 1, sealed, created_at: Date.now() }).onConflict((oc) => oc.column("id").doNothing()).execute();
      return (await db.selectFrom("keyring_canary").select("sealed").where("id", "=", 1).executeTakeFirstOrThrow()).sealed;
    },
  };
}
