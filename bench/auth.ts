/**
 * Client authentication benchmark (`node --import tsx bench/auth.ts`, after
 * `npm run build`).
 *
 * 1. Verification cost, in this process, with hrtime per call:
 *    - JWT cold: a token never seen before, verified by jose against the
 *      issuer's JWKS (fetched once from a local HTTP server and cached), for
 *      RS256 and ES256;
 *    - JWT cache hit: the same token again (the hot path);
 *    - gateway key cache hit, for comparison.
 * 2. Gateway throughput with each credential, in the same run: a mock
 *    upstream and one gateway (the built CLI, guard off, as bench/gateway.ts
 *    runs it) in child processes, autocannon here, 50 connections, runs
 *    interleaved key → JWT → token → JWT through 50 policy rules, and the best
 *    of BENCH_REPEATS reported. The last one runs on a second gateway whose
 *    config has an explicit `policies:` list of 50 rules (the one that allows
 *    is last and carries address and time conditions). With the gateway
 *    saturated on its one thread, 1e6/rps is its CPU time per request, so
 *    the difference to the key run is what JWT + policy add per request.
 *
 * Targets (issue 4): JWT verification with a cached JWKS adds ≤ 50 µs p50
 * per request (together with policy evaluation, measured in bench/policy.ts),
 * and throughput with JWT auth ≥ 90% of gateway-key auth.
 *
 * Env: BENCH_SECONDS (per run, default 10), BENCH_REPEATS (default 2),
 * BENCH_COLD (cold verifications per algorithm, default 2000), BENCH_HITS
 * (cache-hit calls, default 200000).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import autocannon from "autocannon";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { request } from "undici";
import { stringify as toYaml } from "yaml";
import { authSchema } from "../src/config/auth-schema.js";
import { type AuthResult, KeyAuthenticator } from "../src/identity/authenticator.js";
import { issueKey } from "../src/identity/gateway-keys.js";
import { JwtAuthenticator } from "../src/identity/jwt.js";
import { SqliteStore } from "../src/store/sqlite.js";
import { killAllNow, startChild, stopAll, waitForLine } from "./procs.js";

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: expected a positive integer, got "${raw}"`);
  return n;
}

const SECONDS = envInt("BENCH_SECONDS", 10);
const REPEATS = envInt("BENCH_REPEATS", 2);
const COLD = envInt("BENCH_COLD", 2000);
const HITS = envInt("BENCH_HITS", 200_000);
const CONNECTIONS = 50;
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli", "main.js");
const ISSUER = "https://idp.bench.test/";
const AUDIENCE = "wardgate-bench";
const MODEL = "mock-model";
const BODY = JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hello" }] });
const TARGETS = { maxHitP50Us: 50, minRatio: 0.9, maxAddedUs: 50 };

const log = (msg: string) => process.stderr.write(`[bench:auth] ${msg}\n`);

// ---- the issuer -------------------------------------------------------------

type Alg = "RS256" | "ES256";
const keys = new Map<Alg, Awaited<ReturnType<typeof generateKeyPair>>>();
for (const alg of ["RS256", "ES256"] as const) keys.set(alg, await generateKeyPair(alg, { extractable: true }));
const jwksBody = JSON.stringify({
  keys: await Promise.all([...keys].map(async ([alg, k]) => ({ ...(await exportJWK(k.publicKey)), kid: alg, alg, use: "sig" }))),
});
let jwksFetches = 0;
const jwksServer = createServer((_req, res) => {
  jwksFetches++;
  res.writeHead(200, { "content-type": "application/json" }).end(jwksBody);
});
await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", () => r()));
const JWKS_URI = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;

const sign = (alg: Alg, sub: string, lifetimeSec = 3600) => {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub, roles: ["bench"] })
    .setProtectedHeader({ alg, kid: alg })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetimeSec)
    .sign(keys.get(alg)!.privateKey);
};

const issuerConfig = {
  name: "bench-idp",
  issuer: ISSUER,
  audiences: [AUDIENCE],
  jwksUri: JWKS_URI,
  claims: { roles: "roles" },
  grants: { models: [MODEL] },
};

// ---- 1. verification cost ----------------------------------------------------

interface Micro {
  name: string;
  calls: number;
  p50Us: number;
  p99Us: number;
  meanUs: number;
}

function summarize(name: string, samples: number[]): Micro {
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil((p / 100) * samples.length) - 1))]!;
  return { name, calls: samples.length, p50Us: at(50), p99Us: at(99), meanUs: samples.reduce((a, b) => a + b, 0) / samples.length };
}

const check = (r: AuthResult) => {
  if (!r.ok) throw new Error(`benchmark credential refused: ${r.denial.code}: ${r.denial.message}`);
};

async function micro(): Promise<Micro[]> {
  const out: Micro[] = [];
  const jwt = new JwtAuthenticator(authSchema.parse({ jwt: [issuerConfig] }).jwt);
  check(await jwt.authenticate(await sign("RS256", "warm-jwks"))); // fetch and cache the JWKS once
  for (const alg of ["RS256", "ES256"] as const) {
    const tokens = await Promise.all(Array.from({ length: COLD + 200 }, (_, i) => sign(alg, `cold-${alg}-${i}`)));
    const samples: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t0 = process.hrtime.bigint();
      check(await jwt.authenticate(tokens[i]!));
      const us = Number(process.hrtime.bigint() - t0) / 1000;
      if (i >= 200) samples.push(us); // the first 200 warm the JIT
    }
    out.push(summarize(`JWT ${alg} cold verify (JWKS cached)`, samples));
  }
  if (jwksFetches !== 1) throw new Error(`expected one JWKS fetch, saw ${jwksFetches}`);

  const hitToken = await sign("RS256", "hot");
  check(await jwt.authenticate(hitToken));
  const hits: number[] = new Array(HITS);
  for (let i = 0; i < HITS; i++) {
    const t0 = process.hrtime.bigint();
    const r = jwt.authenticate(hitToken);
    hits[i] = Number(process.hrtime.bigint() - t0) / 1000;
    if (r instanceof Promise || !r.ok) throw new Error("expected a synchronous cache hit");
  }
  out.push(summarize("JWT cache hit", hits));

  const store = await SqliteStore.open(":memory:");
  try {
    const keyAuth = new KeyAuthenticator(store.keys);
    const { key } = await issueKey(store.keys, { principal: "bench", models: [MODEL] });
    check(await keyAuth.authenticate(key, "127.0.0.1"));
    const keyHits: number[] = new Array(HITS);
    for (let i = 0; i < HITS; i++) {
      const t0 = process.hrtime.bigint();
      const r = keyAuth.authenticate(key, "127.0.0.1");
      keyHits[i] = Number(process.hrtime.bigint() - t0) / 1000;
      if (r instanceof Promise || !r.ok) throw new Error("expected a synchronous cache hit");
    }
    out.push(summarize("gateway key cache hit", keyHits));
  } finally {
    await store.close();
  }
  return out;
}

// ---- 2. throughput -------------------------------------------------------------

type Credential = "gateway key" | "JWT" | "token (wgt_)" | "JWT + 50 policy rules";
const CREDENTIALS: Credential[] = ["gateway key", "JWT", "token (wgt_)", "JWT + 50 policy rules"];

/** 49 rules that do not apply to the bench caller, then the one that allows it, with conditions to check. */
function fiftyRules() {
  const rules: Record<string, unknown>[] = [];
  for (let i = 0; i < 49; i++) {
    rules.push({ id: `other-${i}`, subjects: [`principal:svc-${i}`, `team:team-${i}`], actions: ["invoke"], resources: [`model:other-${i}*`, `route:r-${i}`] });
  }
  rules.push({
    id: "bench-allow",
    subjects: ["role:bench"],
    actions: ["invoke"],
    resources: [`model:${MODEL}`],
    conditions: { sourceIps: ["127.0.0.0/8", "::1"], time: { days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], timezone: "Europe/Berlin" } },
  });
  return rules;
}

interface Run {
  credential: Credential;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.WARDGATE_CONFIG;
  delete env.WARDGATE_DATA_DIR;
  return env;
}

async function load(origin: string, authorization: string, credential: Credential, seconds: number): Promise<Run> {
  const r = await autocannon({
    url: `${origin}/v1/chat/completions`,
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body: BODY,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
  });
  return { credential, rps: r["2xx"] / r.duration, p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

async function writeConfig(dir: string, upstreamOrigin: string, policies?: Record<string, unknown>[]): Promise<string> {
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
      auth: { jwt: [policies ? { ...issuerConfig, grants: undefined } : issuerConfig] },
      admin: { port: 0 },
      ...(policies ? { policies } : {}),
    }),
  );
  return configFile;
}

async function throughput(dir: string): Promise<Run[]> {
  const upstream = startChild("mock upstream", ["--import", "tsx", "bench/upstream-process.ts"], { cwd: ROOT });
  const upstreamOrigin = `http://127.0.0.1:${(await waitForLine(upstream, /^UPSTREAM (\d+)$/))[1]}`;
  const configFile = await writeConfig(dir, upstreamOrigin);
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, "--config", configFile, "keys", "create", "--principal", "bench", "--model", MODEL, "--json"], {
    cwd: ROOT,
    env: cliEnv(),
    timeout: 30_000,
  });
  const key = (JSON.parse(stdout) as { key: string }).key;
  const gateway = startChild("gateway", ["--max-semi-space-size=4", CLI, "--config", configFile, "serve", "--port", "0"], { cwd: ROOT, env: cliEnv() });
  const origin = (await waitForLine(gateway, /Wardgate is listening on (http:\/\/[^\s]+)/))[1]!;
  const policyConfig = await writeConfig(join(dir, "policies"), upstreamOrigin, fiftyRules());
  const policyGateway = startChild("gateway with policies", ["--max-semi-space-size=4", CLI, "--config", policyConfig, "serve", "--port", "0"], { cwd: ROOT, env: cliEnv() });
  const policyOrigin = (await waitForLine(policyGateway, /Wardgate is listening on (http:\/\/[^\s]+)/))[1]!;
  const originOf = (c: Credential) => (c === "JWT + 50 policy rules" ? policyOrigin : origin);

  const minted = await request(`${origin}/v1/wardgate/tokens`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ ttl_seconds: 3600 }),
  });
  const token = ((await minted.body.json()) as { token?: string }).token;
  if (minted.statusCode !== 201 || !token) throw new Error(`minting a token failed: ${minted.statusCode}`);
  const jwt = `Bearer ${await sign("RS256", "bench-jwt")}`;
  const auth: Record<Credential, string> = { "gateway key": `Bearer ${key}`, JWT: jwt, "token (wgt_)": `Bearer ${token}`, "JWT + 50 policy rules": jwt };

  for (const c of CREDENTIALS) {
    const res = await request(`${originOf(c)}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json", authorization: auth[c] }, body: BODY });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`${c}: expected 200, got ${res.statusCode}: ${text.slice(0, 200)}`);
  }
  for (const c of CREDENTIALS) {
    const w = await load(originOf(c), auth[c], c, Math.min(2, SECONDS));
    log(`warm-up ${c}: ${Math.round(w.rps)} req/s`);
  }
  const runs: Run[] = [];
  for (let i = 0; i < REPEATS; i++) {
    // Rotate who goes first so each credential sees the same machine noise.
    const n = CREDENTIALS.length;
    const order = [...CREDENTIALS.slice(i % n), ...CREDENTIALS.slice(0, i % n)];
    for (const c of order) {
      const r = await load(originOf(c), auth[c], c, SECONDS);
      log(`${c}: ${Math.round(r.rps)} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (non-2xx ${r.non2xx}, errors ${r.errors})`);
      runs.push(r);
    }
  }
  return runs;
}

// ---- report ----------------------------------------------------------------------

const f1 = (n: number) => n.toFixed(1);
const best = (runs: Run[], c: Credential) => runs.filter((r) => r.credential === c).reduce((a, b) => (b.rps > a.rps ? b : a));

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} not found; run \`npm run build\` first`);
  const dir = await mkdtemp(join(tmpdir(), "wardgate-bench-auth-"));
  try {
    log(`micro: ${COLD} cold verifications per algorithm, ${HITS} cache hits`);
    const m = await micro();
    log(`throughput: ${SECONDS}s × ${REPEATS} per credential, ${CONNECTIONS} connections`);
    const runs = await throughput(dir);
    const keyBest = best(runs, "gateway key");
    const hit = m.find((x) => x.name === "JWT cache hit")!;
    const keyHit = m.find((x) => x.name === "gateway key cache hit")!;
    const jwtBest = best(runs, "JWT");
    const ratio = jwtBest.rps / keyBest.rps;
    const added = 1e6 / best(runs, "JWT + 50 policy rules").rps - 1e6 / keyBest.rps;
    const lines = [
      "",
      "| verification (in process) | calls | p50 µs | p99 µs | mean µs |",
      "|---|---:|---:|---:|---:|",
      ...m.map((x) => `| ${x.name} | ${x.calls} | ${f1(x.p50Us)} | ${f1(x.p99Us)} | ${f1(x.meanUs)} |`),
      "",
      `| gateway throughput, c=${CONNECTIONS}, best of ${REPEATS} × ${SECONDS}s | req/s | p50 ms | p99 ms | vs gateway key | µs/request vs key |`,
      "|---|---:|---:|---:|---:|---:|",
      ...CREDENTIALS.map((c) => {
        const r = best(runs, c);
        return `| ${c} | ${Math.round(r.rps)} | ${r.p50Ms} | ${r.p99Ms} | ${(r.rps / keyBest.rps).toFixed(2)} | ${f1(1e6 / r.rps - 1e6 / keyBest.rps)} |`;
      }),
      "",
      `JWT cache hit vs gateway key cache hit: ${hit.p50Us >= keyHit.p50Us ? "+" : ""}${f1(hit.p50Us - keyHit.p50Us)} µs p50. Non-2xx / errors over all runs: ${runs.reduce((a, r) => a + r.non2xx, 0)} / ${runs.reduce((a, r) => a + r.errors, 0)}.`,
      `- ${hit.p50Us <= TARGETS.maxHitP50Us ? "PASS" : "FAIL"} JWT verification (cached JWKS, cached token) p50 ≤ ${TARGETS.maxHitP50Us} µs: ${f1(hit.p50Us)} µs`,
      `- ${ratio >= TARGETS.minRatio ? "PASS" : "FAIL"} throughput with JWT ≥ ${TARGETS.minRatio * 100}% of gateway key: ${(ratio * 100).toFixed(0)}%`,
      `- ${added <= TARGETS.maxAddedUs ? "PASS" : "FAIL"} JWT + 50-rule policy add ≤ ${TARGETS.maxAddedUs} µs per request (gateway CPU time per request, 1e6/rps, against the key run): ${f1(added)} µs`,
      "",
    ];
    process.stdout.write(lines.join("\n"));
  } finally {
    await stopAll();
    await rm(dir, { recursive: true, force: true }).catch(() => {});
    jwksServer.close();
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
