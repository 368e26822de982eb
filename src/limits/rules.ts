/**
 * From config (`limits:`, `budgets:`) to the counters one request is charged
 * against: which rules apply to its key, principal, team, tenant and model,
 * the counter names the backend keeps, and the error that names the limit a
 * refused request hit.
 *
 * Counter names are `<kind>:<rule id>:<scope>:<subject>` (budgets add the
 * period before the scope), with the subject last so a ':' inside an id
 * cannot make two names collide. Key, principal and team subjects are
 * qualified by the tenant (`default/eng`); a model limit is one counter per
 * model across all tenants (it protects the upstream account's quota).
 */
import type { Budget, BudgetPeriod, LimitRule, LimitScope } from "../config/limits-schema.js";
import { clip } from "../core/clip.js";
import { type Denial, denial } from "../core/decision.js";
import { globToRegExp } from "../policy/key-grants.js";
import type { BudgetReservation, ConcurrencySlot, WindowCharge } from "./backend.js";

/** Who and what one request is, as far as limits care. */
export interface LimitSubject {
  tenantId: string;
  /** The gateway key's id, when the caller used one (tokens, JWTs and certificates have none). */
  keyId: string | null;
  principalId: string;
  teamId: string | null;
  /** The model requested; null for generic routes (not charged by model rules or budgets). */
  model: string | null;
}

/** What a counter is, for the error naming it and for showing budget state. */
export interface CounterLabel {
  kind: "requests" | "tokens" | "concurrent" | "budget";
  ruleId: string;
  scope: LimitScope;
  /** The subject as shown: "wg_<key id>", "default/eng", "gpt-4o"… */
  subject: string;
  limit: number;
  windowMs?: number;
  period?: BudgetPeriod;
  currency?: string;
}

/** The counters one request is charged against. */
export interface RequestCounters {
  /** Request limits: charged 1 before forwarding. */
  requests: WindowCharge[];
  /** Token limits: `amount` 0 here; see windowCharges() and completionCharges(). */
  tokens: WindowCharge[];
  concurrency: ConcurrencySlot[];
  /** Budgets for this period: `amount` 0 here; see reservations(). */
  budgets: BudgetReservation[];
  labels: Map<string, CounterLabel>;
}

const isGlob = (s: string) => s.includes("*") || s.includes("?");
const matcher = (glob: string): ((s: string) => boolean) => {
  if (!isGlob(glob)) return (s) => s === glob;
  const re = globToRegExp(glob);
  return (s) => re.test(s);
};

/** The subject's id in a scope (null: the scope does not apply, e.g. no team) and how it appears in a counter name. */
function subjectOf(scope: LimitScope, s: LimitSubject): { id: string; counter: string; shown: string } | null {
  switch (scope) {
    case "key":
      return s.keyId === null ? null : { id: s.keyId, counter: `${s.tenantId}/${s.keyId}`, shown: `wg_${s.keyId}` };
    case "principal":
      return { id: s.principalId, counter: `${s.tenantId}/${s.principalId}`, shown: `${s.tenantId}/${s.principalId}` };
    case "team":
      return s.teamId === null ? null : { id: s.teamId, counter: `${s.tenantId}/${s.teamId}`, shown: `${s.tenantId}/${s.teamId}` };
    case "tenant":
      return { id: s.tenantId, counter: s.tenantId, shown: s.tenantId };
    case "model":
      return s.model === null ? null : { id: s.model, counter: s.model, shown: s.model };
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The ISO 8601 week of a UTC date: "2026-W48" (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(d: Date): string {
  const dayNum = d.getUTCDay() || 7; // Monday 1 … Sunday 7
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - dayNum));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

/** The period a budget is counted in at `now` (UTC): "2026-11-26", "2026-W48", "2026-11" or "total". */
export function periodKey(period: BudgetPeriod, now: number): string {
  const d = new Date(now);
  const ymd = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (period === "day") return ymd;
  if (period === "week") return isoWeek(d);
  if (period === "month") return ymd.slice(0, 7);
  return "total";
}

/** When the period holding `now` ends (UTC), or undefined for "total". */
export function periodEnd(period: BudgetPeriod, now: number): number | undefined {
  const d = new Date(now);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  if (period === "day") return Date.UTC(y, m, day + 1);
  if (period === "week") return Date.UTC(y, m, day + 7 - ((d.getUTCDay() + 6) % 7));
  if (period === "month") return Date.UTC(y, m + 1, 1);
  return undefined;
}

interface Compiled<T> {
  rule: T;
  test: (id: string) => boolean;
}

/** The rules of one config, compiled for matching. */
export class LimitRules {
  private readonly limits: Compiled<LimitRule>[];
  private readonly budgets: Compiled<Budget>[];

  constructor(limits: readonly LimitRule[], budgets: readonly Budget[]) {
    this.limits = limits.map((rule) => ({ rule, test: matcher(rule.match) }));
    this.budgets = budgets.map((rule) => ({ rule, test: matcher(rule.match) }));
  }

  get empty(): boolean {
    return this.limits.length === 0 && this.budgets.length === 0;
  }

  /** Every counter the rules charge this request against at `now` (budgets: the current period). */
  forRequest(s: LimitSubject, now: number): RequestCounters {
    const out: RequestCounters = { requests: [], tokens: [], concurrency: [], budgets: [], labels: new Map() };
    for (const { rule, test } of this.limits) {
      const subject = subjectOf(rule.scope, s);
      if (!subject || !test(subject.id)) continue;
      const base = { ruleId: rule.id, scope: rule.scope, subject: subject.shown };
      const name = (kind: string) => `${kind}:${rule.id}:${rule.scope}:${subject.counter}`;
      if (rule.requests) {
        const key = name("req");
        out.requests.push({ key, limit: rule.requests.limit, windowMs: rule.requests.window, amount: 1 });
        out.labels.set(key, { ...base, kind: "requests", limit: rule.requests.limit, windowMs: rule.requests.window });
      }
      if (rule.tokens) {
        const key = name("tok");
        out.tokens.push({ key, limit: rule.tokens.limit, windowMs: rule.tokens.window, amount: 0 });
        out.labels.set(key, { ...base, kind: "tokens", limit: rule.tokens.limit, windowMs: rule.tokens.window });
      }
      if (rule.concurrent !== undefined) {
        const key = name("conc");
        out.concurrency.push({ key, limit: rule.concurrent });
        out.labels.set(key, { ...base, kind: "concurrent", limit: rule.concurrent });
      }
    }
    // Budgets are money spent on models; a generic route has no model and no price.
    if (s.model !== null) {
      for (const { rule, test } of this.budgets) {
        const subject = subjectOf(rule.scope, s);
        if (!subject || !test(subject.id)) continue;
        const key = budgetKey(rule, subject.counter, now);
        out.budgets.push({ key, limit: rule.amount, amount: 0 });
        out.labels.set(key, {
          kind: "budget",
          ruleId: rule.id,
          scope: rule.scope,
          subject: subject.shown,
          limit: rule.amount,
          period: rule.period,
          currency: rule.currency,
        });
      }
    }
    return out;
  }

  /** The budgets (and their counter names this period) a subject is charged against, for showing their state. */
  budgetsFor(s: LimitSubject, now: number): { budget: Budget; key: string }[] {
    const out: { budget: Budget; key: string }[] = [];
    for (const { rule, test } of this.budgets) {
      const subject = subjectOf(rule.scope, s);
      if (subject && test(subject.id)) out.push({ budget: rule, key: budgetKey(rule, subject.counter, now) });
    }
    return out;
  }
}

/**
 * A budget's counter name for one subject in the period holding `now`. The
 * subject is as in counter names: "<tenant>/<id>" for key, principal and
 * team; the tenant id; or the model name.
 */
export function budgetKey(budget: Pick<Budget, "id" | "scope" | "period">, subject: string, now: number): string {
  return `budget:${budget.id}:${periodKey(budget.period, now)}:${budget.scope}:${subject}`;
}

/** Request and prompt-token charges made before forwarding. */
export function windowCharges(c: RequestCounters, promptTokens: number): WindowCharge[] {
  return [...c.requests, ...c.tokens.map((t) => ({ ...t, amount: promptTokens }))];
}

/** Completion tokens added after the response (never refused). */
export function completionCharges(c: RequestCounters, completionTokens: number): WindowCharge[] {
  return c.tokens.map((t) => ({ ...t, amount: completionTokens }));
}

/** The worst-case cost reserved on every budget. */
export function reservations(c: RequestCounters, worstCaseMicros: number): BudgetReservation[] {
  return c.budgets.map((b) => ({ ...b, amount: worstCaseMicros }));
}

/** "1m", "1h", "1d", "90s": a window as people write it in config. */
export function formatWindow(ms: number): string {
  for (const [unit, size] of [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1_000],
  ] as const) {
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

const money = (micros: number, currency: string | undefined) => `${(micros / 1_000_000).toFixed(2)} ${currency ?? ""}`.trim();

/**
 * The 429 for a refused request: OpenAI-shaped (type rate_limit_error; code
 * rate_limit_exceeded, or insufficient_quota for a budget so SDKs do not
 * retry it blindly), naming the limit, with Retry-After in whole seconds
 * (at least 1).
 */
export function limitDenial(label: CounterLabel, retryAfterMs: number): Denial {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1_000));
  // The subject holds a principal id, which may come from a token's claims: bounded.
  const who = `${label.scope} ${clip(label.subject)}`;
  let message: string;
  let code = "rate_limit_exceeded";
  switch (label.kind) {
    case "requests":
    case "tokens":
      message = `Rate limit '${label.ruleId}' reached for ${who}: ${label.limit} ${label.kind} per ${formatWindow(label.windowMs ?? 0)}. Retry after ${seconds} s.`;
      break;
    case "concurrent":
      message = `Concurrency limit '${label.ruleId}' reached for ${who}: ${label.limit} requests at a time. Retry after ${seconds} s.`;
      break;
    case "budget":
      code = "insufficient_quota";
      message = `Budget '${label.ruleId}' for ${who} has no room for this request: ${money(label.limit, label.currency)} per ${label.period === "total" ? "all time" : label.period}. Retry after ${seconds} s.`;
      break;
  }
  return denial(429, "rate_limit_error", code, message, `limits:${label.kind}`, { headers: { "retry-after": String(seconds) } });
}

/**
 * When a refused budget may have room again: soon if reservations in flight
 * hold the room (they settle to less), else at the end of the period (a day
 * for "total", which never resets: a retry is pointless without more budget).
 */
export function budgetRetryAfterMs(label: CounterLabel, refusal: { spent: number; reserved: number; limit: number }, amount: number, now: number): number {
  if (refusal.spent + amount <= refusal.limit) return 1_000;
  const end = periodEnd(label.period ?? "total", now);
  return end === undefined ? 86_400_000 : end - now;
}
