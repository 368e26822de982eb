/**
 * Shutdown does not depend on logging. A demo-mode `serve` (the built CLI)
 * whose standard output has gone away — its reader closed the pipe (EPIPE),
 * or stopped reading so the pipe is full — must keep serving, and must still
 * drain and exit on SIGTERM. Seen before the fix: with a full pipe the exit
 * hung for good (the log's flush at exit retried EAGAIN forever), and a
 * pipe closed before the banner crashed the process (unhandled EPIPE).
 * The same holds for `--workers`, whose primary and workers share the pipe.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import { freePort, killedAfterTests } from "../fixtures/processes.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");
const children = killedAfterTests();
/** Demo mode's server.shutdownGraceMs (the default). */
const GRACE_MS = 15_000;
/** Generous: the exit is expected within a few seconds once the drain is done. */
const EXIT_BOUND_MS = GRACE_MS + 5_000;

interface Served {
  child: ChildProcess;
  port: number;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: string | null }>;
}

function startServe(args: string[]): { child: ChildProcess; port: Promise<number>; stderr: () => string; exited: Served["exited"] } {
  const dataDir = mkdtempSync(join(tmpdir(), "wardgate-shutdown-"));
  const portP = freePort();
  const child = spawn(process.execPath, [CLI, "serve", ...args], {
    cwd: ROOT,
    env: { ...process.env, WARDGATE_DATA_DIR: dataDir },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let err = "";
  child.stderr!.on("data", (d) => {
    err += d;
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((res) => child.once("exit", (code, signal) => res({ code, signal })));
  return { child, port: portP, stderr: () => err, exited };
}

/** `serve` with stdout piped to us; resolves once the banner (with the demo key) has been read. */
async function serveReadingBanner(extra: string[] = []): Promise<Served & { key: string }> {
  const port = await freePort();
  const s = startServe(["--port", String(port), ...extra]);
  let out = "";
  const key = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no banner; stdout: ${out}\nstderr: ${s.stderr()}`)), 60_000);
    s.child.stdout!.on("data", (d) => {
      out += d;
      const key = /Try it:[\s\S]*-d '/.test(out) ? /(wg_[0-9a-f]{12}_[0-9a-f]{64})/.exec(out)?.[1] : undefined;
      if (key) {
        clearTimeout(timer);
        res(key);
      }
    });
    void s.exited.then(({ code }) => rej(new Error(`exited ${code} while starting: ${s.stderr()}`)));
  });
  return { ...s, port, key };
}

/** A request the gateway answers and logs. */
async function chat(port: number, key: string): Promise<number> {
  const r = await fetch(`http://127.0.0.1:${port}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "demo", messages: [{ role: "user", content: "Hello" }] }),
  });
  await r.arrayBuffer();
  return r.status;
}

/** Sends `total` requests, `parallel` at a time; returns their statuses. */
async function many(port: number, key: string, total: number, parallel = 8): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < total) {
        next++;
        statuses.push(await chat(port, key));
      }
    }),
  );
  return statuses;
}

/** SIGTERM, then the exit (or a failure naming how long we waited). */
async function terminate(s: Served): Promise<{ code: number | null; signal: string | null; ms: number }> {
  const t0 = Date.now();
  s.child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, rej) => {
    timer = setTimeout(() => rej(new Error(`still running ${EXIT_BOUND_MS} ms after SIGTERM; stderr: ${s.stderr()}`)), EXIT_BOUND_MS);
  });
  try {
    const e = await Promise.race([s.exited, bound]);
    return { ...e, ms: Date.now() - t0 };
  } finally {
    clearTimeout(timer);
  }
}

// A pipe holds 64 KiB on Linux; each request logs a line of a few hundred bytes.
const FILL_PIPE = 800;

describe("serve: shutdown independent of logging", () => {
  test("the reader of stdout exits (EPIPE): requests are still served; SIGTERM drains and exits 0", async () => {
    const s = await serveReadingBanner();
    s.child.stdout!.destroy();
    assert.deepEqual(new Set(await many(s.port, s.key, 50)), new Set([200]));
    const e = await terminate(s);
    assert.deepEqual([e.code, e.signal], [0, null], s.stderr());
  });

  test("the reader of stdout stops reading (the pipe fills): requests are still served; SIGTERM exits 0", async () => {
    const s = await serveReadingBanner();
    s.child.stdout!.pause();
    assert.deepEqual(new Set(await many(s.port, s.key, FILL_PIPE)), new Set([200]));
    const e = await terminate(s);
    assert.deepEqual([e.code, e.signal], [0, null], s.stderr());
    s.child.stdout!.destroy();
  });

  test("stdout closed before the banner: serve starts anyway, serves, and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    const started = startServe(["--port", String(port)]);
    started.child.stdout!.destroy();
    const s: Served = { ...started, port };
    let healthy = false;
    const until = Date.now() + 60_000;
    let gone = false;
    void s.exited.then(() => {
      gone = true;
    });
    while (!healthy) {
      assert.ok(!gone, `exited while starting: ${s.stderr()}`);
      assert.ok(Date.now() < until, `not serving; stderr: ${s.stderr()}`);
      healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        async (r) => {
          await r.arrayBuffer();
          return r.ok;
        },
        () => false,
      );
      if (!healthy) await new Promise((r) => setTimeout(r, 100));
    }
    const r = await fetch(`http://127.0.0.1:${port}/v1/models`);
    assert.equal(r.status, 401);
    await r.arrayBuffer();
    const e = await terminate(s);
    assert.deepEqual([e.code, e.signal], [0, null], s.stderr());
  });

  test("--workers 2, the reader of stdout stops reading: SIGTERM stops primary and workers, exit 0", async () => {
    const s = await serveReadingBanner(["--workers", "2"]);
    s.child.stdout!.pause();
    assert.deepEqual(new Set(await many(s.port, s.key, FILL_PIPE)), new Set([200]));
    const e = await terminate(s);
    assert.deepEqual([e.code, e.signal], [0, null], s.stderr());
    s.child.stdout!.destroy();
  });
});
