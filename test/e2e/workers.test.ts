/**
 * `wardgate serve --workers N` from outside (the built CLI): requests are
 * served by more than one process, the banner and demo key appear once, a
 * killed worker is replaced, a crash loop is given up on, SIGTERM stops
 * everything cleanly, and what cannot work with several processes is refused.
 *
 * Which worker served a connection is read from /proc (the owner of the
 * server side of each TCP connection), so the gateway exposes nothing extra.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import OpenAI from "openai";
import { freePort, killedAfterTests } from "../fixtures/processes.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");
const children = killedAfterTests();
const linux = existsSync("/proc/self/fd") && existsSync("/proc/net/tcp");


function cli(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, cwd: ROOT, encoding: "utf8", timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the server in its own process group; resolves once stdout matches `ready`. */
async function start(args: string[], env: NodeJS.ProcessEnv, ready: RegExp) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => {
    out += d;
  });
  child.stderr!.on("data", (d) => {
    err += d;
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((res) => child.once("exit", (code, signal) => res({ code, signal })));
  await waitFor(() => ready.test(out), 60_000, () => `stdout: ${out}\nstderr: ${err}`, exited);
  return { child, exited, out: () => out, err: () => err };
}

async function waitFor(ok: () => boolean, ms: number, what: () => string, exited?: Promise<unknown>): Promise<void> {
  let gone = false;
  void exited?.then(() => {
    gone = true;
  });
  const until = Date.now() + ms;
  while (!ok()) {
    if (gone) throw new Error(`exited early; ${what()}`);
    if (Date.now() > until) throw new Error(`timed out; ${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The direct children of a process (its workers), from /proc. */
function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // Field 4 of stat is the parent; the name (field 2) may hold spaces, so parse after its ')'.
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(d));
    } catch {
      /* exited meanwhile */
    }
  }
  return out.sort((a, b) => a - b);
}

/** Which of `pids` hold the server side of an established TCP connection on `port`. */
function pidsServing(port: number, pids: number[]): Set<number> {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const line of readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1)) {
    const f = line.trim().split(/\s+/);
    // local_address is f[1] ("0100007F:1F90"); st 01 is ESTABLISHED; the inode is f[9].
    if (f[1]?.endsWith(`:${hex}`) && f[3] === "01") inodes.add(f[9]!);
  }
  const serving = new Set<number>();
  for (const pid of pids) {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) serving.add(pid);
      } catch {
        /* closed meanwhile */
      }
    }
  }
  return serving;
}

const count = (text: string, re: RegExp) => text.match(new RegExp(re, "g"))?.length ?? 0;

describe("serve --workers", { skip: !linux && "reads /proc (Linux)" }, () => {
  test("two workers share the port; a killed worker is replaced; SIGTERM drains both and exits 0", async () => {
    const env = { WARDGATE_DATA_DIR: mkdtempSync(join(tmpdir(), "wardgate-workers-")) };
    const port = await freePort();
    const run = await start(["serve", "--port", String(port), "--workers", "2"], env, /Try it:[\s\S]*-d '/);
    const out = run.out();
    assert.match(out, /2 worker processes/);
    assert.equal(count(out, /Wardgate is listening on/), 1, "one banner");
    assert.equal(count(out, /Your demo gateway key/), 1, "the demo key is shown once");
    const key = /(wg_[0-9a-f]{12}_[0-9a-f]{64})/.exec(out)?.[1];
    assert.ok(key, out);
    const listed = JSON.parse(cli(["keys", "list", "--json"], env).stdout) as unknown[];
    assert.equal(listed.length, 1, "one demo key issued, not one per worker");

    const primary = run.child.pid!;
    const workers = childPids(primary);
    assert.equal(workers.length, 2, `workers: ${workers}`);

    const client = new OpenAI({ apiKey: key, baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 });
    const ask = () => client.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "Hello" }] });
    // Concurrent requests open several keep-alive connections; round-robin hands them to both workers.
    const served = new Set<number>();
    for (let round = 0; round < 5 && served.size < 2; round++) {
      const replies = await Promise.all(Array.from({ length: 6 }, ask));
      for (const r of replies) assert.match(r.choices[0]!.message.content ?? "", /demo model/);
      for (const pid of pidsServing(port, workers)) served.add(pid);
    }
    assert.equal(served.size, 2, `connections served by ${[...served]} of ${workers}`);

    // A worker killed outright is replaced, and the service carries on meanwhile. A pooled
    // connection to the dead worker may be picked before its close is seen: the client retries,
    // as any client would.
    process.kill(workers[1]!, "SIGKILL");
    const retrying = new OpenAI({ apiKey: key, baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 2 });
    const r = await retrying.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "Hello" }] });
    assert.match(r.choices[0]!.message.content ?? "", /demo model/, "the other worker serves while one is down");
    let now: number[] = [];
    await waitFor(
      () => {
        now = childPids(primary);
        return now.length === 2 && !now.includes(workers[1]!);
      },
      30_000,
      () => `workers now: ${now}; stdout: ${run.out()}`,
    );
    await waitFor(() => /worker restarted/.test(run.out()), 30_000, () => run.out());
    assert.match(run.out(), /"signal":"SIGKILL"[^\n]*worker died unexpectedly; restarting/);
    for (const reply of await Promise.all(Array.from({ length: 4 }, ask))) assert.match(reply.choices[0]!.message.content ?? "", /demo model/);
    assert.equal(count(run.out(), /Wardgate is listening on/), 1, "a restart prints no second banner");

    // SIGTERM to the primary only (as a container runtime sends it): every worker drains and exits 0.
    process.kill(primary, "SIGTERM");
    assert.deepEqual(await run.exited, { code: 0, signal: null });
    assert.deepEqual(childPids(primary), []);
    assert.equal(count(run.out(), /"msg":"stopped"/), 2, "both workers ran their normal shutdown");
  });

  test("SIGTERM to the primary lets a worker's in-flight stream finish before everything exits 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-workers-drain-"));
    const port = await freePort();
    const cfg = join(dir, "wardgate.yaml");
    writeFileSync(cfg, `server: { port: ${port}, shutdownGraceMs: 10s }\nadmin: { enabled: false }\nproviders:\n  demo: { type: demo, chunkDelayMs: 40 }\nmodels:\n  - { name: demo, provider: demo }\n`);
    const made = JSON.parse(cli(["--config", cfg, "keys", "create", "--principal", "t", "--model", "demo", "--json"], {}).stdout) as { key: string };
    const run = await start(["--config", cfg, "serve", "--workers", "2"], {}, /listening on/);
    await waitFor(() => /workers started/.test(run.out()), 30_000, () => run.out());
    const client = new OpenAI({ apiKey: made.key, baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 });
    const stream = await client.chat.completions.create({ model: "demo", stream: true, messages: [{ role: "user", content: "say: one two three four five six seven eight" }] });
    const chunks: string[] = [];
    for await (const c of stream) {
      chunks.push(c.choices[0]?.delta.content ?? "");
      if (chunks.length === 2) process.kill(run.child.pid!, "SIGTERM");
    }
    assert.equal(chunks.join(""), "one two three four five six seven eight");
    assert.deepEqual(await run.exited, { code: 0, signal: null });
    assert.match(run.out(), /"failed":false,"msg":"all workers stopped"/);
  });

  test("a worker that keeps dying is given up on: the primary stops and exits non-zero", async () => {
    const env = { WARDGATE_DATA_DIR: mkdtempSync(join(tmpdir(), "wardgate-crashloop-")) };
    const port = await freePort();
    const run = await start(["serve", "--port", String(port), "--workers", "2"], env, /listening on/);
    const primary = run.child.pid!;
    const first = childPids(primary)[0]!;
    const killed = new Set<number>();
    // Kill every worker but the first as soon as it appears (five deaths well within 30 s).
    const killer = setInterval(() => {
      for (const pid of childPids(primary)) {
        if (pid === first || killed.has(pid)) continue;
        killed.add(pid);
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          /* gone */
        }
      }
    }, 20);
    try {
      const { code } = await run.exited;
      assert.equal(code, 1);
    } finally {
      clearInterval(killer);
    }
    assert.equal(killed.size, 5, `killed ${[...killed]}`);
    assert.match(run.err(), /worker processes keep dying \(5 in 30 s\): giving up/);
    assert.equal(count(run.out(), /worker died unexpectedly; restarting/), 4);
  });

  test("start-up errors are reported once, by the first worker: a port in use, an unusable master key", async () => {
    const held = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => held.once("listening", r));
    try {
      const port = (held.address() as { port: number }).port;
      const r = cli(["serve", "--port", String(port), "--workers", "2"], { WARDGATE_DATA_DIR: mkdtempSync(join(tmpdir(), "wardgate-inuse-")) });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(count(r.stderr, /cannot listen on 127\.0\.0\.1:\d+: the address is already in use/), 1, r.stderr);
    } finally {
      held.close();
    }
    const port = await freePort();
    const r = cli(["serve", "--port", String(port), "--workers", "2"], { WARDGATE_DATA_DIR: mkdtempSync(join(tmpdir(), "wardgate-badkey-")), WARDGATE_MASTER_KEY: "not-a-key" });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(count(r.stderr, /cannot load the master keys from/), 1, r.stderr);
  });

  test("memory limit counters with more than one worker are refused, naming limitsBackend", () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-workers-limits-"));
    const cfg = join(dir, "wardgate.yaml");
    writeFileSync(cfg, "providers:\n  demo: { type: demo }\nmodels:\n  - { name: demo, provider: demo }\nlimits:\n  - { id: per-key, scope: key, requests: { limit: 10, window: 1m } }\n");
    const r = cli(["--config", cfg, "serve", "--workers", "2"], {});
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /limitsBackend: "memory" keeps the counters of limits and budgets inside one process; with --workers 2 .* 2 times its amount\. Set limitsBackend: redis:\/\//);
    assert.ok(!existsSync(join(dir, ".wardgate")), "refused before anything was opened");
  });

  test("a bad --workers value is a clear usage error", () => {
    const env = { WARDGATE_DATA_DIR: mkdtempSync(join(tmpdir(), "wardgate-workers-bad-")) };
    for (const v of ["0", "two", "1000", "-1", "1.5"]) {
      const r = cli(["serve", "--workers", v], env);
      assert.equal(r.code, 2, `${v}: ${r.stderr}`);
      assert.match(r.stderr, /--workers <count>.*is invalid\. expected a number of worker processes from 1 to 256, or "auto"/, v);
    }
  });
});
