import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { KeyAuthenticator } from "../../src/identity/authenticator.js";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { type OpenedStores, settled, storeBackends } from "../fixtures/store-backends.js";

const principal = (tenantId: string, id: string, teamId: string | null = null, roles: string[] = []) => ({
  tenantId,
  id,
  kind: "service" as const,
  teamId,
  roles,
  createdAt: 1,
  disabledAt: null,
});

for (const backend of storeBackends) describe(`OrgStore (${backend.name})`, { skip: backend.skip }, () => {
  let store: OpenedStores;
  before(async () => {
    store = await backend.open();
    await store.org.ensureTenant("acme", "Acme Corp");
    await store.org.ensureTenant("globex");
  });
  after(() => store.close());

  test("the default tenant exists from the first migration on, and ensureTenant is idempotent", async () => {
    assert.ok(await store.org.getTenant("default"));
    const again = await store.org.ensureTenant("acme", "another name");
    assert.equal(again.name, "Acme Corp", "an existing tenant is not renamed");
    assert.deepEqual((await store.org.listTenants()).map((t) => t.id), ["acme", "default", "globex"]);
  });

  test("teams and principals are scoped to their tenant: the same ids in two tenants never meet", async () => {
    await store.org.createTeam({ tenantId: "acme", id: "eng", name: "Engineering", createdAt: 1 });
    await store.org.createTeam({ tenantId: "globex", id: "eng", name: "Globex engineering", createdAt: 1 });
    await store.org.putPrincipal(principal("acme", "bot", "eng", ["analyst"]));
    await store.org.putPrincipal(principal("globex", "bot", null, []));
    assert.equal((await store.org.getTeam("acme", "eng"))?.name, "Engineering");
    assert.deepEqual((await store.org.getPrincipal("acme", "bot"))?.roles, ["analyst"]);
    assert.deepEqual((await store.org.getPrincipal("globex", "bot"))?.roles, []);
    assert.equal(await store.org.getPrincipal("default", "bot"), undefined);
    assert.deepEqual((await store.org.listPrincipals("acme", { teamId: "eng" })).map((p) => p.id), ["bot"]);
    assert.deepEqual(await store.org.listPrincipals("globex", { teamId: "eng" }), []);
    // Deleting globex's team leaves acme's untouched, and acme's principal keeps its team.
    assert.equal(await store.org.deleteTeam("globex", "eng"), true);
    assert.equal(await store.org.deleteTeam("globex", "eng"), false);
    assert.equal((await store.org.getPrincipal("acme", "bot"))?.teamId, "eng");
    assert.ok(await store.org.getTeam("acme", "eng"));
  });

  test("deleting a team leaves its principals without a team", async () => {
    await store.org.createTeam({ tenantId: "acme", id: "ops", name: "Ops", createdAt: 1 });
    await store.org.putPrincipal(principal("acme", "pager", "ops"));
    await store.org.deleteTeam("acme", "ops");
    assert.equal((await store.org.getPrincipal("acme", "pager"))?.teamId, null);
  });

  test("disabling a principal in one tenant does not touch its namesake in another", async () => {
    await store.org.putPrincipal(principal("acme", "twin"));
    await store.org.putPrincipal(principal("globex", "twin"));
    assert.equal(await store.org.disablePrincipal("acme", "twin", 5), true);
    assert.equal(await store.org.disablePrincipal("acme", "twin", 6), false, "already disabled");
    assert.equal((await store.org.getPrincipal("globex", "twin"))?.disabledAt, null);
    assert.deepEqual((await store.org.listPrincipals("acme")).map((p) => p.id).includes("twin"), false);
    assert.equal((await store.org.listPrincipals("acme", { includeDisabled: true })).some((p) => p.id === "twin"), true);
  });

  test("keys list and revoke honour the tenant when one is given", async () => {
    const a = await issueKey(store.keys, { tenantId: "acme", principal: "bot", models: ["*"] });
    const g = await issueKey(store.keys, { tenantId: "globex", principal: "bot", models: ["*"] });
    assert.deepEqual((await store.keys.list({ tenant: "acme" })).map((k) => k.id).includes(g.record.id), false);
    assert.equal(await store.keys.revoke(g.record.id, Date.now(), { tenant: "acme" }), false, "acme cannot revoke globex's key");
    assert.equal((await store.keys.get(g.record.id))?.revokedAt, null);
    assert.equal(await store.keys.revoke(a.record.id, Date.now(), { tenant: "acme" }), true);
  });

  test("the authenticator gives a key's principal its tenant, team and roles, and refuses a disabled principal", async () => {
    const auth = new KeyAuthenticator(store.keys, Date.now, store.org);
    const { key } = await issueKey(store.keys, { tenantId: "acme", principal: "bot", models: ["gpt-4o"] });
    const r = await auth.authenticate(key, "127.0.0.1");
    if (!r.ok) assert.fail(r.denial.message);
    assert.deepEqual([r.principal.tenant, r.principal.team, r.principal.roles, r.principal.scope?.models], ["acme", "eng", ["analyst"], ["gpt-4o"]]);
    await store.org.disablePrincipal("acme", "bot", Date.now());
    const d = await auth.authenticate(key, "127.0.0.1");
    assert.equal(d.ok, false);
    if (!d.ok) assert.equal(d.denial.code, "disabled_principal");
  });

  test("recordUse keeps the newest use and does not move the change token", async () => {
    const { record } = await issueKey(store.keys, { principal: "user" });
    await settled(store);
    const token = store.changeToken();
    await store.keys.recordUse([
      { id: record.id, at: 2000, ip: "10.0.0.2" },
      { id: record.id, at: 1000, ip: "10.0.0.1" },
    ]);
    const k = await store.keys.get(record.id);
    assert.deepEqual([k?.lastUsedAt, k?.lastUsedIp], [2000, "10.0.0.2"]);
    assert.equal(store.changeToken(), token);
  });
});

describe("migration 0002 on a database written before tenants existed", () => {
  const dir = mkdtempSync(join(tmpdir(), "wg-org-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("existing keys land in the default tenant and keep authenticating", async () => {
    const file = join(dir, "old.db");
    // The schema exactly as migration 0001 left it, with one key in it.
    const raw = new Database(file);
    raw.exec(`CREATE TABLE kysely_migration (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL);
      CREATE TABLE kysely_migration_lock (id varchar(255) NOT NULL PRIMARY KEY, is_locked integer DEFAULT 0 NOT NULL);
      INSERT INTO kysely_migration VALUES ('0001_gateway_keys', '2026-01-01T00:00:00.000Z');
      CREATE TABLE gateway_keys (id text PRIMARY KEY, name text, principal text NOT NULL, secret_hash text NOT NULL, models text NOT NULL,
        routes text NOT NULL, ip_allow text NOT NULL, expires_at bigint, revoked_at bigint, created_at bigint NOT NULL);
      INSERT INTO gateway_keys VALUES ('0123456789ab', NULL, 'legacy', 'ab', '["demo"]', '[]', '[]', NULL, NULL, 1);`);
    raw.close();
    const store = await SqliteStore.open(file);
    try {
      const k = await store.keys.get("0123456789ab");
      assert.equal(k?.tenantId, "default");
      assert.deepEqual(k?.models, ["demo"]);
      assert.equal(k?.lastUsedAt, null);
      assert.ok(await store.org.getTenant("default"));
    } finally {
      await store.close();
    }
  });
});
