/**
 * Budget state as people read it (issue 6): for each configured budget, the
 * subjects it applies to and, per subject, the current period's limit,
 * spent, reserved and remaining money. Shared by the admin API
 * (GET /admin/v1/budgets) and `wardgate budgets show`.
 *
 * Budgets are counted per subject (rules.ts budgetKey), and a counter store
 * cannot be listed by tenant, so the subjects are enumerated from what the
 * store knows: the tenant's keys, its principals (stored ones and those keys
 * are issued to), its teams, the tenant itself; and for model budgets the
 * configured models. A subject named explicitly (`subject`) is looked up
 * even if nothing lists it (a principal known only from JWTs).
 *
 * Counter names carry the tenant for key, principal, team and tenant
 * budgets, so a query for one tenant can only ever read that tenant's
 * counters. Model budgets are shared by every tenant: callers that serve one
 * tenant (the admin API) leave them out.
 *
 * Amounts are decimal strings in currency units with up to 6 decimals
 * ("12.50", "0.000150"): exact (the store keeps integer micro-units) and
 * never a binary float.
 */
import type { Budget, BudgetPeriod, LimitScope } from "../config/limits-schema.js";
import { KEY_ID_RE } from "../identity/gateway-keys.js";
import { ORG_ID_EXPECTED, ORG_ID_RE } from "../identity/org.js";
import { globToRegExp } from "../policy/key-grants.js";
import type { Store } from "../store/store.js";
import type { LimitBackend } from "./backend.js";
import { budgetKey, periodEnd, periodKey } from "./rules.js";

export interface BudgetRow {
  /** The budget's id in the config. */
  budget: string;
  scope: LimitScope;
  /** As in refusals: "wg_<key id>", "<tenant>/<principal or team>", the tenant id, or the model. */
  subject: string;
  currency: string;
  limit: string;
  spent: string;
  reserved: string;
  /** limit − spent − reserved, never below 0. */
  remaining: string;
  period: BudgetPeriod;
  /** The period being counted: "2026-11-26", "2026-W48", "2026-11" or "total". */
  periodKey: string;
  /** When the period ends (ISO 8601, UTC); null for "total". */
  periodEnd: string | null;
}

/** Lists a tenant's subjects per scope (ids as stored: key ids without "wg_"). */
export interface SubjectSource {
  /** Revoked keys only when asked for (a key named explicitly). */
  keys(tenant: string, includeRevoked?: boolean): Promise<string[]>;
  principals(tenant: string): Promise<string[]>;
  teams(tenant: string): Promise<string[]>;
  /** Configured model names (model budgets only). */
  models(): string[];
}

export interface BudgetQuery {
  tenant: string;
  scope?: LimitScope | undefined;
  /** An id in `scope`: a key id ("wg_…" or bare), a principal or team id, the tenant id, or a model name. */
  subject?: string | undefined;
  /** Include model budgets (shared by all tenants). */
  models: boolean;
}

/** The subjects the store knows for a tenant; principals include those its keys were issued to. */
export function storeSubjects(store: Pick<Store, "keys" | "org">, models: readonly { name: string }[]): SubjectSource {
  return {
    keys: async (tenant, includeRevoked = false) => (await store.keys.list({ tenant, includeRevoked })).map((k) => k.id),
    principals: async (tenant) => {
      const [stored, keys] = await Promise.all([store.org.listPrincipals(tenant, { includeDisabled: true }), store.keys.list({ tenant })]);
      return [...stored.map((p) => p.id), ...keys.map((k) => k.principal)];
    },
    teams: async (tenant) => (await store.org.listTeams(tenant)).map((t) => t.id),
    models: () => models.map((m) => m.name),
  };
}

/** Why `subject` cannot name anything in `scope` (a message for a 400), or undefined when it can. */
export function subjectProblem(scope: LimitScope, subject: string): string | undefined {
  if (scope === "key") {
    return KEY_ID_RE.test(subject.startsWith("wg_") ? subject.slice(3) : subject) ? undefined : "expected a gateway key id (wg_…)";
  }
  if (scope === "model") return /^[^\s]{1,128}$/.test(subject) ? undefined : "expected a model name";
  return ORG_ID_RE.test(subject) ? undefined : `expected ${ORG_ID_EXPECTED}`;
}

/** The most rows one answer holds; the rest are left off (`truncated`). */
export const MAX_ROWS = 1000;

/** Micro-units as a decimal string: at least 2 decimals, at most 6, no float on the way. */
export function formatMicros(micros: number): string {
  const sign = micros < 0 ? "-" : "";
  const abs = Math.abs(micros);
  const units = Math.floor(abs / 1_000_000);
  const frac = String(abs % 1_000_000)
    .padStart(6, "0")
    .replace(/0{1,4}$/, "");
  return `${sign}${units}.${frac.padEnd(2, "0")}`;
}

const matcher = (glob: string) => {
  if (!/[*?]/.test(glob)) return (s: string) => s === glob;
  const re = globToRegExp(glob);
  return (s: string) => re.test(s);
};

/** The subject ids of `scope` in the tenant: the one asked for, or every one the store lists. */
async function subjectsOf(scope: LimitScope, q: BudgetQuery, src: SubjectSource): Promise<string[]> {
  if (q.subject !== undefined) {
    if (scope === "key") {
      // Only this tenant's keys: another tenant's key id gets no row at all, not a row of zeros.
      const id = q.subject.startsWith("wg_") ? q.subject.slice(3) : q.subject;
      return (await src.keys(q.tenant, true)).includes(id) ? [id] : [];
    }
    // Another tenant is never a subject of this one.
    if (scope === "tenant") return q.subject === q.tenant ? [q.tenant] : [];
    return [q.subject];
  }
  switch (scope) {
    case "key":
      return src.keys(q.tenant);
    case "principal":
      return src.principals(q.tenant);
    case "team":
      return src.teams(q.tenant);
    case "tenant":
      return [q.tenant];
    case "model":
      return src.models();
  }
}

/** How a subject appears in counter names and in refusals (as rules.ts subjectOf). */
function names(scope: LimitScope, tenant: string, id: string): { counter: string; shown: string } {
  if (scope === "key") return { counter: `${tenant}/${id}`, shown: `wg_${id}` };
  if (scope === "principal" || scope === "team") return { counter: `${tenant}/${id}`, shown: `${tenant}/${id}` };
  return { counter: id, shown: id };
}

/** The budget state of one tenant's subjects in the period holding `now`. */
export async function budgetRows(
  budgets: readonly Budget[],
  backend: Pick<LimitBackend, "budget">,
  src: SubjectSource,
  q: BudgetQuery,
  now: number,
): Promise<{ rows: BudgetRow[]; truncated: boolean }> {
  const wanted: { b: Budget; counter: string; shown: string }[] = [];
  let truncated = false;
  const cache = new Map<LimitScope, string[]>();
  for (const b of budgets) {
    if (q.scope !== undefined && b.scope !== q.scope) continue;
    if (b.scope === "model" && !q.models) continue;
    let ids = cache.get(b.scope);
    if (!ids) {
      ids = [...new Set(await subjectsOf(b.scope, q, src))].sort();
      cache.set(b.scope, ids);
    }
    const test = matcher(b.match);
    for (const id of ids) {
      if (!test(id)) continue;
      if (wanted.length === MAX_ROWS) {
        truncated = true;
        break;
      }
      wanted.push({ b, ...names(b.scope, q.tenant, id) });
    }
  }
  // One round trip each, all in flight together (ioredis pipelines them on one connection).
  const states = await Promise.all(wanted.map((w) => backend.budget(budgetKey(w.b, w.counter, now))));
  const rows = wanted.map(({ b, shown }, i) => {
    const s = states[i]!;
    const end = periodEnd(b.period, now);
    return {
      budget: b.id,
      scope: b.scope,
      subject: shown,
      currency: b.currency,
      limit: formatMicros(b.amount),
      spent: formatMicros(s.spent),
      reserved: formatMicros(s.reserved),
      remaining: formatMicros(Math.max(0, b.amount - s.spent - s.reserved)),
      period: b.period,
      periodKey: periodKey(b.period, now),
      periodEnd: end === undefined ? null : new Date(end).toISOString(),
    };
  });
  return { rows, truncated };
}
