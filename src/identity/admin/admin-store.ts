/**
 * Storage of admin accounts, their second factors, sessions and events, as
 * the admin identity module needs it. `store/` implements it per database.
 * Everything an admin handler reads is looked up with the admin's tenant;
 * only sign-in (by e-mail) and session lookup (by session hash) are global,
 * because they are how the tenant is learnt in the first place.
 */

export const ADMIN_ROLES = ["owner", "security-admin", "key-manager", "auditor"] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** The additional data a TOTP seed (enrolled or pending) is sealed with: its account, so a seed copied to another row does not open. */
export const totpAad = (accountId: string) => `admin-totp:${accountId}`;

/** Sign-in lockout bookkeeping (lockout.ts), kept for accounts and for e-mails with no account alike. */
export interface LockoutState {
  /** Attempts counted since the last success or lockout: failures, and attempts still being checked. */
  failedAttempts: number;
  lockedUntil: number | null;
  /** Lockouts in a row; each doubles the next lockout, up to the configured maximum. */
  lockouts: number;
  /** When the last attempt was counted (state left alone for a day is forgotten). */
  lastAttemptAt: number | null;
}

/**
 * Whose lockout state an attempt counts against: an account, or an e-mail
 * with no account, known only by a keyed hash (never stored in clear).
 */
export type LockoutSubject = { kind: "account"; tenantId: string; id: string } | { kind: "unknown"; keyHash: string };

export interface AdminAccount extends LockoutState {
  tenantId: string;
  /** Random, public; used in URLs and events. */
  id: string;
  /** Lower-cased; unique across the installation (sign-in asks for no tenant). */
  email: string;
  role: AdminRole;
  /** argon2id PHC string. */
  passwordHash: string;
  /** The enrolled TOTP secret, sealed by the keyring for the account's tenant (totpAad); null until enrolment completes. */
  totpSecret: string | null;
  /** A secret shown for enrolment but not yet confirmed with a code (sealed). */
  totpPending: string | null;
  /** The last accepted TOTP time step: codes of this step or earlier are refused (no replay). */
  totpLastStep: number | null;
  /** Hash of the one-time token that lets an account without TOTP start enrolment (enrolment.ts); null once used. */
  enrolmentTokenHash: string | null;
  enrolmentTokenExpiresAt: number | null;
  createdAt: number;
  disabledAt: number | null;
}

export interface WebAuthnCredentialRecord {
  accountId: string;
  /** base64url credential id. */
  id: string;
  /** COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
  createdAt: number;
  lastUsedAt: number | null;
}

export type SessionStage = "enroll-totp" | "second-factor" | "full";

export interface AdminSession {
  /** SHA-256 of the session id: the id itself lives only in the browser's cookie. */
  idHash: string;
  accountId: string;
  tenantId: string;
  stage: SessionStage;
  /** SHA-256 of the CSRF token. */
  csrfHash: string;
  createdAt: number;
  lastSeenAt: number;
  /** When a second factor was last presented in this session. */
  stepUpAt: number | null;
  /** The outstanding WebAuthn challenge (single use), and what it is for. */
  challenge: string | null;
  challengePurpose: "register" | "authenticate" | null;
  ip: string;
}

export interface AdminEvent {
  tenantId: string;
  /** Position in the tenant's event sequence, from 1. */
  seq: number;
  at: number;
  /** Account id, "anonymous", "system", or for a CLI command "cli:<os user>@<host>" (older events and some commands: "cli"). */
  actor: string;
  /** e.g. "auth.login", "keys.create". */
  action: string;
  target: string | null;
  outcome: "success" | "failure" | "denied";
  ip: string | null;
  detail: Record<string, unknown>;
}

export type NewAdminEvent = Omit<AdminEvent, "seq">;

export interface AdminEventStore {
  /** Appends the event as the tenant's next in sequence; returns its seq. */
  append(event: NewAdminEvent): Promise<number>;
  /** The tenant's events in order, after `after` (a seq), at most `limit`. */
  list(tenantId: string, options?: { after?: number; limit?: number }): Promise<AdminEvent[]>;
}

export type AccountPatch = Partial<Omit<AdminAccount, "tenantId" | "id" | "email" | "createdAt">>;

export interface AdminStore {
  createAccount(account: AdminAccount): Promise<void>;
  /** Sign-in's lookup: by e-mail across tenants. */
  findAccountByEmail(email: string): Promise<AdminAccount | undefined>;
  getAccount(tenantId: string, id: string): Promise<AdminAccount | undefined>;
  /** Accounts of one tenant; all tenants only when omitted (the CLI's operator view). */
  listAccounts(tenantId?: string): Promise<AdminAccount[]>;
  /** False when there is no such account in the tenant. */
  updateAccount(tenantId: string, id: string, patch: AccountPatch): Promise<boolean>;
  /**
   * Records `step` as the last accepted TOTP step only if it is later than
   * the stored one and the account is not locked at `now`: an atomic
   * check-and-set, so two requests racing with the same code cannot both
   * succeed, and a lock set by a racing failure wins.
   */
  acceptTotpStep(tenantId: string, id: string, step: number, now: number): Promise<boolean>;
  /**
   * Changes a subject's lockout state atomically, across processes: `decide`
   * gets the state as stored now (not as read earlier by the request, which
   * parallel attempts would make stale) and returns the change to apply.
   * Returns the state after the change; undefined when there is no such
   * account. An unknown e-mail's state starts fresh and is kept until it may
   * be forgotten (lockout.ts `forgetAt`), in a table of bounded size; `now`
   * is the clock that expiry is judged by.
   */
  changeLockout(subject: LockoutSubject, now: number, decide: (current: LockoutState) => Partial<LockoutState>): Promise<LockoutState | undefined>;
  /**
   * Uses the account's enrolment token if `hash` is it, it has not expired
   * at `now`, and the account has no TOTP enrolled: an atomic check-and-clear,
   * so a token opens one enrolment even to racing sign-ins.
   */
  consumeEnrolmentToken(tenantId: string, id: string, hash: string, now: number): Promise<boolean>;

  /** Replaces the account's recovery codes (hashes). */
  setRecoveryCodes(accountId: string, hashes: readonly string[], at: number): Promise<void>;
  /** Marks an unused code used; false when no such unused code exists. */
  useRecoveryCode(accountId: string, hash: string, at: number): Promise<boolean>;
  countRecoveryCodes(accountId: string): Promise<number>;

  addCredential(c: WebAuthnCredentialRecord): Promise<void>;
  listCredentials(accountId: string): Promise<WebAuthnCredentialRecord[]>;
  /** Stores the new signature counter (only if it moved forward) and the use time. */
  useCredential(accountId: string, id: string, counter: number, at: number): Promise<boolean>;
  /** Removes every second factor: TOTP, recovery codes, WebAuthn credentials. */
  resetMfa(tenantId: string, accountId: string): Promise<boolean>;

  createSession(s: AdminSession): Promise<void>;
  getSession(idHash: string): Promise<AdminSession | undefined>;
  updateSession(idHash: string, patch: Partial<Pick<AdminSession, "lastSeenAt" | "stepUpAt" | "challenge" | "challengePurpose">>): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Ends every session of the account; returns how many there were. */
  deleteSessionsOf(accountId: string): Promise<number>;

  events: AdminEventStore;
}
