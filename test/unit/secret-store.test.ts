/**
 * SecretStore and SealedValueStore on every database the Kysely stores run on:
 * provider secrets, the canary, census and rewrap over the sealed-column
 * registry (one transaction, keyset pages, composite keys).
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import type { Kysely } from "kysely";
import { Keyring } from "../../src/crypto/keyring.js";
import { CANARY_AAD, CANARY_TENANT, SECRET_TENANT, secretAad } from "../../src/crypto/sealed-values.js";
import { keyringCanaryColumn, providerSecretsColumn, rewrapColumns, type SealedColumn } from "../../src/store/sealed-columns.js";
import { type OpenedStores, storeBackends } from "../fixtures/store-backends.js";

const newKeyring = () => new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);

for (const backend of storeBackends) {
  describe(`secret store and sealed values (${backend.name})`, { skip: backend.skip }, () => {
    let store: OpenedStores;
    before(async () => {
      store = await backend.open();
    });
    after(() => store.close());

    test("set/get/list/delete round trip; set replaces the value and keeps the creation time", async () => {
      assert.equal(await store.secrets.get("openai"), undefined);
      await store.secrets.set("openai", "sealed-1", 1000);
      await store.secrets.set("anthropic", "sealed-a", 1500);
      await store.secrets.set("openai", "sealed-2", 2000);
      assert.deepEqual(await store.secrets.get("openai"), { name: "openai", sealed: "sealed-2", createdAt: 1000, updatedAt: 2000 });
      assert.deepEqual((await store.secrets.list()).map((s) => s.name), ["anthropic", "openai"]);
      assert.equal(await store.secrets.delete("anthropic"), true);
      assert.equal(await store.secrets.delete("anthropic"), false, "already gone");
      assert.equal(await store.secrets.delete("openai"), true);
      assert.deepEqual(await store.secrets.list(), []);
    });

    test("the canary is written once: a second initCanary returns the first value", async () => {
      assert.equal(await store.sealed.canary(), undefined);
      assert.equal(await store.sealed.initCanary("first"), "first");
      assert.equal(await store.sealed.initCanary("second"), "first");
      assert.equal(await store.sealed.canary(), "first");
    });

    test("census counts per version; rewrap re-seals everything under the active version once", async () => {
      const db = store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await db.deleteFrom("keyring_canary").execute();
      const keyring = newKeyring();
      await store.sealed.initCanary(keyring.seal(CANARY_TENANT, "canary", CANARY_AAD));
      for (const name of ["a", "b", "c"]) await store.secrets.set(name, keyring.seal(SECRET_TENANT, `sk-${name}`, secretAad(name)), 1);
      keyring.rotate();
      const census = await store.sealed.census(keyring);
      assert.equal(census.byVersion.get(1), 4);
      assert.equal(census.needsRewrap, 4);
      assert.equal(await store.sealed.rewrap(keyring), 4);
      assert.equal(await store.sealed.rewrap(keyring), 0, "nothing left to do");
      assert.equal((await store.sealed.census(keyring)).byVersion.get(2), 4);
      for (const name of ["a", "b", "c"]) {
        const s = (await store.secrets.get(name))!;
        assert.match(s.sealed, /^wgk1\.2\./);
        assert.equal(keyring.open(SECRET_TENANT, s.sealed, secretAad(name)).toString(), `sk-${name}`);
      }
    });

    test("rewrap is one transaction: a value that does not open aborts it and nothing is rewritten", async () => {
      const db = store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      const keyring = newKeyring();
      for (const name of ["a", "b", "c"]) await store.secrets.set(name, keyring.seal(SECRET_TENANT, `sk-${name}`, secretAad(name)), 1);
      // The canary, rewrapped after the secrets, is damaged: the secrets' updates must be rolled back.
      const canary = keyring.seal(CANARY_TENANT, "canary", CANARY_AAD);
      await db.updateTable("keyring_canary").set({ sealed: `${canary.slice(0, -4)}AAAA` }).execute();
      keyring.rotate();
      const before = await store.secrets.list();
      await assert.rejects(rewrapColumns(store.db as never, keyring, [providerSecretsColumn, keyringCanaryColumn]), /keyring_canary\.sealed of row 1 does not open/);
      assert.deepEqual(await store.secrets.list(), before, "nothing was written");
      assert.ok(before.every((s) => s.sealed.startsWith("wgk1.1.")));
    });

    test("a composite-key column is rewrapped row by row across pages; a partial key is refused and rolled back", async () => {
      const db = store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await db.schema
        .createTable("t_content")
        .addColumn("req_id", "text", (c) => c.notNull())
        .addColumn("part", "text", (c) => c.notNull())
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("sealed", "text")
        .addPrimaryKeyConstraint("t_content_pk", ["req_id", "part"])
        .execute();
      const keyring = newKeyring();
      const rows = [];
      for (let i = 0; i < 600; i++) for (const part of ["request", "response"]) rows.push({ req_id: `r${i}`, part, tenant_id: "acme", sealed: keyring.seal("acme", `${part} ${i}`, `content:r${i}:${part}`) });
      await db.insertInto("t_content").values(rows).execute();
      const column: SealedColumn = { table: "t_content", idColumn: ["req_id", "part"], column: "sealed", tenant: (r) => String(r.tenant_id), aad: (r) => `content:${String(r.req_id)}:${String(r.part)}` };
      keyring.rotate();
      assert.equal(await rewrapColumns(store.db as never, keyring, [column]), 1200, "every row once, across pages of 500");
      const after = await db.selectFrom("t_content").selectAll().execute();
      for (const r of after) {
        assert.match(String(r.sealed), /^wgk1\.2\./);
        assert.equal(keyring.open("acme", String(r.sealed), `content:${String(r.req_id)}:${String(r.part)}`).toString(), `${String(r.part)} ${String(r.req_id).slice(1)}`);
      }
      keyring.rotate();
      await assert.rejects(rewrapColumns(store.db as never, keyring, [{ ...column, idColumn: "req_id" }]), /idColumn "req_id" matched 2 rows, not 1: it must be the table's primary key/);
      const unchanged = await db.selectFrom("t_content").select("sealed").execute();
      assert.ok(unchanged.every((r) => /^wgk1\.2\./.test(String(r.sealed))), "rolled back: still version 2");
    });
  });
}
