/**
 * Gateway overhead benchmark (`npm run bench`).
 *
 * Five child processes — the mock upstream, a bare pass-through proxy, the
 * "floor" proxy and two gateways from the same build (built CLI, each with
 * its own config, store and log file) — and the load generator (autocannon)
 * here in the parent. The two gateways:
 * - "gateway": guard off (`guard: { profile: off }`). The gateway core, which
 *   the core targets are about (throughput ≥ 80% of the bare proxy, added
 *   p99 at c=1 ≤ 1 ms, RSS ≤ 150 MB after 100k requests); they predate the
 *   guard and are measured without it.
 * - "gateway+guard": no guard key in its config, i.e. the default profile
 *   (standard) inspecting requests and responses. Its target: throughput
 *   ≥ 60% of the bare proxy, non-stream and stream, and with a realistic
 *   ~2 KB chat prompt (a support question; nothing the guard acts on).
 *
 * Measures throughput at 50 connections, interleaved across targets in each
 * scenario: plain and streaming chat completions with a tiny prompt (bare,
 * floor, gateway, gateway+guard); the ~2 KB prompt, non-stream (bare,
 * gateway, gateway+guard); and, for context, a 20 ms upstream (bare and
 * gateway). Then latency at concurrency 1 with a sub-millisecond clock (bare,
 * gateway, gateway+guard), and the guard-off gateway's RSS after 100k
 * requests (the guard gateway's RSS is printed for information). Before any
 * load, every target gets one request of each kind it will be sent, checked
 * (a guard block would be a 400/422), and each gateway a prompt the default
 * profile flags, to prove which one inspects. Prints a markdown report with
 * PASS/FAIL against the targets and writes JSON to bench/results/.
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
 * 5000), BENCH_GATEWAY_NODE_ARGS (extra node flags for both gateway
 * children, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"), BENCH_KEEP_TMP=1
 * (keep the temp dir with configs, stores and gateway logs). With the
 * defaults a run takes about five minutes.
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
import { CLOCK_TICKS_PER_SECOND, type Child, cpuTimeUs, killAllNow, startChild, stopAll, waitForLine } from "./procs.js";

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

const TARGETS = { minRatio: 0.8, maxAddedP99Ms: 1, maxRssMb: 150, guardMinRatio: 0.6 };

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli", "main.js");
const PATH = "/v1/chat/completions";
const MODEL = "mock-model";

/**
 * The realistic prompt: a support assistant's system message (~400 chars)
 * and a customer's question (~1.6 KB of ordinary prose: no personal data,
 * secrets, links or instructions aimed at the model), so the default guard
 * profile inspects all of it and allows it. The mock upstream echoes the
 * question in its reply, which the guard then inspects as the response.
 */
const SUPPORT_SYSTEM = [
  "You are the customer support assistant for a company that sells smart thermostats, air purifiers and water filters online.",
  "Answer questions about setup, troubleshooting, warranty coverage, deliveries and returns.",
  "Be friendly and concise, use short paragraphs, and end with the next step the customer can take.",
  "When you are not sure about something, say so plainly and offer to open a support ticket for a specialist.",
].join(" ");
const SUPPORT_QUESTION = [
  "Hello, I bought the Aero 300 air purifier about five weeks ago and it worked well until last weekend.",
  "Since then the fan makes a rattling noise on the two highest speed settings, and the filter indicator light keeps blinking orange",
  "even though I replaced the filter with a new genuine one on Monday.",
  "The unit sits on a wooden floor in the living room, about a foot away from the wall, and I have not moved it since I first set it up.",
  "I already tried unplugging it for ten minutes, holding the reset button for five seconds as the manual describes,",
  "and checking that the filter cover is closed properly.",
  "The noise goes away on the lowest setting, but that setting does not seem to clean the air in a room of this size.",
  "For reference, the purifier runs about eight hours a day, and I wipe the outside of the unit once a week with a dry cloth.",
  "The app still shows the purifier as online and reports the air quality as good, so the connection seems fine.",
  "I would like to know whether this sounds like a problem with the fan motor or with the filter sensor,",
  "and whether there is anything else I can try at home before sending it in.",
  "If it does need a repair, does the two-year warranty cover it, and would I get a replacement unit while mine is being fixed?",
  "I also have a question about the water filter pitcher I ordered together with the purifier:",
  "the delivery estimate in my account has said three to five business days for over a week now,",
  "and the tracking page has not changed since it was first created.",
  "Could you tell me whether it has shipped, or whether I should cancel it and order again?",
  "Thank you for your help, and sorry for the long message.",
].join(" ");

const BODY = {
  plain: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hello" }] }),
  stream: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hello" }], stream: true }),
  // The mock upstream waits this long before answering ("slow-<ms>"): a model-like latency, for context only.
  slow: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: `slow-${SLOW_UPSTREAM_MS}` }] }),
  prompt: JSON.stringify({
    model: MODEL,
    messages: [
      { role: "system", content: SUPPORT_SYSTEM },
      { role: "user", content: SUPPORT_QUESTION },
    ],
  }),
};
/**
 * A prompt the default profile flags (an e-mail address is PII) and lets
 * through, listing the finding in the x-wardgate-guard header: proof of
 * which gateway inspects, sent once to each before the load.
 */
const GUARD_PROBE = JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "Please send the summary to someone@example.com." }] });

type GatewayName = "gateway" | "gateway+guard";
type TargetName = "bare" | "floor" | GatewayName;
/** The concurrency-1 loop leaves the floor out. */
type LatencyTarget = "bare" | GatewayName;
const LATENCY_TARGETS: readonly LatencyTarget[] = ["bare", "gateway", "gateway+guard"];
type Scenario = "plain" | "stream" | "prompt" | "slow";
/** Measured in this order, each with the targets listed, interleaved in this order. */
const SCENARIO_TARGETS: Record<Scenario, readonly TargetName[]> = {
  plain: ["bare", "floor", "gateway", "gateway+guard"],
  stream: ["bare", "floor", "gateway", "gateway+guard"],
  // The floor is context for the tiny prompts only, and the slow scenario for the core gateway only: fewer runs, less time.
  prompt: ["bare", "gateway", "gateway+guard"],
  slow: ["bare", "gateway"],
};
const SCENARIOS = Object.keys(SCENARIO_TARGETS) as Scenario[];
/** Scenarios with an unmeasured warm-up run per target first (the slow one is upstream-bound, nothing to warm). */
const WARMED_UP: readonly Scenario[] = ["plain", "stream", "prompt"];
const SCENARIO_LABEL: Record<Scenario, string> = {
  plain: "non-stream c=50",
  stream: "stream c=50",
  prompt: "non-stream c=50, 2 KB prompt",
  slow: `non-stream c=50, upstream ${SLOW_UPSTREAM_MS} ms`,
};
/** The guard setting in each gateway's config: off for the core; left out (the default profile) for the guard. */
const GUARD_CONFIG: Record<GatewayName, { guard?: { profile: string } }> = {
  gateway: { guard: { profile: "off" } },
  "gateway+guard": {},
};

interface Target {
  name: TargetName;
  origin: string;
  child: Child;
  /** Sent with every request: the gateway's key (the proxies ignore or merely hash it). */
  headers: Record<string, string>;
  /** Requests sent to it so far, all phases and checks included (the RSS checkpoint counts these). */
  requests: number;
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

function headersFor(key: string): Record<string, string> {
  return { "content-type": "application/json", authorization: `Bearer ${key}` };
}

/** A reference proxy, bench/<name>-proxy.ts, which prints `<NAME> <port>` when ready. */
async function startProxy(name: "bare" | "floor", args: string[], key: string): Promise<Target> {
  const child = startChild(`${name} proxy`, ["--import", "tsx", `bench/${name}-proxy.ts`, ...args], { cwd: ROOT });
  const m = await waitForLine(child, new RegExp(`^${name.toUpperCase()} (\\d+)$`));
  return { name, origin: `http://127.0.0.1:${m[1]}`, child, headers: headersFor(key), requests: 0 };
}

/** Environment for CLI children: the bench's own config must win over any WARDGATE_* the caller has set. */
function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.WARDGATE_CONFIG;
  delete env.WARDGATE_DATA_DIR;
  return env;
}

interface Gateway {
  target: Target;
  key: string;
  logFile: string;
}

/** A gateway with its own config, store and log under `dir`, and a key for the bench's principal. */
async function startGateway(name: GatewayName, dir: string, upstreamOrigin: string): Promise<Gateway> {
  await mkdir(dir, { recursive: true });
  const logFile = join(dir, "gateway.log");
  const configFile = join(dir, "wardgate.yaml");
  const config = {
    server: { host: "127.0.0.1", port: 0 },
    dataDir: join(dir, "data"),
    log: { level: "info", destination: logFile },
    providers: { mock: { type: "openai", baseUrl: `${upstreamOrigin}/v1`, apiKey: "sk-bench-upstream" } },
    models: [{ name: MODEL, provider: "mock" }],
    // The admin API runs as it does by default (its memory counts), on a port of its own per gateway.
    admin: { port: 0 },
    ...GUARD_CONFIG[name],
  };
  await writeFile(configFile, toYaml(config));

  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CLI, "--config", configFile, "keys", "create", "--principal", "bench", "--model", MODEL, "--json"],
    { cwd: ROOT, env: cliEnv(), timeout: 30_000 },
  );
  const key = (JSON.parse(stdout) as { key?: unknown }).key;
  if (typeof key !== "string") throw new Error(`${name}: keys create printed no key: ${stdout}`);

  const child = startChild(name, [...GATEWAY_NODE_ARGS, CLI, "--config", configFile, "serve", "--port", "0"], { cwd: ROOT, env: cliEnv() });
  const m = await waitForLine(child, /Wardgate is listening on (http:\/\/[^\s]+)/);
  return { target: { name, origin: m[1]!, child, headers: headersFor(key), requests: 0 }, key, logFile };
}

// ---- measuring ------------------------------------------------------------

let upstreamPid = 0;

const isGateway = (t: Target) => t.name === "gateway" || t.name === "gateway+guard";

/** Whether a 200 reply's body is what the scenario's request should get. */
function replyLooksRight(scenario: Scenario, text: string): boolean {
  if (scenario === "stream") return text.trimEnd().endsWith("data: [DONE]");
  if (scenario === "prompt") return text.includes('"chat.completion"') && text.includes("sorry for the long message");
  return text.includes('"chat.completion"');
}

/**
 * One request of each kind the target will be sent, checked, so a
 * misconfiguration fails loudly instead of benchmarking 401s or guard
 * blocks (400/422): replies must be 200s of the right shape, and a gateway's
 * must carry no x-wardgate-guard header (nothing flagged or redacted either).
 */
async function verify(t: Target): Promise<void> {
  for (const scenario of SCENARIOS.filter((s) => SCENARIO_TARGETS[s].includes(t.name))) {
    const res = await request(t.origin + PATH, { method: "POST", headers: t.headers, body: BODY[scenario] });
    const text = await res.body.text();
    t.requests++;
    if (res.statusCode !== 200 || !replyLooksRight(scenario, text)) {
      throw new Error(`${t.name} ${scenario}: unexpected reply ${res.statusCode}: ${text.slice(0, 300)}`);
    }
    const verdicts = res.headers["x-wardgate-guard"];
    if (verdicts !== undefined) throw new Error(`${t.name} ${scenario}: the guard did not just allow it (x-wardgate-guard: ${String(verdicts)})`);
  }
  if (isGateway(t)) await probeGuard(t);
}

/** Sends GUARD_PROBE: the guard gateway must flag it, the guard-off one must not look. */
async function probeGuard(t: Target): Promise<void> {
  const res = await request(t.origin + PATH, { method: "POST", headers: t.headers, body: GUARD_PROBE });
  const text = await res.body.text();
  t.requests++;
  const raw = res.headers["x-wardgate-guard"];
  const verdicts = raw === undefined ? undefined : String(raw);
  const inspects = verdicts?.includes("flag(") ?? false;
  if (res.statusCode !== 200 || inspects !== (t.name === "gateway+guard")) {
    throw new Error(
      `${t.name}: expected the guard ${t.name === "gateway+guard" ? "to flag" : "not to inspect"} a prompt with an e-mail address; ` +
        `got ${res.statusCode}, x-wardgate-guard: ${verdicts ?? "(none)"}: ${text.slice(0, 300)}`,
    );
  }
  log(`${t.name}: guard ${inspects ? `inspects (probe: ${verdicts})` : "off (probe passed uninspected)"}`);
}

async function load(t: Target, scenario: Scenario, opts: { phase: LoadRun["phase"]; seconds?: number; amount?: number }): Promise<LoadRun> {
  // CPU time of every process before and after: on a 2-core box the three
  // of them compete for the same cores, so per-request CPU shows where the
  // time goes better than req/s alone.
  const cpuBefore = await Promise.all([cpuTimeUs(t.child.pid), cpuTimeUs(upstreamPid)]);
  const machineBefore = await machineCpuUs();
  const selfBefore = process.cpuUsage();
  const instance = autocannon({
    url: t.origin + PATH,
    method: "POST",
    headers: t.headers,
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
  t.requests += r.requests.total;
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
 * histogram only holds whole milliseconds. Requests go round the targets,
 * the one going first rotating, so all see the same machine noise.
 */
async function latency(targets: Record<LatencyTarget, Target>): Promise<Record<LatencyTarget, LatencyStats>> {
  const clients = new Map(LATENCY_TARGETS.map((name) => [name, new Client(targets[name].origin, { pipelining: 1 })]));
  const samples = new Map(LATENCY_TARGETS.map((name) => [name, [] as number[]]));
  const non200 = new Map(LATENCY_TARGETS.map((name) => [name, 0]));
  try {
    for (let i = 0; i < LATENCY_WARMUP + LATENCY_REQUESTS; i++) {
      const k = i % LATENCY_TARGETS.length;
      for (const name of [...LATENCY_TARGETS.slice(k), ...LATENCY_TARGETS.slice(0, k)]) {
        const t = targets[name];
        const start = process.hrtime.bigint();
        const res = await clients.get(name)!.request({ method: "POST", path: PATH, headers: t.headers, body: BODY.plain });
        await res.body.arrayBuffer();
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        t.requests++;
        if (res.statusCode !== 200) non200.set(name, non200.get(name)! + 1);
        if (i >= LATENCY_WARMUP) samples.get(name)!.push(ms);
      }
    }
  } finally {
    await Promise.all([...clients.values()].map((c) => c.close()));
  }
  const stats = (name: LatencyTarget): LatencyStats => {
    const s = samples.get(name)!.sort((a, b) => a - b);
    const total = s.reduce((a, b) => a + b, 0);
    return {
      requests: s.length,
      rps: s.length / (total / 1000),
      meanMs: total / s.length,
      p50Ms: percentile(s, 50),
      p99Ms: percentile(s, 99),
      maxMs: s[s.length - 1]!,
      non200: non200.get(name)!,
    };
  };
  return { bare: stats("bare"), gateway: stats("gateway"), "gateway+guard": stats("gateway+guard") };
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

type Memory = Awaited<ReturnType<typeof memory>>;

/** What a gateway process ends the run with. */
interface GatewayEnd {
  requests: number;
  memAtStart: Memory;
  memAfter: Memory;
  logBytes: number;
}

interface Measurements {
  runs: LoadRun[];
  lat: Record<LatencyTarget, LatencyStats>;
  /** The guard-off gateway, which the RSS target is about. */
  gateway: GatewayEnd;
  /** The guard gateway, for information. */
  guard: GatewayEnd;
}

async function measure(dir: string): Promise<Measurements> {
  const upstream = await startUpstream();
  upstreamPid = upstream.child.pid;
  const core = await startGateway("gateway", join(dir, "gateway"), upstream.origin);
  const guarded = await startGateway("gateway+guard", join(dir, "gateway-guard"), upstream.origin);
  // The proxies get the core gateway's key: the floor hashes it as the gateway does.
  const bare = await startProxy("bare", [upstream.origin], core.key);
  const floor = await startProxy("floor", [upstream.origin, join(dir, "floor.log")], core.key);
  const targets: Record<TargetName, Target> = { bare, floor, gateway: core.target, "gateway+guard": guarded.target };
  const { gateway, "gateway+guard": guard } = targets;
  log(
    `upstream ${upstream.origin} (pid ${upstream.child.pid}), ` +
      Object.values(targets)
        .map((t) => `${t.name} ${t.origin} (pid ${t.child.pid})`)
        .join(", "),
  );
  const memAtStart = { gateway: await memory(gateway.child.pid), guard: await memory(guard.child.pid) };

  for (const t of Object.values(targets)) await verify(t);

  const runs: LoadRun[] = [];
  for (const scenario of WARMED_UP) {
    for (const name of SCENARIO_TARGETS[scenario]) runs.push(await load(targets[name], scenario, { phase: "warm-up", seconds: WARMUP_SECONDS }));
  }
  // Interleaved (bare, floor, gateway, gateway+guard, bare, …) so slow drifts in machine load hit all alike.
  for (const scenario of SCENARIOS) {
    for (let i = 0; i < REPEATS; i++) {
      for (const name of SCENARIO_TARGETS[scenario]) runs.push(await load(targets[name], scenario, { phase: "measured" }));
    }
  }

  log(`concurrency-1 latency: ${LATENCY_REQUESTS} requests per target (+${LATENCY_WARMUP} warm-up), interleaved: ${LATENCY_TARGETS.join(", ")}`);
  const lat = await latency(targets);

  // Top up the guard-off gateway to the RSS checkpoint with plain requests, counted like the rest.
  if (gateway.requests < RSS_AFTER_REQUESTS) {
    const amount = Math.max(CONNECTIONS, RSS_AFTER_REQUESTS - gateway.requests);
    log(`sending ${amount} more requests through the gateway to reach ${RSS_AFTER_REQUESTS}`);
    runs.push(await load(gateway, "plain", { phase: "top-up", amount }));
  }
  const end = async (t: Target, g: Gateway, atStart: Memory): Promise<GatewayEnd> => ({
    requests: t.requests,
    memAtStart: atStart,
    memAfter: await memory(t.child.pid),
    logBytes: (await stat(g.logFile).catch(() => undefined))?.size ?? 0,
  });
  return { runs, lat, gateway: await end(gateway, core, memAtStart.gateway), guard: await end(guard, guarded, memAtStart.guard) };
}

const f0 = (n: number) => Math.round(n).toString();
const f2 = (n: number) => n.toFixed(2);
const f3 = (n: number) => n.toFixed(3);
const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
const latencies = (r: LoadRun) => `${r.p50Ms} / ${r.p99Ms}`;

/** The best runs of one scenario; the floor's and the guard gateway's only where they ran. */
interface BestRuns {
  scenario: Scenario;
  bare: LoadRun;
  floor?: LoadRun;
  gateway: LoadRun;
  guard?: LoadRun;
}

function bestRuns(runs: readonly LoadRun[], scenario: Scenario): BestRuns {
  const ran = (t: TargetName) => SCENARIO_TARGETS[scenario].includes(t);
  return {
    scenario,
    bare: best(runs, "bare", scenario),
    ...(ran("floor") ? { floor: best(runs, "floor", scenario) } : {}),
    gateway: best(runs, "gateway", scenario),
    ...(ran("gateway+guard") ? { guard: best(runs, "gateway+guard", scenario) } : {}),
  };
}

const hasFloor = (s: BestRuns): s is BestRuns & { floor: LoadRun } => s.floor !== undefined;
const hasGuard = (s: BestRuns): s is BestRuns & { guard: LoadRun } => s.guard !== undefined;
/** gateway+guard req/s over the bare proxy's: the guard's target; NaN where it did not run. */
const guardRatioOf = (s: BestRuns) => (s.guard ? s.guard.rps / s.bare.rps : Number.NaN);

/** Per-request CPU of each process in the best runs: the cost behind the req/s, since all processes share the cores. */
function cpuTable(sets: BestRuns[]): string[] {
  if (sets.some((s) => !s.bare.cpuUsPerRequest || !s.gateway.cpuUsPerRequest)) return [];
  const us = (r: LoadRun | undefined) => r?.cpuUsPerRequest?.target;
  const cell = (n: number | undefined) => (n === undefined ? "–" : f0(n));
  const minus = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a - b);
  return [
    "CPU time per request, µs (same best runs; upstream and autocannon as measured in the gateway run; floor: context, plain and stream only; " +
      "gateway+guard: not in the slow scenario):",
    "",
    row(["scenario", "bare proxy", "floor", "gateway", "gateway+guard", "floor − bare", "gateway − bare", "gateway+guard − gateway", "upstream", "autocannon"]),
    row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...sets.map(({ scenario, bare, floor, gateway, guard }) => {
      const g = gateway.cpuUsPerRequest!;
      return row([
        SCENARIO_LABEL[scenario],
        cell(us(bare)),
        cell(us(floor)),
        cell(us(gateway)),
        cell(us(guard)),
        cell(minus(us(floor), us(bare))),
        cell(minus(us(gateway), us(bare))),
        cell(minus(us(guard), us(gateway))),
        f0(g.upstream),
        f0(g.loadGenerator),
      ]);
    }),
    "",
  ];
}

/** The floor next to the bare proxy and the gateway: context, no target. */
function floorTable(sets: (BestRuns & { floor: LoadRun })[]): string[] {
  return [
    "Floor (context, no target): the bare proxy plus the per-request work any gateway must do — SHA-256 of the key and a Map lookup, " +
      "JSON.parse of the body, one pino request-log line.",
    "",
    row(["scenario", "floor req/s", "floor/bare", "gateway/floor", "floor p50 / p99 (ms)"]),
    row(["---", "---:", "---:", "---:", "---:"]),
    ...sets.map(({ scenario, bare, floor, gateway }) =>
      row([SCENARIO_LABEL[scenario], f0(floor.rps), f2(floor.rps / bare.rps), f2(gateway.rps / floor.rps), `${floor.p50Ms} / ${floor.p99Ms}`]),
    ),
    "",
  ];
}

/** The gateway with the default guard profile against the bare proxy (its target) and the guard-off gateway (the guard's own cost). */
function guardTable(sets: (BestRuns & { guard: LoadRun })[], lat: Record<LatencyTarget, LatencyStats>): string[] {
  const c1 = lat["gateway+guard"];
  return [
    `Guard: gateway+guard is the same build with the default guard profile (standard); target: gateway+guard/bare ≥ ${TARGETS.guardMinRatio}.`,
    "",
    row(["scenario", "bare req/s", "gateway+guard req/s", "gateway+guard/bare", "gateway+guard/gateway", "gateway+guard p50 / p99 (ms)"]),
    row(["---", "---:", "---:", "---:", "---:", "---:"]),
    ...sets.map((s) => row([SCENARIO_LABEL[s.scenario], f0(s.bare.rps), f0(s.guard.rps), f2(guardRatioOf(s)), f2(s.guard.rps / s.gateway.rps), latencies(s.guard)])),
    row([
      "c=1 latency (non-stream, no target)",
      f0(lat.bare.rps),
      f0(c1.rps),
      f2(c1.rps / lat.bare.rps),
      f2(c1.rps / lat.gateway.rps),
      `${f3(c1.p50Ms)} / ${f3(c1.p99Ms)}`,
    ]),
    "",
  ];
}

/** RSS of a gateway at the end, with its peak and its RSS at start. */
function memoryLine(label: string, g: GatewayEnd, note = ""): string {
  if (!g.memAfter) return `${label} RSS: not available (no /proc on this system).`;
  return (
    `${label} RSS after ${g.requests} requests${note}: ${f0(g.memAfter.rssMb)} MB (peak ${f0(g.memAfter.peakMb)} MB; ` +
    `${g.memAtStart ? f0(g.memAtStart.rssMb) : "?"} MB at start). Request log: ${f0(g.logBytes / 1024 / 1024)} MB.`
  );
}

/** Prints the markdown report and writes the JSON results. */
async function report(m: Measurements, started: number): Promise<void> {
  const { runs, lat } = m;
  const { plain, stream, prompt, slow } = Object.fromEntries(SCENARIOS.map((s) => [s, bestRuns(runs, s)])) as Record<Scenario, BestRuns>;
  const ratio = {
    plain: plain.gateway.rps / plain.bare.rps,
    stream: stream.gateway.rps / stream.bare.rps,
    prompt: prompt.gateway.rps / prompt.bare.rps,
    slow: slow.gateway.rps / slow.bare.rps,
    c1: lat.gateway.rps / lat.bare.rps,
  };
  const floorSets = [plain, stream].filter(hasFloor);
  const floorRatio = {
    floorToBare: Object.fromEntries(floorSets.map((s) => [s.scenario, s.floor.rps / s.bare.rps])),
    gatewayToFloor: Object.fromEntries(floorSets.map((s) => [s.scenario, s.gateway.rps / s.floor.rps])),
  };
  const guardSets = [plain, stream, prompt].filter(hasGuard);
  const guardLat = lat["gateway+guard"];
  const guardRatio = {
    toBare: { plain: guardRatioOf(plain), stream: guardRatioOf(stream), prompt: guardRatioOf(prompt), c1: guardLat.rps / lat.bare.rps },
    toGateway: { ...Object.fromEntries(guardSets.map((s) => [s.scenario, s.guard.rps / s.gateway.rps])), c1: guardLat.rps / lat.gateway.rps },
  };
  const addedP99 = lat.gateway.p99Ms - lat.bare.p99Ms;
  const addedP50 = lat.gateway.p50Ms - lat.bare.p50Ms;
  const guardAddedP99 = guardLat.p99Ms - lat.bare.p99Ms;
  const guardAddedP50 = guardLat.p50Ms - lat.bare.p50Ms;
  const failures = runs.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0) + LATENCY_TARGETS.reduce((n, t) => n + lat[t].non200, 0);
  const measured = runs.filter((r) => r.phase === "measured" && r.interferencePct);
  const interference = measured.length
    ? { others: Math.max(...measured.map((r) => r.interferencePct!.others)), steal: Math.max(...measured.map((r) => r.interferencePct!.steal)) }
    : undefined;

  const { memAfter } = m.gateway;
  const guardCheck = (what: string, s: BestRuns) => {
    const r = guardRatioOf(s);
    return { name: `guard: throughput ratio ${what} ≥ ${TARGETS.guardMinRatio}`, value: f2(r), pass: r >= TARGETS.guardMinRatio };
  };
  const checks = [
    { name: `throughput ratio non-stream ≥ ${TARGETS.minRatio}`, value: f2(ratio.plain), pass: ratio.plain >= TARGETS.minRatio },
    { name: `throughput ratio stream ≥ ${TARGETS.minRatio}`, value: f2(ratio.stream), pass: ratio.stream >= TARGETS.minRatio },
    { name: `added p99 at c=1 ≤ ${TARGETS.maxAddedP99Ms} ms`, value: `${f3(addedP99)} ms`, pass: addedP99 <= TARGETS.maxAddedP99Ms },
    {
      name: `RSS after ${m.gateway.requests} requests ≤ ${TARGETS.maxRssMb} MB`,
      value: memAfter ? `${f0(memAfter.rssMb)} MB` : "n/a",
      pass: memAfter !== undefined && memAfter.rssMb <= TARGETS.maxRssMb,
    },
    guardCheck("non-stream", plain),
    guardCheck("stream", stream),
    guardCheck("2 KB prompt", prompt),
    { name: "no non-2xx responses, errors or timeouts", value: String(failures), pass: failures === 0 },
  ];

  const lines = [
    "",
    `## Wardgate gateway benchmark (${new Date().toISOString()})`,
    "",
    `Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}); ${SECONDS}s per run, best of ${REPEATS} interleaved runs per target; ` +
      `c=50 latencies are autocannon's (whole ms), c=1 latencies are hrtime over ${LATENCY_REQUESTS} requests per target. ` +
      `"gateway" runs with the guard off (the core targets); "gateway+guard" with the default guard profile.`,
    "",
    row(["scenario", "bare req/s", "gateway req/s", "gateway/bare", "bare p50 / p99 (ms)", "gateway p50 / p99 (ms)"]),
    row(["---", "---:", "---:", "---:", "---:", "---:"]),
    row([SCENARIO_LABEL.plain, f0(plain.bare.rps), f0(plain.gateway.rps), f2(ratio.plain), latencies(plain.bare), latencies(plain.gateway)]),
    row([SCENARIO_LABEL.stream, f0(stream.bare.rps), f0(stream.gateway.rps), f2(ratio.stream), latencies(stream.bare), latencies(stream.gateway)]),
    row([`${SCENARIO_LABEL.prompt} (context, no target)`, f0(prompt.bare.rps), f0(prompt.gateway.rps), f2(ratio.prompt), latencies(prompt.bare), latencies(prompt.gateway)]),
    row([`${SCENARIO_LABEL.slow} (context, no target)`, f0(slow.bare.rps), f0(slow.gateway.rps), f2(ratio.slow), latencies(slow.bare), latencies(slow.gateway)]),
    row(["c=1 latency (non-stream)", f0(lat.bare.rps), f0(lat.gateway.rps), f2(ratio.c1), `${f3(lat.bare.p50Ms)} / ${f3(lat.bare.p99Ms)}`, `${f3(lat.gateway.p50Ms)} / ${f3(lat.gateway.p99Ms)}`]),
    "",
    ...guardTable(guardSets, lat),
    ...floorTable(floorSets),
    ...cpuTable([plain, stream, prompt, slow]),
    `Added latency at c=1: p99 ${f3(addedP99)} ms, p50 ${f3(addedP50)} ms (gateway minus bare); ` +
      `with the guard p99 ${f3(guardAddedP99)} ms, p50 ${f3(guardAddedP50)} ms (gateway+guard minus bare, no target).`,
    memoryLine("Gateway", m.gateway),
    memoryLine("Gateway+guard", m.guard, " (information, no target)"),
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
      guardConfig: GUARD_CONFIG,
      promptBytes: Buffer.byteLength(BODY.prompt),
    },
    summary: {
      plain,
      stream,
      prompt,
      slow,
      ratio,
      floorRatio,
      latencyC1: lat,
      addedP99Ms: addedP99,
      addedP50Ms: addedP50,
      gatewayRequests: m.gateway.requests,
      memoryAtStart: m.gateway.memAtStart,
      memoryAfter: memAfter,
      logBytes: m.gateway.logBytes,
      guard: {
        ratio: guardRatio,
        addedP99Ms: guardAddedP99,
        addedP50Ms: guardAddedP50,
        requests: m.guard.requests,
        memoryAtStart: m.guard.memAtStart,
        memoryAfter: m.guard.memAfter,
        logBytes: m.guard.logBytes,
      },
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
