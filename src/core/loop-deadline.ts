/**
 * A timeout that counts only the time this process was responsive (issue 14).
 * When it comes due it asks the loop monitor how long the process was stalled
 * since the wait began and, if that leaves responsive time short of the
 * timeout, waits for the rest. A far side that really does not answer still
 * fails after `timeoutMs` once the process is responsive, and after
 * `ceilingMs` of wall time whatever happened (a process stalled for good
 * must not wait for good either).
 *
 * Cost per wait: one timer (as a plain timeout has), plus a re-arm for each
 * stall it lived through.
 */
import { type LoopMonitor, processLoop } from "./loop-monitor.js";

/** Default hard limit, as a multiple of the timeout. */
export const CEILING_FACTOR = 10;

/** A wait that ran out: how long it lasted, and how much of that this process was stalled. */
export class LoopAwareTimeoutError extends Error {
  constructor(
    what: string,
    readonly elapsedMs: number,
    readonly stalledMs: number,
  ) {
    super(`${what} timed out after ${Math.round(elapsedMs)} ms (this process stalled for ${Math.round(stalledMs)} ms of it)`);
    this.name = "LoopAwareTimeoutError";
  }
}

export interface LoopDeadlineOptions {
  /** Responsive milliseconds to wait. */
  timeoutMs: number;
  /** Wall-clock milliseconds after which it expires regardless (default CEILING_FACTOR × timeoutMs). */
  ceilingMs?: number;
  monitor?: LoopMonitor;
}

export class LoopDeadline {
  readonly #timeoutMs: number;
  readonly #ceilingMs: number;
  readonly #monitor: LoopMonitor;
  readonly #onExpire: (elapsedMs: number, stalledMs: number) => void;
  readonly #start: number;
  readonly #stalledAtStart: number;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: LoopDeadlineOptions, onExpire: (elapsedMs: number, stalledMs: number) => void) {
    this.#timeoutMs = options.timeoutMs;
    this.#ceilingMs = options.ceilingMs ?? options.timeoutMs * CEILING_FACTOR;
    this.#monitor = options.monitor ?? processLoop;
    this.#onExpire = onExpire;
    this.#start = this.#monitor.now();
    this.#stalledAtStart = this.#monitor.stalledMs();
    this.#timer = setTimeout(this.#check, this.#timeoutMs);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #check = (): void => {
    const elapsed = this.#monitor.now() - this.#start;
    const stalled = Math.min(elapsed, this.#monitor.stalledMs() - this.#stalledAtStart);
    const left = Math.min(this.#timeoutMs - (elapsed - stalled), this.#ceilingMs - elapsed);
    if (left < 1) {
      this.#timer = undefined;
      this.#onExpire(elapsed, stalled);
      return;
    }
    this.#timer = setTimeout(this.#check, Math.ceil(left));
  };
}

/**
 * `work`, rejected with a LoopAwareTimeoutError if it has not settled within
 * the deadline. `work` itself is not cancelled (the caller decides what a
 * timeout does to it: onTimeout runs just before the rejection); its late
 * outcome is ignored.
 */
export function withLoopDeadline<T>(work: Promise<T>, what: string, options: LoopDeadlineOptions, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const deadline = new LoopDeadline(options, (elapsed, stalled) => {
      onTimeout?.();
      reject(new LoopAwareTimeoutError(what, elapsed, stalled));
    });
    work.then(
      (v) => {
        deadline.clear();
        resolve(v);
      },
      (err: unknown) => {
        deadline.clear();
        reject(err);
      },
    );
  });
}
