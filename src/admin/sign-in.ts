/**
 * The pieces of sign-in shared by the auth routes: starting and upgrading
 * sessions, lockout bookkeeping, and checking each kind of second factor.
 */
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { FastifyReply, FastifyRequest } from "fastify";
import { type AdminAccount, type SessionStage, totpAad } from "../identity/admin/admin-store.js";
import { AFTER_SUCCESS, afterFailure, lockedFor } from "../identity/admin/lockout.js";
import { hashRecoveryCode } from "../identity/admin/recovery-codes.js";
import { newToken, SESSION_COOKIE, tokenHash } from "../identity/admin/sessions.js";
import { checkTotp } from "../identity/admin/totp.js";
import { verifyAuthentication } from "../identity/admin/webauthn.js";
import type { AdminDeps } from "./context.js";
import { AdminError } from "./errors.js";
import { recordEvent } from "./events.js";

export const COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: "strict", path: "/admin" } as const;

export { totpAad };

export function lockedError(ms: number): AdminError {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return new AdminError(429, "rate_limit_error", "account_locked", `Too many failed attempts: this account is locked. Try again in ${seconds} seconds.`, {
    "retry-after": String(seconds),
  });
}

/** Creates a session, sets its cookie, and returns the CSRF token for the response body. */
export async function startSession(
  deps: AdminDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  account: AdminAccount,
  stage: SessionStage,
): Promise<string> {
  const id = newToken();
  const csrf = newToken();
  const t = deps.now();
  await deps.store.admin.createSession({
    idHash: tokenHash(id),
    accountId: account.id,
    tenantId: account.tenantId,
    stage,
    csrfHash: tokenHash(csrf),
    createdAt: t,
    lastSeenAt: t,
    // A session earns step-up freshness from the second factor that completed it.
    stepUpAt: stage === "full" ? t : null,
    challenge: null,
    challengePurpose: null,
    ip: req.ip,
  });
  reply.setCookie(SESSION_COOKIE, id, COOKIE_OPTIONS);
  return csrf;
}

/**
 * The second factor succeeded: the pre-auth session is replaced by a new
 * full one (a new id, so an id learnt before sign-in completed is useless),
 * and the account's failure counters are cleared.
 */
export async function completeSignIn(deps: AdminDeps, req: FastifyRequest, reply: FastifyReply, method: string): Promise<string> {
  const { session, account } = req.admin!;
  await deps.store.admin.deleteSession(session.idHash);
  await deps.store.admin.updateAccount(account.tenantId, account.id, AFTER_SUCCESS);
  await recordEvent(deps, req, { action: "auth.second-factor", outcome: "success", target: account.id, detail: { method } });
  return startSession(deps, req, reply, account, "full");
}

export function refuseIfLocked(account: AdminAccount, now: number): void {
  const ms = lockedFor(account, now);
  if (ms > 0) throw lockedError(ms);
}

/** Counts a failed attempt toward lockout, records it, and throws the answer. */
export async function failAttempt(deps: AdminDeps, req: FastifyRequest, account: AdminAccount, action: string, reason: string, error: AdminError): Promise<never> {
  const t = deps.now();
  let outcome: ReturnType<typeof afterFailure> = { patch: {}, locked: false, until: null };
  await deps.store.admin.recordFailure(account.tenantId, account.id, (current) => {
    // A racing failure may already have locked it: then this attempt only reports the lock.
    const already = lockedFor(current, t);
    outcome = already > 0 ? { patch: {}, locked: false, until: current.lockedUntil } : afterFailure(current, deps.config.lockout, t);
    return outcome.patch;
  });
  const { locked, until } = outcome;
  await recordEvent(deps, req, { action, outcome: "failure", target: account.id, tenantId: account.tenantId, actor: req.admin?.account.id ?? "anonymous", detail: { reason } });
  if (locked) {
    await recordEvent(deps, req, { action: "auth.lockout", outcome: "success", target: account.id, tenantId: account.tenantId, actor: "system", detail: { until: new Date(until!).toISOString() } });
  }
  if (until !== null) throw lockedError(until - t);
  throw error;
}

const badCode = () => new AdminError(401, "authentication_error", "invalid_code", "The code is not valid (wrong, expired, or already used).");

/** Checks a TOTP code against the enrolled secret, once per time step; throws (and counts a failure) when it does not pass. */
export async function checkTotpFactor(deps: AdminDeps, req: FastifyRequest, account: AdminAccount, code: string, action: string): Promise<void> {
  refuseIfLocked(account, deps.now());
  if (account.totpSecret === null) throw new AdminError(400, "invalid_request_error", "totp_not_enrolled", "This account has no TOTP enrolled.");
  const secret = deps.keyring.open(account.tenantId, account.totpSecret, totpAad(account.id)).toString("utf8");
  const step = await checkTotp(secret, code, deps.now(), account.totpLastStep);
  // The conditional write makes the step single-use even for two requests racing with one code.
  if (step === undefined || !(await deps.store.admin.acceptTotpStep(account.tenantId, account.id, step, deps.now()))) {
    await failAttempt(deps, req, account, action, "wrong or replayed TOTP code", badCode());
  }
}

/**
 * A factor that verified still does not count if a racing attempt locked
 * the account meanwhile: parallel guesses cannot outrun the lockout.
 */
async function refuseIfLockedNow(deps: AdminDeps, account: AdminAccount): Promise<void> {
  const current = await deps.store.admin.getAccount(account.tenantId, account.id);
  if (!current) throw new AdminError(401, "authentication_error", "unauthenticated", "This session is not valid. Sign in again.");
  refuseIfLocked(current, deps.now());
}

export async function checkRecoveryFactor(deps: AdminDeps, req: FastifyRequest, account: AdminAccount, code: string, action: string): Promise<void> {
  refuseIfLocked(account, deps.now());
  const hash = hashRecoveryCode(account.id, code);
  if (hash === undefined || !(await deps.store.admin.useRecoveryCode(account.id, hash, deps.now()))) {
    await failAttempt(deps, req, account, action, "wrong or used recovery code", badCode());
  }
  await refuseIfLockedNow(deps, account);
}

/** Verifies a WebAuthn assertion against the session's outstanding challenge (used once, whatever the outcome). */
export async function checkWebAuthnFactor(deps: AdminDeps, req: FastifyRequest, account: AdminAccount, response: AuthenticationResponseJSON, action: string): Promise<void> {
  refuseIfLocked(account, deps.now());
  const { session } = req.admin!;
  if (session.challenge === null || session.challengePurpose !== "authenticate") {
    throw new AdminError(400, "invalid_request_error", "no_challenge", "Ask for a challenge first: POST /admin/v1/auth/webauthn/options.");
  }
  await deps.store.admin.updateSession(session.idHash, { challenge: null, challengePurpose: null });
  const credentials = await deps.store.admin.listCredentials(account.id);
  const result = await verifyAuthentication(deps.rp, session.challenge, response, credentials);
  const fresh = result && (await deps.store.admin.useCredential(account.id, result.credential.id, result.newCounter, deps.now()));
  if (!fresh) {
    await failAttempt(
      deps,
      req,
      account,
      action,
      result ? "WebAuthn signature counter did not advance (cloned authenticator?)" : "WebAuthn assertion did not verify",
      new AdminError(401, "authentication_error", "invalid_webauthn", "The security key's response did not verify."),
    );
  }
  await refuseIfLockedNow(deps, account);
}
