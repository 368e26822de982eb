/**
 * `wardgate migrate` on SQLite and on PostgreSQL: a fresh database gets every
 * migration (and says which), a second run is "up to date", a failing
 * migration is named with a non-zero exit, and a PostgreSQL URL's password
 * never reaches the output.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";
import { parseConfig } from "../../src/config/load.js";
import { migrateStore } from "../../src/cli/migrate.js";
import { CliError } from "../../src/cli/errors.js";
import { migrationProvider } from "../../src/store/migrations/index.js";
import { freshDatabase, pgSkip } from "../fixtures/postgres.js";

const ROOT = resolve(import.meta.dirname, "../..");
const all = async () => Object.keys(await migrationProvider.getMigrations()).sort();

/** The CLI from source (tsx), as `wardgate --config <file> migrate`. */
function cli(configFile: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "--config", configFile, "migrate"], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "wardgate-migrate-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("wardgate migrate (SQLite)", () => {
  test("a fresh file gets every migration, listed; then it is up to date", async () => {
    const config = parseConfig({ store: `sqlite:${join(dir, "fresh.db")}` });
    const first = await migrateStore(config);
    assert.deepEqual(first.ran, await all());
    assert.match(first.report, /^applied 0001_gateway_keys\n/);
    assert.match(first.report, new RegExp(`SQLite ${join(dir, "fresh.db")}: ${first.ran.length} migration\\(s\\) applied\\n$`));
    const second = await migrateStore(config);
    assert.deepEqual(second.ran, []);
    assert.match(second.report, /: up to date\n$/);
  });

  test("a failing migration is named, exit 1 (through the CLI)", () => {
    const file = join(dir, "clash.db");
    const raw = new Database(file);
    raw.exec("CREATE TABLE gateway_keys (x TEXT)"); // what 0001 creates, already there
    raw.close();
    const cfg = join(dir, "clash.yaml");
    writeFileSync(cfg, `store: sqlite:${file}\n`);
    const r = cli(cfg);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /store migration 0001_gateway_keys failed: .*already exists/);
  });
});

describe("wardgate migrate (PostgreSQL)", { skip: pgSkip }, () => {
  test("a fresh database gets every migration, listed, through the CLI; then it is up to date", async () => {
    const database = await freshDatabase("migrate");
    try {
      const cfg = join(dir, "pg.yaml");
      writeFileSync(cfg, `store: '${database.url}'\n`);
      const r = cli(cfg);
      assert.equal(r.code, 0, r.stderr);
      for (const name of await all()) assert.match(r.stdout, new RegExp(`^applied ${name}$`, "m"));
      assert.match(r.stdout, /PostgreSQL postgres:\/\/.*: \d+ migration\(s\) applied\n$/);
      const again = cli(cfg);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /^PostgreSQL postgres:\/\/\S+: up to date\n$/);
    } finally {
      await database.drop();
    }
  });

  test("a failing migration is named; the URL's password never appears", async () => {
    const database = await freshDatabase("migrate_fail");
    const c = new pg.Client({ connectionString: database.url });
    await c.connect();
    await c.query("CREATE TABLE gateway_keys (x text)");
    await c.end();
    try {
      const url = new URL(database.url);
      url.password = "hunter2-pw"; // trust auth ignores it; the output must not show it
      const err = await migrateStore(parseConfig({ store: url.toString() })).then(
        () => assert.fail("expected a failure"),
        (e: unknown) => e,
      );
      assert.ok(err instanceof CliError);
      assert.equal(err.exitCode, 1);
      assert.match(err.message, /store migration 0001_gateway_keys failed: relation "gateway_keys" already exists/);
      assert.match(err.message, /postgres:\/\/postgres:\*\*\*@/);
      assert.ok(!err.message.includes("hunter2-pw"));
    } finally {
      await database.drop();
    }
  });

  test("an unreachable server or a missing database: a clear error, exit 1, without the password", () => {
    for (const [url, why] of [
      ["postgres://wardgate:s3cret-pw@127.0.0.1:1/none", /ECONNREFUSED/],
      ["postgres://postgres:s3cret-pw@127.0.0.1:5432/wardgate_no_such_db", /database "wardgate_no_such_db" does not exist/],
    ] as const) {
      const cfg = join(dir, "bad.yaml");
      writeFileSync(cfg, `store: '${url}'\n`);
      const r = cli(cfg);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, why);
      assert.match(r.stderr, /^wardgate: PostgreSQL postgres:\/\/\w+:\*\*\*@127\.0\.0\.1/);
      assert.ok(!`${r.stdout}${r.stderr}`.includes("s3cret-pw"), r.stderr);
    }
  });
});
