/**
 * `wardgate keys create|rotate|revoke` leave the same trail as the admin API
 * (issue 13): an admin event per action, naming the operator who ran the
 * command, mirrored into the tamper-evident audit log — on SQLite and on
 * PostgreSQL. The built CLI, as an operator runs it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import { PostgresStore } from "../../src/store/postgres.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { freshDatabase, pgSkip } from "../fixtures/postgres.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");

function cli(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, cwd: ROOT, encoding: "utf8" });
  assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

async function lifecycleLeavesEvents(env: NodeJS.ProcessEnv, open: () => Promise<Store>): Promise<void> {
  const made = JSON.parse(cli(["keys", "create", "--tenant", "acme", "--principal", "billing", "--model", "gpt-4o*", "--route", "fraud", "--json"], env));
  const rotated = JSON.parse(cli(["keys", "rotate", made.id, "--overlap", "1h", "--json"], env));
  cli(["keys", "revoke", rotated.id], env);
  cli(["keys", "revoke", rotated.id], env); // already revoked: nothing happened, nothing recorded

  const store = await open();
  try {
    const events = await store.admin.events.list("acme");
    assert.deepEqual(
      events.map((e) => [e.action, e.target, e.outcome]),
      [
        ["principals.create", "billing", "success"],
        ["keys.create", made.id, "success"],
        ["keys.rotate", made.id, "success"],
        ["keys.revoke", rotated.id, "success"],
      ],
    );
    for (const e of events) {
      assert.match(e.actor, /^cli:[^@\s]+@[^@\s]+$/, "the operator and host who ran the command");
      assert.equal(e.ip, null);
    }
    // The same details the admin API records for these actions.
    assert.deepEqual(events[0]!.detail, { team: null, roles: [] }, "the principal the key needed, made on the way");
    assert.deepEqual(events[1]!.detail, { principal: "billing", models: ["gpt-4o*"], routes: ["fraud"] });
    assert.deepEqual(events[2]!.detail, { newKey: rotated.id, oldExpiresAt: rotated.replaced.expiresAt, overlapSeconds: 3600 });
    assert.deepEqual(events[3]!.detail, {});
    for (const secret of [made.key, rotated.key]) assert.ok(!JSON.stringify(events).includes(secret.slice(16)), "no key secret in an event");

    const audited: Record<string, unknown>[] = [];
    for await (const r of store.audit.scan()) audited.push(JSON.parse(r.body) as Record<string, unknown>);
    const copies = audited.filter((b) => /^admin\.(keys|principals)\./.test(String(b.kind)));
    assert.deepEqual(
      copies.map((b) => [b.kind, b.tenant, b.target, b.actor, b.adminSeq]),
      events.map((e) => [`admin.${e.action}`, "acme", e.target, e.actor, e.seq]),
      "each event is in the audit log too",
    );
  } finally {
    await store.close();
  }
}

describe("CLI key lifecycle events", () => {
  test("SQLite: keys create, rotate and revoke record admin events and their audit copies", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "wardgate-key-events-"));
    try {
      await lifecycleLeavesEvents({ WARDGATE_DATA_DIR: dataDir }, () => SqliteStore.open(join(dataDir, "wardgate.db")));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("PostgreSQL: the same", { skip: pgSkip }, async () => {
    const database = await freshDatabase("cli_key_events");
    const dir = mkdtempSync(join(tmpdir(), "wardgate-key-events-pg-"));
    try {
      const cfg = join(dir, "wardgate.yaml");
      writeFileSync(cfg, `store: ${database.url}\ndataDir: ${dir}\nproviders:\n  demo: { type: demo }\nmodels:\n  - { name: demo, provider: demo }\n`);
      await lifecycleLeavesEvents({ WARDGATE_CONFIG: cfg }, () => PostgresStore.open(database.url, { poolSize: 2 }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await database.drop();
    }
  });
});
