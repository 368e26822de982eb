/**
 * Limits and budgets (issue 6): `limits:` (requests and tokens per window,
 * concurrent requests), `budgets:` (money per period), `limitsBackend:` (where
 * the counters live) and `limitsDefaults:`. The rules are applied by
 * src/limits/rules.ts; amounts of money become integer micro-units here, so a
 * budget is compared without rounding.
 */
import { z } from "zod";
import { globToRegExp } from "../policy/key-grants.js";
import { parseDuration } from "./units.js";

export const LIMIT_SCOPES = ["key", "principal", "team", "tenant", "model"] as const;
export type LimitScope = (typeof LIMIT_SCOPES)[number];
export const BUDGET_PERIODS = ["day", "week", "month", "total"] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

/** Rule ids appear in counter names and error messages: no ':' (it separates the parts of a counter name). */
const ruleId = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}$/, "expected an id of letters, digits, '.', '_' or '-' (at most 64)");

const scope = z.enum(LIMIT_SCOPES, { error: `expected one of ${LIMIT_SCOPES.join(", ")}` });

/** Which subjects of the scope a rule applies to: an id or name, or a glob with * and ?; each matching subject gets its own counter. */
const match = z
  .string()
  .regex(/^[^\s]{1,128}$/, "expected an id, a name or a glob with * and ? (no spaces, at most 128 characters)")
  .default("*");

/** A whole number ≥ 0 (also as a string from ${ENV}), refused with words naming what it counts. */
const count = (what: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v),
    z
      .number({ error: `expected ${what} as a whole number` })
      .int(`expected ${what} as a whole number`)
      .min(0, `expected ${what} of 0 or more`)
      .max(Number.MAX_SAFE_INTEGER, `expected ${what} below 2^53`),
  );

/** A window as milliseconds or "1s", "1m", "1h", "1d"; fixed windows aligned to the epoch (a day is a UTC day). */
const window = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const ms = parseDuration(v);
  if (ms === undefined || ms < 1_000 || ms > 31 * 86_400_000 || ms % 1_000 !== 0) {
    ctx.addIssue({ code: "custom", message: 'expected a window of whole seconds between 1s and 31d, such as "1m", "1h" or "1d"' });
    return z.NEVER;
  }
  return ms;
});

const windowLimit = (what: string) =>
  z.strictObject({
    limit: count(`the number of ${what} per window`),
    window,
  });

/**
 * What a rate limit does while its counter store (Redis) cannot answer:
 * "closed" refuses the request (503 limits_unavailable), "open" admits it
 * uncounted and logs a warning. Closed is the default: a limit that silently
 * stops limiting is a limit nobody can rely on. Open suits limits that only
 * smooth traffic (a per-key requests-per-minute) where availability matters
 * more; the gateway keeps refusing if any closed control (or any budget)
 * applies to the same request.
 */
export const ON_UNAVAILABLE = ["closed", "open"] as const;
export type OnUnavailable = (typeof ON_UNAVAILABLE)[number];
const onUnavailable = z.enum(ON_UNAVAILABLE, { error: `expected one of ${ON_UNAVAILABLE.join(", ")}` });

export const limitRuleSchema = z
  .strictObject({
    id: ruleId,
    scope,
    match,
    /** At most `limit` requests per window. */
    requests: windowLimit("requests").optional(),
    /** At most `limit` tokens per window: prompt tokens counted before forwarding, completion tokens added after. */
    tokens: windowLimit("tokens").optional(),
    /** At most this many requests in flight at once. */
    concurrent: count("the number of concurrent requests").optional(),
    /** Unset: limitsDefaults.onUnavailable (itself "closed" when unset). */
    onUnavailable: onUnavailable.optional(),
  })
  .refine((r) => r.requests !== undefined || r.tokens !== undefined || r.concurrent !== undefined, {
    message: "expected at least one of requests, tokens or concurrent",
  });

/** Money as a number of currency units ("12.5" from ${ENV} too), to at most 6 decimals; becomes micro-units. */
const money = z
  .preprocess((v) => (typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v), z.number({ error: "expected an amount of money as a number" }))
  .transform((v, ctx) => {
    const micros = Math.round(v * 1_000_000);
    if (!Number.isFinite(v) || v < 0 || !Number.isSafeInteger(micros) || Math.abs(micros - v * 1_000_000) > 0.05) {
      ctx.addIssue({ code: "custom", message: "expected an amount of 0 or more with at most 6 decimals" });
      return z.NEVER;
    }
    return micros;
  });

export const budgetSchema = z.strictObject({
  id: ruleId,
  scope,
  match,
  /** The budget per period in `currency` units, e.g. 500 (kept as micro-units: 500000000). */
  amount: money,
  /** Must be the currency of the prices (models[].price.currency) of every model the budget can apply to. */
  currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 currency code such as USD").default("USD"),
  /** Calendar periods in UTC (weeks start on Monday); "total" never resets. */
  period: z.enum(BUDGET_PERIODS, { error: `expected one of ${BUDGET_PERIODS.join(", ")}` }).default("month"),
  /**
   * Budgets always fail closed: while the counter store is down nothing is
   * reserved or settled, so an "open" budget would be unbounded spending that
   * is never counted afterwards either. Accepted only as "closed" (to state it);
   * to stop enforcing a budget, remove it.
   */
  onUnavailable: z
    .literal("closed", {
      error: 'expected "closed": a budget cannot fail open (spending while the counter store is down would go uncounted and unbounded); remove the budget to stop enforcing it',
    })
    .optional(),
});

/** "memory" (one process, the default) or a redis:// or rediss:// URL (shared by every gateway node). */
export const limitsBackendSchema = z
  .string()
  .refine((s) => {
    if (s === "memory") return true;
    try {
      const u = new URL(s);
      return u.protocol === "redis:" || u.protocol === "rediss:";
    } catch {
      return false;
    }
  }, 'expected "memory" or a redis:// (or rediss://) URL')
  .default("memory");

const ttl = (what: string) =>
  z
    .union([z.number(), z.string()])
    .transform((v, ctx) => {
      const ms = parseDuration(v);
      if (ms === undefined || ms < 1_000) {
        ctx.addIssue({ code: "custom", message: `expected ${what} of at least 1s, as milliseconds or a duration like "15m"` });
        return z.NEVER;
      }
      return ms;
    });

export const limitsDefaultsSchema = z
  .strictObject({
    /**
     * The completion tokens reserved for a request that names no max_tokens,
     * and the most reserved for one that names more (the lead's limit stage
     * should then lower the request's max_tokens to this, so the upstream
     * cannot spend more than was reserved).
     */
    maxOutputTokens: count("maxOutputTokens").pipe(z.number().min(1, "expected maxOutputTokens of 1 or more")).default(4096),
    /** How long a reservation or concurrency lease lives if never settled (a crashed node); longer than the longest request. */
    holdTtl: ttl("holdTtl").default(15 * 60_000),
    /**
     * What limits[] rules without their own onUnavailable do while the counter
     * store is unreachable; unset means "closed". Budgets ignore it (always closed).
     */
    onUnavailable: onUnavailable.optional(),
  })
  .prefault({});

export type LimitRule = z.output<typeof limitRuleSchema>;
export type Budget = z.output<typeof budgetSchema>;
export type LimitsDefaults = z.output<typeof limitsDefaultsSchema>;

/** The keys schema.ts adds to the top level. */
export const limitsConfigShape = {
  limits: z.array(limitRuleSchema).default([]),
  budgets: z.array(budgetSchema).default([]),
  limitsBackend: limitsBackendSchema,
  limitsDefaults: limitsDefaultsSchema,
};

interface PricedModel {
  name: string;
  price?: { currency: string } | undefined;
}

/**
 * Ids are unique; a model named exactly exists; a budget can only be kept in
 * the currency of the prices it is charged from, and every model it can
 * apply to has a price (else its spending could not be counted: fail closed).
 */
export function checkLimits(
  cfg: { limits: LimitRule[]; budgets: Budget[]; models: PricedModel[] },
  ctx: z.core.$RefinementCtx,
): void {
  const isGlob = (s: string) => /[*?]/.test(s);
  const matches = (glob: string, n: string) => glob === n || (isGlob(glob) && globToRegExp(glob).test(n));
  const modelNames = cfg.models.map((m) => m.name);
  const checkModel = (m: string, path: (string | number)[]) => {
    if (!isGlob(m) && !modelNames.includes(m)) {
      ctx.addIssue({ code: "custom", path, message: `expected one of the configured models (${modelNames.join(", ") || "none configured"}), got "${m}"` });
    }
  };
  const seen = new Set<string>();
  cfg.limits.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: "custom", path: ["limits", i, "id"], message: `duplicate limit id "${r.id}"` });
    seen.add(r.id);
    if (r.scope === "model") checkModel(r.match, ["limits", i, "match"]);
  });
  const seenBudgets = new Set<string>();
  cfg.budgets.forEach((b, i) => {
    if (seenBudgets.has(b.id)) ctx.addIssue({ code: "custom", path: ["budgets", i, "id"], message: `duplicate budget id "${b.id}"` });
    seenBudgets.add(b.id);
    if (b.scope === "model") checkModel(b.match, ["budgets", i, "match"]);
    const applies = cfg.models.filter((m) => b.scope !== "model" || matches(b.match, m.name));
    for (const m of applies) {
      if (!m.price) {
        ctx.addIssue({ code: "custom", path: ["budgets", i], message: `expected models "${m.name}" to have a price: budget "${b.id}" applies to it and its cost must be counted` });
      } else if (m.price.currency !== b.currency) {
        ctx.addIssue({ code: "custom", path: ["budgets", i, "currency"], message: `expected ${m.price.currency}, the currency of model "${m.name}"'s price (amounts are never converted), got ${b.currency}` });
      }
    }
  });
}
