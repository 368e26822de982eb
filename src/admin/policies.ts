/**
 * What the admin API knows about access policies: the config's rules (read
 * only here: they are reviewed in git), the stored ones (through the same
 * LivePolicies the gateway uses, so a dry run answers exactly like the
 * gateway), and the admin plane's own check: with explicit policies, an
 * admin's request must also be granted `administer` (or `read-audit` for the
 * events and audit-log routes) on its tenant.
 */
import { BUILTIN_GUARD_PROFILES } from "../config/guard-schema.js";
import { type Classification, type PolicyAction, type PolicyRule, parseSubject } from "../config/policy-schema.js";
import type { AdminAccount } from "../identity/admin/admin-store.js";
import type { Principal } from "../identity/principal.js";
import { globToRegExp } from "../policy/key-grants.js";
import { LivePolicies } from "../policy/live.js";
import type { PolicyDecision } from "../policy/types.js";
import type { Store } from "../store/store.js";

interface Target {
  name: string;
  guard?: string | undefined;
  classification?: Classification | undefined;
}

/** The parts of the gateway's config that policies depend on. */
export interface GatewayPolicyConfig {
  /** `policies:` of the config; undefined when the key is absent (implicit default policy). */
  policies?: readonly PolicyRule[] | undefined;
  guard: { profile: string; profiles: Readonly<Record<string, unknown>> };
  models: readonly Target[];
  routes: readonly Target[];
}

export interface AdminPolicies {
  /** No `policies:` key: the role matrix alone decides on the admin plane. */
  implicit: boolean;
  configRules: readonly PolicyRule[];
  knownProfiles: ReadonlySet<string>;
  live: LivePolicies;
  gateway: GatewayPolicyConfig;
}

const NO_POLICIES: GatewayPolicyConfig = { policies: undefined, guard: { profile: "standard", profiles: {} }, models: [], routes: [] };

export function adminPolicies(store: Store, gateway: GatewayPolicyConfig = NO_POLICIES): AdminPolicies {
  const knownProfiles = new Set<string>([...BUILTIN_GUARD_PROFILES, ...Object.keys(gateway.guard.profiles)]);
  return {
    implicit: gateway.policies === undefined,
    configRules: gateway.policies ?? [],
    knownProfiles,
    live: new LivePolicies({ configRules: gateway.policies, store: store.policies, changeToken: () => store.changeToken(), knownProfiles }),
    gateway,
  };
}

/** The admin as a policy subject: e-mail as id, the admin role as the one role, via admin-session. */
export function adminPrincipal(account: AdminAccount): Principal {
  return { id: account.email, tenant: account.tenantId, team: null, roles: [account.role], via: "admin-session", scope: null };
}

/**
 * Which policy action an admin route asks for; undefined for sign-in routes
 * (sign-in, step-up, sign-out), which are never subject to policies (an admin
 * must be able to sign in, and out, to fix a policy).
 */
export function adminAction(routeUrl: string, prefix: string): PolicyAction | undefined {
  const path = routeUrl.startsWith(prefix) ? routeUrl.slice(prefix.length) : routeUrl;
  // Registering another second factor changes the account: it is administration, not sign-in.
  if (path.startsWith("/auth/webauthn/register/")) return "administer";
  if (path.startsWith("/auth/") || path === "/openapi.json") return undefined;
  if (path === "/events" || path.startsWith("/events/") || path.startsWith("/audit/")) return "read-audit";
  return "administer";
}

/** May this admin do this admin-plane action on its own tenant, from this address, now? */
export async function decideAdminAction(p: AdminPolicies, account: AdminAccount, action: PolicyAction, ip: string, at: number): Promise<PolicyDecision> {
  const policy = await p.live.forTenant(account.tenantId);
  return policy.evaluate({
    principal: adminPrincipal(account),
    action,
    kind: "tenant",
    name: account.tenantId,
    sourceIp: ip,
    at,
    requestedTokens: undefined,
    guardProfile: p.gateway.guard.profile,
    classification: "internal",
  });
}

/** Could this subject ever match an admin of the admin plane (no team, no claims, via admin-session)? */
function subjectCouldMatch(subject: string, admin: Pick<AdminAccount, "email" | "role">): boolean {
  const s = parseSubject(subject);
  if (typeof s === "string") return false;
  switch (s.kind) {
    case "any":
      return true;
    case "principal":
      return globToRegExp(s.glob).test(admin.email);
    case "role":
      return s.name === admin.role;
    case "via":
      return s.via === "admin-session";
    default:
      return false; // team: and claim: never match an admin
  }
}

/**
 * Tenants that have admins but whose (explicit) allow rules grant
 * `administer` to none of them: the admin API would refuse every one of
 * them after sign-in. Conditions are not evaluated (a rule with a source
 * address or time window still counts as a grant).
 */
export function administerGaps(rules: readonly PolicyRule[], admins: readonly Pick<AdminAccount, "tenantId" | "email" | "role" | "disabledAt">[]): { tenant: string; admins: number }[] {
  const byTenant = new Map<string, Pick<AdminAccount, "email" | "role">[]>();
  for (const a of admins) if (a.disabledAt === null) byTenant.set(a.tenantId, [...(byTenant.get(a.tenantId) ?? []), a]);
  const gaps: { tenant: string; admins: number }[] = [];
  for (const [tenant, list] of byTenant) {
    const grants = rules.filter(
      (r) => r.tenant === tenant && r.effect === "allow" && r.actions.includes("administer") && r.resources.some((x) => x === "*" || x === `tenant:${tenant}`),
    );
    if (!list.some((a) => grants.some((r) => r.subjects.some((s) => subjectCouldMatch(s, a))))) gaps.push({ tenant, admins: list.length });
  }
  return gaps.sort((x, y) => x.tenant.localeCompare(y.tenant));
}
