/**
 * Creating admin accounts and showing them: shared by `wardgate admin create`
 * and the admin API, so both apply the same rules.
 */
import { randomBytes } from "node:crypto";
import { checkOrgId } from "../org.js";
import { ADMIN_ROLES, type AdminAccount, type AdminRole, type AdminStore } from "./admin-store.js";
import { type IssuedEnrolmentToken, newEnrolmentToken } from "./enrolment.js";
import { hashPassword, passwordProblem } from "./passwords.js";

const EMAIL_RE = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

export class AccountError extends Error {
  constructor(
    message: string,
    readonly kind: "invalid" | "conflict",
  ) {
    super(message);
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isAdminRole(role: string): role is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}

export interface NewAdmin {
  tenantId: string;
  email: string;
  role: string;
  password: string;
  now?: number;
}

/** A new account, and the one-time token it needs (with its password) to enrol TOTP: show it once to whoever enrols. */
export type CreatedAdmin = AdminAccount & { enrolment: IssuedEnrolmentToken };

export async function createAdmin(store: AdminStore, input: NewAdmin): Promise<CreatedAdmin> {
  checkOrgId("tenant", input.tenantId);
  const email = normaliseEmail(input.email);
  if (!EMAIL_RE.test(email)) throw new AccountError("email: expected an e-mail address such as alice@example.com", "invalid");
  if (!isAdminRole(input.role)) throw new AccountError(`role: expected one of ${ADMIN_ROLES.join(", ")}`, "invalid");
  const problem = passwordProblem(input.password, email);
  if (problem) throw new AccountError(problem, "invalid");
  if (await store.findAccountByEmail(email)) throw new AccountError(`email: an admin account with this e-mail address already exists`, "conflict");
  const id = `adm_${randomBytes(8).toString("hex")}`;
  const now = input.now ?? Date.now();
  const { token, expiresAt, fields } = newEnrolmentToken(id, now);
  const account: AdminAccount = {
    tenantId: input.tenantId,
    id,
    email,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    totpSecret: null,
    totpPending: null,
    totpLastStep: null,
    failedAttempts: 0,
    lockedUntil: null,
    lockouts: 0,
    lastAttemptAt: null,
    ...fields,
    createdAt: now,
    disabledAt: null,
  };
  await store.createAccount(account);
  return { ...account, enrolment: { token, expiresAt } };
}

/** What may be shown about an account: never its password hash or secrets. */
export function accountView(a: AdminAccount, now = Date.now()) {
  return {
    id: a.id,
    tenant: a.tenantId,
    email: a.email,
    role: a.role,
    mfa: { totp: a.totpSecret !== null },
    status: a.disabledAt !== null ? "disabled" : a.lockedUntil !== null && a.lockedUntil > now ? "locked" : "active",
    createdAt: new Date(a.createdAt).toISOString(),
  };
}
