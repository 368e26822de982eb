/**
 * GET /admin/v1/budgets: how much of each configured budget the caller's
 * tenant has spent this period, per key, principal, team and the tenant
 * itself (limits/budget-view.ts). Read from the running gateway's counter
 * store, which `wardgate serve` hands to the admin app; an admin app without
 * it (another process) answers 503 rather than showing zeros it cannot know.
 *
 * Model budgets are left out: their counters are shared by every tenant, so
 * one tenant's admin would see the others' spending (the operator sees them
 * with `wardgate budgets show`).
 */
import type { FastifyInstance } from "fastify";
import type { LimitScope } from "../../config/limits-schema.js";
import { budgetRows, storeSubjects, subjectProblem } from "../../limits/budget-view.js";
import { type AdminDeps, signedIn } from "../context.js";
import { AdminError, invalid } from "../errors.js";
import { ok, TAG_BUDGETS } from "./schemas.js";

/** The scopes one tenant's admin may ask about. */
const TENANT_SCOPES = ["key", "principal", "team", "tenant"] as const;

const amount = { type: "string", pattern: "^[0-9]+\\.[0-9]{2,6}$", description: "currency units, exact (at most 6 decimals)" } as const;
const rowSchema = {
  type: "object",
  properties: {
    budget: { type: "string" },
    scope: { type: "string", enum: [...TENANT_SCOPES] },
    subject: { type: "string" },
    currency: { type: "string" },
    limit: amount,
    spent: amount,
    reserved: amount,
    remaining: amount,
    period: { type: "string", enum: ["day", "week", "month", "total"] },
    periodKey: { type: "string" },
    periodEnd: { type: ["string", "null"] },
  },
} as const;

const listSchema = {
  type: "object",
  properties: { budgets: { type: "array", items: rowSchema }, truncated: { type: "boolean", description: "more rows than one answer holds: filter by scope and subject" } },
  required: ["budgets", "truncated"],
} as const;

export function budgetRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const { store, now } = deps;

  app.get<{ Querystring: { scope?: LimitScope; subject?: string } }>(
    "/budgets",
    {
      config: { access: { auth: "session", permission: "budgets:read" } },
      schema: {
        tags: [TAG_BUDGETS],
        summary: "Budget state of this tenant's keys, principals, teams and the tenant itself, this period",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            scope: { type: "string", enum: [...TENANT_SCOPES] },
            subject: { type: "string", minLength: 1, maxLength: 128, description: "an id in scope (needs scope): wg_<key id>, a principal or team id, the tenant id" },
          },
        },
        response: ok(listSchema),
      },
    },
    async (req) => {
      const tenant = signedIn(req).account.tenantId;
      const { scope, subject } = req.query;
      if (subject !== undefined) {
        if (scope === undefined) throw invalid("querystring.subject: needs scope (key, principal, team or tenant)");
        const problem = subjectProblem(scope, subject);
        if (problem) throw invalid(`querystring.subject: ${problem}`);
      }
      const source = deps.budgets;
      const rules = (source?.rules ?? []).filter((b) => b.scope !== "model");
      if (rules.length === 0) return { budgets: [], truncated: false };
      if (!source?.backend) {
        throw new AdminError(503, "server_error", "budgets_unavailable", "This admin listener cannot read the gateway's budget counters.");
      }
      const r = await budgetRows(rules, source.backend, storeSubjects(store, []), { tenant, scope, subject, models: false }, now());
      return { budgets: r.rows, truncated: r.truncated };
    },
  );
}
