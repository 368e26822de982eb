/**
 * The organisation model: tenants → teams → principals. Every stored object
 * belongs to one tenant, and every method here takes the tenant: no query
 * crosses tenants. `store/` implements OrgStore for each database.
 */

/** The tenant of a single-organisation installation, and of keys issued before tenants existed. */
export const DEFAULT_TENANT = "default";

/** Ids of tenants, teams and principals: what a person would type, safe in logs and URLs. */
export const ORG_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}$/;
export const ORG_ID_EXPECTED = "1-128 characters of letters, digits, '.', '_', '@', ':' or '-', starting with a letter or digit";

export interface Tenant {
  id: string;
  name: string;
  createdAt: number;
}

export interface Team {
  tenantId: string;
  id: string;
  name: string;
  createdAt: number;
}

export type PrincipalKind = "service" | "user";

/** A stored principal: a service or a person that calls the data plane. */
export interface PrincipalRecord {
  tenantId: string;
  /** Unique within the tenant, e.g. "billing-service" or "alice@example.com". */
  id: string;
  kind: PrincipalKind;
  teamId: string | null;
  /** Roles policies can grant to, e.g. "analyst". */
  roles: string[];
  createdAt: number;
  disabledAt: number | null;
}

export interface OrgStore {
  /** Creates the tenant if it does not exist; returns it either way. */
  ensureTenant(id: string, name?: string): Promise<Tenant>;
  getTenant(id: string): Promise<Tenant | undefined>;
  listTenants(): Promise<Tenant[]>;

  createTeam(team: Team): Promise<void>;
  getTeam(tenantId: string, id: string): Promise<Team | undefined>;
  listTeams(tenantId: string): Promise<Team[]>;
  /** False when there is no such team in this tenant. Principals in it keep their record, with no team. */
  deleteTeam(tenantId: string, id: string): Promise<boolean>;

  /** Inserts or replaces the principal (same tenant and id). */
  putPrincipal(p: PrincipalRecord): Promise<void>;
  getPrincipal(tenantId: string, id: string): Promise<PrincipalRecord | undefined>;
  listPrincipals(tenantId: string, options?: { teamId?: string; includeDisabled?: boolean }): Promise<PrincipalRecord[]>;
  /** False when there is no such enabled principal in this tenant. */
  disablePrincipal(tenantId: string, id: string, at: number): Promise<boolean>;
}

export function checkOrgId(what: string, id: string): void {
  if (!ORG_ID_RE.test(id)) throw new Error(`${what}: expected ${ORG_ID_EXPECTED}`);
}
