/**
 * How long this process itself was stalled (issue 14): its event loop blocked
 * by its own work, or the process not scheduled at all on a machine short of
 * CPU. A timeout measured in wall time on a stalled loop blames the far side
 * (Redis, PostgreSQL) for time this process was not listening: the reply may
 * have sat in the socket all along. LoopDeadline (loop-deadline.ts) subtracts
 * what this counts.
 *
 * A timer ticks every `tickMs` (unref'd: it never keeps the process up); a
 * tick that comes late was stalled by the lateness, added to a running total.
 * stalledMs() also counts the stall in progress (time since the last tick
 * beyond one tick), so a reader that runs before the late tick does — a
 * timer due at the same moment — still sees it. Reading is a few arithmetic
 * operations: a caller notes stalledMs() when it starts waiting and subtracts
 * it when it checks, with no per-caller state here.
 *
 * monitorEventLoopDelay (perf_hooks) runs alongside for reporting: delay()
 * gives its percentiles since the last reset.
 *
 * One per process (processLoop), started by its first user and stopped by
 * its last (acquire/release): the gateway, the Redis limit backend and the
 * PostgreSQL store each hold it while open.
 */
import { type IntervalHistogram, monitorEventLoopDelay } from "node:perf_hooks";

/** How often the monitor's timer ticks: a few dozen wake-ups a second, a few microseconds each. */
export const TICK_MS = 10;

/**
 * Lateness a tick may have without counting as a stall: timers fire a
 * millisecond or so late as a matter of course, and counting that would
 * stretch every timeout by a tenth.
 */
const JITTER_MS = 2;

export interface LoopDelay {
  /** Delays measured. */
  samples: number;
  /** Milliseconds; 0 when nothing was measured yet. */
  p50: number;
  p99: number;
  max: number;
}

export class LoopMonitor {
  readonly #tickMs: number;
  readonly #clock: () => number;
  #timer: NodeJS.Timeout | undefined;
  #histogram: IntervalHistogram | undefined;
  #users = 0;
  /** The clock at the last tick. */
  #last = 0;
  /** Stalled milliseconds up to the last tick. */
  #stalled = 0;

  constructor(options: { tickMs?: number; clock?: () => number } = {}) {
    this.#tickMs = options.tickMs ?? TICK_MS;
    this.#clock = options.clock ?? (() => performance.now());
  }

  /** Starts measuring (if this is the first user); call the returned function once when done. */
  acquire(): () => void {
    if (this.#users++ === 0) this.#start();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.#users === 0) this.#stop();
    };
  }

  get running(): boolean {
    return this.#timer !== undefined;
  }

  /** The monitor's clock (performance.now by default), for measuring intervals against stalledMs(). */
  now(): number {
    return this.#clock();
  }

  /**
   * Milliseconds this process was stalled since the monitor started, the
   * stall in progress included. Only differences mean something. While
   * nobody holds the monitor it measures nothing and stays constant.
   */
  stalledMs(): number {
    if (this.#timer === undefined) return this.#stalled;
    return this.#stalled + lateness(this.#clock() - this.#last, this.#tickMs);
  }

  /**
   * Event-loop delay percentiles (monitorEventLoopDelay) since the last reset, then (by default) a
   * reset. Its first tick after a reset records nothing: a stall right after one goes unseen here
   * (stalledMs() sees it).
   */
  delay(options: { reset?: boolean } = {}): LoopDelay {
    const h = this.#histogram;
    if (!h || h.count === 0) return { samples: 0, p50: 0, p99: 0, max: 0 };
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    const d = { samples: h.count, p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) };
    if (options.reset !== false) h.reset();
    return d;
  }

  #tick = (): void => {
    const now = this.#clock();
    this.#stalled += lateness(now - this.#last, this.#tickMs);
    this.#last = now;
  };

  #start(): void {
    this.#last = this.#clock();
    this.#timer = setInterval(this.#tick, this.#tickMs);
    this.#timer.unref();
    try {
      this.#histogram = monitorEventLoopDelay({ resolution: this.#tickMs });
      this.#histogram.enable();
    } catch {
      this.#histogram = undefined; // reporting only: stall accounting works without it
    }
  }

  #stop(): void {
    this.#tick(); // the last interval counted, so stalledMs() stays where it was
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#histogram?.disable();
    this.#histogram = undefined;
  }
}

/** How much of an interval between ticks was stall: what exceeds one tick, beyond the usual jitter. */
function lateness(sinceLastTick: number, tickMs: number): number {
  const late = sinceLastTick - tickMs;
  return late > JITTER_MS ? late : 0;
}

/** This process's monitor: one timer and one histogram however many clients wait on it. */
export const processLoop = new LoopMonitor();
