/**
 * `wardgate crypto` and `wardgate secrets` as an operator runs them (real
 * processes, a real database file): the Vault provider against the local
 * fake end to end (secrets set → serve sends the stored credential
 * upstream → rotate → rewrap → retire), the env provider's printed value,
 * serve refusing a wrong master key or a missing secret before writing
 * anything, and the raw database (and its WAL) holding no plaintext TOTP
 * seed or provider key.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import { startAdmin } from "../../src/admin/app.js";
import { loadKeyring } from "../../src/cli/keyring.js";
import { adminSchema } from "../../src/config/admin-schema.js";
import { parseConfig } from "../../src/config/load.js";
import { createAdmin } from "../../src/identity/admin/accounts.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { AdminClient, Clock, PASSWORD, totpCode, totpSecretOf } from "../admin/helpers.js";
import { startFakeVault } from "../fixtures/fake-vault.js";
import { startMockUpstream } from "../fixtures/mock-upstream.js";
import { freePort, killedAfterTests } from "../fixtures/processes.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = ["--import", "tsx", join(ROOT, "src/cli/main.ts")];
const children = killedAfterTests();

/** The environment without any master key a developer may have set. */
function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const k of ["WARDGATE_MASTER_KEY", "WARDGATE_MASTER_KEYS", "WARDGATE_CONFIG", "WARDGATE_DATA_DIR", "VAULT_TOKEN"]) if (!(k in extra)) delete env[k];
  return env;
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}, input?: string) {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, env: baseEnv(env), input, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** cli() without blocking this process: needed when the test process also serves (the fake Vault). */
function cliAsync(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, env: baseEnv(env), stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  child.stdin.end(input ?? "");
  return new Promise((res) => child.once("close", (code) => res({ code, stdout, stderr })));
}


/** Starts `serve`; resolves with the process once it listens, or with its exit code and stderr if it stops first. */
async function serve(config: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [...CLI, "--config", config, "serve"], { cwd: ROOT, env: baseEnv(env), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => {
    out += d;
  });
  child.stderr!.on("data", (d) => {
    err += d;
  });
  return new Promise<{ child: ChildProcess; listening: boolean; code: number | null; out: () => string; err: () => string }>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`serve neither listened nor stopped: ${out}\n${err}`)), 30_000);
    child.stdout!.on("data", () => {
      if (/is listening on/.test(out)) {
        clearTimeout(timer);
        res({ child, listening: true, code: null, out: () => out, err: () => err });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      res({ child, listening: false, code, out: () => out, err: () => err });
    });
  });
}

function dump(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

describe("the Vault provider, end to end through the CLI", () => {
  test("secrets set → serve sends the stored key upstream → rotate → rewrap → retire; a bad token is a clear error", async () => {
    const vault = await startFakeVault("s.test-token");
    const upstream = await startMockUpstream();
    const dir = mkdtempSync(join(tmpdir(), "wardgate-vault-"));
    const cfg = join(dir, "wardgate.yaml");
    const port = await freePort();
    writeFileSync(
      cfg,
      `server: { port: ${port} }\nadmin: { enabled: false }\nlog: { destination: ${join(dir, "log.jsonl")} }\n` +
        `crypto:\n  masterKey: { provider: vault, address: "${vault.url}", keyName: wardgate }\n` +
        `providers:\n  up: { type: openai, baseUrl: "${upstream.url}/v1", apiKey: { secret: upstream-key } }\nmodels:\n  - { name: m, provider: up }\n`,
    );
    const env = { VAULT_TOKEN: "s.test-token" };
    try {
      const set = await cliAsync(["--config", cfg, "secrets", "set", "upstream-key"], env, "sk-live-VAULTWRAPPED-0123456789\n");
      assert.equal(set.code, 0, set.stderr);
      const wrappedFile = join(dir, ".wardgate", "master-keys.vault.json");
      assert.equal(statSync(wrappedFile).mode & 0o777, 0o600);
      const wrapped = JSON.parse(readFileSync(wrappedFile, "utf8"));
      assert.equal(wrapped.versions.length, 1);
      assert.match(wrapped.versions[0].wrapped, /^vault:v1:/, "the master key is on disk only wrapped by Vault");
      assert.ok(vault.calls.encrypt >= 1 && vault.calls.decrypt === 0);

      const key = (await cliAsync(["--config", cfg, "keys", "create", "--principal", "svc", "--model", "m"])).stdout.split("\n")[0]!;
      assert.match(key, /^wg_/);
      const gw = await serve(cfg, env);
      assert.ok(gw.listening, gw.err());
      const res = await fetch(`http://127.0.0.1:${port}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }),
      });
      assert.equal(res.status, 200, await res.text());
      assert.equal(upstream.received.at(-1)!.headers.authorization, "Bearer sk-live-VAULTWRAPPED-0123456789", "the stored secret, opened at start");
      process.kill(-gw.child.pid!, "SIGTERM");
      await new Promise((r) => gw.child.once("exit", r));

      const rotate = await cliAsync(["--config", cfg, "crypto", "rotate"], env);
      assert.equal(rotate.code, 0, rotate.stderr);
      assert.match(rotate.stderr, /master key version 2 is active; version 1 is decrypt-only/);
      assert.equal(JSON.parse(readFileSync(wrappedFile, "utf8")).versions.length, 2);
      const status = JSON.parse((await cliAsync(["--config", cfg, "crypto", "status", "--json"], env)).stdout);
      assert.equal(status.provider, "vault");
      assert.deepEqual(status.versions.map((v: { version: number; state: string; values: number }) => [v.version, v.state, v.values]), [[1, "decrypt-only", 3], [2, "active", 0]]);

      const early = await cliAsync(["--config", cfg, "crypto", "retire", "1"], env);
      assert.equal(early.code, 1);
      assert.match(early.stderr, /master key version 1 still seals 3 stored value\(s\); rewrap them first/);
      const rewrap = await cliAsync(["--config", cfg, "crypto", "rewrap"], env);
      assert.equal(rewrap.code, 0, rewrap.stderr);
      assert.match(rewrap.stdout, /rewrapped 3 value\(s\) under master key version 2; 0 still need rewrap/);
      const retire = await cliAsync(["--config", cfg, "crypto", "retire", "1"], env);
      assert.equal(retire.code, 0, retire.stderr);
      const after = JSON.parse(readFileSync(wrappedFile, "utf8")).versions;
      assert.deepEqual(after[0], { version: 1, state: "retired" }, "version 1's wrapped key is gone");
      const final = JSON.parse((await cliAsync(["--config", cfg, "crypto", "status", "--json"], env)).stdout);
      assert.deepEqual(final.versions.map((v: { version: number; state: string; values: number }) => [v.version, v.state, v.values]), [[1, "retired", 0], [2, "active", 3]]);

      // The stored key still opens after all that: serve again and call upstream.
      const gw2 = await serve(cfg, env);
      assert.ok(gw2.listening, gw2.err());
      const res2 = await fetch(`http://127.0.0.1:${port}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }),
      });
      assert.equal(res2.status, 200);
      assert.equal(upstream.received.at(-1)!.headers.authorization, "Bearer sk-live-VAULTWRAPPED-0123456789");
      process.kill(-gw2.child.pid!, "SIGTERM");
      await new Promise((r) => gw2.child.once("exit", r));
      // The third sealed value is the audit log's signing key: rewrapped, it still signs, and the log
      // written across both master versions verifies.
      const verify = await cliAsync(["--config", cfg, "audit", "verify"], env);
      assert.equal(verify.code, 0, verify.stdout + verify.stderr);

      const bad = await cliAsync(["--config", cfg, "crypto", "status"], { VAULT_TOKEN: "s.wrong" });
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /vault transit decrypt with key wardgate at http:\/\/127\.0\.0\.1:\d+: permission denied \(403\)/);
      assert.ok(!bad.stderr.includes("s.wrong"), "the token is never shown");
      const noToken = await cliAsync(["--config", cfg, "crypto", "status"], {});
      assert.match(noToken.stderr, /environment variable VAULT_TOKEN \(the Vault token\) is not set/);
    } finally {
      await vault.close();
      await upstream.close();
    }
  });
});

describe("the env provider", () => {
  test("rotate prints the value to set instead of writing; with it, rewrap and retire work; retire prints the value without the old key", () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-env-"));
    const v1 = randomBytes(32).toString("base64");
    const args = ["--data-dir", dir];
    const set = cli([...args, "secrets", "set", "k"], { WARDGATE_MASTER_KEY: v1 }, "sk-env-secret");
    assert.equal(set.code, 0, set.stderr);
    assert.ok(!existsSync(join(dir, "master-keys.json")), "the env provider writes no key file");
    const rotate = cli([...args, "crypto", "rotate"], { WARDGATE_MASTER_KEY: v1 });
    assert.equal(rotate.code, 0, rotate.stderr);
    assert.match(rotate.stderr, /nothing was written[\s\S]*Set WARDGATE_MASTER_KEYS to the value printed on stdout[\s\S]*and unset WARDGATE_MASTER_KEY/);
    const value = rotate.stdout.trim();
    assert.match(value, /^1:[A-Za-z0-9+/=]+,2:[A-Za-z0-9+/=]+$/);
    assert.equal(value.split(",")[0], `1:${v1}`);
    // Until the operator sets it, the old value still has version 1 active: nothing changed.
    const stale = JSON.parse(cli([...args, "crypto", "status", "--json"], { WARDGATE_MASTER_KEY: v1 }).stdout);
    assert.equal(stale.active, 1);
    const env = { WARDGATE_MASTER_KEYS: value };
    assert.match(cli([...args, "crypto", "rewrap"], env).stdout, /rewrapped 2 value\(s\) under master key version 2/);
    const retire = cli([...args, "crypto", "retire", "1"], env);
    assert.equal(retire.code, 0, retire.stderr);
    assert.equal(retire.stdout.trim(), value.split(",")[1], "only version 2 is left to set");
    const after = JSON.parse(cli([...args, "crypto", "status", "--json"], { WARDGATE_MASTER_KEYS: retire.stdout.trim() }).stdout);
    assert.deepEqual(after.versions.map((v: { version: number; values: number }) => [v.version, v.values]), [[2, 2]]);
    // The old single key alone no longer opens the store: refused by name.
    const old = cli([...args, "crypto", "status"], { WARDGATE_MASTER_KEY: v1 });
    assert.equal(old.code, 1);
    assert.match(old.stderr, /environment variable WARDGATE_MASTER_KEY do not open this store's data \(its canary was sealed by master key version 2/);
  });
});

describe("serve refuses to start on a wrong master key or a missing secret, before writing anything", () => {
  test("wrong key: exit 1, the provider and version named, the database unchanged; missing secret: the config key named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-wrong-"));
    const cfg = join(dir, "wardgate.yaml");
    const port = await freePort();
    const right = randomBytes(32).toString("base64");
    writeFileSync(cfg, `server: { port: ${port} }\nadmin: { enabled: false }\nlog: { destination: ${join(dir, "log.jsonl")} }\nproviders:\n  demo: { type: demo }\nmodels:\n  - { name: demo, provider: demo }\n`);
    assert.equal(cli(["--config", cfg, "keys", "create", "--principal", "p", "--model", "demo"], { WARDGATE_MASTER_KEYS: right }).code, 0);
    const first = await serve(cfg, { WARDGATE_MASTER_KEYS: right });
    assert.ok(first.listening, first.err());
    process.kill(-first.child.pid!, "SIGTERM");
    await new Promise((r) => first.child.once("exit", r));
    const dbFile = join(dir, ".wardgate", "wardgate.db");
    const before = dump(dbFile);

    const wrong = await serve(cfg, { WARDGATE_MASTER_KEYS: randomBytes(32).toString("base64") });
    assert.equal(wrong.listening, false);
    assert.equal(wrong.code, 1);
    assert.match(wrong.err(), /the master keys from environment variable WARDGATE_MASTER_KEYS do not open this store's data \(its canary was sealed by master key version 1/);
    assert.ok(!wrong.err().includes(right));
    assert.equal(dump(dbFile), before, "nothing was written");

    const missing = await serve(cfg, {});
    assert.equal(missing.listening, false);
    assert.match(missing.err(), /master key file .*master-keys\.json: does not exist; this store holds data sealed by master key version 1/);
    assert.ok(!existsSync(join(dir, ".wardgate", "master-keys.json")), "no new key was made for a store that has one");
    assert.equal(dump(dbFile), before);

    writeFileSync(cfg, readFileSync(cfg, "utf8").replace("demo: { type: demo }", "demo: { type: demo }\n  up: { type: openai, baseUrl: \"http://127.0.0.1:9/v1\", apiKey: { secret: not-stored } }"));
    const noSecret = await serve(cfg, { WARDGATE_MASTER_KEYS: right });
    assert.equal(noSecret.listening, false);
    assert.equal(noSecret.code, 2);
    assert.match(noSecret.err(), /providers\.up\.apiKey: secret "not-stored" is not stored \(store it with: wardgate secrets set not-stored\)/);
    assert.equal(dump(dbFile), before);
  });
});

describe("no plaintext secret in the raw database", () => {
  test("a TOTP seed enrolled through the admin API and a provider key set through the CLI are in neither the database file nor its WAL, before or after rotation; both still work after rotate, rewrap, retire", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-grep-"));
    const config = parseConfig({ dataDir: dir });
    const dbFile = join(dir, "wardgate.db");
    const store = await SqliteStore.open(dbFile);
    try {
      const { keyring } = await loadKeyring(config, store, {});
      const clock = new Clock(Date.now());
      const admin = await startAdmin({ store, config: adminSchema.parse({ origin: "http://localhost:8788" }), keyring, now: clock.now, host: "127.0.0.1", port: 0 });
      let seed: string;
      try {
        const created = await createAdmin(store.admin, { tenantId: "default", email: "root@example.com", role: "owner", password: PASSWORD });
        const c = new AdminClient(admin.url);
        const login = await c.post("/auth/login", { email: "root@example.com", password: PASSWORD, enrolmentToken: created.enrolment.token });
        seed = totpSecretOf(login.body.otpauthUri);
        const enrolled = await c.post("/auth/totp/enroll", { code: await totpCode(seed, clock) });
        assert.equal(enrolled.status, 200, enrolled.text);
      } finally {
        await admin.close();
      }
      const providerKey = `sk-proj-${randomBytes(24).toString("hex")}`;
      const set = cli(["--data-dir", dir, "secrets", "set", "openai"], {}, `${providerKey}\n`);
      assert.equal(set.code, 0, set.stderr);
      const row = await store.admin.findAccountByEmail("root@example.com");
      assert.equal(keyring.open("default", row!.totpSecret!, `admin-totp:${row!.id}`).toString(), seed, "the seed is stored, sealed");
      assert.ok(existsSync(`${dbFile}-wal`), "the WAL is there to be searched (this connection keeps it)");
      const raw = Buffer.concat([readFileSync(dbFile), readFileSync(`${dbFile}-wal`)]);
      for (const [what, plain] of [["TOTP seed", seed], ["provider key", providerKey]] as const) {
        assert.equal(raw.indexOf(Buffer.from(plain)), -1, `${what} not in the raw bytes`);
        assert.equal(raw.indexOf(Buffer.from(plain).toString("base64")), -1, `${what} not in base64 either`);
      }
      assert.ok(raw.includes(Buffer.from("wgk1.1.")), "sealed values are what is there");

      // Rotate, rewrap and retire version 1 through the CLI; the admin still signs in with the same
      // authenticator (the seed opens under version 2), and the stored provider key still opens.
      for (const step of [["crypto", "rotate"], ["crypto", "rewrap"], ["crypto", "retire", "1"]]) {
        const r = cli(["--data-dir", dir, ...step]);
        assert.equal(r.code, 0, `${step.join(" ")}: ${r.stderr}`);
      }
      const { keyring: rotated } = await loadKeyring(config, store, {});
      assert.deepEqual(rotated.versions().map((v) => v.state), ["retired", "active"]);
      const again = await startAdmin({ store, config: adminSchema.parse({ origin: "http://localhost:8788" }), keyring: rotated, now: clock.now, host: "127.0.0.1", port: 0 });
      try {
        const c = new AdminClient(again.url);
        const login = await c.post("/auth/login", { email: "root@example.com", password: PASSWORD });
        assert.equal(login.body.next, "second-factor", login.text);
        clock.advance(60_000); // a later time step than the enrolment's
        assert.equal((await c.post("/auth/totp", { code: await totpCode(seed, clock) })).status, 200);
      } finally {
        await again.close();
      }
      assert.equal(rotated.open("default", (await store.secrets.get("openai"))!.sealed, "secret:openai").toString(), providerKey);
      assert.match((await store.admin.findAccountByEmail("root@example.com"))!.totpSecret!, /^wgk1\.2\./);
      const raw2 = Buffer.concat([readFileSync(dbFile), readFileSync(`${dbFile}-wal`)]);
      assert.equal(raw2.indexOf(Buffer.from(seed)), -1);
      assert.equal(raw2.indexOf(Buffer.from(providerKey)), -1);
    } finally {
      await store.close();
    }
  });
});
