/**
 * The gateway's policies: the config's rules plus the store's, compiled per
 * tenant on first use and dropped whenever the store's change token moves
 * (a rule changed by the admin API or another process applies from the next
 * request). Never rebuilt per request: a cached tenant answers synchronously.
 *
 * Fails closed: a stored rule that no longer validates denies every request
 * of its tenant (skipping it could skip a deny rule), and a store that cannot
 * be read rejects, which the gateway turns into a refusal.
 */
import type { PolicyRule } from "../config/policy-schema.js";
import { type RuleOrigin, TenantPolicy } from "./engine.js";
import type { PolicyStore } from "./policy-store.js";
import { checkRule } from "./validate.js";

const MAX_TENANTS = 10_000;

export interface LivePoliciesOptions {
  /** `policies:` of the config; undefined when the key is absent (implicit default policy). */
  configRules: readonly PolicyRule[] | undefined;
  store?: PolicyStore | undefined;
  changeToken?: () => string;
  /** Guard profiles that exist, to check stored rules' guardProfiles. */
  knownProfiles?: ReadonlySet<string>;
}

export class LivePolicies {
  private readonly byTenant = new Map<string, PolicyRule[]>();
  private readonly cache = new Map<string, TenantPolicy>();
  private readonly loading = new Map<string, Promise<TenantPolicy>>();
  private token: string;
  readonly implicitDefault: boolean;

  constructor(private readonly opts: LivePoliciesOptions) {
    this.implicitDefault = opts.configRules === undefined;
    for (const r of opts.configRules ?? []) {
      const list = this.byTenant.get(r.tenant) ?? [];
      list.push(r);
      this.byTenant.set(r.tenant, list);
    }
    this.token = this.currentToken();
  }

  private currentToken(): string {
    return this.opts.changeToken ? this.opts.changeToken() : "";
  }

  /** The tenant's compiled policy: synchronous when cached (the common case). */
  forTenant(tenant: string): TenantPolicy | Promise<TenantPolicy> {
    const token = this.currentToken();
    if (token !== this.token) {
      this.cache.clear();
      this.loading.clear();
      this.token = token;
    }
    const hit = this.cache.get(tenant);
    if (hit) return hit;
    let pending = this.loading.get(tenant);
    if (!pending) {
      pending = this.load(tenant, token);
      this.loading.set(tenant, pending);
      const p = pending;
      const forget = () => {
        if (this.loading.get(tenant) === p) this.loading.delete(tenant);
      };
      p.then(forget, forget);
    }
    return pending;
  }

  private async load(tenant: string, token: string): Promise<TenantPolicy> {
    const rules: { rule: PolicyRule; origin: RuleOrigin }[] = (this.byTenant.get(tenant) ?? []).map((rule) => ({ rule, origin: "config" }));
    let broken: { rule: string | undefined; reason: string } | undefined;
    if (this.opts.store) {
      for (const s of await this.opts.store.list(tenant)) {
        const { rule, problems } = checkRule(s.document, `stored policy ${s.id}`, this.opts.knownProfiles);
        if (!rule || rule.tenant !== tenant || rule.id !== s.id) {
          broken ??= {
            rule: s.id,
            reason: `the stored policy ${s.id} of tenant '${tenant}' is invalid (${problems[0] ?? "its tenant or id does not match where it is stored"}); every request of the tenant is denied until it is fixed.`,
          };
          continue;
        }
        rules.push({ rule, origin: "store" });
      }
    }
    const policy = new TenantPolicy(rules, { tenant, implicitDefault: this.implicitDefault, ...(broken ? { broken } : {}) });
    // Only cache what was read while nothing changed.
    if (this.currentToken() === token && this.token === token) {
      if (this.cache.size >= MAX_TENANTS) this.cache.clear();
      this.cache.set(tenant, policy);
    }
    return policy;
  }
}
