/**
 * Which limits fail open while the counter store (Redis) is unreachable
 * (limits[].onUnavailable, limitsDefaults.onUnavailable; closed unless set),
 * and the warning an admitted-uncounted request leaves in the log.
 *
 * A request is admitted uncounted only when EVERY counter it would be charged
 * against belongs to an open rule: one closed rule or any budget (budgets are
 * always closed, see limits-schema.ts) and it is refused as before. Partial
 * counting is impossible anyway: the store is one store, and when it is down
 * nothing can be counted.
 */
import type { Logger } from "pino";
import type { Budget, LimitRule, OnUnavailable } from "../config/limits-schema.js";
import type { RequestCounters } from "./rules.js";

/** One warning per interval at most: an outage under load must not flood the log (one line per request would). */
const WARN_INTERVAL_MS = 10_000;

export class FailOpen {
  readonly #open: ReadonlySet<string>;
  /** Every control fails open: the gateway can serve while the store is down (readiness stays up). */
  readonly all: boolean;
  #lastWarn = Number.NEGATIVE_INFINITY;
  #uncounted = 0;

  constructor(limits: readonly LimitRule[], budgets: readonly Budget[], fallback: OnUnavailable | undefined, private readonly now: () => number = Date.now) {
    this.#open = new Set(limits.filter((r) => (r.onUnavailable ?? fallback ?? "closed") === "open").map((r) => r.id));
    this.all = budgets.length === 0 && limits.length > 0 && limits.every((r) => this.#open.has(r.id));
  }

  /** Whether this request may pass uncounted while the store is down. */
  admits(c: RequestCounters): boolean {
    if (this.#open.size === 0 || c.budgets.length > 0) return false;
    for (const l of c.labels.values()) if (l.kind === "budget" || !this.#open.has(l.ruleId)) return false;
    return true;
  }

  /** Notes one request admitted uncounted; logs a warning with the count since the last one, at most every 10 s. */
  warn(log: Logger, c: RequestCounters, err: unknown): void {
    this.#uncounted++;
    const t = this.now();
    if (t - this.#lastWarn < WARN_INTERVAL_MS) return;
    this.#lastWarn = t;
    const rules = [...new Set([...c.labels.values()].map((l) => l.ruleId))];
    log.warn(
      { uncounted: this.#uncounted, rules, err: err instanceof Error ? err.message : String(err) },
      "limits: the counter store is unavailable; requests under onUnavailable: open limits are admitted uncounted",
    );
    this.#uncounted = 0;
  }
}
