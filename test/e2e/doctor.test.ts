/**
 * `wardgate doctor` and serve's start-up warning, from outside (the built
 * CLI): findings as text or JSON, exit 1 on a high one, and `serve` warning
 * once — in its log and on stderr — when the audit log has neither an
 * external witness nor master keys kept outside the data directory.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import { freePort, killedAfterTests } from "../fixtures/processes.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");
const children = killedAfterTests();

function cli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}) {
  const clean = { ...process.env };
  delete clean.WARDGATE_MASTER_KEYS;
  delete clean.WARDGATE_MASTER_KEY;
  delete clean.WARDGATE_CONFIG;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...clean, ...env }, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A config file in a fresh directory: SQLite and master keys under its data dir, admin API off. */
function configFile(extra: string, port = 0): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-doctor-e2e-"));
  const file = join(dir, "wardgate.yaml");
  writeFileSync(
    file,
    `server: { host: 127.0.0.1, port: ${port} }\ndataDir: ${join(dir, "data")}\nadmin: { enabled: false }\n` +
      `providers: { openai: { type: openai, baseUrl: "https://api.openai.com/v1", apiKey: sk-test } }\nmodels: [{ name: gpt-4o-mini, provider: openai }]\n${extra}`,
  );
  return { file, dir };
}

const WITNESS = (dir: string) => `audit: { witnesses: [{ file: ${join(dir, "elsewhere/checkpoint")} }] }\n`;

describe("wardgate doctor", () => {
  test("no witness, keys in the data directory: findings listed with fixes, exit 1", () => {
    const { file } = configFile("");
    const r = cli(["--config", file, "doctor"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, new RegExp(`^wardgate doctor: ${file}\\n`));
    assert.match(r.stdout, /^HIGH {3}audit\.witness: No external witness for the audit log\n {2}.+\n {2}fix: .*audit\.witnesses/m);
    assert.match(r.stdout, /^MEDIUM {1}crypto\.master-keys-in-data-dir: /m);
    assert.match(r.stdout, /\n2 finding\(s\): 1 high, 1 medium\n$/);
  });

  test("--format json: the same findings as data", () => {
    const { file } = configFile("");
    const r = cli(["--config", file, "doctor", "--format", "json"]);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as { config: string; demo: boolean; findings: { id: string; severity: string; title: string; detail: string; fix: string }[] };
    assert.equal(report.config, file);
    assert.equal(report.demo, false);
    assert.deepEqual(report.findings.map((f) => [f.id, f.severity]), [["audit.witness", "high"], ["crypto.master-keys-in-data-dir", "medium"]]);
  });

  test("a witness and master keys from the environment: no findings, exit 0", () => {
    const { file } = configFile(WITNESS(dir0()));
    const r = cli(["--config", file, "doctor"], ROOT, { WARDGATE_MASTER_KEYS: `1:${Buffer.alloc(32, 7).toString("base64")}` });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, `wardgate doctor: ${file}\nno findings\n`);
  });

  test("only a medium finding: exit 0", () => {
    const { file } = configFile(WITNESS(dir0()));
    const r = cli(["--config", file, "doctor", "--format", "json"]);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { id: string }) => f.id), ["crypto.master-keys-in-data-dir"]);
  });

  test("demo mode: one informational finding, exit 0; a bad --format is a usage error", () => {
    const cwd = mkdtempSync(join(tmpdir(), "wardgate-doctor-demo-"));
    const r = cli(["doctor"], cwd);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^wardgate doctor: demo mode \(no config file\)\n\nINFO {3}mode\.demo: /);
    const bad = cli(["doctor", "--format", "yaml"], cwd);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Allowed choices are text, json/);
  });
});

/** A scratch directory outside any data directory (for witness files). */
function dir0(): string {
  return mkdtempSync(join(tmpdir(), "wardgate-witness-"));
}

/** Starts serve on the config; resolves with its stdout and stderr once it listens, then stops it. */
async function serveOutput(file: string): Promise<{ stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, "--config", file, "serve"], { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WARDGATE_MASTER_KEYS: "" } });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((res) => child.once("exit", (code) => res(code)));
  await new Promise<void>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`not listening; stdout: ${stdout}\nstderr: ${stderr}`)), 60_000);
    child.stdout!.on("data", (d) => {
      stdout += d;
      // The warning follows the listening line in the log: wait for the log line after it.
      if (/"msg":"listening"/.test(stdout)) {
        clearTimeout(timer);
        res();
      }
    });
    void exited.then((code) => rej(new Error(`exited ${code}: ${stderr}`)));
  });
  child.kill("SIGTERM");
  assert.equal(await exited, 0, stderr);
  return { stdout, stderr };
}

describe("serve: the start-up warning", () => {
  test("no witness and master keys in the data directory: warned once, on stderr and in the log", async () => {
    const { file } = configFile("", await freePort());
    const { stdout, stderr } = await serveOutput(file);
    const warnings = stderr.match(/wardgate: warning: the audit log has no external witness[^\n]*master-keys\.json[^\n]*\n/g) ?? [];
    assert.equal(warnings.length, 1, stderr);
    const logged = stdout.split("\n").filter((l) => l.includes('"level":40') && l.includes("no external witness"));
    assert.equal(logged.length, 1, stdout);
    assert.match(logged[0]!, /"checks":\["audit\.witness","crypto\.master-keys-in-data-dir"\]/);
  });

  test("with a witness: no warning", async () => {
    const { file } = configFile(WITNESS(dir0()), await freePort());
    const { stdout, stderr } = await serveOutput(file);
    assert.doesNotMatch(stderr, /warning/);
    assert.doesNotMatch(stdout, /no external witness/);
  });
});
