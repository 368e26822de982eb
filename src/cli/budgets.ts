/**
 * `wardgate budgets show`: the budget state the admin API shows
 * (limits/budget-view.ts), for the operator at the server: every tenant (or
 * one), and the model budgets shared by all tenants too.
 *
 * It reads the counters where the gateway keeps them. With `limitsBackend:
 * memory` they live inside the running gateway process and no other process
 * can read them: the command says so and fails, instead of printing zeros.
 */
import type { Command } from "commander";
import { type Budget, LIMIT_SCOPES, type LimitScope } from "../config/limits-schema.js";
import type { Config } from "../config/schema.js";
import { ORG_ID_EXPECTED, ORG_ID_RE } from "../identity/org.js";
import { type BudgetRow, budgetRows, storeSubjects, subjectProblem } from "../limits/budget-view.js";
import type { Store } from "../store/store.js";
import { withCommandStore } from "./context.js";
import { CliError } from "./errors.js";

export interface ShowOptions {
  scope?: string;
  subject?: string;
  tenant?: string;
  json?: boolean;
}

export const MEMORY_BACKEND_MESSAGE =
  'limitsBackend is "memory": budget counters live inside the running gateway process, and this command cannot read them ' +
  "(it would show zeros). Ask the running gateway instead (GET /admin/v1/budgets on its admin API), or keep the counters in Redis " +
  "(limitsBackend: redis://…) so every gateway node and this command share them.";

function checkOptions(o: ShowOptions): LimitScope | undefined {
  if (o.scope !== undefined && !(LIMIT_SCOPES as readonly string[]).includes(o.scope)) throw new CliError(`--scope: expected one of ${LIMIT_SCOPES.join(", ")}`);
  const scope = o.scope as LimitScope | undefined;
  if (o.tenant !== undefined && !ORG_ID_RE.test(o.tenant)) throw new CliError(`--tenant: expected ${ORG_ID_EXPECTED}`);
  if (o.subject !== undefined) {
    if (scope === undefined) throw new CliError("--subject needs --scope");
    const problem = subjectProblem(scope, o.subject);
    if (problem) throw new CliError(`--subject: ${problem}`);
  }
  return scope;
}

/** Redis URLs may carry a password: show only where they point. */
const where = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return "Redis";
  }
};

/** The rows for `wardgate budgets show`; throws CliError for a memory backend or an unreachable Redis. */
export async function budgetState(config: Config, store: Store, o: ShowOptions, now = Date.now()): Promise<{ rows: BudgetRow[]; truncated: boolean }> {
  const scope = checkOptions(o);
  const rules = config.budgets.filter((b) => scope === undefined || b.scope === scope);
  if (rules.length === 0) return { rows: [], truncated: false };
  if (config.limitsBackend === "memory") throw new CliError(MEMORY_BACKEND_MESSAGE, 1);
  const { createLimits } = await import("../gateway/limit-stage.js");
  const limits = (await createLimits(config))!;
  try {
    const src = storeSubjects(store, config.models);
    const tenants = o.tenant !== undefined ? [o.tenant] : [...new Set(["default", ...(await store.org.listTenants()).map((t) => t.id)])].sort();
    const rows: BudgetRow[] = [];
    let truncated = false;
    const add = async (tenant: string, budgets: Budget[], models: boolean) => {
      const r = await budgetRows(budgets, limits.backend, src, { tenant, scope, subject: o.subject, models }, now);
      rows.push(...r.rows);
      truncated ||= r.truncated;
    };
    const perTenant = rules.filter((b) => b.scope !== "model");
    if (perTenant.length > 0) for (const t of tenants) await add(t, perTenant, false);
    // Model budgets are one counter per model across all tenants: listed once.
    const perModel = rules.filter((b) => b.scope === "model");
    if (perModel.length > 0) await add("", perModel, true);
    return { rows, truncated };
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read the budget counters from ${where(config.limitsBackend)}: ${(err as Error).message}`, 1);
  } finally {
    await limits.backend.close().catch(() => undefined);
  }
}

/** A plain table, columns padded to their widest cell. */
export function budgetTable(rows: readonly BudgetRow[]): string {
  const table = [
    ["BUDGET", "SCOPE", "SUBJECT", "SPENT", "RESERVED", "REMAINING", "LIMIT", "CURRENCY", "PERIOD", "ENDS"],
    ...rows.map((r) => [r.budget, r.scope, r.subject, r.spent, r.reserved, r.remaining, r.limit, r.currency, r.periodKey, r.periodEnd ?? "never"]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return `${table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n")}\n`;
}

export function registerBudgets(program: Command): void {
  const budgets = program.command("budgets").description("budgets: money spent per key, principal, team, tenant or model this period");
  budgets
    .command("show")
    .description("show each configured budget's limit, spent, reserved and remaining money per subject (reads the limits backend: Redis)")
    .option("--scope <scope>", `only budgets of this scope (${LIMIT_SCOPES.join(", ")})`)
    .option("--subject <id>", "only this subject (needs --scope): wg_<key id>, a principal or team id, a tenant id or a model name")
    .option("--tenant <id>", "only this tenant (default: every tenant)")
    .option("--json", "print JSON")
    .action(async (o: ShowOptions, cmd: Command) => {
      await withCommandStore(cmd, async (store, config) => {
        if (config.budgets.length === 0) {
          process.stdout.write(o.json ? "[]\n" : "no budgets configured (see budgets: in the config)\n");
          return;
        }
        const { rows, truncated } = await budgetState(config, store, o);
        if (o.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else process.stdout.write(rows.length > 0 ? budgetTable(rows) : "no budget applies to the subjects asked for\n");
        if (truncated) process.stderr.write("wardgate: more rows than shown; narrow with --tenant, --scope and --subject\n");
      });
    });
}
