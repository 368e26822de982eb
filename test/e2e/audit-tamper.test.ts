/**
 * Tampering with the real database file, checked through the built CLI
 * (`wardgate audit verify`): the store is closed, the file edited with
 * better-sqlite3 as an attacker holding it would, and verify must report
 * each change with its index — and exit non-zero.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { generateSigner, signCheckpoint } from "../../src/audit/checkpoint.js";
import { hashLeaf } from "../../src/audit/merkle.js";
import type { VerifyReport } from "../../src/audit/verify.js";
import { SqliteStore } from "../../src/store/sqlite.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");
const ORIGIN = "wardgate.test/audit";
const signer = generateSigner(ORIGIN);
const EVENTS = 50;
const EVERY = 10;

let dir: string;
let base: string;
let config: string;

const cli = (dataDir: string, args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, "-c", config, "--data-dir", dataDir, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A fresh copy of the clean log in its own data directory, edited by `tamper` while no store has it open. */
function tampered(name: string, tamper: (db: Database.Database) => void): string {
  const dataDir = join(dir, name);
  rmSync(dataDir, { recursive: true, force: true });
  copyFileSync(base, join(mkdir(dataDir), "wardgate.db"));
  const db = new Database(join(dataDir, "wardgate.db"));
  try {
    tamper(db);
  } finally {
    db.close();
  }
  return dataDir;
}
function mkdir(p: string): string {
  mkdirSync(p, { recursive: true });
  return p;
}

function verify(dataDir: string, ...args: string[]): { code: number | null; report: VerifyReport; stderr: string } {
  const r = cli(dataDir, ["audit", "verify", "--json", "--verifier-key", signer.verifierKey(), ...args]);
  assert.ok(r.stdout.startsWith("{"), `${r.stdout}\n${r.stderr}`);
  return { code: r.code, report: JSON.parse(r.stdout) as VerifyReport, stderr: r.stderr };
}
const found = (report: VerifyReport) => report.problems.map((p) => `${p.kind}@${p.index ?? ""}${p.lastIndex !== undefined && p.lastIndex !== p.index ? `..${p.lastIndex}` : ""}${p.size !== undefined ? `#${p.size}` : ""}`);

before(async () => {
  if (!existsSync(CLI)) throw new Error("build first: npm run build");
  dir = mkdtempSync(join(tmpdir(), "wardgate-tamper-"));
  config = join(dir, "wardgate.yaml");
  writeFileSync(config, JSON.stringify({ providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }] }));
  const cleanDir = mkdir(join(dir, "clean"));
  base = join(cleanDir, "wardgate.db");
  const store = await SqliteStore.open(base);
  for (let from = 0; from < EVENTS; from += EVERY) {
    const events = Array.from({ length: EVERY }, (_, i) => ({ kind: "gateway.request", tenant: "acme", reqId: `req_${from + i}`, status: 200, outcome: "allowed" }));
    const { size, root } = await store.audit.append(events);
    await store.audit.addCheckpoint({ size, root, at: new Date().toISOString(), note: signCheckpoint({ origin: ORIGIN, size, root }, signer) });
  }
  await store.audit.setSigningKey({ name: ORIGIN, verifierKey: signer.verifierKey(), privateSealed: "sealed-elsewhere" });
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("wardgate audit verify on the real database file", () => {
  test("the untouched log verifies: exit 0", () => {
    const r = cli(join(dir, "clean"), ["audit", "verify"]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^50 events read/m);
    assert.match(r.stdout, /checkpoints: 5 of 5 signed by the stored key/);
    assert.match(r.stdout, /OK: the log verifies/);
  });

  test("a field edited: modified, at its index", () => {
    const d = tampered("edit", (db) => db.prepare("UPDATE audit_events SET body = replace(body, '\"status\":200', '\"status\":403') WHERE idx = 23").run());
    const { code, report } = verify(d);
    assert.equal(code, 1);
    assert.ok(found(report).includes("modified@23"), found(report).join());
    // The same, as a person reads it.
    const text = cli(d, ["audit", "verify"]);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /^MODIFIED at 23: the event at index 23 was modified/m);
    assert.match(text.stdout, /^FAILED: \d+ problem\(s\)$/m);
  });

  test("a field edited and its leaf hash recomputed: modified, located between the two checkpoints", () => {
    const d = tampered("edit-rehash", (db) => {
      const row = db.prepare<[], { body: string }>("SELECT body FROM audit_events WHERE idx = 23").get()!;
      const body = row.body.replace('"status":200', '"status":403');
      db.prepare("UPDATE audit_events SET body = ?, leaf_hash = ? WHERE idx = 23").run(body, hashLeaf(Buffer.from(body)));
    });
    const { code, report } = verify(d);
    assert.equal(code, 1);
    assert.ok(found(report).includes("modified@20..29"), found(report).join());
  });

  test("a row deleted: deleted, at its index", () => {
    const { code, report } = verify(tampered("delete", (db) => db.prepare("DELETE FROM audit_events WHERE idx = 17").run()));
    assert.equal(code, 1);
    assert.ok(found(report).includes("deleted@17"), found(report).join());
  });

  test("two rows swapped: reordered, at both indices", () => {
    const d = tampered("swap", (db) => {
      db.prepare("UPDATE audit_events SET idx = -1 WHERE idx = 5").run();
      db.prepare("UPDATE audit_events SET idx = 5 WHERE idx = 31").run();
      db.prepare("UPDATE audit_events SET idx = 31 WHERE idx = -1").run();
    });
    const { code, report } = verify(d);
    assert.equal(code, 1);
    assert.ok(found(report).includes("reordered@5") && found(report).includes("reordered@31"), found(report).join());
  });

  test("a row inserted (the rows after it renumbered, the size bumped): inserted, at its index", () => {
    const d = tampered("insert", (db) => {
      db.prepare("UPDATE audit_events SET idx = idx + 1000 WHERE idx >= 40").run();
      db.prepare("UPDATE audit_events SET idx = idx - 999 WHERE idx >= 1000").run();
      const body = JSON.stringify({ at: "2026-01-01T00:00:00.000Z", kind: "gateway.request", outcome: "allowed", reqId: "req_forged", seq: 40, status: 200, tenant: "acme", v: 1 });
      db.prepare("INSERT INTO audit_events (idx, at, tenant_id, kind, body, leaf_hash) VALUES (40, ?, 'acme', 'gateway.request', ?, ?)").run("2026-01-01T00:00:00.000Z", body, hashLeaf(Buffer.from(body)));
      db.prepare("UPDATE audit_state SET size = size + 1").run();
    });
    const { code, report } = verify(d);
    assert.equal(code, 1);
    assert.ok(found(report).includes("inserted@40"), found(report).join());
  });

  test("the tail truncated (and the recorded size lowered to match): truncated, from the first missing index", () => {
    const d = tampered("truncate", (db) => {
      db.prepare("DELETE FROM audit_events WHERE idx >= 45").run();
      db.prepare("UPDATE audit_state SET size = 45").run();
    });
    const { code, report } = verify(d);
    assert.equal(code, 1);
    assert.ok(found(report).includes("truncated@45..49#50"), found(report).join());
  });

  test("a checkpoint's signature replaced: checkpoint-signature, at its size", () => {
    const d = tampered("resign", (db) => {
      const cp = db.prepare<[], { root: Buffer }>("SELECT root FROM audit_checkpoints WHERE size = 30").get()!;
      db.prepare("UPDATE audit_checkpoints SET note = ? WHERE size = 30").run(signCheckpoint({ origin: ORIGIN, size: 30, root: cp.root }, generateSigner(ORIGIN)));
    });
    const { code, report } = verify(d);
    assert.equal(code, 1);
    assert.deepEqual(found(report), ["checkpoint-signature@#30"]);
  });

  test("the signing key and every checkpoint replaced: caught by the verifier key kept elsewhere", () => {
    const forger = generateSigner(ORIGIN);
    const d = tampered("rekey", (db) => {
      db.prepare("UPDATE audit_signing_key SET verifier_key = ?").run(forger.verifierKey());
      for (const cp of db.prepare<[], { size: number; root: Buffer }>("SELECT size, root FROM audit_checkpoints").all()) {
        db.prepare("UPDATE audit_checkpoints SET note = ? WHERE size = ?").run(signCheckpoint({ origin: ORIGIN, size: cp.size, root: cp.root }, forger), cp.size);
      }
    });
    assert.equal(cli(d, ["audit", "verify"]).code, 0, "with the stored key only, a re-keyed log looks clean: that is why the key is kept elsewhere");
    const { code, report } = verify(d);
    assert.equal(code, 1);
    assert.equal(report.problems.filter((p) => p.kind === "checkpoint-signature").length, 5);
    // The key kept in a file, as `audit verifier-key > file` wrote it.
    const keyFile = join(dir, "audit.vkey");
    writeFileSync(keyFile, `${signer.verifierKey()}\n`);
    const fromFile = cli(d, ["audit", "verify", "--verifier-key", keyFile]);
    assert.equal(fromFile.code, 1);
    assert.match(fromFile.stdout, /checkpoints: 0 of 5 signed by the given key/);
  });

  test("--checkpoint: the log only grew from a checkpoint saved earlier; a rewritten history does not", () => {
    const saved = join(dir, "saved-checkpoint");
    const printed = cli(join(dir, "clean"), ["audit", "checkpoint"]);
    assert.equal(printed.code, 0);
    assert.match(printed.stdout, /^wardgate\.test\/audit\n50\n/);
    writeFileSync(saved, printed.stdout);
    const ok = cli(join(dir, "clean"), ["audit", "verify", "--checkpoint", saved]);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, /the log only grew from size 50/);
    const d = tampered("shrunk", (db) => {
      db.prepare("DELETE FROM audit_events WHERE idx >= 30").run();
      db.prepare("DELETE FROM audit_checkpoints WHERE size > 30").run();
      db.prepare("UPDATE audit_state SET size = 30").run();
    });
    const { code, report } = verify(d, "--checkpoint", saved);
    assert.equal(code, 1);
    assert.ok(found(report).includes("inconsistent-with-saved@30#50"), found(report).join());
    assert.equal(report.saved?.grew, false);
  });

  test("a log with no checkpoint or key yet says so", async () => {
    const d = mkdir(join(dir, "empty"));
    const empty = await SqliteStore.open(join(d, "wardgate.db"));
    await empty.close();
    const cp = cli(d, ["audit", "checkpoint"]);
    assert.equal(cp.code, 1);
    assert.match(cp.stderr, /no checkpoint yet/);
    assert.match(cli(d, ["audit", "verify"]).stderr, /no signing key yet; pass --verifier-key/);
    assert.equal(cli(d, ["audit", "verify", "--verifier-key", signer.verifierKey()]).code, 0, "an empty log is intact");
  });

  test("verifier-key prints the stored key; bad options are errors that name the option", () => {
    assert.equal(cli(join(dir, "clean"), ["audit", "verifier-key"]).stdout, `${signer.verifierKey()}\n`);
    const bad = cli(join(dir, "clean"), ["audit", "verify", "--verifier-key", "nonsense"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--verifier-key: verifier key: expected/);
    const missing = cli(join(dir, "clean"), ["audit", "verify", "--checkpoint", join(dir, "nope")]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--checkpoint: cannot read .*ENOENT/);
  });
});

describe("wardgate audit export", () => {
  test("jsonl is the stored canonical text, ocsf one OCSF event per line; filters by tenant and time", () => {
    const jsonl = cli(join(dir, "clean"), ["audit", "export", "--since", "1h"]);
    assert.equal(jsonl.code, 0, jsonl.stderr);
    const lines = jsonl.stdout.trimEnd().split("\n");
    assert.equal(lines.length, EVENTS);
    assert.equal(JSON.parse(lines[7]!).seq, 7);
    const ocsf = cli(join(dir, "clean"), ["audit", "export", "--since", "2000-01-01", "--format", "ocsf", "--tenant", "acme"]);
    const first = JSON.parse(ocsf.stdout.split("\n")[0]!);
    assert.equal(first.class_uid, 6003);
    assert.equal(first.metadata.product.name, "Wardgate");
    assert.equal(cli(join(dir, "clean"), ["audit", "export", "--since", "1h", "--tenant", "other"]).stdout, "");
    assert.equal(cli(join(dir, "clean"), ["audit", "export", "--since", "2000-01-01", "--until", "2000-01-02"]).stdout, "");
  });

  test("bad --since or --format is refused, naming the option", () => {
    const since = cli(join(dir, "clean"), ["audit", "export", "--since", "yesterday"]);
    assert.equal(since.code, 2);
    assert.match(since.stderr, /--since: expected an ISO time or a duration/);
    const format = cli(join(dir, "clean"), ["audit", "export", "--since", "1h", "--format", "csv"]);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--format: expected one of jsonl, ocsf/);
  });
});
