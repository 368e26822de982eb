/**
 * What auditing costs the data plane (`node --import tsx bench/audit-gateway.ts`,
 * after `npm run build`). Target (issue 5): gateway throughput with auditing
 * on ≥ 90% of auditing off, in the same run.
 *
 * One mock upstream and two gateways (the built CLI, guard off, as
 * bench/gateway.ts runs them) in child processes; autocannon here, 50
 * connections, a short chat request, runs interleaved off → on → on → off …
 * (the order rotates each repeat so both see the same machine noise), the
 * best of BENCH_REPEATS reported. "audit on" is the default configuration:
 * every exchange becomes a `gateway.request` event with the prompt's and the
 * reply's SHA-256 (retention `hash`), batched into the SQLite log, with
 * signed checkpoints every 1000 events. With the gateway saturated on its one
 * thread, 1e6/rps would be its CPU time per request; but with a writer
 * thread the process uses more than one core, so the table also reads each
 * gateway's CPU time per request from /proc (all threads, and the main
 * thread alone). After the runs the bench checks that the audited
 * gateway's log holds an event for every 2xx it served (it must not win by
 * dropping events).
 *
 * Env: BENCH_SECONDS (per run, default 10), BENCH_REPEATS (default 3).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { request } from "undici";
import { stringify as toYaml } from "yaml";
import { cpuTimeUs, killAllNow, startChild, stopAll, waitForLine } from "./procs.js";

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: expected a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

const SECONDS = envInt("BENCH_SECONDS", 10);
const REPEATS = envInt("BENCH_REPEATS", 3);
const CONNECTIONS = 50;
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli", "main.js");
const MODEL = "mock-model";
const BODY = JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hello" }] });
const TARGET_RATIO = 0.9;

type Variant = "audit off" | "audit on";
const VARIANTS: Variant[] = ["audit off", "audit on"];

interface Run {
  variant: Variant;
  rps: number;
  /** CPU time of the gateway process per 2xx, µs: all its threads, and its main (serving) thread alone. */
  cpuUs: number | undefined;
  mainUs: number | undefined;
  ok: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

const log = (msg: string) => process.stderr.write(`[bench:audit-gateway] ${msg}\n`);

function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.WARDGATE_CONFIG;
  delete env.WARDGATE_DATA_DIR;
  return env;
}

async function writeConfig(dir: string, upstreamOrigin: string, audit: boolean): Promise<string> {
  await mkdir(dir, { recursive: true });
  const configFile = join(dir, "wardgate.yaml");
  await writeFile(
    configFile,
    toYaml({
      server: { host: "127.0.0.1", port: 0 },
      dataDir: join(dir, "data"),
      log: { level: "info", destination: join(dir, "gateway.log") },
      providers: { mock: { type: "openai", baseUrl: `${upstreamOrigin}/v1`, apiKey: "sk-bench-upstream" } },
      models: [{ name: MODEL, provider: "mock" }],
      guard: { profile: "off" },
      admin: { port: 0 },
      ...(audit ? {} : { audit: { enabled: false } }),
    }),
  );
  return configFile;
}

interface Gateway {
  pid: number;
  origin: string;
  key: string;
  dataDir: string;
}

async function startGateway(dir: string, upstreamOrigin: string, audit: boolean): Promise<Gateway> {
  const configFile = await writeConfig(dir, upstreamOrigin, audit);
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, "--config", configFile, "keys", "create", "--principal", "bench", "--model", MODEL, "--json"], {
    cwd: ROOT,
    env: cliEnv(),
    timeout: 30_000,
  });
  const key = (JSON.parse(stdout) as { key: string }).key;
  const child = startChild(audit ? "gateway (audit on)" : "gateway (audit off)", ["--max-semi-space-size=4", CLI, "--config", configFile, "serve", "--port", "0"], { cwd: ROOT, env: cliEnv() });
  const origin = (await waitForLine(child, /Wardgate is listening on (https?:\/\/[^\s]+)/))[1]!;
  return { pid: child.pid, origin, key, dataDir: join(dir, "data") };
}

/** The process's CPU time (every thread) and its main thread's, in µs. */
async function cpu(pid: number): Promise<{ all: number | undefined; main: number | undefined }> {
  return { all: await cpuTimeUs(pid), main: await cpuTimeUs(pid, pid) };
}

async function load(g: Gateway, variant: Variant, seconds: number): Promise<Run> {
  const before = await cpu(g.pid);
  const r = await autocannon({
    url: `${g.origin}/v1/chat/completions`,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${g.key}` },
    body: BODY,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
  });
  const after = await cpu(g.pid);
  const per = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || r["2xx"] === 0 ? undefined : (b - a) / r["2xx"]);
  return {
    variant,
    rps: r["2xx"] / r.duration,
    cpuUs: per(before.all, after.all),
    mainUs: per(before.main, after.main),
    ok: r["2xx"],
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

/** Rows in the audited gateway's log, read from its SQLite file (WAL mode: a reader sees committed batches). */
function auditRows(dataDir: string): number {
  const db = new Database(join(dataDir, "wardgate.db"), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("select count(*) as n from audit_events where kind = 'gateway.request'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} not found; run \`npm run build\` first`);
  const dir = await mkdtemp(join(tmpdir(), "wardgate-bench-audit-"));
  try {
    const upstream = startChild("mock upstream", ["--import", "tsx", "bench/upstream-process.ts"], { cwd: ROOT });
    const upstreamOrigin = `http://127.0.0.1:${(await waitForLine(upstream, /^UPSTREAM (\d+)$/))[1]}`;
    const gateways: Record<Variant, Gateway> = {
      "audit off": await startGateway(join(dir, "off"), upstreamOrigin, false),
      "audit on": await startGateway(join(dir, "on"), upstreamOrigin, true),
    };
    for (const v of VARIANTS) {
      const g = gateways[v];
      const res = await request(`${g.origin}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${g.key}` }, body: BODY });
      const text = await res.body.text();
      if (res.statusCode !== 200) throw new Error(`${v}: expected 200, got ${res.statusCode}: ${text.slice(0, 200)}`);
    }
    let served = 1; // the check request above
    for (const v of VARIANTS) {
      const w = await load(gateways[v], v, Math.min(3, SECONDS));
      if (v === "audit on") served += w.ok;
      log(`warm-up ${v}: ${Math.round(w.rps)} req/s`);
    }
    const runs: Run[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const order = i % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const v of order) {
        const r = await load(gateways[v], v, SECONDS);
        if (v === "audit on") served += r.ok;
        log(`${v}: ${Math.round(r.rps)} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (non-2xx ${r.non2xx}, errors ${r.errors})`);
        runs.push(r);
      }
    }
    // Let the last batch and checkpoint land, then count.
    await new Promise((r) => setTimeout(r, 1500));
    const rows = auditRows(gateways["audit on"].dataDir);
    const best = (v: Variant) => runs.filter((r) => r.variant === v).reduce((a, b) => (b.rps > a.rps ? b : a));
    const off = best("audit off");
    const on = best("audit on");
    const ratio = on.rps / off.rps;
    const lines = [
      "",
      `| gateway, c=${CONNECTIONS}, best of ${REPEATS} × ${SECONDS}s | req/s | p50 ms | p99 ms | vs audit off | gateway CPU µs/request (all threads) | main thread µs/request |`,
      "|---|---:|---:|---:|---:|---:|---:|",
      ...VARIANTS.map((v) => {
        const r = best(v);
        const us = (n: number | undefined) => (n === undefined ? "n/a" : n.toFixed(0));
        return `| ${v} | ${Math.round(r.rps)} | ${r.p50Ms} | ${r.p99Ms} | ${(r.rps / off.rps).toFixed(2)} | ${us(r.cpuUs)} | ${us(r.mainUs)} |`;
      }),
      "",
      `Auditing adds ${on.cpuUs !== undefined && off.cpuUs !== undefined ? (on.cpuUs - off.cpuUs).toFixed(0) : "n/a"} µs of gateway CPU per request, ${on.mainUs !== undefined && off.mainUs !== undefined ? (on.mainUs - off.mainUs).toFixed(0) : "n/a"} µs of it on the thread serving requests (the rest is the audit writer thread and V8's helpers); on a 2-core machine shared with the load generator and the upstream, all of it costs throughput.`,
      "",
      `Audited gateway: ${served} requests answered 2xx, ${rows} gateway.request events in its log (non-2xx / errors over all runs: ${runs.reduce((a, r) => a + r.non2xx, 0)} / ${runs.reduce((a, r) => a + r.errors, 0)}).`,
      `- ${rows >= served ? "PASS" : "FAIL"} every request the audited gateway served is in its log`,
      `- ${ratio >= TARGET_RATIO ? "PASS" : "FAIL"} throughput with auditing on ≥ ${TARGET_RATIO * 100}% of off: ${(ratio * 100).toFixed(0)}%`,
      "",
    ];
    process.stdout.write(lines.join("\n"));
  } finally {
    await stopAll();
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

process.on("exit", killAllNow);
main().then(
  () => process.exit(0),
  (err: unknown) => {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    void stopAll().finally(() => process.exit(1));
  },
);
