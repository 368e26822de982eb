/**
 * `wardgate serve --workers N`: every core of one machine, through node:cluster.
 *
 * The primary only supervises: it forks N workers that each run the normal
 * serve path and share the data-plane port (round-robin: the primary accepts
 * each connection and hands it to the next worker). It opens no store and
 * loads no keyring, so a worker is the only place a start-up error can come
 * from, and it reports it.
 *
 * Slot 1 is the leader. It alone runs what must happen once per machine: the
 * admin listener, the audit outputs (witness publishing and the webhook sinks'
 * cursors; two processes would deliver everything twice), the demo key. The
 * others serve the data plane only.
 *
 * Start-up is the leader first, then the rest: the leader applies migrations,
 * creates a first master key and the demo key before anyone else opens the
 * store, and a start-up error (port in use, wrong master key, bad admin.tls)
 * is printed once, by the leader, and the primary exits with its code. The
 * banner is printed once every worker serves.
 *
 * Workers' output (log lines, error messages) reaches the primary's stdout and
 * stderr through pipes of their own, relayed line by line (line-relay.ts), so
 * no worker shares a descriptor whose blocking mode another process changes.
 */
import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import { InvalidArgumentError } from "commander";
import type { Logger } from "pino";
import { ConfigError } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { silenceLog } from "../gateway/log.js";
import { relayLines } from "./line-relay.js";
import { exitAfterLog, LOG_FLUSH_MS, SHUTDOWN_MARGIN_MS, shutdownDeadline } from "./shutdown.js";

/** Far above any machine's cores: a typo like 1000 is refused rather than forking a thousand processes. */
export const MAX_WORKERS = 256;
/** A worker that dies this often within the window is crash-looping: the primary gives up. */
export const CRASH_LIMIT = 5;
export const CRASH_WINDOW_MS = 30_000;
const SLOT_ENV = "WARDGATE_WORKER_SLOT";
const COUNT_ENV = "WARDGATE_WORKER_COUNT";

/** The commander parser of --workers: a count, or "auto" for one process per core. */
export function parseWorkers(v: string): number {
  if (v === "auto") return availableParallelism();
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > MAX_WORKERS) {
    throw new InvalidArgumentError(`expected a number of worker processes from 1 to ${MAX_WORKERS}, or "auto" (one per core: ${availableParallelism()} here)`);
  }
  return n;
}

/**
 * What would silently change meaning when split over processes is refused
 * before anything is forked (fail closed): N in-memory limit counters would
 * let every limit and budget through N times over.
 */
export function checkWorkersConfig(config: Config, workers: number): void {
  if (workers <= 1) return;
  if (config.limitsBackend === "memory" && config.limits.length + config.budgets.length > 0) {
    throw new ConfigError(
      `limitsBackend: "memory" keeps the counters of limits and budgets inside one process; with --workers ${workers} each worker would count on its own ` +
        `and every limit and budget would allow ${workers} times its amount. Set limitsBackend: redis://… to share the counters, or serve with --workers 1`,
    );
  }
  if (config.store === "sqlite::memory:") {
    throw new ConfigError(`store: "sqlite::memory:" is private to each process; with --workers ${workers} every worker would have its own empty store. Use a file (the default) or serve with --workers 1`);
  }
}

/** How serve talks to whoever prints its output: the terminal directly, or the primary. */
export interface ServeRole {
  /** Runs the once-per-machine parts: admin listener, audit outputs, demo key. */
  leader: boolean;
  /** This worker's place, 1…count (1: no cluster); a restarted worker takes its predecessor's. */
  slot: number;
  /** Worker processes on this machine (1: no cluster). */
  count: number;
  /** The data plane serves; the leader passes its banner (printed once all workers serve). */
  ready(banner?: string): void;
  /** A line for the operator (the admin API address). */
  say(text: string): void;
  /** Whether a second signal forces the exit; in a worker the primary decides (a terminal's Ctrl-C reaches both). */
  repeatSignalForces: boolean;
}

/** Messages from a worker to the primary; the tag keeps them apart from cluster's own. */
type WorkerMessage = { wardgate: "ready"; banner?: string } | { wardgate: "say"; text: string };

function isWorkerMessage(m: unknown): m is WorkerMessage {
  return typeof m === "object" && m !== null && "wardgate" in m;
}

/** The role of this process: a plain `wardgate serve`, or a worker forked by runPrimary. */
export function serveRole(): ServeRole {
  if (!cluster.isWorker) {
    const print = (text: string | undefined) => {
      if (text !== undefined) process.stdout.write(text);
    };
    return { leader: true, slot: 1, count: 1, ready: print, say: print, repeatSignalForces: true };
  }
  const slot = Number(process.env[SLOT_ENV] ?? "1");
  const send = (m: WorkerMessage) => process.connected && process.send?.(m);
  return {
    leader: slot === 1,
    slot,
    count: Number(process.env[COUNT_ENV] ?? "1"),
    ready: (banner) => send({ wardgate: "ready", ...(banner !== undefined ? { banner } : {}) }),
    say: (text) => send({ wardgate: "say", text }),
    repeatSignalForces: false,
  };
}

interface Started {
  ok: boolean;
  banner?: string | undefined;
  code?: number | null;
  signal?: string | null;
}

/** Resolves when the worker serves, or when it exits first. */
function started(w: Worker): Promise<Started> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      if (!isWorkerMessage(m) || m.wardgate !== "ready") return;
      w.off("exit", onExit);
      w.off("message", onMessage);
      resolve({ ok: true, banner: m.banner });
    };
    const onExit = (code: number | null, signal: string | null) => {
      w.off("message", onMessage);
      resolve({ ok: false, code, signal });
    };
    w.on("message", onMessage);
    w.once("exit", onExit);
  });
}

/**
 * Forks and supervises the workers until a signal stops them all. Resolves
 * once they serve (or the start failed); the process then lives on through
 * its workers and exits when the last has (0 if all stopped cleanly).
 */
export async function runPrimary(o: { workers: number; config: Config; log: Logger }): Promise<void> {
  const { workers: n, log } = o;
  // Round-robin (the default except on Windows), said explicitly: the kernel's own balancing
  // favours a few busy processes under keep-alive.
  cluster.schedulingPolicy = cluster.SCHED_RR;
  // Workers write to pipes of their own, relayed here line by line (line-relay.ts says why).
  cluster.setupPrimary({ stdio: ["ignore", "pipe", "pipe", "ipc"] });
  const relays = new Set<Promise<void>>();
  /** Exits once the workers' last lines are passed on (bounded), then the log flushed. */
  const exit = async (code: number) => {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(relays), new Promise((r) => (timer = setTimeout(r, LOG_FLUSH_MS)))]);
    clearTimeout(timer);
    await exitAfterLog(log, code);
  };

  const slots = new Map<number, Worker>();
  const ready = new Set<Worker>();
  const restarts = new Set<NodeJS.Timeout>();
  const deaths: number[] = [];
  // An object, not a let: the closures below change it while the start sequence awaits.
  const state: { phase: "starting" | "running" | "stopping" } = { phase: "starting" };
  let failed = false;
  let firstLeader: Worker | undefined;
  let bannerPrinted = false;
  const held: string[] = [];

  const finish = () => {
    log.info({ failed }, "all workers stopped");
    void exit(failed ? 1 : 0);
  };

  const fork = (slot: number): Worker => {
    const w = cluster.fork({ [SLOT_ENV]: String(slot), [COUNT_ENV]: String(n) });
    for (const [from, to] of [[w.process.stdout, process.stdout], [w.process.stderr, process.stderr]] as const) {
      if (!from) continue;
      const relay = relayLines(from, to).finally(() => relays.delete(relay));
      relays.add(relay);
    }
    slots.set(slot, w);
    if (slot === 1) firstLeader ??= w;
    w.on("message", (m: unknown) => {
      if (!isWorkerMessage(m)) return;
      if (m.wardgate === "ready") ready.add(w);
      // Only the first leader speaks to the terminal: a restarted one would repeat the banner.
      if (m.wardgate === "say" && w === firstLeader) {
        if (bannerPrinted) process.stdout.write(m.text);
        else held.push(m.text);
      }
    });
    w.on("exit", (code, signal) => {
      if (slots.get(slot) === w) slots.delete(slot);
      const wasReady = ready.delete(w);
      if (state.phase === "stopping") {
        if (code !== 0) failed = true;
        if (slots.size === 0) finish();
        return;
      }
      // While starting, a worker that never served is the start sequence's to report.
      if (state.phase === "starting" && !wasReady) return;
      died(slot, w, code, signal);
    });
    return w;
  };

  const died = (slot: number, w: Worker, code: number | null, signal: string | null) => {
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0]! < now - CRASH_WINDOW_MS) deaths.shift();
    if (deaths.length >= CRASH_LIMIT) {
      process.stderr.write(`wardgate: worker processes keep dying (${deaths.length} in ${CRASH_WINDOW_MS / 1000} s): giving up\n`);
      log.error({ worker: slot, pid: w.process.pid, code, signal, deaths: deaths.length }, "workers keep dying: giving up");
      failed = true;
      stop("crash loop");
      return;
    }
    // Back-off doubles with each recent death: 250 ms, 0.5 s, 1 s, 2 s.
    const delay = 250 * 2 ** (deaths.length - 1);
    log.warn({ worker: slot, pid: w.process.pid, code, signal, restartInMs: delay }, "worker died unexpectedly; restarting");
    const t = setTimeout(() => {
      restarts.delete(t);
      if (state.phase === "stopping") return;
      const next = fork(slot);
      void started(next).then((s) => {
        if (s.ok) log.info({ worker: slot, pid: next.process.pid }, "worker restarted");
      });
    }, delay);
    restarts.add(t);
  };

  let signals = 0;
  const stop = (why: string) => {
    if (state.phase === "stopping") return;
    state.phase = "stopping";
    for (const t of restarts) clearTimeout(t);
    log.info({ why, workers: slots.size }, "stopping the workers: each drains its requests");
    if (slots.size === 0) return finish();
    // Each worker runs its normal shutdown (drain, last checkpoint, store closed) on SIGTERM.
    for (const w of slots.values()) w.process.kill("SIGTERM");
    // A worker stuck past its grace period and its own deadline is killed, and the exit is a failure.
    const grace = o.config.server.shutdownGraceMs;
    setTimeout(() => {
      for (const w of slots.values()) w.process.kill("SIGKILL");
      failed = true;
    }, grace + 2 * SHUTDOWN_MARGIN_MS).unref();
    // And should the primary itself hang after that, it ends too.
    shutdownDeadline(grace + 4 * SHUTDOWN_MARGIN_MS, log);
  };
  const onSignal = (signal: string) => {
    if (++signals > 1) {
      for (const w of slots.values()) w.process.kill("SIGKILL");
      silenceLog(log);
      process.exit(1);
    }
    stop(signal);
  };
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  process.on("SIGINT", () => onSignal("SIGINT"));

  // The leader first: it prepares the store and is the one to report a start-up error.
  const lead = await started(fork(1));
  if (state.phase !== "starting") return;
  if (!lead.ok) return abort(lead);
  const rest = await Promise.all(Array.from({ length: n - 1 }, (_, i) => started(fork(i + 2))));
  if (state.phase !== "starting") return;
  const bad = rest.find((s) => !s.ok);
  if (bad) {
    failed = true;
    stop("a worker failed to start");
    return;
  }
  state.phase = "running";
  if (lead.banner !== undefined) process.stdout.write(lead.banner);
  bannerPrinted = true;
  for (const t of held) process.stdout.write(t);
  log.info({ workers: n, pids: [...slots.values()].map((w) => w.process.pid) }, "workers started");

  function abort(s: Started): void {
    // The worker has said why on stderr; a worker killed by a signal could not.
    if (s.signal) process.stderr.write(`wardgate: the first worker process was killed by ${s.signal} while starting\n`);
    void exit(s.code ? s.code : 1);
  }
}
