/**
 * What every admin route handler gets: its dependencies, and per request
 * the signed-in admin (session and account) once the access hook has let
 * the request through.
 */
import type { AdminConfig } from "../config/admin-schema.js";
import type { Budget } from "../config/limits-schema.js";
import type { Keyring } from "../crypto/keyring.js";
import type { AdminAccount, AdminSession, SessionStage } from "../identity/admin/admin-store.js";
import type { RelyingParty } from "../identity/admin/webauthn.js";
import type { LimitBackend } from "../limits/backend.js";
import type { Store } from "../store/store.js";
import type { Permission } from "./permissions.js";

export interface AdminDeps {
  store: Store;
  config: AdminConfig;
  /** Seals TOTP secrets, bound to the account's tenant (old secret-box values still open). */
  keyring: Keyring;
  now: () => number;
  rp: RelyingParty;
  /** The gateway's budgets and the counter store it keeps them in (GET /budgets); see BudgetSource. */
  budgets?: BudgetSource | undefined;
}

/**
 * What GET /budgets reads: the configured budgets and the running gateway's
 * counter store. No backend: this admin app cannot see the counters (503).
 */
export interface BudgetSource {
  rules: readonly Budget[];
  backend: Pick<LimitBackend, "budget" | "kind"> | undefined;
}

export interface SignedIn {
  session: AdminSession;
  account: AdminAccount;
}

/** Who may call a route. Routes without an `access` config need a full session (fail closed). */
export type Access =
  | { auth: "none" }
  | {
      auth: "session";
      /** Session stages allowed; default ["full"]. */
      stages?: readonly SessionStage[];
      permission?: Permission;
      /** Needs a second factor within the step-up window. */
      stepUp?: boolean;
    };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    admin: SignedIn | null;
  }
}

/** The signed-in admin of a request that passed the access hook. */
export function signedIn(req: { admin: SignedIn | null }): SignedIn {
  if (!req.admin) throw new Error("route reached without a session (access hook missing)");
  return req.admin;
}
