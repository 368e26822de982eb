/**
 * Where policies managed outside the config file (the admin API, later) are
 * kept. Owned here, implemented by store/ for each database. Every method is
 * bound to one tenant: no query crosses tenants.
 */
import type { PolicyRule } from "../config/policy-schema.js";

/** A stored rule as read back: the document is re-validated before it is used (fail closed). */
export interface StoredPolicy {
  tenantId: string;
  id: string;
  /** The rule as stored (parsed JSON); not trusted until validated. */
  document: unknown;
  createdAt: number;
  updatedAt: number;
}

export interface PolicyStore {
  /** The tenant's rules, ordered by id. */
  list(tenantId: string): Promise<StoredPolicy[]>;
  get(tenantId: string, id: string): Promise<StoredPolicy | undefined>;
  /** Inserts or replaces the rule with this id in this tenant; `rule.tenant` must be `tenantId`. */
  put(tenantId: string, rule: PolicyRule, at?: number): Promise<void>;
  /** False when the tenant has no such rule. */
  delete(tenantId: string, id: string): Promise<boolean>;
}
