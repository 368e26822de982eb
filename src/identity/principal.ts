import type { KeyRecord } from "./key-store.js";
import type { PrincipalRecord } from "./org.js";

/** How a caller proved who it is. */
export type AuthMethod = "gateway-key" | "jwt" | "token" | "mtls" | "admin-session";

/** What a credential may reach at most, whatever policies grant (least privilege of the credential). */
export interface CredentialScope {
  /** Model names or globs. */
  models: readonly string[];
  /** Generic route names or globs. */
  routes: readonly string[];
}

/** Who is calling, once authenticated. */
export interface Principal {
  /** The principal's id within its tenant, e.g. "billing-service" or "alice@example.com". */
  id: string;
  tenant: string;
  team: string | null;
  /** Roles policies can grant to. */
  roles: readonly string[];
  /** Claims of a verified token (OIDC/JWT), for policies that match on them. */
  claims?: Readonly<Record<string, unknown>>;
  via: AuthMethod;
  /** The gateway key used, or the key a short-lived token was minted from. */
  key?: KeyRecord;
  /** The credential's bound; null when the credential itself sets none (policy alone decides). */
  scope: CredentialScope | null;
}

/** The principal behind a gateway key (or a token minted from it), with team and roles from its stored record. */
export function keyPrincipal(key: KeyRecord, stored: PrincipalRecord | undefined, via: "gateway-key" | "token", scope: CredentialScope): Principal {
  return { id: key.principal, tenant: key.tenantId, team: stored?.teamId ?? null, roles: stored?.roles ?? [], via, key, scope };
}
