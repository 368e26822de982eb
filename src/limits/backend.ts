/**
 * What rate limits, concurrency limits and budgets need from a counter store
 * (issue 6). Two implementations: in memory (memory-backend.ts, the embedded
 * default, one process) and Redis (redis-backend.ts, atomic Lua scripts, many
 * processes and machines). Both must pass the same conformance tests.
 *
 * Every operation is all-or-nothing over the counters it names: a request
 * limited per key AND per team AND per tenant is admitted only if all three
 * have room, and then counts against all three; otherwise nothing changes.
 * Amounts are integers (requests, tokens, or money in micro-units of the
 * currency), so no rounding can let a budget overshoot.
 */

/** One fixed-window counter to charge: at most `limit` per `windowMs` (windows aligned to the epoch). */
export interface WindowCharge {
  /** The counter's name, e.g. "req:key:wg_abc" or "tok:team:default/eng"; the backend adds the window. */
  key: string;
  limit: number;
  windowMs: number;
  /** How much this request adds (1 for a request; its prompt tokens plus output bound for a token limit). */
  amount: number;
}

export type ChargeResult =
  | { ok: true }
  /** The first counter without room: its key, and when its window ends (the Retry-After). */
  | { ok: false; key: string; limit: number; retryAfterMs: number };

/** One concurrency counter: at most `limit` requests in flight. */
export interface ConcurrencySlot {
  key: string;
  limit: number;
}

export type AcquireResult = { ok: true } | { ok: false; key: string; limit: number };

/** One budget to reserve against: spent + reserved + amount must stay ≤ limit within the period. */
export interface BudgetReservation {
  /** The budget's name including its period, e.g. "budget:team:default/eng:2026-11". */
  key: string;
  /** The budget, in micro-units of its currency. */
  limit: number;
  /** The worst-case cost being reserved, micro-units. */
  amount: number;
}

export type ReserveResult = { ok: true } | { ok: false; key: string; limit: number; spent: number; reserved: number };

export interface BudgetState {
  limit: number | undefined;
  /** Settled spending, micro-units. */
  spent: number;
  /** Held by reservations not yet settled, micro-units. */
  reserved: number;
}

/** Everything one request's admission takes, for the whole-admission operation (LimitBackend.admit). */
export interface AdmitRequest {
  slots: readonly ConcurrencySlot[];
  leaseId: string;
  reservations: readonly BudgetReservation[];
  reservationId: string;
  charges: readonly WindowCharge[];
  /** How long the lease and the reservation are held at most (as acquire's and reserve's ttlMs). */
  ttlMs: number;
  /** The caller's clock: windows follow it (as charge's `now`). */
  now: number;
}

/**
 * The first counter without room, checked in admission order (concurrency slots, then budgets, then
 * windows), with the same details the single operations give (acquire, reserve, charge).
 */
export type AdmitOpResult =
  | { ok: true }
  | { ok: false; kind: "concurrency"; key: string; limit: number }
  | { ok: false; kind: "budget"; key: string; limit: number; spent: number; reserved: number }
  | { ok: false; kind: "window"; key: string; limit: number; retryAfterMs: number };

/** Everything one request's settlement does, for the whole-settlement operation (LimitBackend.finish). */
export interface FinishRequest {
  /** The slots to release (as release's). */
  slots: readonly ConcurrencySlot[];
  leaseId: string;
  /** The budgets to settle (as settle's keys: a name listed twice is settled once). */
  budgetKeys: readonly string[];
  reservationId: string;
  /** What becomes spent on every budget (as settle's `actual`). */
  actual: number;
  /** Usage counted after the fact, never refused (as add's: tokens above what admission charged). */
  charges: readonly WindowCharge[];
  /**
   * Token-window charges taken back (admission charged the worst case, the request used less): each
   * amount is subtracted from the window holding `refundAt`, never below zero, and only while that
   * window's counter exists (none is created; a refund is never carried into a later window). Default none.
   */
  refunds?: readonly WindowCharge[];
  /** The admission's clock, whose windows the refunds go to; required with refunds. */
  refundAt?: number;
  /** The caller's clock: windows follow it (as add's `now`). */
  now: number;
}

export interface LimitBackend {
  readonly kind: "memory" | "redis";
  /** Adds `amount` to every counter if all have room, else changes nothing. */
  charge(charges: readonly WindowCharge[], now: number): Promise<ChargeResult>;
  /** Adds token usage after the fact (completion tokens): never refused, may go over (the next request waits). */
  add(charges: readonly WindowCharge[], now: number): Promise<void>;
  /**
   * Takes one slot of every counter if all have room. `leaseId` names this
   * request's hold; a lease not released within `ttlMs` (a crashed node) is
   * freed by the backend.
   */
  acquire(slots: readonly ConcurrencySlot[], leaseId: string, ttlMs: number, now: number): Promise<AcquireResult>;
  release(slots: readonly ConcurrencySlot[], leaseId: string): Promise<void>;
  /** Reserves `amount` on every budget if all have room, else nothing; held until settled or `ttlMs`. */
  reserve(items: readonly BudgetReservation[], reservationId: string, ttlMs: number, now: number): Promise<ReserveResult>;
  /** Ends a reservation: `actual` (≤ what was reserved, or more if the upstream overran) becomes spent, the rest is freed. */
  settle(keys: readonly string[], reservationId: string, actual: number): Promise<void>;
  /**
   * Optional: acquire + reserve + charge as one atomic operation (one round trip to a remote store).
   * Takes every slot, reservation and window charge if all have room, else nothing at all; a refusal
   * names the first counter without room in the order slots, budgets, windows — the counter the three
   * calls made one after the other would name. Undone as they are: release() and settle(…, 0); the
   * window charges stay. Admission uses it when present and falls back to the three calls otherwise.
   */
  admit?(req: AdmitRequest): Promise<AdmitOpResult>;
  /**
   * Optional: release + settle + add as one atomic operation (one script, one reply from a remote
   * store): frees the lease, settles every budget once to `actual` (freeing the reservation) and adds
   * the charges; any part may be empty. Inputs are checked as the single calls check them, all before
   * anything changes. A backend that keeps failed settlements for re-running (Redis) keeps a failed
   * finish whole. Settlement uses it when present and falls back to the three calls otherwise.
   */
  finish?(req: FinishRequest): Promise<void>;
  budget(key: string): Promise<BudgetState>;
  /** Throws when the backend cannot serve (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
