/**
 * Validating rules outside the config loader: stored rules (on write and on
 * every load) and the CLI's `policy validate`. Same schema as the config,
 * same key-path error style.
 */
import type { z } from "zod";
import { type PolicyRule, policyRuleSchema } from "../config/policy-schema.js";
import type { PolicyStore } from "./policy-store.js";

export class PolicyValidationError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = "PolicyValidationError";
  }
}

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : `${s}.${String(p)}`), prefix);
}

function describe(prefix: string, issue: z.core.$ZodIssue): string[] {
  if (issue.code === "unrecognized_keys") return issue.keys.map((k) => `${formatPath(prefix, [...issue.path, k])}: unknown key (not part of the policy rule schema)`);
  return [`${formatPath(prefix, issue.path)}: ${issue.message}`];
}

/**
 * Parses one rule document; problems are returned with key paths under `prefix`
 * (e.g. "policies[acme/eng-gpt4]"). Guard profile names are checked against
 * `knownProfiles` when given.
 */
export function checkRule(doc: unknown, prefix: string, knownProfiles?: ReadonlySet<string>): { rule: PolicyRule; problems: [] } | { rule: undefined; problems: string[] } {
  const r = policyRuleSchema.safeParse(doc);
  if (!r.success) return { rule: undefined, problems: r.error.issues.flatMap((i) => describe(prefix, i)) };
  const problems: string[] = [];
  if (knownProfiles) {
    r.data.conditions?.guardProfiles?.forEach((name, j) => {
      if (!knownProfiles.has(name)) {
        problems.push(`${prefix}.conditions.guardProfiles[${j}]: expected one of the guard profiles (${[...knownProfiles].join(", ")}), got "${name}"`);
      }
    });
  }
  return problems.length ? { rule: undefined, problems } : { rule: r.data, problems: [] };
}

/** Validates a rule and stores it in `tenantId` (the rule's tenant defaults to it). Throws PolicyValidationError with key paths. */
export async function savePolicy(store: PolicyStore, tenantId: string, doc: unknown, knownProfiles?: ReadonlySet<string>, at = Date.now()): Promise<PolicyRule> {
  const withTenant = doc && typeof doc === "object" && !Array.isArray(doc) && !("tenant" in doc) ? { ...doc, tenant: tenantId } : doc;
  const { rule, problems } = checkRule(withTenant, "policy", knownProfiles);
  if (!rule) throw new PolicyValidationError(`policy is invalid:\n  ${problems.join("\n  ")}`, problems);
  if (rule.tenant !== tenantId) {
    const p = `policy.tenant: expected "${tenantId}" (a rule is stored in its own tenant), got "${rule.tenant}"`;
    throw new PolicyValidationError(`policy is invalid:\n  ${p}`, [p]);
  }
  await store.put(tenantId, rule, at);
  return rule;
}
