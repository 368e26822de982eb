/**
 * LimitBackend in one process's memory: the embedded default. Every operation
 * runs to the end without awaiting, so on Node's single thread it is atomic
 * (all-or-nothing) without locks. Time is the caller's `now`: windows are
 * fixed and aligned to the epoch; leases and reservations expire at
 * `now + ttlMs`.
 *
 * Memory stays bounded: ended windows, expired leases and expired
 * reservations are swept at most every `sweepEveryMs` of the latest `now`
 * seen (amortised, no timer to clear). Budget totals are kept for as long as
 * the process lives: their keys carry the period, so that is one small entry
 * per budget per period.
 */
import type {
  AcquireResult,
  AdmitOpResult,
  AdmitRequest,
  BudgetReservation,
  BudgetState,
  ChargeResult,
  ConcurrencySlot,
  FinishRequest,
  LimitBackend,
  ReserveResult,
  WindowCharge,
} from "./backend.js";
import {
  checkActual,
  checkBudgetKeys,
  checkCharges,
  checkId,
  checkNow,
  checkReservations,
  checkSlots,
  checkTtl,
  windowStart,
  checkAdmitRequest,
  checkFinishRequest,
} from "./check-input.js";

interface WindowCount {
  used: number;
  endsAt: number;
}

interface Budget {
  limit: number | undefined;
  spent: number;
  reserved: number;
  /** reservationId → what it holds and until when. */
  holds: Map<string, { amount: number; expiresAt: number }>;
}

export interface MemoryLimitBackendOptions {
  /** How often (in the callers' clock) to sweep ended windows and expired holds; default 10 s. */
  sweepEveryMs?: number;
}

export class MemoryLimitBackend implements LimitBackend {
  readonly kind = "memory" as const;
  /** "key␀windowMs␀windowStart" → the count in that window. */
  private readonly windows = new Map<string, WindowCount>();
  /** slot key → leaseId → expiresAt. */
  private readonly leases = new Map<string, Map<string, number>>();
  private readonly budgets = new Map<string, Budget>();
  private readonly sweepEveryMs: number;
  /** The latest `now` any caller passed: the clock for operations that take none (settle, budget). */
  private clock = 0;
  private nextSweepAt = 0;
  private closed = false;

  constructor(options: MemoryLimitBackendOptions = {}) {
    this.sweepEveryMs = options.sweepEveryMs ?? 10_000;
  }

  async charge(charges: readonly WindowCharge[], now: number): Promise<ChargeResult> {
    this.open();
    checkNow(now);
    checkCharges(charges);
    this.tick(now);
    // Sum per window first: the same counter named twice must count twice before deciding.
    const wanted = this.group(charges, now);
    const refused = this.windowRefusal(wanted, now);
    if (refused) return refused;
    for (const [id, w] of wanted) this.bump(id, w.amount, w.endsAt);
    return { ok: true };
  }

  async add(charges: readonly WindowCharge[], now: number): Promise<void> {
    this.open();
    checkNow(now);
    checkCharges(charges);
    this.tick(now);
    this.addCharges(charges, now);
  }

  async acquire(slots: readonly ConcurrencySlot[], leaseId: string, ttlMs: number, now: number): Promise<AcquireResult> {
    this.open();
    checkSlots(slots);
    checkId("leaseId", leaseId);
    checkTtl(ttlMs);
    checkNow(now);
    this.tick(now);
    const refused = this.slotRefusal(slots, leaseId, now);
    if (refused) return refused;
    this.takeSlots(slots, leaseId, ttlMs, now);
    return { ok: true };
  }

  async release(slots: readonly ConcurrencySlot[], leaseId: string): Promise<void> {
    this.open();
    checkSlots(slots);
    checkId("leaseId", leaseId);
    this.releaseSlots(slots, leaseId);
  }

  async reserve(items: readonly BudgetReservation[], reservationId: string, ttlMs: number, now: number): Promise<ReserveResult> {
    this.open();
    checkReservations(items);
    checkId("reservationId", reservationId);
    checkTtl(ttlMs);
    checkNow(now);
    this.tick(now);
    const refused = this.budgetRefusal(items, reservationId, now);
    if (refused) return refused;
    this.takeBudgets(items, reservationId, ttlMs, now);
    return { ok: true };
  }

  /** acquire + reserve + charge in one step: every check first (in that order), then every change, or none. */
  async admit(req: AdmitRequest): Promise<AdmitOpResult> {
    const { slots, leaseId, reservations, reservationId, charges, ttlMs, now } = req;
    this.open();
    checkAdmitRequest(req);
    this.tick(now);
    const slot = this.slotRefusal(slots, leaseId, now);
    if (slot) return { ...slot, kind: "concurrency" };
    const budget = this.budgetRefusal(reservations, reservationId, now);
    if (budget) return { ...budget, kind: "budget" };
    const wanted = this.group(charges, now);
    const window = this.windowRefusal(wanted, now);
    if (window) return { ...window, kind: "window" };
    this.takeSlots(slots, leaseId, ttlMs, now);
    this.takeBudgets(reservations, reservationId, ttlMs, now);
    for (const [id, w] of wanted) this.bump(id, w.amount, w.endsAt);
    return { ok: true };
  }

  /**
   * The hold (if still there) is freed and `actual` becomes spent. If the hold
   * had already expired, the money was still spent upstream, so it is counted
   * all the same: counting too much stops the next request, counting too
   * little would let the budget overshoot. Settle each reservation once.
   */
  async settle(keys: readonly string[], reservationId: string, actual: number): Promise<void> {
    this.open();
    checkId("reservationId", reservationId);
    checkActual(actual);
    checkBudgetKeys(keys);
    this.settleBudgets(keys, reservationId, actual);
  }

  /** release + settle + add in one step: every input checked first, then the three changes. */
  async finish(req: FinishRequest): Promise<void> {
    const { slots, leaseId, budgetKeys, reservationId, actual, charges, now } = req;
    this.open();
    checkFinishRequest(req);
    this.tick(now);
    this.releaseSlots(slots, leaseId);
    this.settleBudgets(budgetKeys, reservationId, actual);
    this.addCharges(charges, now);
    if (req.refunds && req.refunds.length > 0) this.refund(req.refunds, req.refundAt!);
  }

  /** Takes amounts back from the windows holding `at`, never below zero; an ended (swept) window is left alone. */
  private refund(refunds: readonly WindowCharge[], at: number): void {
    for (const [id, r] of this.group(refunds, at)) {
      const w = this.windows.get(id);
      if (w) w.used = Math.max(0, w.used - r.amount);
    }
  }

  async budget(key: string): Promise<BudgetState> {
    this.open();
    const b = this.budgets.get(key);
    if (!b) return { limit: undefined, spent: 0, reserved: 0 };
    this.expireHolds(b, this.clock);
    return { limit: b.limit, spent: b.spent, reserved: b.reserved };
  }

  async ping(): Promise<void> {
    this.open();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.windows.clear();
    this.leases.clear();
    this.budgets.clear();
  }

  /** How many entries are held (tests check that sweeping keeps this bounded). */
  size(): { windows: number; leases: number; budgets: number } {
    let leases = 0;
    for (const held of this.leases.values()) leases += held.size;
    return { windows: this.windows.size, leases, budgets: this.budgets.size };
  }

  private open(): void {
    if (this.closed) throw new Error("limit backend: closed");
  }

  private releaseSlots(slots: readonly ConcurrencySlot[], leaseId: string): void {
    for (const slot of slots) {
      const held = this.leases.get(slot.key);
      held?.delete(leaseId);
      if (held?.size === 0) this.leases.delete(slot.key);
    }
  }

  /** Each budget once, even if named twice: settling twice would spend twice. */
  private settleBudgets(keys: readonly string[], reservationId: string, actual: number): void {
    for (const key of new Set(keys)) {
      const b = this.budgetFor(key);
      const hold = b.holds.get(reservationId);
      if (hold) {
        b.holds.delete(reservationId);
        b.reserved -= hold.amount;
      }
      b.spent += actual;
    }
  }

  private addCharges(charges: readonly WindowCharge[], now: number): void {
    for (const [id, w] of this.group(charges, now)) this.bump(id, w.amount, w.endsAt);
  }

  /** The first slot without room for this lease, or undefined. Changes nothing but dropping expired leases. */
  private slotRefusal(slots: readonly ConcurrencySlot[], leaseId: string, now: number): { ok: false; key: string; limit: number } | undefined {
    for (const slot of slots) {
      const held = this.liveLeases(slot.key, now);
      // Acquiring again under the same lease renews it; it does not take a second slot.
      const others = held.size - (held.has(leaseId) ? 1 : 0);
      if (others + 1 > slot.limit) return { ok: false, key: slot.key, limit: slot.limit };
    }
    return undefined;
  }

  private takeSlots(slots: readonly ConcurrencySlot[], leaseId: string, ttlMs: number, now: number): void {
    for (const slot of slots) this.liveLeases(slot.key, now).set(leaseId, now + ttlMs);
  }

  /** The first budget without room for this reservation, or undefined. Changes nothing but freeing expired holds. */
  private budgetRefusal(
    items: readonly BudgetReservation[],
    reservationId: string,
    now: number,
  ): { ok: false; key: string; limit: number; spent: number; reserved: number } | undefined {
    for (const item of items) {
      const b = this.budgets.get(item.key);
      if (b) this.expireHolds(b, now);
      const spent = b?.spent ?? 0;
      // Reserving again under the same id replaces the earlier hold rather than adding to it.
      const reserved = (b?.reserved ?? 0) - (b?.holds.get(reservationId)?.amount ?? 0);
      if (spent + reserved + item.amount > item.limit) return { ok: false, key: item.key, limit: item.limit, spent, reserved };
    }
    return undefined;
  }

  private takeBudgets(items: readonly BudgetReservation[], reservationId: string, ttlMs: number, now: number): void {
    for (const item of items) {
      const b = this.budgetFor(item.key);
      b.limit = item.limit;
      const before = b.holds.get(reservationId);
      if (before) b.reserved -= before.amount;
      b.holds.set(reservationId, { amount: item.amount, expiresAt: now + ttlMs });
      b.reserved += item.amount;
    }
  }

  /** The first window (of grouped charges) without room, or undefined. */
  private windowRefusal(
    wanted: Map<string, { charge: WindowCharge; amount: number; endsAt: number }>,
    now: number,
  ): { ok: false; key: string; limit: number; retryAfterMs: number } | undefined {
    for (const [id, w] of wanted) {
      const used = this.windows.get(id)?.used ?? 0;
      if (used + w.amount > w.charge.limit) {
        return { ok: false, key: w.charge.key, limit: w.charge.limit, retryAfterMs: w.endsAt - now };
      }
    }
    return undefined;
  }

  private group(charges: readonly WindowCharge[], now: number): Map<string, { charge: WindowCharge; amount: number; endsAt: number }> {
    const out = new Map<string, { charge: WindowCharge; amount: number; endsAt: number }>();
    for (const c of charges) {
      const start = windowStart(now, c.windowMs);
      const id = `${c.key}\u0000${c.windowMs}\u0000${start}`;
      const seen = out.get(id);
      // The same counter with two limits: the smaller one is the one that binds.
      if (seen) {
        seen.amount += c.amount;
        if (c.limit < seen.charge.limit) seen.charge = c;
      } else out.set(id, { charge: c, amount: c.amount, endsAt: start + c.windowMs });
    }
    return out;
  }

  private bump(id: string, amount: number, endsAt: number): void {
    const w = this.windows.get(id);
    if (w) w.used += amount;
    else this.windows.set(id, { used: amount, endsAt });
  }

  private liveLeases(key: string, now: number): Map<string, number> {
    let held = this.leases.get(key);
    if (!held) {
      held = new Map();
      this.leases.set(key, held);
    }
    for (const [id, expiresAt] of held) if (expiresAt <= now) held.delete(id);
    return held;
  }

  private budgetFor(key: string): Budget {
    let b = this.budgets.get(key);
    if (!b) {
      b = { limit: undefined, spent: 0, reserved: 0, holds: new Map() };
      this.budgets.set(key, b);
    }
    return b;
  }

  private expireHolds(b: Budget, now: number): void {
    for (const [id, hold] of b.holds) {
      if (hold.expiresAt <= now) {
        b.holds.delete(id);
        b.reserved -= hold.amount;
      }
    }
  }

  /** Advances the clock and, at most every sweepEveryMs, drops what has ended. */
  private tick(now: number): void {
    if (now > this.clock) this.clock = now;
    if (this.clock < this.nextSweepAt) return;
    this.nextSweepAt = this.clock + this.sweepEveryMs;
    const at = this.clock;
    // Windows are kept one sweep longer than they last, so a caller whose `now` lags a little
    // behind the latest still finds its window's count instead of a fresh zero.
    for (const [id, w] of this.windows) if (w.endsAt + this.sweepEveryMs <= at) this.windows.delete(id);
    for (const [key, held] of this.leases) {
      for (const [id, expiresAt] of held) if (expiresAt <= at) held.delete(id);
      if (held.size === 0) this.leases.delete(key);
    }
    for (const [key, b] of this.budgets) {
      this.expireHolds(b, at);
      if (b.holds.size === 0 && b.spent === 0) this.budgets.delete(key);
    }
  }
}
