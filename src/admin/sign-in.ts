/**
 * The pieces of sign-in shared by the auth routes: starting and upgrading
 * sessions, lockout bookkeeping, and checking each kind of second factor.
 *
 * Every factor is checked the same way (lockout.ts): the attempt is counted
 * in the store first (`reserveAttempt`, refused once the account is locked or
 * has as many attempts under way as the policy allows), then checked; a
 * failure stays counted (`failAttempt`), and a success still counts for
 * nothing if the account locked meanwhile (`passAttempt`). So parallel
 * guesses cannot outrun the lockout, across processes too.
 */
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { FastifyReply, FastifyRequest } from "fastify";
import { type AdminAccount, type LockoutSubject, type SessionStage, totpAad } from "../identity/admin/admin-store.js";
import { afterFailure, afterPass, type Reservation, reserve } from "../identity/admin/lockout.js";
import { hashRecoveryCode } from "../identity/admin/recovery-codes.js";
import { newToken, SESSION_COOKIE, tokenHash } from "../identity/admin/sessions.js";
import { checkTotp } from "../identity/admin/totp.js";
import { verifyAuthentication } from "../identity/admin/webauthn.js";
import { DEFAULT_TENANT } from "../identity/org.js";
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

const sessionGone = () => new AdminError(401, "authentication_error", "unauthenticated", "This session is not valid. Sign in again.");

/** Whose lockout an attempt counts against, and what its events name. */
export interface Attempt {
  subject: LockoutSubject;
  tenantId: string;
  /** The account, or null for an e-mail with no account (whose address is never recorded). */
  target: string | null;
}

export const accountAttempt = (a: Pick<AdminAccount, "tenantId" | "id">): Attempt => ({ subject: { kind: "account", tenantId: a.tenantId, id: a.id }, tenantId: a.tenantId, target: a.id });

/** An e-mail with no account: its lockout is kept in the store like an account's, under a keyed hash of the (normalised) address. */
export const unknownAttempt = (deps: AdminDeps, email: string): Attempt => ({
  subject: { kind: "unknown", keyHash: deps.keyring.keyedHash("admin-unknown-signin", email) },
  tenantId: DEFAULT_TENANT,
  target: null,
});

const actorOf = (req: FastifyRequest) => req.admin?.account.id ?? "anonymous";

async function lockoutEvent(deps: AdminDeps, req: FastifyRequest, attempt: Attempt, until: number): Promise<void> {
  await recordEvent(deps, req, { action: "auth.lockout", outcome: "success", target: attempt.target, tenantId: attempt.tenantId, actor: "system", detail: { until: new Date(until).toISOString() } });
}

/** Counts an attempt before its factor is checked; refused (the lock's 429) when locked, or when as many attempts as the policy allows are already counted. */
export async function reserveAttempt(deps: AdminDeps, req: FastifyRequest, attempt: Attempt, action: string): Promise<void> {
  const t = deps.now();
  let outcome: Reservation | undefined;
  const state = await deps.store.admin.changeLockout(attempt.subject, t, (current) => {
    outcome = reserve(current, deps.config.lockout, t);
    return outcome.patch;
  });
  if (!state || !outcome) throw sessionGone();
  if (outcome.allowed) return;
  await recordEvent(deps, req, { action, outcome: "failure", target: attempt.target, tenantId: attempt.tenantId, actor: actorOf(req), detail: { reason: "account locked" } });
  if (outcome.locked) await lockoutEvent(deps, req, attempt, outcome.until);
  throw lockedError(outcome.until - t);
}

/** The reserved attempt failed: it stays counted (locking at the limit); records it and throws the answer. */
export async function failAttempt(deps: AdminDeps, req: FastifyRequest, attempt: Attempt, action: string, reason: string, error: AdminError): Promise<never> {
  const t = deps.now();
  let outcome: ReturnType<typeof afterFailure> = { patch: {}, locked: false, until: null };
  await deps.store.admin.changeLockout(attempt.subject, t, (current) => {
    outcome = afterFailure(current, deps.config.lockout, t);
    return outcome.patch;
  });
  const { locked, until } = outcome;
  await recordEvent(deps, req, { action, outcome: "failure", target: attempt.target, tenantId: attempt.tenantId, actor: actorOf(req), detail: { reason } });
  if (locked) await lockoutEvent(deps, req, attempt, until!);
  if (until !== null) throw lockedError(until - t);
  throw error;
}

/**
 * The reserved attempt's factor verified. It still counts for nothing if a
 * racing attempt locked the account meanwhile (the lock's 429). Otherwise the
 * reservation is given back — or, when this factor `completes` sign-in or
 * step-up, every failure counter is cleared. The password alone completes
 * nothing, so knowing it does not buy unlimited second-factor guesses.
 */
export async function passAttempt(deps: AdminDeps, req: FastifyRequest, attempt: Attempt, action: string, completes: boolean): Promise<void> {
  const t = deps.now();
  let until: number | null = null;
  const state = await deps.store.admin.changeLockout(attempt.subject, t, (current) => {
    const r = afterPass(current, t, completes);
    until = r.until;
    return r.patch;
  });
  if (!state) throw sessionGone();
  if (until !== null) {
    await recordEvent(deps, req, { action, outcome: "failure", target: attempt.target, tenantId: attempt.tenantId, actor: actorOf(req), detail: { reason: "account locked (a factor verified while it was locked)" } });
    throw lockedError(until - t);
  }
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
 * The second factor succeeded (and `passAttempt` cleared the failure
 * counters): the pre-auth session is replaced by a new full one (a new id,
 * so an id learnt before sign-in completed is useless).
 */
export async function completeSignIn(deps: AdminDeps, req: FastifyRequest, reply: FastifyReply, method: string): Promise<string> {
  const { session, account } = req.admin!;
  await deps.store.admin.deleteSession(session.idHash);
  await recordEvent(deps, req, { action: "auth.second-factor", outcome: "success", target: account.id, detail: { method } });
  return startSession(deps, req, reply, account, "full");
}

const badCode = () => new AdminError(401, "authentication_error", "invalid_code", "The code is not valid (wrong, expired, or already used).");

/** Checks a TOTP code against the enrolled secret, once per time step; throws (and counts a failure) when it does not pass. */
export async function checkTotpFactor(deps: AdminDeps, req: FastifyRequest, account: AdminAccount, code: string, action: string): Promise<void> {
  if (account.totpSecret === null) throw new AdminError(400, "invalid_request_error", "totp_not_enrolled", "This account has no TOTP enrolled.");
  const attempt = accountAttempt(account);
  await reserveAttempt(deps, req, attempt, action);
  const secret = deps.keyring.open(account.tenantId, account.totpSecret, totpAad(account.id)).toString("utf8");
  const step = await checkTotp(secret, code, deps.now(), account.totpLastStep);
  // The conditional write makes the step single-use even for two requests racing with one code.
  if (step === undefined || !(await deps.store.admin.acceptTotpStep(account.tenantId, account.id, step, deps.now()))) {
    await failAttempt(deps, req, attempt, action, "wrong or replayed TOTP code", badCode());
  }
  await passAttempt(deps, req, attempt, action, true);
}

export async function checkRecoveryFactor(deps: AdminDeps, req: FastifyRequest, account: AdminAccount, code: string, action: string): Promise<void> {
  const attempt = accountAttempt(account);
  await reserveAttempt(deps, req, attempt, action);
  const hash = hashRecoveryCode(account.id, code);
  if (hash === undefined || !(await deps.store.admin.useRecoveryCode(account.id, hash, deps.now()))) {
    await failAttempt(deps, req, attempt, action, "wrong or used recovery code", badCode());
  }
  await passAttempt(deps, req, attempt, action, true);
}

/** Verifies a WebAuthn assertion against the session's outstanding challenge (used once, whatever the outcome). */
export async function checkWebAuthnFactor(deps: AdminDeps, req: FastifyRequest, account: AdminAccount, response: AuthenticationResponseJSON, action: string): Promise<void> {
  const { session } = req.admin!;
  if (session.challenge === null || session.challengePurpose !== "authenticate") {
    throw new AdminError(400, "invalid_request_error", "no_challenge", "Ask for a challenge first: POST /admin/v1/auth/webauthn/options.");
  }
  const attempt = accountAttempt(account);
  await reserveAttempt(deps, req, attempt, action);
  await deps.store.admin.updateSession(session.idHash, { challenge: null, challengePurpose: null });
  const credentials = await deps.store.admin.listCredentials(account.id);
  const result = await verifyAuthentication(deps.rp, session.challenge, response, credentials);
  const fresh = result && (await deps.store.admin.useCredential(account.id, result.credential.id, result.newCounter, deps.now()));
  if (!fresh) {
    await failAttempt(
      deps,
      req,
      attempt,
      action,
      result ? "WebAuthn signature counter did not advance (cloned authenticator?)" : "WebAuthn assertion did not verify",
      new AdminError(401, "authentication_error", "invalid_webauthn", "The security key's response did not verify."),
    );
  }
  await passAttempt(deps, req, attempt, action, true);
}
