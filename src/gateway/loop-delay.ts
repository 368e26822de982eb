/**
 * A small event-loop delay gauge for load shedding: a timer due every
 * SAMPLE_MS notes how late it fired. While the last sample is over the
 * threshold the loop is "lagging" (the process has more ready work than it
 * can run), and admission holds new requests back; the first sample back
 * under it calls onRecover so the waiting ones start.
 *
 * Local to the gateway on purpose: the loop-aware timeouts of the limits and
 * store (issue 14) may bring a shared monitor (src/core/loop-monitor.ts);
 * this one can then read that instead.
 */
const SAMPLE_MS = 20;

export class LoopDelay {
  private last = 0;
  private expected = 0;
  private timer: NodeJS.Timeout | undefined;
  private recovered: (() => void) | undefined;

  constructor(private readonly thresholdMs: number) {}

  /** Delay of the last sample, in ms. */
  get delayMs(): number {
    return this.last;
  }

  get lagging(): boolean {
    return this.last > this.thresholdMs;
  }

  onRecover(fn: () => void): void {
    this.recovered = fn;
  }

  start(): this {
    this.expected = performance.now() + SAMPLE_MS;
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private sample(): void {
    const now = performance.now();
    const was = this.lagging;
    this.last = Math.max(0, now - this.expected);
    this.expected = now + SAMPLE_MS;
    if (was && !this.lagging) this.recovered?.();
  }
}
