/**
 * A readiness check that runs at most once per `ttlMs` however often /readyz
 * is polled (load balancers and kubelets poll every second or faster, from
 * many places): concurrent polls share one run, and a check that does not
 * answer within `timeoutMs` counts as failed, so /readyz itself never hangs.
 * Time this process was stalled does not count (core/loop-deadline.ts): a
 * busy gateway is not a dead dependency.
 */
import { withLoopDeadline } from "../core/loop-deadline.js";

export class CachedProbe {
  #at = Number.NEGATIVE_INFINITY;
  #ok = true;
  #running: Promise<boolean> | undefined;

  constructor(
    private readonly check: () => Promise<void>,
    private readonly ttlMs = 1_000,
    private readonly timeoutMs = 2_000,
  ) {}

  /** The dependency's state, at most `maxAgeMs` old (default: the ttl). */
  ok(maxAgeMs = this.ttlMs): Promise<boolean> {
    if (performance.now() - this.#at < maxAgeMs) return Promise.resolve(this.#ok);
    this.#running ??= this.#run();
    return this.#running;
  }

  async #run(): Promise<boolean> {
    try {
      const ok = await withLoopDeadline(this.check(), "readiness check", { timeoutMs: this.timeoutMs }).then(
        () => true,
        () => false,
      );
      this.#ok = ok;
      this.#at = performance.now();
      return ok;
    } finally {
      this.#running = undefined;
    }
  }
}
