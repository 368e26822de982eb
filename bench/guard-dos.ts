/**
 * Guard DoS benchmark (issue 13, "One request freezes the gateway"):
 * `node --import tsx bench/guard-dos.ts`.
 *
 * 1. Small-request latency through a gateway (in this process, so its own
 *    event-loop delay is measured too) with the mock upstream in a child
 *    process: alone, then while an attacker process sends 1 MiB adversarial
 *    prompts back to back, with the guard pool (size 1) and inline (size 0).
 *    Ratios are against the baseline measured in the same run.
 * 2. Inspecting 100 KB and 1 MiB adversarial texts (`api_key: ` repeated,
 *    e-mail addresses): wall time, CPU time, and the event-loop delay of the
 *    calling thread, inline (Guard.inspect) against the pool (GuardPool).
 *
 * Env: BENCH_SECONDS (per latency phase, default 8), BENCH_REPEATS (inspections per text, default 3).
 * Prints a markdown report.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Client } from "undici";
import { guardSchema } from "../src/config/guard-schema.js";
import { Guard } from "../src/guard/engine.js";
import { GuardPool } from "../src/guard/pool.js";
import { resolveProfile } from "../src/guard/profiles.js";
import { Pseudonyms } from "../src/guard/pseudonyms.js";
import { fullConfig, startGateway } from "../test/e2e/harness.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const ROOT = resolve(import.meta.dirname, "..");
const MIB_TEXT = 1_000_000;
const PROFILE = { scrub: { extends: "standard", request: { pii: "redact", secrets: "redact" } } };

const f1 = (n: number) => n.toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** A child process and the first match of `ready` in its stdout; `output()` is everything it printed so far. */
async function child(args: string[], ready: RegExp): Promise<{ proc: ChildProcess; match: RegExpExecArray; output(): string }> {
  const proc = spawn(process.execPath, args, { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  // A listener, not an async iterator: leaving a for-await would destroy the pipe the child still writes to.
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    proc.stdout!.on("data", (c) => {
      out += String(c);
      const m = ready.exec(out);
      if (m) resolve(m);
    });
    proc.once("exit", () => reject(new Error(`${args.join(" ")} did not start`)));
  });
  return { proc, match, output: () => out };
}

/** Sends 1 MiB prompts back to back until its stdin closes; counts answers by status on exit. */
const ATTACKER = `
const [url, key, unit, chars] = process.argv.slice(1);
const body = JSON.stringify({ model: "mock-model", messages: [{ role: "user", content: unit.repeat(Math.floor(Number(chars) / unit.length)) }] });
let stop = false;
process.stdin.on("end", () => { stop = true; }).resume();
const counts = {};
console.log("ATTACKER ready");
while (!stop) {
  const r = await fetch(url, { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body });
  await r.arrayBuffer();
  counts[r.status] = (counts[r.status] ?? 0) + 1;
}
console.log("ATTACKS " + JSON.stringify(counts));
`;

interface Phase {
  name: string;
  p50: number;
  p99: number;
  served: number;
  loopMax: number;
  attacks?: string;
}

async function latencyPhases(): Promise<Phase[]> {
  const up = await child(["--import", "tsx", "bench/upstream-process.ts"], /UPSTREAM (\d+)/);
  const upstream = `http://127.0.0.1:${up.match[1]}`;
  const phases: Phase[] = [];
  try {
    for (const [label, size] of [
      ["pool", 1],
      ["inline", 0],
    ] as const) {
      const gw = await startGateway({ ...fullConfig(upstream), guard: { profile: "scrub", profiles: PROFILE, pool: { size, timeoutMs: 30_000 } } });
      const key = await gw.issue({ models: ["*"] });
      const client = new Client(gw.url, { pipelining: 0 });
      const small = JSON.stringify({ model: "mock-model", messages: [{ role: "user", content: "What are your opening hours on Sunday?" }] });
      const measure = async (name: string, attack?: { unit: string }): Promise<Phase> => {
        let attacker: Awaited<ReturnType<typeof child>> | undefined;
        if (attack) {
          attacker = await child(["--input-type=module", "-e", ATTACKER, `${gw.url}/v1/chat/completions`, key, attack.unit, String(MIB_TEXT)], /ATTACKER ready/);
        }
        const loop = monitorEventLoopDelay({ resolution: 2 });
        loop.enable();
        const times: number[] = [];
        const until = performance.now() + SECONDS * 1000;
        while (performance.now() < until) {
          const t = performance.now();
          const r = await client.request({ method: "POST", path: "/v1/chat/completions", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: small });
          await r.body.arrayBuffer();
          if (r.statusCode !== 200) throw new Error(`small request: ${r.statusCode}`);
          times.push(performance.now() - t);
        }
        loop.disable();
        let attacks: string | undefined;
        if (attacker) {
          const exited = once(attacker.proc, "exit");
          attacker.proc.stdin!.end();
          await exited;
          attacks = /ATTACKS (.*)/.exec(attacker.output())?.[1];
        }
        times.sort((a, b) => a - b);
        return { name, p50: percentile(times, 50), p99: percentile(times, 99), served: times.length, loopMax: loop.max / 1e6, ...(attacks ? { attacks } : {}) };
      };
      // Warm up: JIT, connections, the pool's worker (started on first use).
      for (let i = 0; i < 200; i++) await (await client.request({ method: "POST", path: "/v1/chat/completions", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: small })).body.arrayBuffer();
      if (label === "pool") phases.push(await measure("alone"));
      phases.push(await measure(`with \`api_key: \` attacks, ${label}`, { unit: "api_key: " }));
      phases.push(await measure(`with e-mail attacks, ${label}`, { unit: "a1234@ex.com " }));
      await client.close();
      await gw.close();
    }
  } finally {
    up.proc.stdin!.end();
    await once(up.proc, "exit");
  }
  return phases;
}

interface Inspection {
  text: string;
  mode: string;
  wallMs: number;
  cpuMs: number;
  loopMax: number;
  verdict: string;
}

async function inspections(): Promise<Inspection[]> {
  const cfg = guardSchema.parse({ profile: "scrub", profiles: PROFILE });
  const guard = new Guard(resolveProfile("scrub", cfg));
  const pool = new GuardPool(cfg, { size: 1, queue: 4, timeoutMs: 60_000 });
  const out: Inspection[] = [];
  try {
    const texts: [string, string, number][] = [
      ["api_key 100 KB", "api_key: ", 100_000],
      ["api_key 1 MiB", "api_key: ", MIB_TEXT],
      ["e-mails 100 KB", "a1234@ex.com ", 100_000],
      ["e-mails 1 MiB", "a1234@ex.com ", MIB_TEXT],
    ];
    const job = (text: string) => ({ profile: "scrub", direction: "request" as const, fields: [{ path: "messages[0].content", role: "user" as const, text }], except: undefined, conversations: undefined, systemPrompt: undefined });
    await pool.inspect({ ...job("warm up"), pseudonyms: new Pseudonyms().state() }); // the worker starts
    guard.inspect("request", job("warm up").fields, { pseudonyms: new Pseudonyms() });
    for (const [name, unit, chars] of texts) {
      const text = unit.repeat(Math.floor(chars / unit.length));
      for (const mode of ["inline", "pool"] as const) {
        let best: Inspection | undefined;
        for (let i = 0; i < REPEATS; i++) {
          const loop = monitorEventLoopDelay({ resolution: 2 });
          loop.enable();
          const cpu = process.cpuUsage(); // the whole process: the worker's thread included
          const t = performance.now();
          const verdict =
            mode === "inline"
              ? guard.inspect("request", job(text).fields, { pseudonyms: new Pseudonyms() }).verdict
              : (await pool.inspect({ ...job(text), pseudonyms: new Pseudonyms().state() })).result.verdict;
          const wallMs = performance.now() - t;
          const used = process.cpuUsage(cpu);
          // Let the monitor see the loop turn once after a synchronous inspection.
          await new Promise((r) => setTimeout(r, 5));
          loop.disable();
          // Inline, the caller's loop is held for the whole (synchronous) inspection by definition.
          const loopMax = mode === "inline" ? wallMs : loop.max / 1e6;
          const m = { text: name, mode, wallMs, cpuMs: (used.user + used.system) / 1000, loopMax, verdict };
          if (!best || m.wallMs < best.wallMs) best = m;
        }
        out.push(best!);
      }
    }
  } finally {
    await pool.close();
  }
  return out;
}

const started = Date.now();
const phases = await latencyPhases();
const inspected = await inspections();
const base = phases[0]!;
const lines = [
  `# Guard DoS benchmark (${new Date().toISOString()}, ${cpus().length} CPUs, ${SECONDS} s per phase, node ${process.version})`,
  "",
  "## Small requests through the gateway (c=1) while one client sends 1 MiB adversarial prompts",
  "",
  row(["phase", "small requests", "p50 ms", "p99 ms", "p50 / alone", "p99 / alone", "gateway loop max ms", "attack answers (status: count)"]),
  row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---"]),
  ...phases.map((p) => row([p.name, p.served, f1(p.p50), f1(p.p99), f1(p.p50 / base.p50), f1(p.p99 / base.p99), f1(p.loopMax), p.attacks ?? "-"])),
  "",
  "## Inspecting one adversarial text (best of " + REPEATS + ")",
  "",
  row(["text", "mode", "verdict", "wall ms", "CPU ms (process)", "caller's loop held, max ms", "wall / inline"]),
  row(["---", "---", "---", "---:", "---:", "---:", "---:"]),
  ...inspected.map((m) => {
    const inline = inspected.find((x) => x.text === m.text && x.mode === "inline")!;
    return row([m.text, m.mode, m.verdict, f1(m.wallMs), f1(m.cpuMs), f1(m.loopMax), f1(m.wallMs / inline.wallMs)]);
  }),
  "",
  `Took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
];
console.log(lines.join("\n"));
