/**
 * The keyring in use: the loader (providers, canary, old master.key and
 * WARDGATE_MASTER_KEY), rotation, rewrap over the sealed-column registry in
 * one transaction, retirement, and `apiKey: { secret }` resolution — on a
 * real SQLite file.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, test } from "node:test";
import Database from "better-sqlite3";
import { loadKeyring, masterKeySource, watchKeyring } from "../../src/cli/keyring.js";
import { ConfigError, parseConfig } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { resolveSecretRefs } from "../../src/config/secret-refs.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { saveKeyringFile } from "../../src/crypto/master-key-providers.js";
import { SECRET_TENANT, secretAad } from "../../src/crypto/sealed-values.js";
import { secretBox } from "../../src/crypto/secret-box.js";
import { createAdmin } from "../../src/identity/admin/accounts.js";
import { rewrapColumns, SEALED_COLUMNS, type SealedColumn } from "../../src/store/sealed-columns.js";
import { SqliteStore } from "../../src/store/sqlite.js";

const open: SqliteStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

function setup(raw: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-kw-"));
  const config = parseConfig({ dataDir: dir, ...raw });
  return { dir, config, dbFile: join(dir, "wardgate.db") };
}

async function openStore(file: string): Promise<SqliteStore> {
  const s = await SqliteStore.open(file);
  open.push(s);
  return s;
}

/** Every row of every table, for "nothing was written" checks. */
function dump(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

const totpAad = (id: string) => `admin-totp:${id}`;

async function addAdmin(store: SqliteStore, tenant: string, email: string) {
  await store.org.ensureTenant(tenant);
  return createAdmin(store.admin, { tenantId: tenant, email, role: "owner", password: "correct horse battery staple" });
}

describe("loadKeyring: the master key source and the canary", () => {
  test("default: <dataDir>/master-keys.json created 0600 at first start, with a canary that the next start opens", async () => {
    const { dir, config, dbFile } = setup();
    const store = await openStore(dbFile);
    assert.equal(await store.sealed.canary(), undefined);
    const { keyring, source } = await loadKeyring(config, store, {});
    assert.equal(source.kind, "file");
    assert.equal(statSync(join(dir, "master-keys.json")).mode & 0o777, 0o600);
    assert.match((await store.sealed.canary())!, /^wgk1\.1\./);
    const again = await loadKeyring(config, store, {});
    assert.deepEqual(again.keyring.versions(), keyring.versions());
  });

  test("a wrong master key is refused with the provider and the version named, never the key, and nothing is written", async () => {
    const { config, dbFile } = setup({ crypto: { masterKey: { provider: "env" } } });
    const right = randomBytes(32).toString("base64");
    const wrong = randomBytes(32).toString("base64");
    const store = await openStore(dbFile);
    await loadKeyring(config, store, { WARDGATE_MASTER_KEYS: right });
    const before = dump(dbFile);
    await assert.rejects(loadKeyring(config, store, { WARDGATE_MASTER_KEYS: wrong }), (err: Error) => {
      assert.match(err.message, /environment variable WARDGATE_MASTER_KEYS/);
      assert.match(err.message, /master key version 1/);
      assert.match(err.message, /wrong master key/);
      assert.ok(!err.message.includes(wrong) && !err.message.includes(right), "no key in the message");
      return true;
    });
    assert.equal(dump(dbFile), before, "the database is unchanged");
  });

  test("a missing master key is a clear error: env unset, or the key file gone while the store holds sealed data (no new key is made)", async () => {
    const { dir, config, dbFile } = setup();
    const store = await openStore(dbFile);
    await loadKeyring(config, store, {});
    const before = dump(dbFile);
    const keyFile = join(dir, "master-keys.json");
    const saved = readFileSync(keyFile);
    (await import("node:fs")).unlinkSync(keyFile);
    await assert.rejects(loadKeyring(config, store, {}), /master key file .*master-keys\.json.*does not exist.*sealed by master key version 1/s);
    assert.ok(!existsSync(keyFile), "no fresh key replaces a lost one");
    writeFileSync(keyFile, saved, { mode: 0o600 });
    const envConfig = parseConfig({ dataDir: dir, crypto: { masterKey: { provider: "env", variable: "MY_KEYS" } } });
    await assert.rejects(loadKeyring(envConfig, store, {}), /environment variable MY_KEYS.*MY_KEYS: no master key given/s);
    assert.equal(dump(dbFile), before);
  });

  test("today's master.key is migrated to version 1 of master-keys.json (then removed), and TOTP seeds it sealed keep opening", async () => {
    const { dir, config, dbFile } = setup();
    const oldKey = randomBytes(32);
    writeFileSync(join(dir, "master.key"), `${oldKey.toString("base64")}\n`, { mode: 0o600 });
    chmodSync(join(dir, "master.key"), 0o600);
    const store = await openStore(dbFile);
    const a = await addAdmin(store, "acme", "a@example.com");
    const sealed = secretBox(oldKey).seal("JBSWY3DPEHPK3PXP", totpAad(a.id));
    await store.admin.updateAccount("acme", a.id, { totpSecret: sealed });
    const { keyring } = await loadKeyring(config, store, {});
    assert.ok(!existsSync(join(dir, "master.key")), "the old file is gone");
    assert.equal(statSync(join(dir, "master-keys.json")).mode & 0o777, 0o600);
    assert.equal(keyring.open("acme", sealed, totpAad(a.id)).toString(), "JBSWY3DPEHPK3PXP");
    const census = await store.sealed.census(keyring);
    assert.equal(census.legacy, 1);
    assert.equal(census.byVersion.get(1), 2, "the TOTP seed and the canary");
    // rewrap converts it to wgk1, bound to the account's tenant
    assert.equal(await store.sealed.rewrap(keyring), 1);
    const row = await store.admin.findAccountByEmail("a@example.com");
    assert.match(row!.totpSecret!, /^wgk1\.1\./);
    assert.equal(keyring.open("acme", row!.totpSecret!, totpAad(a.id)).toString(), "JBSWY3DPEHPK3PXP");
    assert.throws(() => keyring.open("other", row!.totpSecret!, totpAad(a.id)), /another tenant/);
  });

  test("the old WARDGATE_MASTER_KEY still works (as version 1); WARDGATE_MASTER_KEYS wins when both are set", async () => {
    const { config, dbFile } = setup();
    const oldKey = randomBytes(32);
    const store = await openStore(dbFile);
    const a = await addAdmin(store, "default", "b@example.com");
    const sealed = secretBox(oldKey).seal("seed", totpAad(a.id));
    await store.admin.updateAccount("default", a.id, { totpSecret: sealed });
    const { keyring, source } = await loadKeyring(config, store, { WARDGATE_MASTER_KEY: oldKey.toString("base64") });
    assert.equal(source.description, "environment variable WARDGATE_MASTER_KEY");
    assert.equal(keyring.open("default", sealed, totpAad(a.id)).toString(), "seed");
    const both = masterKeySource(config, { WARDGATE_MASTER_KEY: oldKey.toString("base64"), WARDGATE_MASTER_KEYS: `1:${oldKey.toString("base64")}` });
    assert.equal(both.description, "environment variable WARDGATE_MASTER_KEYS");
  });

  test("first start after an upgrade with the wrong key: values sealed before are detected unreadable, no canary written", async () => {
    const { config, dbFile } = setup({ crypto: { masterKey: { provider: "env" } } });
    const store = await openStore(dbFile);
    const a = await addAdmin(store, "default", "c@example.com");
    await store.admin.updateAccount("default", a.id, { totpSecret: secretBox(randomBytes(32)).seal("seed", totpAad(a.id)) });
    const before = dump(dbFile);
    await assert.rejects(loadKeyring(config, store, { WARDGATE_MASTER_KEYS: randomBytes(32).toString("base64") }), /cannot open 1 value\(s\) stored sealed/);
    assert.equal(await store.sealed.canary(), undefined);
    assert.equal(dump(dbFile), before);
  });

  test("a world-readable key file is refused", async () => {
    const { dir, config, dbFile } = setup();
    const file = join(dir, "master-keys.json");
    saveKeyringFile(file, [{ version: 1, state: "active", key: randomBytes(32) }]);
    chmodSync(file, 0o644);
    const store = await openStore(dbFile);
    await assert.rejects(loadKeyring(config, store, {}), /mode 0644 lets group or others access it/);
  });
});

describe("rotation, rewrap and retirement over the sealed-column registry", () => {
  async function seeded() {
    const { dir, config, dbFile } = setup();
    const store = await openStore(dbFile);
    const { keyring, source } = await loadKeyring(config, store, {});
    const admins = [await addAdmin(store, "acme", "x@example.com"), await addAdmin(store, "globex", "y@example.com")];
    for (const a of admins) await store.admin.updateAccount(a.tenantId, a.id, { totpSecret: keyring.seal(a.tenantId, `seed-${a.id}`, totpAad(a.id)), totpPending: keyring.seal(a.tenantId, `pending-${a.id}`, totpAad(a.id)) });
    await store.secrets.set("openai", keyring.seal(SECRET_TENANT, "sk-one", secretAad("openai")), 1);
    await store.secrets.set("anthropic", keyring.seal(SECRET_TENANT, "sk-ant-two", secretAad("anthropic")), 1);
    return { dir, config, dbFile, store, keyring, source, admins };
  }

  async function allOpen(store: SqliteStore, keyring: Keyring, admins: { id: string; tenantId: string; email: string }[]) {
    for (const a of admins) {
      const row = (await store.admin.findAccountByEmail(a.email))!;
      assert.equal(keyring.open(a.tenantId, row.totpSecret!, totpAad(a.id)).toString(), `seed-${a.id}`);
      assert.equal(keyring.open(a.tenantId, row.totpPending!, totpAad(a.id)).toString(), `pending-${a.id}`);
    }
    assert.equal(keyring.open(SECRET_TENANT, (await store.secrets.get("openai"))!.sealed, secretAad("openai")).toString(), "sk-one");
    assert.equal(keyring.open(SECRET_TENANT, (await store.secrets.get("anthropic"))!.sealed, secretAad("anthropic")).toString(), "sk-ant-two");
  }

  test("values written before a rotation still open after it; the census counts them under the old version", async () => {
    const { store, keyring, source, admins, config } = await seeded();
    assert.equal(keyring.rotate(), 2);
    await source.save(keyring.export());
    await allOpen(store, keyring, admins);
    // and from the saved file, as the next process would load it
    const reloaded = (await loadKeyring(config, store, {})).keyring;
    await allOpen(store, reloaded, admins);
    const census = await store.sealed.census(keyring);
    assert.equal(census.byVersion.get(1), 7, "4 TOTP values, 2 secrets, the canary");
    assert.equal(census.byVersion.get(2) ?? 0, 0);
    assert.equal(census.needsRewrap, 7);
  });

  test("retire is refused while a value needs the version; after rewrap nothing does, retire succeeds and everything still opens", async () => {
    const { store, keyring, admins, dbFile } = await seeded();
    keyring.rotate();
    const count = (v: number) => async () => (await store.sealed.census(keyring)).byVersion.get(v) ?? 0;
    const n1 = await count(1)();
    assert.throws(() => keyring.retire(1, () => n1), /still seals 7 stored value\(s\)/);
    assert.equal(await store.sealed.rewrap(keyring), 7);
    assert.equal(await count(1)(), 0);
    assert.equal(await store.sealed.rewrap(keyring), 0, "a second rewrap has nothing to do");
    keyring.retire(1, () => 0);
    assert.equal(keyring.versions()[0]!.state, "retired");
    await allOpen(store, keyring, admins);
    // a keyring holding only version 2 (version 1's key destroyed) opens everything too
    const only2 = new Keyring(keyring.export());
    await allOpen(store, only2, admins);
    assert.ok(!readFileSync(dbFile).toString("latin1").includes("wgk1.1."), "no version-1 value left in the main file");
  });

  test("rewrap is one transaction: a value that does not open aborts it and nothing is rewritten", async () => {
    const { store, keyring, dbFile } = await seeded();
    keyring.rotate();
    // The last column in the registry gets a damaged value, so earlier columns were already rewrapped in memory.
    const a = (await store.admin.findAccountByEmail("y@example.com"))!;
    const damaged = `${a.totpPending!.slice(0, -4)}AAAA`;
    await store.admin.updateAccount(a.tenantId, a.id, { totpPending: damaged });
    assert.equal(SEALED_COLUMNS.at(-1)!.column, "totp_pending");
    const before = dump(dbFile);
    await assert.rejects(store.sealed.rewrap(keyring), /admin_accounts\.totp_pending of row adm_[0-9a-f]+ does not open/);
    assert.equal(dump(dbFile), before, "nothing was written");
    assert.equal((await store.sealed.census(keyring)).byVersion.get(2) ?? 0, 0);
  });

  test("a registry entry with a composite key is rewrapped row by row (how exchange content will be added)", async () => {
    const { store, keyring, dbFile } = await seeded();
    const raw = new Database(dbFile);
    raw.exec("CREATE TABLE t_content (req_id TEXT, part TEXT, tenant_id TEXT, sealed TEXT, PRIMARY KEY (req_id, part))");
    const ins = raw.prepare("INSERT INTO t_content VALUES (?, ?, ?, ?)");
    for (let i = 0; i < 1200; i++) for (const part of ["request", "response"]) ins.run(`r${i}`, part, "acme", keyring.seal("acme", `${part} ${i}`, `content:r${i}:${part}`));
    raw.close();
    const column: SealedColumn = { table: "t_content", idColumn: ["req_id", "part"], column: "sealed", tenant: (r) => String(r.tenant_id), aad: (r) => `content:${String(r.req_id)}:${String(r.part)}` };
    keyring.rotate();
    assert.equal(await rewrapColumns(store.db as never, keyring, [column]), 2400, "every row once, across pages of 500");
    const check = new Database(dbFile, { readonly: true });
    const rows = check.prepare("SELECT * FROM t_content").all() as { req_id: string; part: string; sealed: string }[];
    check.close();
    for (const r of rows) {
      assert.match(r.sealed, /^wgk1\.2\./);
      assert.equal(keyring.open("acme", r.sealed, `content:${r.req_id}:${r.part}`).toString(), `${r.part} ${r.req_id.slice(1)}`);
    }
    // A descriptor naming only part of the key would overwrite the other part's value: refused, nothing written.
    keyring.rotate();
    const before = dump(dbFile);
    await assert.rejects(rewrapColumns(store.db as never, keyring, [{ ...column, idColumn: "req_id" }]), /idColumn "req_id" matched 2 rows, not 1: it must be the table's primary key/);
    assert.equal(dump(dbFile), before);
  });
});

describe("apiKey: { secret: <name> }", () => {
  const providers = (apiKey: unknown) => ({ providers: { openai: { type: "openai", baseUrl: "https://api.openai.com/v1", apiKey }, claude: { type: "anthropic", apiKey: "sk-ant-inline" } } });

  test("accepted wherever an apiKey string is; anything else is an error naming the key", () => {
    const c = parseConfig(providers({ secret: "openai-prod" }));
    assert.deepEqual((c.providers.openai as { apiKey: unknown }).apiKey, { secret: "openai-prod" });
    assert.throws(() => parseConfig(providers({ secret: "openai", extra: 1 })), /providers\.openai\.apiKey\.extra: unknown key/);
    assert.throws(() => parseConfig(providers(42)), /providers\.openai\.apiKey: expected a string or \{ secret: <name> \}/);
    assert.throws(() => parseConfig(providers({ secret: 7 })), /providers\.openai\.apiKey/);
  });

  test("resolved from the store at start; a missing secret is a config error naming the key and the secret", async () => {
    const config: Config = parseConfig(providers({ secret: "openai-prod" }));
    const lookups: string[] = [];
    await resolveSecretRefs(config, async (name) => {
      lookups.push(name);
      return name === "openai-prod" ? "sk-resolved" : undefined;
    });
    assert.equal((config.providers.openai as { apiKey: unknown }).apiKey, "sk-resolved");
    assert.deepEqual(lookups, ["openai-prod"]);
    const missing = parseConfig(providers({ secret: "nope" }));
    await assert.rejects(resolveSecretRefs(missing, async () => undefined), (err: Error) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /providers\.openai\.apiKey: secret "nope" is not stored \(store it with: wardgate secrets set nope\)/);
      return true;
    });
  });
});

describe("a running process follows a rotation made elsewhere", () => {
  const waitFor = async (cond: () => boolean, ms = 20_000) => {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  test("file provider: after another process rotates, the running keyring reloads, seals with the new version and opens what rewrap writes", async () => {
    const { config, dbFile } = setup();
    const store = await openStore(dbFile);
    const running = await loadKeyring(config, store, {});
    const events: { reloaded: boolean; active: number; reason?: string }[] = [];
    const stop = watchKeyring(running, store, (e) => events.push(e), 15);
    try {
      await new Promise((r) => setTimeout(r, 60));
      assert.equal(events.length, 0, "nothing changed, nothing reloaded");
      const cli = await loadKeyring(config, store, {}); // the CLI's own process, in effect
      cli.keyring.rotate();
      await cli.source.save(cli.keyring.export());
      await waitFor(() => events.length > 0);
      assert.deepEqual(events, [{ reloaded: true, active: 2 }]);
      assert.match(running.keyring.seal("acme", "x", "y"), /^wgk1\.2\./);
      await store.sealed.rewrap(cli.keyring);
      assert.equal(running.keyring.open("default", (await store.sealed.canary())!, "keyring-canary").length > 0, true, "opens the rewrapped canary");
      await new Promise((r) => setTimeout(r, 60));
      assert.equal(events.length, 1, "no reload again once in step");
    } finally {
      stop();
    }
  });

  test("Keyring.replaceVersions takes a valid set in place and refuses a bad one without changing anything", () => {
    const k1 = randomBytes(32);
    const k = new Keyring([{ version: 1, state: "active", key: k1 }]);
    const sealed = k.seal("t", "v", "a");
    assert.throws(() => k.replaceVersions([{ version: 1, state: "decrypt-only", key: k1 }]), /exactly one active/);
    assert.equal(k.activeVersion, 1);
    k.replaceVersions([{ version: 1, state: "decrypt-only", key: k1 }, { version: 2, state: "active", key: randomBytes(32) }]);
    assert.equal(k.activeVersion, 2);
    assert.equal(k.open("t", sealed, "a").toString(), "v");
  });

  test("env provider: the running process cannot see the new value; it reports that once and keeps its keys", async () => {
    const { config, dbFile } = setup({ crypto: { masterKey: { provider: "env" } } });
    const v1 = randomBytes(32).toString("base64");
    const store = await openStore(dbFile);
    const running = await loadKeyring(config, store, { WARDGATE_MASTER_KEYS: v1 });
    const events: { reloaded: boolean; active: number; reason?: string }[] = [];
    const stop = watchKeyring(running, store, (e) => events.push(e), 15);
    try {
      const next = `1:${v1},2:${randomBytes(32).toString("base64")}`;
      const cli = await loadKeyring(config, store, { WARDGATE_MASTER_KEYS: next });
      await store.sealed.rewrap(cli.keyring);
      await waitFor(() => events.length > 0);
      await new Promise((r) => setTimeout(r, 60));
      assert.equal(events.length, 1, "reported once");
      assert.equal(events[0]!.reloaded, false);
      assert.match(events[0]!.reason!, /canary is sealed by master key version 2, newer than this process's keys \(environment variable WARDGATE_MASTER_KEYS\): restart/);
      assert.equal(running.keyring.activeVersion, 1);
    } finally {
      stop();
    }
  });
});
