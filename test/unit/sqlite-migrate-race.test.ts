/**
 * First start on SQLite: `serve` and a CLI command started together both
 * migrate one fresh file. Each process's migrator reads the applied list and
 * applies what is missing; without a lock two of them apply the same
 * migration and one dies with `table "gateway_keys" already exists`.
 *
 * Here several connections, each on a worker thread of its own (as separate
 * processes would be), open one fresh file and migrate it at the same moment
 * (a shared barrier releases them together). All must succeed and every
 * migration must be applied exactly once, by exactly one of them.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { migrationProvider } from "../../src/store/migrations/index.js";

const CONNECTIONS = 6;
const ROUNDS = 3;

// A worker does not inherit tsx's loader hooks: this entry registers them, then, for each round's
// file, opens the store from source, waits at that round's barrier and migrates (the same trick as
// sqlite-audit-thread.ts). One worker serves every round: loading the source is the slow part.
const sqliteModule = new URL("../../src/store/sqlite.ts", import.meta.url).href;
const entry = new URL(
  `data:text/javascript,${encodeURIComponent(`
    const { register } = await import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))});
    register();
    const { parentPort, workerData } = await import("node:worker_threads");
    const { SqliteStore } = await import(${JSON.stringify(sqliteModule)});
    const gate = new Int32Array(workerData.gate);
    for (const [round, file] of workerData.files.entries()) {
      const opened = 2 * round, go = 2 * round + 1;
      let store;
      try {
        store = await SqliteStore.open(file, { migrate: false });
        Atomics.add(gate, opened, 1);
        while (Atomics.load(gate, go) === 0) Atomics.wait(gate, go, 0, 50);
        parentPort.postMessage({ round, ok: true, ran: await store.migrate() });
      } catch (err) {
        if (!store) Atomics.add(gate, opened, 1);
        parentPort.postMessage({ round, ok: false, error: String(err?.message ?? err) });
      } finally {
        await store?.close();
      }
    }
  `)}`,
);

type Outcome = { round: number } & ({ ok: true; ran: string[] } | { ok: false; error: string });

/** `CONNECTIONS` workers; in each round every one opens that round's file, then all migrate it at once. */
async function migrateAtOnce(files: string[]): Promise<Outcome[][]> {
  const gate = new SharedArrayBuffer(8 * files.length);
  const view = new Int32Array(gate);
  const workers = Array.from({ length: CONNECTIONS }, () => new Worker(entry, { workerData: { files, gate } }));
  const outcomes: Outcome[][] = files.map(() => []);
  try {
    const done = workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.on("message", (o: Outcome) => {
            outcomes[o.round]!.push(o);
            if (o.round === files.length - 1) resolve();
          });
          w.once("error", reject);
        }),
    );
    const failed = Promise.all(done);
    for (let round = 0; round < files.length; round++) {
      // Every connection has the file open (or failed to open it): release them together.
      while (Atomics.load(view, 2 * round) < CONNECTIONS) await Promise.race([new Promise((r) => setTimeout(r, 10)), failed.then(() => undefined)]);
      Atomics.store(view, 2 * round + 1, 1);
      Atomics.notify(view, 2 * round + 1);
    }
    await failed;
    return outcomes;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "wardgate-migrate-race-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test(`${CONNECTIONS} connections migrating one fresh SQLite file at once all succeed; each migration is applied once`, async () => {
  const all = Object.keys(await migrationProvider.getMigrations()).sort();
  const files = Array.from({ length: ROUNDS }, (_, round) => join(dir, `fresh-${round}.db`));
  const rounds = await migrateAtOnce(files);
  rounds.forEach((outcomes, round) => {
    assert.equal(outcomes.length, CONNECTIONS);
    const failed = outcomes.filter((o) => !o.ok);
    assert.deepEqual(failed, [], `round ${round}: every connection migrates without an error`);
    const applied = outcomes.flatMap((o) => (o.ok ? o.ran : []));
    assert.deepEqual([...applied].sort(), all, `round ${round}: each migration applied by exactly one connection`);
    const raw = new Database(files[round]!, { readonly: true });
    try {
      const rows = raw.prepare("SELECT name FROM kysely_migration ORDER BY name").pluck().all() as string[];
      assert.deepEqual(rows, all, `round ${round}: recorded once each`);
      assert.equal(raw.prepare("SELECT count(*) FROM gateway_keys").pluck().get(), 0, "the schema is usable");
    } finally {
      raw.close();
    }
  });
});
