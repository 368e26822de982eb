/**
 * One request's way through the limits, in the order that can be undone:
 * concurrency slots first (released on refusal), then budget reservations
 * (settled to 0 on refusal), then the window charges last (a charge cannot be
 * taken back). finish() is the settle stage: it releases the slots, adds the
 * completion tokens and settles the budgets to the true cost.
 *
 * A backend with the whole-admission operation (LimitBackend.admit) does the
 * three in one atomic call (one round trip to Redis instead of two or three),
 * checked in the same order so a refusal names the same limit; nothing is left
 * to undo then, as the backend took all or nothing. Likewise a backend with the
 * whole-settlement operation (LimitBackend.finish) settles in one call (one
 * script and one reply instead of three).
 *
 * A backend that throws (Redis unreachable) is not caught here beyond undoing
 * what was taken: the caller fails closed (503) unless configured otherwise.
 */
import type { Denial } from "../core/decision.js";
import type { LimitBackend } from "./backend.js";
import { budgetRetryAfterMs, completionCharges, limitDenial, type RequestCounters, reservations, windowCharges } from "./rules.js";

export interface Admitted {
  counters: RequestCounters;
  /** The lease and reservation id (the request id). */
  id: string;
  reservedMicros: number;
  /** The prompt tokens counted before forwarding (priced when the upstream reports no usage). */
  promptTokens: number;
  /** The most completion tokens the request may produce (charged to token limits when nothing could be counted). */
  completionTokens: number;
  /** When it was admitted: its token-window charges went to the windows holding this instant. */
  admittedAt: number;
}

/** What a settled request is charged: its tokens (token windows) and its cost (budgets). */
export interface Settled {
  tokens: number;
  micros: number;
}

export type AdmitResult = { ok: true; admitted: Admitted } | { ok: false; denial: Denial };

export interface AdmitInput {
  /** A unique id for this request's lease and reservation (the request id). */
  id: string;
  promptTokens: number;
  /** The output bound (worst-case completion tokens); default 0. */
  completionTokens?: number;
  /** The worst-case cost: costMicros(price, prompt, output bound). */
  worstCaseMicros: number;
  holdTtlMs: number;
  now: number;
}

const label = (c: RequestCounters, key: string) => {
  const l = c.labels.get(key);
  if (!l) throw new Error(`limits: refusal names an unknown counter ${key}`);
  return l;
};

/** Takes every slot, reservation and charge the request needs, or nothing (a 429 naming the limit). */
export async function admit(backend: LimitBackend, c: RequestCounters, input: AdmitInput): Promise<AdmitResult> {
  const { id, now } = input;
  const admitted: AdmitResult = {
    ok: true,
    admitted: { counters: c, id, reservedMicros: input.worstCaseMicros, promptTokens: input.promptTokens, completionTokens: input.completionTokens ?? 0, admittedAt: now },
  };
  // Token windows are charged the worst case (prompt + output bound), as budgets reserve it: parallel
  // requests cannot all pass a window that has room for their prompts only. finish() refunds the rest.
  const windowTokens = input.promptTokens + (input.completionTokens ?? 0);
  if (backend.admit) {
    // One call: if it throws, it took all or nothing (or, its reply lost, holds that expire with holdTtlMs).
    const r = await backend.admit({
      slots: c.concurrency,
      leaseId: id,
      reservations: reservations(c, input.worstCaseMicros),
      reservationId: id,
      charges: windowCharges(c, windowTokens),
      ttlMs: input.holdTtlMs,
      now,
    });
    if (r.ok) return admitted;
    const l = label(c, r.key);
    switch (r.kind) {
      case "concurrency":
        return { ok: false, denial: limitDenial(l, 1_000) };
      case "budget":
        return { ok: false, denial: limitDenial(l, budgetRetryAfterMs(l, r, input.worstCaseMicros, now)) };
      case "window":
        return { ok: false, denial: limitDenial(l, r.retryAfterMs) };
    }
  }
  let acquired = false;
  let reserved = false;
  try {
    if (c.concurrency.length > 0) {
      const slots = await backend.acquire(c.concurrency, id, input.holdTtlMs, now);
      if (!slots.ok) return { ok: false, denial: limitDenial(label(c, slots.key), 1_000) };
      acquired = true;
    }
    if (c.budgets.length > 0) {
      const r = await backend.reserve(reservations(c, input.worstCaseMicros), id, input.holdTtlMs, now);
      if (!r.ok) {
        await undo();
        const l = label(c, r.key);
        return { ok: false, denial: limitDenial(l, budgetRetryAfterMs(l, r, input.worstCaseMicros, now)) };
      }
      reserved = true;
    }
    const charged = await backend.charge(windowCharges(c, windowTokens), now);
    if (!charged.ok) {
      await undo();
      return { ok: false, denial: limitDenial(label(c, charged.key), charged.retryAfterMs) };
    }
    return admitted;
  } catch (err) {
    await undo().catch(() => {});
    throw err;
  }

  async function undo(): Promise<void> {
    if (reserved) await backend.settle(c.budgets.map((b) => b.key), id, 0);
    if (acquired) await backend.release(c.concurrency, id);
    reserved = acquired = false;
  }
}

/**
 * The settle stage. `settled` is what the request is charged
 * (limits/settlement.ts); without it the whole reservation is counted as
 * spent (fail closed: an unknown cost is taken as the worst case). Token
 * windows were charged the worst case at admission: a request that used more
 * is charged the difference in the current window; one that used less gets
 * the difference back in the window it was charged in (if that window is
 * still counting; a refund never takes a window below zero).
 */
export async function finish(backend: LimitBackend, a: Admitted, settled: Settled | undefined, now: number): Promise<void> {
  const c = a.counters;
  const actual = settled?.micros ?? a.reservedMicros;
  const delta = settled ? settled.tokens - (a.promptTokens + a.completionTokens) : 0;
  const charges = c.tokens.length > 0 && delta > 0 ? completionCharges(c, delta) : [];
  const refunds = c.tokens.length > 0 && delta < 0 ? completionCharges(c, -delta) : [];
  if (backend.finish) {
    if (c.concurrency.length + c.budgets.length + charges.length + refunds.length === 0) return;
    // One call: with Redis one script, kept and re-run whole if it fails (the budget part must not be lost).
    await backend.finish({
      slots: c.concurrency,
      leaseId: a.id,
      budgetKeys: c.budgets.map((b) => b.key),
      reservationId: a.id,
      actual,
      charges,
      refunds,
      refundAt: a.admittedAt,
      now,
    });
    return;
  }
  // The three touch different counters and none depends on another, so they are issued together:
  // with Redis they leave in one write (auto-pipelining) instead of three round trips.
  // A backend without finish() cannot refund: the worst case charged at admission stays (fail safe).
  const steps: Promise<void>[] = [];
  if (c.concurrency.length > 0) steps.push(backend.release(c.concurrency, a.id));
  if (c.budgets.length > 0) steps.push(backend.settle(c.budgets.map((b) => b.key), a.id, actual));
  if (charges.length > 0) steps.push(backend.add(charges, now));
  // Every step is tried; a lease or reservation not released expires with its ttl.
  const failed = (await Promise.allSettled(steps)).find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}
