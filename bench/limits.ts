/**
 * What limits cost, and whether budgets hold under a burst (`npm run
 * bench:limits`; issue 6). Needs Redis on 127.0.0.1:6379 (REDIS_URL to
 * change it).
 *
 * Three gateways in child processes (the CLI from source through tsx, guard
 * and audit off so only the limits differ), one mock upstream, autocannon
 * here:
 * - "no limits": nothing configured (context: what limits cost at all);
 * - "memory": limitsBackend memory;
 * - "redis": limitsBackend Redis, the same rules.
 * The rules: a per-key requests limit and tokens limit far above what the
 * bench sends (never refuse) and a per-key budget (reserve before forwarding,
 * settle after), so every request runs every kind of counter but
 * concurrency. Runs are interleaved, the order rotating each repeat; the
 * best of BENCH_REPEATS is reported, with the gateway's CPU time per
 * request (/proc) and redis-server's (INFO cpu): on a small shared machine
 * Redis competes with the gateway for the same cores, and the columns show
 * where the time went. Target: redis ≥ 70% of memory.
 *
 * Then the overshoot check, per backend: a budget that fits exactly K
 * worst-case requests (price × (prompt + max_tokens)), and 200 requests fired
 * at once with another key. The upstream holds each reply 3 s, so every
 * reservation is taken before any settles: exactly K must be admitted, the
 * rest refused 429 insufficient_quota, and the money held (then spent) never
 * above the budget. For Redis the budget's counter is read back at the peak
 * and after settling.
 *
 * Redis keys: the gateway's default prefix, with rule ids unique to this run
 * (the config has no key-prefix setting), all deleted at the end.
 *
 * Env: BENCH_SECONDS (per run, default 4), BENCH_REPEATS (default 2),
 * REDIS_URL (default redis://127.0.0.1:6379).
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { Redis } from "ioredis";
import { Agent, request } from "undici";
import { stringify as toYaml } from "yaml";
import { issueKey } from "../src/identity/gateway-keys.js";
import { costMicros, promptTokens } from "../src/limits/cost.js";
import { RedisLimitBackend } from "../src/limits/redis-backend.js";
import { budgetKey } from "../src/limits/rules.js";
import { tokenizerFor } from "../src/limits/tokenizer.js";
import { SqliteStore } from "../src/store/sqlite.js";
import { cpuTimeUs, killAllNow, startChild, stopAll, waitForLine } from "./procs.js";

const envInt = (name: string, fallback: number): number => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: expected a positive integer`);
  return n;
};
const SECONDS = envInt("BENCH_SECONDS", 4);
const REPEATS = envInt("BENCH_REPEATS", 2);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const CONNECTIONS = 50;
const BURST = 200;
/** Worst-case requests the overshoot budget fits exactly. */
const K = 20;
const MAX_TOKENS = 50;
/** 1000 per million tokens: 1000 micro-units a token, easy to read. */
const PRICE = { input: 1000, output: 1000, currency: "USD" };
const TARGET_RATIO = 0.7;
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUN = `bench-${randomBytes(4).toString("hex")}`;
const MODEL = "mock-model";
const BODY = JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hello" }] });
const SLOW = { model: MODEL, max_tokens: MAX_TOKENS, messages: [{ role: "user", content: "slow-3000" }] };

type Variant = "no limits" | "memory" | "redis";
const VARIANTS: Variant[] = ["no limits", "memory", "redis"];

const log = (msg: string) => process.stderr.write(`[bench:limits] ${msg}\n`);

/** Same rules for both backends. The overshoot budget applies to the "overshoot" principal only. */
function limitsConfig(backend: string, overshootBudget: number) {
  return {
    limitsBackend: backend,
    limitsDefaults: { maxOutputTokens: MAX_TOKENS },
    limits: [{ id: `${RUN}-key`, scope: "key", requests: { limit: 1_000_000_000, window: "1m" }, tokens: { limit: 1_000_000_000_000, window: "1m" } }],
    budgets: [
      { id: `${RUN}-spend`, scope: "key", amount: 1_000_000, period: "day" },
      { id: `${RUN}-burst`, scope: "principal", match: "overshoot", amount: overshootBudget / 1_000_000, period: "day" },
    ],
  };
}

interface Gateway {
  variant: Variant;
  pid: number;
  origin: string;
  /** The throughput key and the overshoot key. */
  key: string;
  burstKey: string;
}

async function startGateway(dir: string, variant: Variant, upstream: string, overshootBudget: number): Promise<Gateway> {
  await mkdir(dir, { recursive: true });
  const dataDir = join(dir, "data");
  const configFile = join(dir, "wardgate.yaml");
  const backend = variant === "redis" ? REDIS_URL : "memory";
  await writeFile(
    configFile,
    toYaml({
      server: { host: "127.0.0.1", port: 0 },
      dataDir,
      log: { level: "warn", destination: join(dir, "gateway.log") },
      providers: { mock: { type: "openai", baseUrl: `${upstream}/v1`, apiKey: "sk-bench-upstream", timeoutMs: 30_000 } },
      models: [{ name: MODEL, provider: "mock", price: PRICE }],
      guard: { profile: "off" },
      audit: { enabled: false },
      admin: { enabled: false },
      ...(variant === "no limits" ? {} : limitsConfig(backend, overshootBudget)),
    }),
  );
  // Keys straight into the gateway's store (faster than two CLI processes).
  await mkdir(dataDir, { recursive: true });
  const store = await SqliteStore.open(join(dataDir, "wardgate.db"));
  let key: string;
  let burstKey: string;
  try {
    for (const id of ["bench", "overshoot"]) await store.org.putPrincipal({ tenantId: "default", id, kind: "service", teamId: null, roles: [], createdAt: Date.now(), disabledAt: null });
    key = (await issueKey(store.keys, { principal: "bench", models: [MODEL] })).key;
    burstKey = (await issueKey(store.keys, { principal: "overshoot", models: [MODEL] })).key;
  } finally {
    await store.close();
  }
  const env = { ...process.env };
  delete env.WARDGATE_CONFIG;
  delete env.WARDGATE_DATA_DIR;
  const child = startChild(`gateway (${variant})`, ["--max-semi-space-size=4", "--import", "tsx", "src/cli/main.ts", "--config", configFile, "serve", "--port", "0"], { cwd: ROOT, env });
  const origin = (await waitForLine(child, /Wardgate is listening on (https?:\/\/[^\s]+)/, 60_000))[1]!;
  return { variant, pid: child.pid, origin, key, burstKey };
}

interface Run {
  variant: Variant;
  rps: number;
  /** CPU time per 2xx, µs: the gateway process, and redis-server (during every run: it serves only the redis gateway). */
  gatewayUs: number | undefined;
  redisUs: number | undefined;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** redis-server's own CPU time (INFO cpu), µs. */
async function redisCpuUs(redis: Redis): Promise<number> {
  const info = await redis.info("cpu");
  const sec = (name: string) => Number(new RegExp(`${name}:([0-9.]+)`).exec(info)?.[1] ?? 0);
  return (sec("used_cpu_user") + sec("used_cpu_sys")) * 1e6;
}

async function load(g: Gateway, seconds: number, redis: Redis): Promise<Run> {
  const [gw0, rd0] = [await cpuTimeUs(g.pid), await redisCpuUs(redis)];
  const r = await autocannon({
    url: `${g.origin}/v1/chat/completions`,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${g.key}` },
    body: BODY,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
  });
  const [gw1, rd1] = [await cpuTimeUs(g.pid), await redisCpuUs(redis)];
  const per = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || r["2xx"] === 0 ? undefined : (b - a) / r["2xx"]);
  return {
    variant: g.variant,
    rps: r["2xx"] / r.duration,
    gatewayUs: per(gw0, gw1),
    redisUs: g.variant === "redis" ? per(rd0, rd1) : undefined,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

interface Burst {
  variant: Variant;
  admitted: number;
  refused: number;
  other: number;
  /** Money held at the peak (Redis: read back; memory: admitted × worst case). */
  peakHeld: number;
  /** Settled spending (Redis: read back; memory: admitted × reported cost). */
  spent: number;
  read: boolean;
}

/** 200 requests at once on 200 connections; the counter read back at the peak for Redis. */
async function burst(g: Gateway, worst: number, actual: number, redisBackend: RedisLimitBackend | undefined): Promise<Burst> {
  const agent = new Agent({ connections: BURST, pipelining: 0 });
  const key = budgetKey({ id: `${RUN}-burst`, scope: "principal", period: "day" }, "default/overshoot", Date.now());
  try {
    const body = JSON.stringify(SLOW);
    const statuses = Promise.all(
      Array.from({ length: BURST }, async () => {
        const r = await request(`${g.origin}/v1/chat/completions`, {
          method: "POST",
          dispatcher: agent,
          headers: { "content-type": "application/json", authorization: `Bearer ${g.burstKey}` },
          body,
        });
        const text = await r.body.text();
        return r.statusCode === 429 && !text.includes("insufficient_quota") ? 0 : r.statusCode;
      }),
    );
    // The upstream holds admitted requests 3 s: read the peak while they are in flight.
    await new Promise((r) => setTimeout(r, 1500));
    const peak = redisBackend ? await redisBackend.budget(key) : undefined;
    const codes = await statuses;
    const admitted = codes.filter((c) => c === 200).length;
    const refused = codes.filter((c) => c === 429).length;
    let spent = admitted * actual;
    if (redisBackend) {
      const end = Date.now() + 5000;
      let s = await redisBackend.budget(key);
      while (s.reserved > 0 && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 50));
        s = await redisBackend.budget(key);
      }
      spent = s.spent;
    }
    return { variant: g.variant, admitted, refused, other: BURST - admitted - refused, peakHeld: peak ? peak.spent + peak.reserved : admitted * worst, spent, read: peak !== undefined };
  } finally {
    await agent.close();
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "wardgate-bench-limits-"));
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 0, lazyConnect: true });
  await redis.connect().catch((err: Error) => {
    throw new Error(`Redis is needed at ${REDIS_URL}: ${err.message}`);
  });
  const backend = new RedisLimitBackend({ url: REDIS_URL });
  // A worst case as the gateway counts it: the prompt with the model's tokenizer (its margin included), plus max_tokens.
  const prompt = promptTokens("chat", SLOW, await tokenizerFor("openai", [MODEL]));
  const worst = costMicros(PRICE, prompt, MAX_TOKENS);
  const actual = costMicros(PRICE, 10, 5); // the mock upstream reports 10 + 5 tokens
  const budget = K * worst;
  try {
    const upstream = startChild("mock upstream", ["--import", "tsx", "bench/upstream-process.ts"], { cwd: ROOT });
    const upstreamOrigin = `http://127.0.0.1:${(await waitForLine(upstream, /^UPSTREAM (\d+)$/))[1]}`;
    const gateways = await Promise.all(VARIANTS.map((v) => startGateway(join(dir, v.replace(" ", "-")), v, upstreamOrigin, budget)));
    const gw = (v: Variant) => gateways.find((g) => g.variant === v)!;
    for (const g of gateways) {
      const w = await load(g, 1, redis);
      if (w.non2xx > 0 || w.errors > 0) throw new Error(`${g.variant}: warm-up had ${w.non2xx} non-2xx and ${w.errors} errors`);
      log(`warm-up ${g.variant}: ${Math.round(w.rps)} req/s`);
    }
    const runs: Run[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const order = i % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const v of order) {
        const r = await load(gw(v), SECONDS, redis);
        log(`${v}: ${Math.round(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (non-2xx ${r.non2xx}, errors ${r.errors})`);
        runs.push(r);
      }
    }
    const bursts: Burst[] = [];
    for (const v of ["memory", "redis"] as const) {
      const b = await burst(gw(v), worst, actual, v === "redis" ? backend : undefined);
      log(`burst ${v}: ${b.admitted} admitted, ${b.refused} refused, ${b.other} other`);
      bursts.push(b);
    }
    const best = (v: Variant) => runs.filter((r) => r.variant === v).reduce((a, b) => (b.rps > a.rps ? b : a));
    const mem = best("memory");
    const ratio = best("redis").rps / mem.rps;
    const money = (m: number) => (m / 1_000_000).toFixed(6);
    const held = bursts.every((b) => b.admitted <= K && b.peakHeld <= budget && b.spent <= budget && b.other === 0);
    const lines = [
      "",
      `| gateway, c=${CONNECTIONS}, best of ${REPEATS} × ${SECONDS}s | req/s | p50 ms | p99 ms | vs memory | gateway CPU µs/req | redis-server CPU µs/req | non-2xx | errors |`,
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...VARIANTS.map((v) => {
        const r = best(v);
        const us = (n: number | undefined) => (n === undefined ? "-" : n.toFixed(0));
        return `| ${v} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / mem.rps).toFixed(2)} | ${us(r.gatewayUs)} | ${us(r.redisUs)} | ${r.non2xx} | ${r.errors} |`;
      }),
      "",
      `Overshoot: budget ${money(budget)} USD = K=${K} worst cases of ${money(worst)} USD (prompt ${prompt} + max_tokens ${MAX_TOKENS} tokens); ${BURST} requests at once, each held 3 s upstream.`,
      "",
      "| backend | admitted | refused 429 | other | K | held at peak | spent after settling | budget | overshoot |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...bursts.map(
        (b) =>
          `| ${b.variant}${b.read ? "" : " (computed)"} | ${b.admitted} | ${b.refused} | ${b.other} | ${K} | ${money(b.peakHeld)} | ${money(b.spent)} | ${money(budget)} | ${money(Math.max(0, b.peakHeld - budget, b.spent - budget))} |`,
      ),
      "",
      `- ${ratio >= TARGET_RATIO ? "PASS" : "FAIL"} Redis-backed limits ≥ ${TARGET_RATIO * 100}% of in-memory throughput: ${(ratio * 100).toFixed(0)}%`,
      `- ${held ? "PASS" : "FAIL"} no overshoot: admitted ≤ K, money held and spent ≤ budget, for both backends`,
      "",
    ];
    process.stdout.write(lines.join("\n"));
    if (!held) process.exitCode = 1;
  } finally {
    await stopAll();
    await backend.close().catch(() => {});
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
