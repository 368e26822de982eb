/**
 * The policy engine for one tenant. Deny by default, in this order:
 *
 *   1. the credential's own scope (a key's grants) must cover the model or
 *      route: otherwise the existing 403 model_not_granted/route_not_granted;
 *   2. a deny rule that matches (subject, action, resource, conditions) denies;
 *   3. an allow rule that matches and whose conditions all hold allows;
 *   4. in implicit mode (no `policies:` in the config) the built-in rule
 *      default:credential-grants allows invoke and use-tool within the scope;
 *   5. anything else is denied, and the denial says exactly why: the missing
 *      grant, or which condition of which rule failed.
 *
 * Rules are compiled once (globs, address lists, time windows, sets) and
 * indexed by action and resource kind, so an evaluation walks only the rules
 * that could apply and allocates nothing on the allow path.
 */
import { ACTION_KINDS, type PolicyAction, type PolicyRule, parseResource, parseSubject, POLICY_ACTIONS, type ResourceKind } from "../config/policy-schema.js";
import { clip } from "../core/clip.js";
import { denial } from "../core/decision.js";
import { DEFAULT_TENANT } from "../identity/org.js";
import type { Principal } from "../identity/principal.js";
import { compileConditions, type Condition } from "./conditions.js";
import { authorizeModel, authorizeRoute, globToRegExp, grantMatches } from "./key-grants.js";
import type { PolicyDecision, PolicyRequest } from "./types.js";

export const IMPLICIT_RULE_ID = "default:credential-grants";
const DEFAULT_DENY_SOURCE = "policy:default-deny";
const KINDS: readonly ResourceKind[] = ["model", "route", "tool", "tenant"];

/** Where a rule came from: reviewed in git, or managed through the store (admin API). */
export type RuleOrigin = "config" | "store";

type NameTest = (name: string) => boolean;

interface CompiledRule {
  readonly id: string;
  readonly origin: RuleOrigin;
  readonly deny: boolean;
  readonly description: string | undefined;
  readonly subjects: readonly ((p: Principal) => boolean)[];
  readonly anyResource: boolean;
  /** Name tests per resource kind, indexed like KINDS. */
  readonly resources: readonly (readonly NameTest[])[];
  readonly conditions: readonly Condition[];
  readonly summary: string;
  readonly source: string;
  /** Allow rules: the decision, built once. */
  readonly allowed: PolicyDecision | undefined;
}

interface Bucket {
  deny: CompiledRule[];
  allow: CompiledRule[];
}

/** Exact names and "prefix*" (the common forms) avoid a regular expression. */
function nameTest(glob: string): NameTest {
  if (!glob.includes("*") && !glob.includes("?")) return (n) => n === glob;
  const star = glob.indexOf("*");
  if (star === glob.length - 1 && !glob.includes("?")) {
    const prefix = glob.slice(0, -1);
    return prefix ? (n) => n.startsWith(prefix) : () => true;
  }
  const re = globToRegExp(glob);
  return (n) => re.test(n);
}

function claimHas(v: unknown, want: string): boolean {
  if (Array.isArray(v)) {
    for (const e of v) if (claimHas(e, want)) return true;
    return false;
  }
  return (typeof v === "string" || typeof v === "number" || typeof v === "boolean") && String(v) === want;
}

function compileSubject(s: string): (p: Principal) => boolean {
  const parsed = parseSubject(s);
  if (typeof parsed === "string") throw new Error(parsed); // the schema has already refused it
  switch (parsed.kind) {
    case "any":
      return () => true;
    case "principal": {
      const t = nameTest(parsed.glob);
      return (p) => t(p.id);
    }
    case "team":
      return (p) => p.team === parsed.id;
    case "role":
      return (p) => p.roles.includes(parsed.name);
    case "claim":
      return (p) => p.claims !== undefined && claimHas(p.claims[parsed.name], parsed.value);
    case "via":
      return (p) => p.via === parsed.via;
  }
}

function compileRule(rule: PolicyRule, origin: RuleOrigin): CompiledRule {
  const resources: NameTest[][] = KINDS.map(() => []);
  let anyResource = false;
  for (const s of rule.resources) {
    const r = parseResource(s);
    if (typeof r === "string") throw new Error(r);
    if (r.kind === "*") anyResource = true;
    else resources[KINDS.indexOf(r.kind)]!.push(nameTest(r.glob));
  }
  const conditions = compileConditions(rule.conditions);
  const summary =
    `${rule.effect} ${rule.actions.join(", ")} on ${rule.resources.join(", ")} to ${rule.subjects.join(", ")}` +
    (conditions.length ? ` if ${conditions.map((c) => c.summary).join(" and ")}` : "");
  const source = `policy:rule/${rule.id}`;
  const deny = rule.effect === "deny";
  const from = origin === "store" ? " (stored)" : "";
  return {
    id: rule.id,
    origin,
    deny,
    description: rule.description,
    subjects: rule.subjects.map(compileSubject),
    anyResource,
    resources,
    conditions,
    summary,
    source,
    allowed: deny
      ? undefined
      : { allow: true, rule: rule.id, grant: source, explanation: `Allowed by rule ${rule.id}${from}${rule.description ? ` (${rule.description})` : ""}: ${summary}.` },
  };
}

const bucketIndex = (action: PolicyAction, kind: ResourceKind) => POLICY_ACTIONS.indexOf(action) * KINDS.length + KINDS.indexOf(kind);

/** "principal 'billing' (team eng, roles analyst)" */
export function describePrincipal(p: Principal): string {
  const tenant = p.tenant === DEFAULT_TENANT ? "" : ` of tenant '${p.tenant}'`;
  // Id, team and roles may come from a token's claims: bounded before they are echoed.
  return `principal '${clip(p.id)}'${tenant} (${p.team ? `team ${clip(p.team)}` : "no team"}, ${p.roles.length ? `roles ${clip(p.roles.join(", "))}` : "no roles"})`;
}

export interface TenantPolicyOptions {
  tenant: string;
  /** No `policies:` in the config: the credential's own grants decide (plus any stored rules). */
  implicitDefault: boolean;
  /** When the tenant's rules could not be loaded or are invalid: every request is denied with this reason. */
  broken?: { rule: string | undefined; reason: string };
}

export class TenantPolicy {
  readonly tenant: string;
  readonly implicitDefault: boolean;
  readonly ruleCount: number;
  private readonly buckets: Bucket[];
  private readonly broken: TenantPolicyOptions["broken"];

  constructor(rules: readonly { rule: PolicyRule; origin: RuleOrigin }[], opts: TenantPolicyOptions) {
    this.tenant = opts.tenant;
    this.implicitDefault = opts.implicitDefault;
    this.broken = opts.broken;
    this.buckets = POLICY_ACTIONS.flatMap(() => KINDS.map(() => ({ deny: [], allow: [] })));
    let n = 0;
    for (const { rule, origin } of rules) {
      if (rule.tenant !== opts.tenant) continue;
      n++;
      const c = compileRule(rule, origin);
      for (const action of rule.actions) {
        for (const kind of ACTION_KINDS[action]) {
          if (!c.anyResource && c.resources[KINDS.indexOf(kind)]!.length === 0) continue;
          const b = this.buckets[bucketIndex(action, kind)]!;
          (c.deny ? b.deny : b.allow).push(c);
        }
      }
    }
    this.ruleCount = n;
  }

  evaluate(req: PolicyRequest): PolicyDecision {
    const p = req.principal;
    if (this.broken) return this.deny(req, this.broken.rule, `Denied by policy: ${this.broken.reason}`);
    let scopeGrant: string | undefined;
    if (p.scope && (req.kind === "model" || req.kind === "route")) {
      scopeGrant = grantMatches(req.kind === "model" ? p.scope.models : p.scope.routes, req.name);
      if (scopeGrant === undefined) {
        const d = req.kind === "model" ? authorizeModel(p, req.name) : authorizeRoute(p, req.name);
        if (!d.ok) return { allow: false, rule: undefined, denial: d.denial, explanation: d.denial.message };
      }
    }
    const bucket = this.buckets[bucketIndex(req.action, req.kind)];
    if (bucket) {
      for (const r of bucket.deny) {
        if (matches(r, req) && holds(r, req)) {
          const why = `Denied by policy: rule ${r.id} denies ${req.action} on ${req.kind}:${clip(req.name)} to ${describePrincipal(p)}${r.description ? ` (${r.description})` : ""}.`;
          return this.deny(req, r.id, why);
        }
      }
      for (const r of bucket.allow) if (matches(r, req) && holds(r, req)) return r.allowed!;
    }
    if (this.implicitDefault && p.scope && (req.action === "invoke" || req.action === "use-tool")) {
      const within = scopeGrant === undefined ? "" : ` (${req.kind}:${scopeGrant})`;
      return {
        allow: true,
        rule: IMPLICIT_RULE_ID,
        grant: `policy:rule/${IMPLICIT_RULE_ID}${within}`,
        explanation: `Allowed by rule ${IMPLICIT_RULE_ID} (no policies configured: the credential's own grants decide)${within ? `: granted by ${within.slice(2, -1)}` : ""}.`,
      };
    }
    return this.explainDenial(req, bucket);
  }

  /** The allowing rule, or the exact missing grant, deny rule or failing condition. */
  explain(req: PolicyRequest): string {
    return this.evaluate(req).explanation;
  }

  /** The slow path: nothing allowed; say which conditions of which matching allow rules failed, or what grant is missing. */
  private explainDenial(req: PolicyRequest, bucket: Bucket | undefined): PolicyDecision {
    const asked = `${req.action} on ${req.kind}:${clip(req.name)} to ${describePrincipal(req.principal)}`;
    const failures: { rule: CompiledRule; why: string }[] = [];
    for (const r of bucket?.allow ?? []) {
      if (!matches(r, req)) continue;
      const failed = r.conditions.filter((c) => !c.holds(req)).map((c) => `${c.name}: ${c.why(req)}`);
      if (failed.length) failures.push({ rule: r, why: `rule ${r.id}: ${failed.join("; ")}` });
    }
    if (failures.length) {
      const shown = failures.slice(0, 5).map((f) => f.why);
      const more = failures.length > 5 ? `; and ${failures.length - 5} more rules` : "";
      return this.deny(req, failures[0]!.rule.id, `Denied by policy: no rule allows ${asked}: ${shown.join("; ")}${more}.`);
    }
    let hint = "";
    if (this.implicitDefault) {
      hint = req.principal.scope
        ? " The implicit default policy grants only invoke and use-tool within a credential's own grants."
        : " Its credential carries no grants of its own and no policies are configured: add a rule under `policies:` that grants it.";
    }
    return this.deny(req, undefined, `Denied by policy: no rule grants ${asked}.${hint}`);
  }

  private deny(req: PolicyRequest, rule: string | undefined, message: string): PolicyDecision {
    const param = req.kind === "model" ? { param: "model" } : req.kind === "tool" ? { param: "tools" } : {};
    return {
      allow: false,
      rule,
      denial: denial(403, "permission_error", "policy_denied", message, rule ? `policy:rule/${rule}` : DEFAULT_DENY_SOURCE, param),
      explanation: message,
    };
  }
}

function matches(r: CompiledRule, req: PolicyRequest): boolean {
  if (!r.anyResource) {
    const tests = r.resources[KINDS.indexOf(req.kind)]!;
    let hit = false;
    for (let i = 0; i < tests.length && !hit; i++) hit = tests[i]!(req.name);
    if (!hit) return false;
  }
  for (let i = 0; i < r.subjects.length; i++) if (r.subjects[i]!(req.principal)) return true;
  return false;
}

function holds(r: CompiledRule, req: PolicyRequest): boolean {
  for (let i = 0; i < r.conditions.length; i++) if (!r.conditions[i]!.holds(req)) return false;
  return true;
}
