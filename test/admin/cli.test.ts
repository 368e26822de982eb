/**
 * `wardgate admin create|list|reset-mfa` and the admin listener started by
 * `wardgate serve`, as a newcomer would use them (the built CLI, real
 * processes, real time).
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import { AdminClient, Clock, PASSWORD, totpCode, totpSecretOf } from "./helpers.js";
import { freePort, killedAfterTests } from "../fixtures/processes.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");
const children = killedAfterTests();


function cli(args: string[], input?: string) {
  const env = { ...process.env };
  delete env.WARDGATE_MASTER_KEY;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env, input, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * cli() without blocking this process: while serve runs, the test's HTTP
 * client must keep noticing the listener closing idle keep-alive sockets
 * (a blocked event loop would reuse a closed one).
 */
async function cliAsync(args: string[]) {
  const env = { ...process.env };
  delete env.WARDGATE_MASTER_KEY;
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((res) => child.once("close", (c) => res(c)));
  return { code, stdout, stderr };
}

/** The enrolment token a command printed. */
const tokenIn = (stdout: string) => /^(wgenrol_[A-Za-z0-9_-]{43})$/m.exec(stdout)?.[1];

describe("wardgate admin (CLI) and the admin listener of serve", () => {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-admin-cli-"));
  const cfg = join(dir, "wardgate.yaml");
  let enrolmentToken: string | undefined;

  test("admin create bootstraps an owner (password from stdin, rules enforced); list shows it", () => {
    writeFileSync(cfg, "providers:\n  demo: { type: demo }\nmodels:\n  - { name: demo, provider: demo }\n");
    const noStdin = cli(["--config", cfg, "admin", "create", "--email", "root@example.com", "--role", "owner"]);
    assert.equal(noStdin.code, 2);
    assert.match(noStdin.stderr, /--password-stdin is required/);
    const weak = cli(["--config", cfg, "admin", "create", "--email", "root@example.com", "--role", "owner", "--password-stdin"], "root@example.com-1234\n");
    assert.equal(weak.code, 2);
    assert.match(weak.stderr, /must not contain the e-mail address's name part/);
    const badRole = cli(["--config", cfg, "admin", "create", "--email", "root@example.com", "--role", "god", "--password-stdin"], `${PASSWORD}\n`);
    assert.match(badRole.stderr, /role: expected one of owner, security-admin, key-manager, auditor/);

    const made = cli(["--config", cfg, "admin", "create", "--email", "Root@Example.com", "--role", "owner", "--password-stdin"], `${PASSWORD}\n`);
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /created owner root@example\.com \(adm_[0-9a-f]{16}\) in tenant default/);
    assert.match(made.stdout, /Enrolment token \(shown once; valid until [0-9T:.-]+Z\)/);
    enrolmentToken = tokenIn(made.stdout);
    assert.ok(enrolmentToken, made.stdout);
    const dup = cli(["--config", cfg, "admin", "create", "--email", "root@example.com", "--role", "auditor", "--password-stdin"], `${PASSWORD}\n`);
    assert.equal(dup.code, 1);
    assert.match(dup.stderr, /already exists/);

    const list = JSON.parse(cli(["--config", cfg, "admin", "list", "--json"]).stdout);
    assert.equal(list.length, 1);
    assert.deepEqual({ email: list[0].email, role: list[0].role, mfa: list[0].mfa }, { email: "root@example.com", role: "owner", mfa: { totp: false } });
    assert.ok(!JSON.stringify(list).includes("argon2"));
  });

  test("serve starts the admin API on its own port; the owner signs in and enrols; reset-mfa sends them back to enrolment", async () => {
    const port = await freePort();
    const adminPort = await freePort();
    writeFileSync(cfg, `server: { port: ${port} }\nadmin: { port: ${adminPort} }\nlog: { destination: ${join(dir, "log.jsonl")} }\nproviders:\n  demo: { type: demo }\nmodels:\n  - { name: demo, provider: demo }\n`);
    const env = { ...process.env };
    delete env.WARDGATE_MASTER_KEY;
    const child = spawn(process.execPath, [CLI, "--config", cfg, "serve"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let out = "";
    await new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`serve did not start: ${out}`)), 20_000);
      child.stdout!.on("data", (d: Buffer) => {
        out += d.toString();
        if (/Admin API on/.test(out)) {
          clearTimeout(timer);
          res();
        }
      });
    });
    assert.match(out, new RegExp(`Admin API on http://127\\.0\\.0\\.1:${adminPort}/admin/v1`));
    assert.equal((await fetch(`http://127.0.0.1:${port}/admin/v1/me`)).status, 404, "the data plane does not serve the admin API");

    const c = new AdminClient(`http://127.0.0.1:${adminPort}`);
    const bare = await c.post("/auth/login", { email: "root@example.com", password: PASSWORD });
    assert.equal(bare.body.error?.code, "enrolment_token_required", "the password alone does not enrol");
    const login = await c.post("/auth/login", { email: "root@example.com", password: PASSWORD, enrolmentToken });
    assert.equal(login.body.next, "enroll-totp", login.text);
    const clock = new Clock(Date.now());
    const enrolled = await c.post("/auth/totp/enroll", { code: await totpCode(totpSecretOf(login.body.otpauthUri), clock) });
    assert.equal(enrolled.status, 200, enrolled.text);
    assert.equal((await c.get("/me")).body.account.email, "root@example.com");
    assert.equal(statSync(join(dir, ".wardgate", "master-keys.json")).mode & 0o777, 0o600, "the master key file was created private");

    const enrolled2 = await cliAsync(["--config", cfg, "admin", "enrolment-token", "--email", "root@example.com"]);
    assert.equal(enrolled2.code, 1, "an enrolled admin needs no token");
    assert.match(enrolled2.stderr, /wardgate admin reset-mfa --email root@example\.com/);

    const reset = await cliAsync(["--config", cfg, "admin", "reset-mfa", "--email", "root@example.com"]);
    assert.equal(reset.code, 0, reset.stderr);
    const resetToken = tokenIn(reset.stdout);
    assert.ok(resetToken && resetToken !== enrolmentToken, reset.stdout);
    assert.equal((await c.get("/me")).status, 401, "reset-mfa ended the sessions");
    const admin = () => new AdminClient(`http://127.0.0.1:${adminPort}`);
    assert.equal((await admin().post("/auth/login", { email: "root@example.com", password: PASSWORD, enrolmentToken })).body.error?.code, "invalid_enrolment_token", "the first token was used");
    // A new token replaces the reset's.
    const reissued = await cliAsync(["--config", cfg, "admin", "enrolment-token", "--email", "root@example.com"]);
    assert.equal(reissued.code, 0, reissued.stderr);
    const again = await admin().post("/auth/login", { email: "root@example.com", password: PASSWORD, enrolmentToken: tokenIn(reissued.stdout) });
    assert.equal(again.body.next, "enroll-totp", again.text);
    assert.equal((await admin().post("/auth/login", { email: "root@example.com", password: PASSWORD, enrolmentToken: resetToken })).body.error?.code, "invalid_enrolment_token", "replaced");

    process.kill(-child.pid!, "SIGTERM");
  });
});
