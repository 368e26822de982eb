/**
 * Input checks every LimitBackend runs before touching a counter. Amounts are
 * integers so no rounding can let a limit or budget overshoot; a bad input is
 * a bug in the caller, and the backend refuses it (throws) rather than
 * guessing, so the gateway fails closed.
 */
import type { AdmitRequest, BudgetReservation, ConcurrencySlot, FinishRequest, WindowCharge } from "./backend.js";

const count = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const positive = (v: unknown): v is number => count(v) && v > 0;

function fail(what: string, detail: string): never {
  throw new RangeError(`limit backend: ${what}: ${detail}`);
}

function checkKey(what: string, key: unknown): void {
  if (typeof key !== "string" || key.length === 0) fail(what, "expected a non-empty counter name");
}

export function checkNow(now: unknown): void {
  if (!count(now)) fail("now", `expected milliseconds since the epoch (a whole number ≥ 0), got ${String(now)}`);
}

export function checkTtl(ttlMs: unknown): void {
  if (!positive(ttlMs)) fail("ttlMs", `expected a whole number of milliseconds > 0, got ${String(ttlMs)}`);
}

export function checkId(what: string, id: unknown): void {
  if (typeof id !== "string" || id.length === 0) fail(what, "expected a non-empty id");
}

export function checkCharges(charges: readonly WindowCharge[]): void {
  for (const c of charges) {
    checkKey("charge key", c.key);
    if (!count(c.limit)) fail(`charge ${c.key}`, `limit must be a whole number ≥ 0, got ${String(c.limit)}`);
    if (!positive(c.windowMs)) fail(`charge ${c.key}`, `windowMs must be a whole number > 0, got ${String(c.windowMs)}`);
    if (!count(c.amount)) fail(`charge ${c.key}`, `amount must be a whole number ≥ 0, got ${String(c.amount)}`);
  }
}

export function checkSlots(slots: readonly ConcurrencySlot[]): void {
  for (const s of slots) {
    checkKey("slot key", s.key);
    if (!count(s.limit)) fail(`slot ${s.key}`, `limit must be a whole number ≥ 0, got ${String(s.limit)}`);
  }
}

export function checkReservations(items: readonly BudgetReservation[]): void {
  const seen = new Set<string>();
  for (const r of items) {
    checkKey("budget key", r.key);
    // One reservation id holds one amount per budget; the same budget twice in one call is a caller bug.
    if (seen.has(r.key)) fail(`budget ${r.key}`, "named twice in one reservation");
    seen.add(r.key);
    if (!count(r.limit)) fail(`budget ${r.key}`, `limit must be a whole number ≥ 0, got ${String(r.limit)}`);
    if (!count(r.amount)) fail(`budget ${r.key}`, `amount must be a whole number ≥ 0, got ${String(r.amount)}`);
  }
}

/** The budgets a settlement names (by key only: settle's and finish's). */
export function checkBudgetKeys(keys: readonly string[]): void {
  for (const key of keys) if (typeof key !== "string" || key.length === 0) fail("settle", "expected non-empty budget keys");
}

export function checkActual(actual: unknown): void {
  if (!count(actual)) fail("settle", `actual must be a whole number ≥ 0, got ${String(actual)}`);
}

/** The start of the epoch-aligned window holding `now`. */
export const windowStart = (now: number, windowMs: number): number => now - (now % windowMs);

/** Every input of a whole admission (LimitBackend.admit), as the single calls check theirs. */
export function checkAdmitRequest(req: AdmitRequest): void {
  checkSlots(req.slots);
  checkId("leaseId", req.leaseId);
  checkReservations(req.reservations);
  checkId("reservationId", req.reservationId);
  checkCharges(req.charges);
  checkTtl(req.ttlMs);
  checkNow(req.now);
}

/** Every input of a whole settlement (LimitBackend.finish), as the single calls check theirs. */
export function checkFinishRequest(req: FinishRequest): void {
  checkSlots(req.slots);
  checkId("leaseId", req.leaseId);
  checkBudgetKeys(req.budgetKeys);
  checkId("reservationId", req.reservationId);
  checkActual(req.actual);
  checkCharges(req.charges);
  checkNow(req.now);
  if (req.refunds && req.refunds.length > 0) {
    checkCharges(req.refunds);
    checkNow(req.refundAt);
  }
}
