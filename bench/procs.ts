/**
 * Child processes for the benchmark: each server gets its own process (and
 * event loop) so the load generator never competes with it inside one loop.
 * Every child started here is tracked and can be stopped from any exit path.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createInterface, type Interface } from "node:readline";

export interface Child {
  name: string;
  proc: ChildProcess;
  pid: number;
  /** stdout, line by line; always being read, so a chatty child never blocks on a full pipe. */
  lines: Interface;
  /** The last lines the child wrote to stderr, for error messages. */
  stderrTail(): string;
  /** Resolves when the child exits (immediately if it already has). */
  exited: Promise<void>;
}

const live = new Set<Child>();
const TAIL_BYTES = 4096;

/** Starts `node <args>` in `cwd`, with stdin as a pipe the child can watch to notice our death. */
export function startChild(name: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Child {
  const proc = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
  if (proc.pid === undefined) throw new Error(`${name}: failed to start`);
  let tail = "";
  proc.stderr!.setEncoding("utf8");
  proc.stderr!.on("data", (s: string) => {
    tail = (tail + s).slice(-TAIL_BYTES);
  });
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const lines = createInterface({ input: proc.stdout! });
  const child: Child = { name, proc, pid: proc.pid, lines, stderrTail: () => tail.trim(), exited };
  live.add(child);
  void exited.then(() => live.delete(child));
  return child;
}

/** Waits for a stdout line matching `re`; rejects if the child exits or the timeout passes first. */
export function waitForLine(child: Child, re: RegExp, timeoutMs = 15_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const { lines } = child;
    const fail = (why: string) => {
      cleanup();
      const tail = child.stderrTail();
      reject(new Error(`${child.name}: ${why}${tail ? `\n--- stderr ---\n${tail}` : ""}`));
    };
    const onLine = (line: string) => {
      const m = re.exec(line);
      if (!m) return;
      cleanup();
      resolve(m);
    };
    const onExit = (code: number | null, signal: string | null) => fail(`exited (code ${code}, signal ${signal}) before printing ${re}`);
    const timer = setTimeout(() => fail(`did not print ${re} within ${timeoutMs} ms`), timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      lines.off("line", onLine);
      child.proc.off("exit", onExit);
    };
    lines.on("line", onLine);
    child.proc.once("exit", onExit);
  });
}

/** SIGTERM every child (so the gateway can shut down cleanly and flush a CPU profile), SIGKILL stragglers. */
export async function stopAll(graceMs = 5_000): Promise<void> {
  const children = [...live];
  for (const c of children) c.proc.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  await Promise.race([Promise.all(children.map((c) => c.exited)), grace]);
  clearTimeout(timer);
  killAllNow();
}

/** Synchronous last resort, safe inside process.on("exit"). */
export function killAllNow(): void {
  for (const c of live) {
    if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill("SIGKILL");
  }
}

/** Linux reports process CPU time in clock ticks; 100 per second on every mainstream kernel config. */
export const CLOCK_TICKS_PER_SECOND = 100;

/**
 * User + system CPU time so far, in µs, of a process (`/proc/<pid>/stat`, every
 * thread) or one thread (`/proc/<pid>/task/<tid>/stat`); undefined off Linux.
 */
export async function cpuTimeUs(pid: number, tid?: number): Promise<number | undefined> {
  try {
    const stat = await readFile(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, "utf8");
    // Fields after the ")" that closes the command name: state is [0], utime [11], stime [12].
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(rest[11]) + Number(rest[12])) * 1e6) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
