/**
 * Gateway overhead benchmark (`npm run bench`).
 *
 * Four child processes — the mock upstream, a bare pass-through proxy, the
 * "floor" proxy and the real gateway (built CLI, logging to a file) — and the
 * load generator (autocannon) here in the parent. Measures throughput at 50
 * connections for plain and streaming chat completions against the bare
 * proxy and the gateway, interleaved (plus, for context, a 20 ms upstream);
 * latency at concurrency 1 with a sub-millisecond clock; and the gateway's
 * RSS after 100k requests. Prints a markdown report with PASS/FAIL against
 * the targets and writes JSON to bench/results/.
 *
 * The floor (bench/floor-proxy.ts) is the bare proxy plus the least work any
 * gateway must do per request: hash the key and look it up, JSON.parse the
 * body for `model`, write one request-log line through pino. It runs in the
 * plain and stream scenarios only, for context (no target): floor/bare shows
 * how much of the gap to the bare proxy is unavoidable, gateway/floor what
 * is left to the gateway's own code.
 *
 * Env: BENCH_SECONDS (per run, default 10), BENCH_REPEATS (runs per target
 * and scenario, default 2), BENCH_LATENCY_REQUESTS (per target, default
 * 5000), BENCH_GATEWAY_NODE_ARGS (extra node flags for the gateway child,
 * e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"), BENCH_KEEP_TMP=1 (keep the
 * temp dir with config, store and gateway.log).
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import autocannon from "autocannon";
import { Client, request } from "undici";
import { stringify as toYaml } from "yaml";
import { type Child, killAllNow, startChild, stopAll, waitForLine } from "./procs.js";

// ---- settings -------------------------------------------------------------

function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name}: expected an integer ≥ ${min}, got "${raw}"`);
  return n;
}

const SECONDS = envInt("BENCH_SECONDS", 10, 1);
const REPEATS = envInt("BENCH_REPEATS", 2, 1);
const LATENCY_REQUESTS = envInt("BENCH_LATENCY_REQUESTS", 5000, 100);
const WARMUP_SECONDS = Math.min(2, SECONDS);
/** Unmeasured requests per target before the concurrency-1 loop (JIT, pools, caches). */
const LATENCY_WARMUP = 500;
const CONNECTIONS = 50;
/**
 * An informational scenario (no target): with an upstream that takes this
 * long, as real models do, 50 connections cap both proxies at
 * 50 / latency req/s, and the question becomes whether the gateway keeps up.
 */
const SLOW_UPSTREAM_MS = 20;
const RSS_AFTER_REQUESTS = 100_000;
/** The node flags `npm start` gives the gateway (between "node" and the script), so it runs here as it runs there. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(fileURLToPath(new URL("..", import.meta.url)), "package.json"), "utf8")) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  return words.slice(1, words.indexOf("dist/cli/main.js")).filter((w) => w.startsWith("--"));
}
const GATEWAY_NODE_ARGS = [...startFlags(), ...(process.env.BENCH_GATEWAY_NODE_ARGS ?? "").split(/\s+/).filter(Boolean)];
const KEEP_TMP = process.env.BENCH_KEEP_TMP === "1";

const TARGETS = { minRatio: 0.8, maxAddedP99Ms: 1, maxRssMb: 150 };

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli", "main.js");
const PATH = "/v1/chat/completions";
const MODEL = "mock-model";
const BODY = {
  plain: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hello" }] }),
  stream: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hello" }], stream: true }),
  // The mock upstream waits this long before answering ("slow-<ms>"): a model-like latency, for context only.
  slow: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: `slow-${SLOW_UPSTREAM_MS}` }] }),
};

type TargetName = "bare" | "floor" | "gateway";
/** The concurrency-1 loop compares only these two. */
type LatencyTarget = "bare" | "gateway";
type Scenario = "plain" | "stream" | "slow";
/** The scenarios the floor proxy runs in; the slow one is left out to keep the run time down. */
const FLOOR_SCENARIOS: readonly Scenario[] = ["plain", "stream"];
const SCENARIO_LABEL: Record<Scenario, string> = {
  plain: "non-stream c=50",
  stream: "stream c=50",
  slow: `non-stream c=50, upstream ${SLOW_UPSTREAM_MS} ms`,
};

interface Target {
  name: TargetName;
  origin: string;
  child: Child;
}

/** One autocannon run, reduced to what the report needs. */
interface LoadRun {
  target: TargetName;
  scenario: Scenario;
  /** Only "measured" runs enter the report; the others still count towards the RSS checkpoint. */
  phase: "warm-up" | "measured" | "top-up";
  seconds: number;
  completed: number;
  rps: number;
  /** autocannon latency: whole milliseconds. */
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** CPU time per completed request, µs, of each process involved (Linux only). */
  cpuUsPerRequest?: { target: number; upstream: number; loadGenerator: number };
  /**
   * Share of the whole machine's CPU (all cores) used during the run by
   * processes other than the three above, and stolen by the hypervisor: the
   * noise indicator for the run (Linux only).
   */
  interferencePct?: { others: number; steal: number };
}

interface LatencyStats {
  requests: number;
  rps: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non200: number;
}

// ---- process lifetime -----------------------------------------------------

let currentLoad: autocannon.Instance | undefined;
let tmpDir: string | undefined;
let exiting: Promise<never> | undefined;

/**
 * Every way out goes through here, so no child outlives the benchmark: stop
 * the load, SIGTERM the children (SIGKILL after a grace period), remove the
 * temp dir. The first caller's exit code wins; later callers wait for it.
 */
function exit(code: number): Promise<never> {
  exiting ??= (async () => {
    currentLoad?.stop();
    await stopAll();
    if (tmpDir && KEEP_TMP) log(`kept ${tmpDir}`);
    else if (tmpDir) await rm(tmpDir, { recursive: true, force: true }).catch(() => {});
    process.exit(code);
  })();
  return exiting;
}

// Last resort for exits that skip the above (process.exit elsewhere, a second Ctrl-C).
process.on("exit", killAllNow);
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.on(signal, () => {
    if (exiting) process.exit(code);
    log(`${signal}: stopping children`);
    void exit(code);
  });
}

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

// ---- starting the servers -------------------------------------------------

async function startUpstream(): Promise<{ child: Child; origin: string }> {
  const child = startChild("mock upstream", ["--import", "tsx", "bench/upstream-process.ts"], { cwd: ROOT });
  const m = await waitForLine(child, /^UPSTREAM (\d+)$/);
  return { child, origin: `http://127.0.0.1:${m[1]}` };
}

/** A reference proxy, bench/<name>-proxy.ts, which prints `<NAME> <port>` when ready. */
async function startProxy(name: "bare" | "floor", args: string[]): Promise<Target> {
  const child = startChild(`${name} proxy`, ["--import", "tsx", `bench/${name}-proxy.ts`, ...args], { cwd: ROOT });
  const m = await waitForLine(child, new RegExp(`^${name.toUpperCase()} (\\d+)$`));
  return { name, origin: `http://127.0.0.1:${m[1]}`, child };
}

/** Environment for CLI children: the bench's own config must win over any WARDGATE_* the caller has set. */
function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.WARDGATE_CONFIG;
  delete env.WARDGATE_DATA_DIR;
  return env;
}

async function startGateway(dir: string, upstreamOrigin: string): Promise<{ target: Target; key: string; logFile: string }> {
  const logFile = join(dir, "gateway.log");
  const configFile = join(dir, "wardgate.yaml");
  const config = {
    server: { host: "127.0.0.1", port: 0 },
    dataDir: join(dir, "data"),
    log: { level: "info", destination: logFile },
    providers: { mock: { type: "openai", baseUrl: `${upstreamOrigin}/v1`, apiKey: "sk-bench-upstream" } },
    models: [{ name: MODEL, provider: "mock" }],
  };
  await writeFile(configFile, toYaml(config));

  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CLI, "--config", configFile, "keys", "create", "--principal", "bench", "--model", MODEL, "--json"],
    { cwd: ROOT, env: cliEnv(), timeout: 30_000 },
  );
  const key = (JSON.parse(stdout) as { key?: unknown }).key;
  if (typeof key !== "string") throw new Error(`keys create printed no key: ${stdout}`);

  const child = startChild("gateway", [...GATEWAY_NODE_ARGS, CLI, "--config", configFile, "serve", "--port", "0"], { cwd: ROOT, env: cliEnv() });
  const m = await waitForLine(child, /Wardgate is listening on (http:\/\/[^\s]+)/);
  return { target: { name: "gateway", origin: m[1]!, child }, key, logFile };
}

// ---- measuring ------------------------------------------------------------

let gatewayRequests = 0;
let upstreamPid = 0;

function headersFor(key: string): Record<string, string> {
  return { "content-type": "application/json", authorization: `Bearer ${key}` };
}

/** One request of each kind through a target, checked, so a misconfiguration fails loudly instead of benchmarking 401s. */
async function verify(t: Target, key: string): Promise<void> {
  for (const scenario of ["plain", "stream"] as const) {
    const res = await request(t.origin + PATH, { method: "POST", headers: headersFor(key), body: BODY[scenario] });
    const text = await res.body.text();
    if (t.name === "gateway") gatewayRequests++;
    const ok = res.statusCode === 200 && (scenario === "plain" ? text.includes('"chat.completion"') : text.trimEnd().endsWith("data: [DONE]"));
    if (!ok) throw new Error(`${t.name} ${scenario}: unexpected reply ${res.statusCode}: ${text.slice(0, 300)}`);
  }
}

async function load(t: Target, scenario: Scenario, key: string, opts: { phase: LoadRun["phase"]; seconds?: number; amount?: number }): Promise<LoadRun> {
  // CPU time of every process before and after: on a 2-core box the three
  // of them compete for the same cores, so per-request CPU shows where the
  // time goes better than req/s alone.
  const cpuBefore = await Promise.all([cpuTimeUs(t.child.pid), cpuTimeUs(upstreamPid)]);
  const machineBefore = await machineCpuUs();
  const selfBefore = process.cpuUsage();
  const instance = autocannon({
    url: t.origin + PATH,
    method: "POST",
    headers: headersFor(key),
    body: BODY[scenario],
    connections: CONNECTIONS,
    ...(opts.amount !== undefined ? { amount: opts.amount } : { duration: opts.seconds ?? SECONDS }),
    timeout: 10,
  });
  currentLoad = instance;
  const r = await instance;
  currentLoad = undefined;
  const self = process.cpuUsage(selfBefore);
  const machineAfter = await machineCpuUs();
  const cpuAfter = await Promise.all([cpuTimeUs(t.child.pid), cpuTimeUs(upstreamPid)]);
  if (t.name === "gateway") gatewayRequests += r.requests.total;
  const perRequest = (before: number | undefined, after: number | undefined) =>
    before === undefined || after === undefined ? Number.NaN : (after - before) / r.requests.total;
  const run: LoadRun = {
    target: t.name,
    scenario,
    phase: opts.phase,
    seconds: r.duration,
    completed: r.requests.total,
    // Only successful replies count as throughput.
    rps: r["2xx"] / r.duration,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
  const target = perRequest(cpuBefore[0], cpuAfter[0]);
  if (!Number.isNaN(target)) {
    run.cpuUsPerRequest = { target, upstream: perRequest(cpuBefore[1], cpuAfter[1]), loadGenerator: (self.user + self.system) / r.requests.total };
  }
  if (machineBefore && machineAfter && cpuBefore.every((x) => x !== undefined) && cpuAfter.every((x) => x !== undefined)) {
    const ours = cpuAfter[0]! - cpuBefore[0]! + (cpuAfter[1]! - cpuBefore[1]!) + self.user + self.system;
    const total = machineAfter.total - machineBefore.total;
    run.interferencePct = {
      others: Math.max(0, (100 * (machineAfter.busy - machineBefore.busy - ours)) / total),
      steal: (100 * (machineAfter.steal - machineBefore.steal)) / total,
    };
  }
  log(
    `${opts.phase === "measured" ? "" : `${opts.phase} `}${SCENARIO_LABEL[scenario]} ${t.name}: ${Math.round(run.rps)} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms` +
      ` (${run.completed} done, non-2xx ${run.non2xx}, errors ${run.errors}, timeouts ${run.timeouts}` +
      `${run.cpuUsPerRequest ? `; CPU µs/req ${t.name} ${run.cpuUsPerRequest.target.toFixed(0)}, upstream ${run.cpuUsPerRequest.upstream.toFixed(0)}, autocannon ${run.cpuUsPerRequest.loadGenerator.toFixed(0)}` : ""}` +
      `${run.interferencePct ? `; other processes ${run.interferencePct.others.toFixed(0)}%, steal ${run.interferencePct.steal.toFixed(0)}%` : ""})`,
  );
  return run;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Concurrency-1 latency, timed here with hrtime because autocannon's
 * histogram only holds whole milliseconds. Requests alternate between the
 * two targets (and which goes first) so both see the same machine noise.
 */
async function latency(bare: Target, gateway: Target, key: string): Promise<Record<LatencyTarget, LatencyStats>> {
  const clients: Record<LatencyTarget, Client> = {
    bare: new Client(bare.origin, { pipelining: 1 }),
    gateway: new Client(gateway.origin, { pipelining: 1 }),
  };
  const samples: Record<LatencyTarget, number[]> = { bare: [], gateway: [] };
  const non200: Record<LatencyTarget, number> = { bare: 0, gateway: 0 };
  const headers = headersFor(key);
  try {
    for (let i = 0; i < LATENCY_WARMUP + LATENCY_REQUESTS; i++) {
      const order: LatencyTarget[] = i % 2 === 0 ? ["bare", "gateway"] : ["gateway", "bare"];
      for (const name of order) {
        const start = process.hrtime.bigint();
        const res = await clients[name].request({ method: "POST", path: PATH, headers, body: BODY.plain });
        await res.body.arrayBuffer();
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (name === "gateway") gatewayRequests++;
        if (res.statusCode !== 200) non200[name]++;
        if (i >= LATENCY_WARMUP) samples[name].push(ms);
      }
    }
  } finally {
    await Promise.all(Object.values(clients).map((c) => c.close()));
  }
  const stats = (name: LatencyTarget): LatencyStats => {
    const s = samples[name].sort((a, b) => a - b);
    const total = s.reduce((a, b) => a + b, 0);
    return {
      requests: s.length,
      rps: s.length / (total / 1000),
      meanMs: total / s.length,
      p50Ms: percentile(s, 50),
      p99Ms: percentile(s, 99),
      maxMs: s[s.length - 1]!,
      non200: non200[name],
    };
  };
  return { bare: stats("bare"), gateway: stats("gateway") };
}

/** Linux reports process CPU time in clock ticks; 100 per second on every mainstream kernel config. */
const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in µs; undefined off Linux. */
async function cpuTimeUs(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // Fields after the ")" that closes the command name: state is [0], utime [11], stime [12].
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(rest[11]) + Number(rest[12])) * 1e6) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Whole-machine CPU counters from /proc/stat, in µs summed over cores; undefined off Linux. */
async function machineCpuUs(): Promise<{ busy: number; steal: number; total: number } | undefined> {
  try {
    const first = (await readFile("/proc/stat", "utf8")).split("\n", 1)[0]!;
    // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is already in user)
    const v = first.trim().split(/\s+/).slice(1, 9).map(Number);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = v;
    const us = (ticks: number) => (ticks * 1e6) / CLOCK_TICKS_PER_SECOND;
    return { busy: us(user + nice + system + irq + softirq), steal: us(steal), total: us(user + nice + system + idle + iowait + irq + softirq + steal) };
  } catch {
    return undefined;
  }
}

/** VmRSS and VmHWM (peak) of a process, in MB; undefined off Linux. */
async function memory(pid: number): Promise<{ rssMb: number; peakMb: number } | undefined> {
  let status: string;
  try {
    status = await readFile(`/proc/${pid}/status`, "utf8");
  } catch {
    return undefined;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

/** The best run (highest req/s) of the measured, non-warm-up runs; its latencies come with it. */
function best(runs: readonly LoadRun[], target: TargetName, scenario: Scenario): LoadRun {
  const mine = runs.filter((r) => r.phase === "measured" && r.target === target && r.scenario === scenario);
  return mine.reduce((a, b) => (b.rps > a.rps ? b : a));
}

// ---- main -----------------------------------------------------------------

interface Measurements {
  runs: LoadRun[];
  lat: Record<LatencyTarget, LatencyStats>;
  gatewayRequests: number;
  memAtStart: Awaited<ReturnType<typeof memory>>;
  memAfter: Awaited<ReturnType<typeof memory>>;
  logBytes: number;
}

async function measure(dir: string): Promise<Measurements> {
  const upstream = await startUpstream();
  upstreamPid = upstream.child.pid;
  const bare = await startProxy("bare", [upstream.origin]);
  const floor = await startProxy("floor", [upstream.origin, join(dir, "floor.log")]);
  const { target: gateway, key, logFile } = await startGateway(dir, upstream.origin);
  log(
    `upstream ${upstream.origin} (pid ${upstream.child.pid}), bare ${bare.origin} (pid ${bare.child.pid}), ` +
      `floor ${floor.origin} (pid ${floor.child.pid}), gateway ${gateway.origin} (pid ${gateway.child.pid})`,
  );
  const memAtStart = await memory(gateway.child.pid);

  for (const t of [bare, floor, gateway]) await verify(t, key);

  const targetsFor = (scenario: Scenario) => (FLOOR_SCENARIOS.includes(scenario) ? [bare, floor, gateway] : [bare, gateway]);
  const runs: LoadRun[] = [];
  for (const scenario of ["plain", "stream"] as const) {
    for (const t of targetsFor(scenario)) runs.push(await load(t, scenario, key, { phase: "warm-up", seconds: WARMUP_SECONDS }));
  }
  // Interleaved (bare, floor, gateway, bare, …) so slow drifts in machine load hit all alike.
  for (const scenario of ["plain", "stream", "slow"] as const) {
    for (let i = 0; i < REPEATS; i++) {
      for (const t of targetsFor(scenario)) runs.push(await load(t, scenario, key, { phase: "measured" }));
    }
  }

  log(`concurrency-1 latency: ${LATENCY_REQUESTS} requests per target (+${LATENCY_WARMUP} warm-up), interleaved`);
  const lat = await latency(bare, gateway, key);

  // Top up to the RSS checkpoint with plain requests, counted like the rest.
  if (gatewayRequests < RSS_AFTER_REQUESTS) {
    const amount = Math.max(CONNECTIONS, RSS_AFTER_REQUESTS - gatewayRequests);
    log(`sending ${amount} more requests through the gateway to reach ${RSS_AFTER_REQUESTS}`);
    runs.push(await load(gateway, "plain", key, { phase: "top-up", amount }));
  }
  const memAfter = await memory(gateway.child.pid);
  const logBytes = (await stat(logFile).catch(() => undefined))?.size ?? 0;
  return { runs, lat, gatewayRequests, memAtStart, memAfter, logBytes };
}

const f0 = (n: number) => Math.round(n).toString();
const f2 = (n: number) => n.toFixed(2);
const f3 = (n: number) => n.toFixed(3);
const row = (cells: string[]) => `| ${cells.join(" | ")} |`;

/** The best runs of one scenario; the floor's only where it ran. */
interface BestRuns {
  bare: LoadRun;
  floor?: LoadRun;
  gateway: LoadRun;
}

/** Per-request CPU of each process in the best runs: the cost behind the req/s, since all processes share the cores. */
function cpuTable(sets: BestRuns[]): string[] {
  if (sets.some((s) => !s.bare.cpuUsPerRequest || !s.gateway.cpuUsPerRequest)) return [];
  return [
    "CPU time per request, µs (same best runs; upstream and autocannon as measured in the gateway run; floor: context, plain and stream only):",
    "",
    row(["scenario", "bare proxy", "floor", "gateway", "floor − bare", "gateway − bare", "upstream", "autocannon"]),
    row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...sets.map(({ bare, floor, gateway }) => {
      const b = bare.cpuUsPerRequest!;
      const f = floor?.cpuUsPerRequest;
      const g = gateway.cpuUsPerRequest!;
      return row([
        SCENARIO_LABEL[gateway.scenario],
        f0(b.target),
        f ? f0(f.target) : "–",
        f0(g.target),
        f ? f0(f.target - b.target) : "–",
        f0(g.target - b.target),
        f0(g.upstream),
        f0(g.loadGenerator),
      ]);
    }),
    "",
  ];
}

/** The floor next to the bare proxy and the gateway: context, no target. */
function floorTable(sets: Required<BestRuns>[]): string[] {
  return [
    "Floor (context, no target): the bare proxy plus the per-request work any gateway must do — SHA-256 of the key and a Map lookup, " +
      "JSON.parse of the body, one pino request-log line.",
    "",
    row(["scenario", "floor req/s", "floor/bare", "gateway/floor", "floor p50 / p99 (ms)"]),
    row(["---", "---:", "---:", "---:", "---:"]),
    ...sets.map(({ bare, floor, gateway }) =>
      row([SCENARIO_LABEL[floor.scenario], f0(floor.rps), f2(floor.rps / bare.rps), f2(gateway.rps / floor.rps), `${floor.p50Ms} / ${floor.p99Ms}`]),
    ),
    "",
  ];
}

/** Prints the markdown report and writes the JSON results. */
async function report(m: Measurements, started: number): Promise<void> {
  const { runs, lat, memAfter, memAtStart } = m;
  const plain = { bare: best(runs, "bare", "plain"), floor: best(runs, "floor", "plain"), gateway: best(runs, "gateway", "plain") };
  const stream = { bare: best(runs, "bare", "stream"), floor: best(runs, "floor", "stream"), gateway: best(runs, "gateway", "stream") };
  const slow = { bare: best(runs, "bare", "slow"), gateway: best(runs, "gateway", "slow") };
  const ratio = {
    plain: plain.gateway.rps / plain.bare.rps,
    stream: stream.gateway.rps / stream.bare.rps,
    slow: slow.gateway.rps / slow.bare.rps,
    c1: lat.gateway.rps / lat.bare.rps,
  };
  const floorRatio = {
    floorToBare: { plain: plain.floor.rps / plain.bare.rps, stream: stream.floor.rps / stream.bare.rps },
    gatewayToFloor: { plain: plain.gateway.rps / plain.floor.rps, stream: stream.gateway.rps / stream.floor.rps },
  };
  const addedP99 = lat.gateway.p99Ms - lat.bare.p99Ms;
  const addedP50 = lat.gateway.p50Ms - lat.bare.p50Ms;
  const failures = runs.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0) + lat.bare.non200 + lat.gateway.non200;
  const measured = runs.filter((r) => r.phase === "measured" && r.interferencePct);
  const interference = measured.length
    ? { others: Math.max(...measured.map((r) => r.interferencePct!.others)), steal: Math.max(...measured.map((r) => r.interferencePct!.steal)) }
    : undefined;

  const checks = [
    { name: `throughput ratio non-stream ≥ ${TARGETS.minRatio}`, value: f2(ratio.plain), pass: ratio.plain >= TARGETS.minRatio },
    { name: `throughput ratio stream ≥ ${TARGETS.minRatio}`, value: f2(ratio.stream), pass: ratio.stream >= TARGETS.minRatio },
    { name: `added p99 at c=1 ≤ ${TARGETS.maxAddedP99Ms} ms`, value: `${f3(addedP99)} ms`, pass: addedP99 <= TARGETS.maxAddedP99Ms },
    {
      name: `RSS after ${m.gatewayRequests} requests ≤ ${TARGETS.maxRssMb} MB`,
      value: memAfter ? `${f0(memAfter.rssMb)} MB` : "n/a",
      pass: memAfter !== undefined && memAfter.rssMb <= TARGETS.maxRssMb,
    },
    { name: "no non-2xx responses, errors or timeouts", value: String(failures), pass: failures === 0 },
  ];

  const latencies = (r: LoadRun) => `${r.p50Ms} / ${r.p99Ms}`;
  const lines = [
    "",
    `## Wardgate gateway benchmark (${new Date().toISOString()})`,
    "",
    `Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}); ${SECONDS}s per run, best of ${REPEATS} interleaved runs per target; ` +
      `c=50 latencies are autocannon's (whole ms), c=1 latencies are hrtime over ${LATENCY_REQUESTS} requests per target.`,
    "",
    row(["scenario", "bare req/s", "gateway req/s", "gateway/bare", "bare p50 / p99 (ms)", "gateway p50 / p99 (ms)"]),
    row(["---", "---:", "---:", "---:", "---:", "---:"]),
    row([SCENARIO_LABEL.plain, f0(plain.bare.rps), f0(plain.gateway.rps), f2(ratio.plain), latencies(plain.bare), latencies(plain.gateway)]),
    row([SCENARIO_LABEL.stream, f0(stream.bare.rps), f0(stream.gateway.rps), f2(ratio.stream), latencies(stream.bare), latencies(stream.gateway)]),
    row([`${SCENARIO_LABEL.slow} (context, no target)`, f0(slow.bare.rps), f0(slow.gateway.rps), f2(ratio.slow), latencies(slow.bare), latencies(slow.gateway)]),
    row(["c=1 latency (non-stream)", f0(lat.bare.rps), f0(lat.gateway.rps), f2(ratio.c1), `${f3(lat.bare.p50Ms)} / ${f3(lat.bare.p99Ms)}`, `${f3(lat.gateway.p50Ms)} / ${f3(lat.gateway.p99Ms)}`]),
    "",
    ...floorTable([plain, stream]),
    ...cpuTable([plain, stream, slow]),
    `Added latency at c=1: p99 ${f3(addedP99)} ms, p50 ${f3(addedP50)} ms (gateway minus bare).`,
    memAfter
      ? `Gateway RSS after ${m.gatewayRequests} requests: ${f0(memAfter.rssMb)} MB (peak ${f0(memAfter.peakMb)} MB; ${memAtStart ? f0(memAtStart.rssMb) : "?"} MB at start). Request log: ${f0(m.logBytes / 1024 / 1024)} MB.`
      : "Gateway RSS: not available (no /proc on this system).",
    `Non-2xx / errors / timeouts over all runs: ${failures}.`,
    ...(interference
      ? [`Noise: other processes used up to ${interference.others.toFixed(0)}% of the machine's CPU during a measured run (hypervisor steal up to ${interference.steal.toFixed(0)}%).`]
      : []),
    "",
    ...checks.map((c) => `- ${c.pass ? "PASS" : "FAIL"} ${c.name}: ${c.value}`),
    "",
  ];
  process.stdout.write(lines.join("\n"));

  const resultsDir = join(ROOT, "bench", "results");
  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, `gateway-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const json = {
    at: new Date().toISOString(),
    elapsedSeconds: (Date.now() - started) / 1000,
    environment: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, platform: process.platform },
    settings: {
      seconds: SECONDS,
      repeats: REPEATS,
      warmupSeconds: WARMUP_SECONDS,
      connections: CONNECTIONS,
      latencyRequests: LATENCY_REQUESTS,
      aggregation: "best-of (highest req/s) per target and scenario",
      gatewayNodeArgs: GATEWAY_NODE_ARGS,
    },
    summary: {
      plain,
      stream,
      slow,
      ratio,
      floorRatio,
      latencyC1: lat,
      addedP99Ms: addedP99,
      addedP50Ms: addedP50,
      gatewayRequests: m.gatewayRequests,
      memoryAtStart: memAtStart,
      memoryAfter: memAfter,
      logBytes: m.logBytes,
      failures,
      interference,
    },
    targets: TARGETS,
    checks,
    runs,
  };
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`Results written to ${file}\n`);
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} not found; run \`npm run build\` first (npm run bench does)`);
  const started = Date.now();
  tmpDir = await mkdtemp(join(tmpdir(), "wardgate-bench-"));
  log(`per run ${SECONDS}s × ${REPEATS} repeats, ${CONNECTIONS} connections; temp dir ${tmpDir}`);
  await report(await measure(tmpDir), started);
  log(`done in ${Math.round((Date.now() - started) / 1000)}s`);
}

main().then(
  () => exit(0),
  (err: unknown) => {
    // After a Ctrl-C, errors from the children going away are expected noise.
    if (!exiting) log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    void exit(1);
  },
);
