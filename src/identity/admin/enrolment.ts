/**
 * One-time enrolment tokens. An account without a second factor (new, or
 * after an MFA reset) starts TOTP enrolment with its password *and* this
 * token, so a password alone — guessed, phished, or raced past the lockout —
 * never lets someone enrol their own authenticator and own the account.
 *
 * The token is 256 random bits, shown once to whoever created or reset the
 * account (the CLI or an owner), stored only as a hash bound to the account,
 * valid for ENROLMENT_TOKEN_TTL_MS, used up by the sign-in it opens, and
 * replaced whenever a new one is issued.
 */
import { hash, randomBytes, timingSafeEqual } from "node:crypto";
import type { AdminAccount, AdminStore } from "./admin-store.js";

export const ENROLMENT_TOKEN_TTL_MS = 24 * 3_600_000;
const PREFIX = "wgenrol_";
const TOKEN_RE = /^wgenrol_[A-Za-z0-9_-]{43}$/;

export interface IssuedEnrolmentToken {
  /** Shown once; never stored. */
  token: string;
  expiresAt: number;
}

/** The stored form of a token: SHA-256 bound to the account (256 random bits need no stretching). undefined when `token` cannot be one. */
export function enrolmentTokenHash(accountId: string, token: string): string | undefined {
  if (!TOKEN_RE.test(token)) return undefined;
  return hash("sha256", `wardgate-enrolment:${accountId}:${token}`, "hex");
}

/** A new token for the account, and the fields that store it (they replace any earlier token). */
export function newEnrolmentToken(accountId: string, now: number): IssuedEnrolmentToken & { fields: Pick<AdminAccount, "enrolmentTokenHash" | "enrolmentTokenExpiresAt"> } {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const expiresAt = now + ENROLMENT_TOKEN_TTL_MS;
  return { token, expiresAt, fields: { enrolmentTokenHash: enrolmentTokenHash(accountId, token)!, enrolmentTokenExpiresAt: expiresAt } };
}

/** Issues a new token for an existing account (replacing any earlier one); false-y when there is no such account. */
export async function issueEnrolmentToken(store: AdminStore, account: Pick<AdminAccount, "tenantId" | "id">, now: number): Promise<IssuedEnrolmentToken | undefined> {
  const { token, expiresAt, fields } = newEnrolmentToken(account.id, now);
  return (await store.updateAccount(account.tenantId, account.id, fields)) ? { token, expiresAt } : undefined;
}

/** Whether `presented` is the account's live token, compared in constant time (the use itself is the store's atomic consumeEnrolmentToken). */
export function enrolmentTokenMatches(account: AdminAccount, presented: string, now: number): boolean {
  const h = enrolmentTokenHash(account.id, presented);
  if (h === undefined || account.enrolmentTokenHash === null || account.enrolmentTokenExpiresAt === null || account.enrolmentTokenExpiresAt <= now) return false;
  const a = Buffer.from(h, "hex");
  const b = Buffer.from(account.enrolmentTokenHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Removes the account's second factors and sessions, and issues the enrolment token it will need to enrol again. */
export async function resetMfa(store: AdminStore, tenantId: string, accountId: string, now: number): Promise<IssuedEnrolmentToken | undefined> {
  if (!(await store.resetMfa(tenantId, accountId))) return undefined;
  return issueEnrolmentToken(store, { tenantId, id: accountId }, now);
}
