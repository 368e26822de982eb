/**
 * The gateway past its capacity on a busy machine (`node --import tsx
 * bench/overload.ts`; issue 14). Needs Redis on 127.0.0.1:6379 (REDIS_URL's
 * port to change it).
 *
 * Child processes: the mock upstream (each reply held BENCH_UPSTREAM_MS,
 * default 20 ms: a fast upstream, which makes the gateway's own queueing
 * show), a TCP proxy to Redis (so Redis can be cut off mid-run without
 * stopping the shared server), the gateway (CLI from source through tsx,
 * guard and audit off, Redis-backed limits through the proxy: a per-key
 * requests and tokens limit far above what is sent, so every request reads
 * and writes Redis, and none is refused by a limit), and, in the loaded
 * phases, two busy-looping node processes (the CPU hog). The load generator
 * is here: N concurrent request loops over an undici Pool, each timing its
 * requests and reading the error code of every refusal.
 *
 * Phases:
 * 1. unloaded: c=4, no hog: the baseline p50/p99;
 * 2. overload: c=400 and the hog (after 3 s unmeasured, for the hog to start
 *    and the 400 connections to open): counts of 200 / 503 overloaded / 503
 *    limits_unavailable / other, time-to-503 of the shed requests, p50/p99 of
 *    the accepted ones (target p99 ≤ 5× unloaded), gateway CPU per request;
 * 3. Redis cut: the same load, the proxy cuts Redis off after 2 s: the time
 *    from the cut to the first limits_unavailable (target ≤ 1 s).
 *
 * The load generator shares the two cores with the hog and the gateway: its
 * latencies include its own scheduling delays (an upper bound on the gateway's).
 *
 * Gateway admission (server.*), by env: BENCH_MAX_IN_FLIGHT (default 16),
 * BENCH_MAX_QUEUED (16), BENCH_MAX_QUEUE_MS (50), BENCH_LOOP_DELAY_MS (0: off):
 * sized for this bench's fast upstream (the product's defaults, 512/512/1 s,
 * are for LLM calls that hold a slot for seconds, and at c=400 shed nothing).
 * BENCH_RETRY_AFTER=0 makes shed clients retry at once instead of waiting.
 * Also BENCH_SECONDS (per loaded phase, default 8), BENCH_CONCURRENCY (400).
 * Redis keys: the gateway's default prefix with rule ids unique to this run,
 * deleted at the end.
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { Pool } from "undici";
import { stringify as toYaml } from "yaml";
import { issueKey } from "../src/identity/gateway-keys.js";
import { SqliteStore } from "../src/store/sqlite.js";
import { type Child, cpuTimeUs, killAllNow, startChild, stopAll, waitForLine } from "./procs.js";

const envInt = (name: string, fallback: number, min = 1): number => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name}: expected an integer of at least ${min}`);
  return n;
};
const SECONDS = envInt("BENCH_SECONDS", 8);
/** 1 (default): a shed client waits its Retry-After before the next request, as the openai SDK's retries do; 0: it hammers. */
const HONOUR_RETRY_AFTER = envInt("BENCH_RETRY_AFTER", 1, 0) === 1;
const CONCURRENCY = envInt("BENCH_CONCURRENCY", 400);
const UPSTREAM_MS = envInt("BENCH_UPSTREAM_MS", 20, 0);
const ADMISSION = {
  maxInFlight: envInt("BENCH_MAX_IN_FLIGHT", 16),
  maxQueued: envInt("BENCH_MAX_QUEUED", 16, 0),
  maxQueueMs: envInt("BENCH_MAX_QUEUE_MS", 50),
  maxEventLoopDelayMs: envInt("BENCH_LOOP_DELAY_MS", 0, 0),
};
const REDIS_URL = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUN = `overload-${randomBytes(4).toString("hex")}`;
const MODEL = "mock-model";
const BODY = JSON.stringify({ model: MODEL, max_tokens: 16, messages: [{ role: "user", content: `slow-${UPSTREAM_MS}` }] });
const TARGET_P99_RATIO = 5;
const TARGET_CUT_MS = 1000;

const log = (msg: string) => process.stderr.write(`[bench:overload] ${msg}\n`);

async function startGateway(dir: string, upstream: string, redisPort: number): Promise<{ child: Child; origin: string; key: string }> {
  const dataDir = join(dir, "data");
  const configFile = join(dir, "wardgate.yaml");
  await mkdir(dataDir, { recursive: true });
  await writeFile(
    configFile,
    toYaml({
      // One address drives c=400: its connection cap (256 by default) must not be what refuses.
      server: { host: "127.0.0.1", port: 0, maxConnectionsPerAddress: 2048, ...ADMISSION },
      dataDir,
      // info: the request log's per-request `ms` (arrival to reply end) is the gateway's own view of latency.
      log: { level: "info", destination: join(dir, "gateway.log") },
      providers: { mock: { type: "openai", baseUrl: `${upstream}/v1`, apiKey: "sk-bench-upstream", timeoutMs: 30_000 } },
      models: [{ name: MODEL, provider: "mock" }],
      guard: { profile: "off" },
      audit: { enabled: false },
      admin: { enabled: false },
      limitsBackend: `redis://127.0.0.1:${redisPort}`,
      limits: [{ id: `${RUN}-key`, scope: "key", requests: { limit: 1_000_000_000, window: "1m" }, tokens: { limit: 1_000_000_000_000, window: "1m" } }],
    }),
  );
  const store = await SqliteStore.open(join(dataDir, "wardgate.db"));
  let key: string;
  try {
    await store.org.putPrincipal({ tenantId: "default", id: "bench", kind: "service", teamId: null, roles: [], createdAt: Date.now(), disabledAt: null });
    key = (await issueKey(store.keys, { principal: "bench", models: [MODEL] })).key;
  } finally {
    await store.close();
  }
  const env = { ...process.env };
  delete env.WARDGATE_CONFIG;
  delete env.WARDGATE_DATA_DIR;
  const child = startChild("gateway", ["--max-semi-space-size=4", "--import", "tsx", "src/cli/main.ts", "--config", configFile, "serve", "--port", "0"], { cwd: ROOT, env });
  const origin = (await waitForLine(child, /Wardgate is listening on (https?:\/\/[^\s]+)/, 60_000))[1]!;
  return { child, origin, key };
}

interface Phase {
  name: string;
  concurrency: number;
  hog: boolean;
  seconds: number;
  ok: number[];
  /** Time to the 503 of each shed request, ms. */
  shed: number[];
  limitsUnavailable: number;
  /** performance.now() at which each limits_unavailable reply arrived. */
  unavailableAt: number[];
  other: Map<string, number>;
  gatewayUs: number | undefined;
  /** Wall-clock window, for the gateway's request-log lines of this phase. */
  from: number;
  to: number;
  /** The gateway's own `ms` of each 200 (from its arrival in the handler to the reply's end). */
  gatewayOk: number[];
  /** This process's (the load generator's) event-loop delay p99, ms: its share of the client-side latencies. */
  loadgenLagP99: number;
  loadgenLagMax: number;
}

const pct = (xs: number[], p: number): number => {
  if (xs.length === 0) return Number.NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function drive(pool: Pool, key: string, gatewayPid: number, name: string, concurrency: number, seconds: number, hog: boolean, during?: () => void): Promise<Phase> {
  const ph: Phase = { name, concurrency, hog, seconds, ok: [], shed: [], limitsUnavailable: 0, unavailableAt: [], other: new Map(), gatewayUs: undefined, from: Date.now(), to: 0, gatewayOk: [], loadgenLagP99: 0, loadgenLagMax: 0 };
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const note = (what: string) => ph.other.set(what, (ph.other.get(what) ?? 0) + 1);
  const headers = { "content-type": "application/json", authorization: `Bearer ${key}` };
  const cpu0 = await cpuTimeUs(gatewayPid);
  const end = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const r = await pool.request({ path: "/v1/chat/completions", method: "POST", headers, body: BODY });
        const text = await r.body.text();
        const ms = performance.now() - t0;
        if (r.statusCode === 200) ph.ok.push(ms);
        else {
          const code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? "?";
          if (r.statusCode === 503 && code === "overloaded") {
            ph.shed.push(ms);
            if (HONOUR_RETRY_AFTER) await new Promise((wake) => setTimeout(wake, 1000 * Number(r.headers["retry-after"] ?? 1)));
          } else if (r.statusCode === 503 && code === "limits_unavailable") {
            ph.limitsUnavailable++;
            ph.unavailableAt.push(performance.now());
          } else note(`${r.statusCode} ${code}`);
        }
      } catch (err) {
        note((err as NodeJS.ErrnoException).code ?? (err as Error).message);
      }
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  during?.();
  await Promise.all(loops);
  const cpu1 = await cpuTimeUs(gatewayPid);
  ph.to = Date.now();
  lag.disable();
  ph.loadgenLagP99 = lag.percentile(99) / 1e6;
  ph.loadgenLagMax = lag.max / 1e6;
  const total = ph.ok.length + ph.shed.length + ph.limitsUnavailable + [...ph.other.values()].reduce((a, b) => a + b, 0);
  ph.gatewayUs = cpu0 === undefined || cpu1 === undefined || total === 0 ? undefined : (cpu1 - cpu0) / total;
  return ph;
}

/** The gateway's own latency of each 200 in a phase's window, from its request log. */
async function gatewayLatencies(file: string, phases: Phase[]): Promise<void> {
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    if (!line.includes('"msg":"request"')) continue;
    const l = JSON.parse(line) as { time: string; status: number; ms: number };
    const t = Date.parse(l.time);
    if (l.status === 200) phases.find((p) => t >= p.from && t <= p.to)?.gatewayOk.push(l.ms);
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "wardgate-bench-overload-"));
  const redis = new Redis(REDIS_URL.toString(), { lazyConnect: true, maxRetriesPerRequest: 1 });
  const hogs: Child[] = [];
  try {
    await redis.connect();
    const upstreamChild = startChild("upstream", ["--import", "tsx", "bench/upstream-process.ts"], { cwd: ROOT });
    const upstream = `http://127.0.0.1:${(await waitForLine(upstreamChild, /UPSTREAM (\d+)/))[1]}`;
    const proxy = startChild("redis proxy", ["--import", "tsx", "bench/proxy-process.ts", REDIS_URL.port || "6379"], { cwd: ROOT });
    const proxyPort = Number((await waitForLine(proxy, /PROXY (\d+)/))[1]);
    const gw = await startGateway(dir, upstream, proxyPort);
    log(`gateway ${gw.origin}, admission ${JSON.stringify(ADMISSION)}, upstream ${UPSTREAM_MS} ms`);
    const pool = new Pool(gw.origin, { connections: CONCURRENCY, pipelining: 1, headersTimeout: 30_000, bodyTimeout: 30_000 });
    const phases: Phase[] = [];

    await drive(pool, gw.key, gw.child.pid, "warm-up", 16, 4, false);
    log("unloaded");
    phases.push(await drive(pool, gw.key, gw.child.pid, "unloaded", 4, 4, false));
    for (let i = 0; i < 2; i++) hogs.push(startChild(`hog ${i}`, ["-e", "for(;;){}"], { cwd: ROOT }));
    // Unmeasured: the hog's start and 400 new connections at once are a one-off burst, not the steady overload.
    await drive(pool, gw.key, gw.child.pid, "ramp", CONCURRENCY, 3, true);
    log("overload with the CPU hog");
    phases.push(await drive(pool, gw.key, gw.child.pid, "overload", CONCURRENCY, SECONDS, true));
    log("overload, Redis cut off after 2 s");
    let cutAt = Number.NaN;
    const cut = async () => {
      await new Promise((r) => setTimeout(r, 2000));
      cutAt = performance.now();
      proxy.proc.stdin!.write("cut\n");
      await waitForLine(proxy, /CUT/);
    };
    let cutting: Promise<void> | undefined;
    phases.push(
      await drive(pool, gw.key, gw.child.pid, "Redis cut at 2 s", CONCURRENCY, SECONDS, true, () => {
        cutting = cut();
      }),
    );
    await cutting;
    for (const h of hogs) h.proc.kill("SIGKILL");
    await pool.close();
    await stopAll(); // the gateway flushes its log
    await gatewayLatencies(join(dir, "gateway.log"), phases);

    const base = phases[0]!;
    const over = phases[1]!;
    const cutPhase = phases[2]!;
    const firstUnavailable = cutPhase.unavailableAt.find((t) => t >= cutAt);
    const cutMs = firstUnavailable === undefined ? Number.NaN : firstUnavailable - cutAt;
    const unavailableBeforeCut = cutPhase.unavailableAt.filter((t) => t < cutAt).length;
    const ratio = pct(over.ok, 99) / pct(base.ok, 99);
    const f = (n: number) => (Number.isNaN(n) ? "-" : n.toFixed(1));
    const other = (p: Phase) => [...p.other].map(([k, v]) => `${v} ${k}`).join(", ") || "0";
    const lines = [
      "",
      `Wardgate past its capacity: Redis-backed limits, upstream ${UPSTREAM_MS} ms, server ${JSON.stringify(ADMISSION)}; shed clients ${HONOUR_RETRY_AFTER ? "wait Retry-After" : "retry at once"}; hog = 2 busy-looping node processes on this ${availableParallelism()}-core machine.`,
      "",
      "| phase | c | hog | s | 200 | 503 overloaded | 503 limits_unavailable | other | 200/s | accepted p50 ms | accepted p99 ms | gateway's own p99 ms (200s) | time-to-503 p50 ms | time-to-503 p99 ms | gateway CPU µs/req | load generator loop delay p99 / max ms |",
      "|---|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...phases.map(
        (p) =>
          `| ${p.name} | ${p.concurrency} | ${p.hog ? "yes" : "no"} | ${p.seconds} | ${p.ok.length} | ${p.shed.length} | ${p.limitsUnavailable} | ${other(p)} | ${Math.round(p.ok.length / p.seconds)} | ${f(pct(p.ok, 50))} | ${f(pct(p.ok, 99))} | ${f(pct(p.gatewayOk, 99))} | ${f(pct(p.shed, 50))} | ${f(pct(p.shed, 99))} | ${p.gatewayUs === undefined ? "-" : p.gatewayUs.toFixed(0)} | ${f(p.loadgenLagP99)} / ${f(p.loadgenLagMax)} |`,
      ),
      "",
      `- ${ratio <= TARGET_P99_RATIO ? "PASS" : "FAIL"} accepted p99 under overload ≤ ${TARGET_P99_RATIO}× unloaded p99: ${f(pct(over.ok, 99))} / ${f(pct(base.ok, 99))} ms = ${ratio.toFixed(2)}×`,
      `- ${over.shed.length > 0 ? "PASS" : "FAIL"} excess requests shed 503 overloaded: ${over.shed.length}, time-to-503 p99 ${f(pct(over.shed, 99))} ms`,
      `- ${over.limitsUnavailable + unavailableBeforeCut === 0 ? "PASS" : "FAIL"} no limits_unavailable while Redis is healthy: ${over.limitsUnavailable} in the overload phase, ${unavailableBeforeCut} before the cut`,
      `- ${cutMs <= TARGET_CUT_MS ? "PASS" : "FAIL"} limits_unavailable within ${TARGET_CUT_MS} ms of the Redis cut: ${f(cutMs)} ms`,
      "",
    ];
    process.stdout.write(lines.join("\n"));
  } finally {
    for (const h of hogs) h.proc.kill("SIGKILL");
    await stopAll();
    const left = await redis.keys(`{wardgate}:*${RUN}*`).catch(() => [] as string[]);
    if (left.length > 0) await redis.del(...left);
    await redis.quit().catch(() => {});
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

process.on("exit", killAllNow);
main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    void stopAll().finally(() => process.exit(1));
  },
);
