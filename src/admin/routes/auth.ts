/**
 * /admin/v1/auth/*: sign-in (password, then TOTP enrolment or a second
 * factor), WebAuthn registration, step-up and sign-out.
 */
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import type { FastifyInstance } from "fastify";
import { accountView, normaliseEmail } from "../../identity/admin/accounts.js";
import { enrolmentTokenMatches } from "../../identity/admin/enrolment.js";
import { verifyPassword } from "../../identity/admin/passwords.js";
import { newRecoveryCodes } from "../../identity/admin/recovery-codes.js";
import { SESSION_COOKIE, tokenHash } from "../../identity/admin/sessions.js";
import { checkTotp, newTotpSecret, otpauthUri, qrSvg } from "../../identity/admin/totp.js";
import { authenticationOptions, registrationOptions, verifyRegistration } from "../../identity/admin/webauthn.js";
import { type AdminDeps, signedIn } from "../context.js";
import { AdminError } from "../errors.js";
import { recordEvent } from "../events.js";
import {
  accountAttempt,
  COOKIE_OPTIONS,
  checkRecoveryFactor,
  checkTotpFactor,
  checkWebAuthnFactor,
  completeSignIn,
  failAttempt,
  passAttempt,
  reserveAttempt,
  startSession,
  totpAad,
  unknownAttempt,
} from "../sign-in.js";
import { accountSchema, body, ok, TAG_AUTH } from "./schemas.js";

const code = { type: "string", minLength: 1, maxLength: 64 } as const;
const credentialJson = { type: "object", additionalProperties: true } as const;
const csrfResult = { type: "object", properties: { next: { type: "string" }, csrfToken: { type: "string" }, account: accountSchema }, required: ["next", "csrfToken"] } as const;

const wrongCredentials = () => new AdminError(401, "authentication_error", "invalid_credentials", "Wrong e-mail or password.");

const ENROLMENT_HELP =
  "It is shown once to whoever created the account or reset its MFA; an owner can issue a new one (POST /admin/v1/admins/{id}/enrolment-token) and so can the CLI (wardgate admin enrolment-token --email …).";
const tokenRequired = () =>
  new AdminError(401, "authentication_error", "enrolment_token_required", `This account has no second factor yet: sign in with its password and its one-time enrolment token (enrolmentToken) to enrol TOTP. ${ENROLMENT_HELP}`);
const tokenInvalid = () => new AdminError(401, "authentication_error", "invalid_enrolment_token", `The enrolment token is not valid (wrong, expired, or already used). ${ENROLMENT_HELP}`);

export function authRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const { store, keyring, now } = deps;

  app.post<{ Body: { email: string; password: string; enrolmentToken?: string } }>(
    "/auth/login",
    {
      config: { access: { auth: "none" } },
      schema: {
        tags: [TAG_AUTH],
        summary: "Sign in with e-mail and password (and, for an account without TOTP, its one-time enrolment token); starts a session limited to TOTP enrolment or the second factor",
        security: [],
        body: body(
          {
            email: { type: "string", minLength: 3, maxLength: 320 },
            password: { type: "string", minLength: 1, maxLength: 1024 },
            enrolmentToken: { type: "string", minLength: 1, maxLength: 128 },
          },
          ["email", "password"],
        ),
        response: ok({
          type: "object",
          properties: {
            next: { type: "string", enum: ["enroll-totp", "second-factor"] },
            csrfToken: { type: "string" },
            otpauthUri: { type: "string" },
            qrSvg: { type: "string" },
            methods: { type: "array", items: { type: "string" } },
          },
          required: ["next", "csrfToken"],
        }),
      },
    },
    async (req, reply) => {
      const email = normaliseEmail(req.body.email);
      const account = await store.admin.findAccountByEmail(email);
      // An e-mail with no account goes through the same steps, counted in the store like an account,
      // and verifies against a dummy hash: its answers, their order and their time tell nothing.
      // (The attempted e-mail is not recorded: people type passwords into the wrong field.)
      const attempt = account ? accountAttempt(account) : unknownAttempt(deps, email);
      await reserveAttempt(deps, req, attempt, "auth.login");
      const passwordOk = await verifyPassword(account?.passwordHash, req.body.password);
      if (!account || !passwordOk || account.disabledAt !== null) {
        return failAttempt(deps, req, attempt, "auth.login", account?.disabledAt != null ? "account disabled" : "wrong e-mail or password", wrongCredentials());
      }
      const enrolling = account.totpSecret === null;
      if (enrolling) {
        const presented = req.body.enrolmentToken;
        if (presented === undefined) return failAttempt(deps, req, attempt, "auth.login", "enrolment token missing", tokenRequired());
        if (!enrolmentTokenMatches(account, presented, now())) return failAttempt(deps, req, attempt, "auth.login", "wrong or expired enrolment token", tokenInvalid());
      }
      await passAttempt(deps, req, attempt, "auth.login", false);
      // Used up by this sign-in (atomically: of sign-ins racing with one token, one gets the URI).
      if (enrolling && !(await store.admin.consumeEnrolmentToken(account.tenantId, account.id, account.enrolmentTokenHash!, now()))) {
        await recordEvent(deps, req, { action: "auth.login", outcome: "failure", tenantId: account.tenantId, target: account.id, detail: { reason: "enrolment token already used" } });
        throw tokenInvalid();
      }
      // Signing in again ends the session this browser had (the new cookie replaces it).
      const old = req.cookies[SESSION_COOKIE];
      if (old) await store.admin.deleteSession(tokenHash(old));
      const factor = enrolling ? "password+enrolment-token" : "password";
      await recordEvent(deps, req, { action: "auth.login", outcome: "success", tenantId: account.tenantId, actor: account.id, target: account.id, detail: { factor } });
      if (enrolling) {
        const secret = newTotpSecret();
        await store.admin.updateAccount(account.tenantId, account.id, { totpPending: keyring.seal(account.tenantId, secret, totpAad(account.id)) });
        const csrfToken = await startSession(deps, req, reply, account, "enroll-totp");
        const uri = otpauthUri(secret, deps.config.rpName, account.email);
        return { next: "enroll-totp", csrfToken, otpauthUri: uri, qrSvg: await qrSvg(uri) };
      }
      const csrfToken = await startSession(deps, req, reply, account, "second-factor");
      const methods = ["totp"];
      if ((await store.admin.listCredentials(account.id)).length) methods.push("webauthn");
      if ((await store.admin.countRecoveryCodes(account.id)) > 0) methods.push("recovery");
      return { next: "second-factor", csrfToken, methods };
    },
  );

  app.post<{ Body: { code: string } }>(
    "/auth/totp/enroll",
    {
      config: { access: { auth: "session", stages: ["enroll-totp"] } },
      schema: {
        tags: [TAG_AUTH],
        summary: "Confirm TOTP enrolment with a code; returns the recovery codes once and completes sign-in",
        body: body({ code }, ["code"]),
        response: ok({ ...csrfResult, properties: { ...csrfResult.properties, recoveryCodes: { type: "array", items: { type: "string" } } } }),
      },
    },
    async (req, reply) => {
      const { account } = signedIn(req);
      if (account.totpPending === null) throw new AdminError(400, "invalid_request_error", "no_enrolment", "No TOTP enrolment is in progress: sign in again.");
      const attempt = accountAttempt(account);
      await reserveAttempt(deps, req, attempt, "auth.totp-enroll");
      const secret = keyring.open(account.tenantId, account.totpPending, totpAad(account.id)).toString("utf8");
      const step = await checkTotp(secret, req.body.code, now(), null);
      if (step === undefined) {
        await failAttempt(deps, req, attempt, "auth.totp-enroll", "wrong TOTP code", new AdminError(401, "authentication_error", "invalid_code", "The code is not valid: check the authenticator app's clock and try the current code."));
      }
      // Not while locked: the enrolment is committed only after the re-check.
      await passAttempt(deps, req, attempt, "auth.totp-enroll", true);
      await store.admin.updateAccount(account.tenantId, account.id, { totpSecret: account.totpPending, totpPending: null, totpLastStep: step! });
      const { codes, hashes } = newRecoveryCodes(account.id);
      await store.admin.setRecoveryCodes(account.id, hashes, now());
      await recordEvent(deps, req, { action: "auth.totp-enroll", outcome: "success", target: account.id });
      const csrfToken = await completeSignIn(deps, req, reply, "totp-enroll");
      // The view of the account as it is now: enrolled.
      return { next: "done", csrfToken, recoveryCodes: codes, account: accountView({ ...account, totpSecret: account.totpPending, totpPending: null }, now()) };
    },
  );

  const secondFactor = { auth: "session", stages: ["second-factor"] } as const;

  app.post<{ Body: { code: string } }>(
    "/auth/totp",
    { config: { access: secondFactor }, schema: { tags: [TAG_AUTH], summary: "Complete sign-in with a TOTP code", body: body({ code }, ["code"]), response: ok(csrfResult) } },
    async (req, reply) => {
      const { account } = signedIn(req);
      await checkTotpFactor(deps, req, account, req.body.code, "auth.second-factor");
      return { next: "done", csrfToken: await completeSignIn(deps, req, reply, "totp"), account: accountView(account, now()) };
    },
  );

  app.post<{ Body: { code: string } }>(
    "/auth/recovery",
    {
      config: { access: secondFactor },
      schema: {
        tags: [TAG_AUTH],
        summary: "Complete sign-in with a one-time recovery code",
        body: body({ code }, ["code"]),
        response: ok({ ...csrfResult, properties: { ...csrfResult.properties, recoveryCodesLeft: { type: "integer" } } }),
      },
    },
    async (req, reply) => {
      const { account } = signedIn(req);
      await checkRecoveryFactor(deps, req, account, req.body.code, "auth.second-factor");
      const csrfToken = await completeSignIn(deps, req, reply, "recovery-code");
      return { next: "done", csrfToken, account: accountView(account, now()), recoveryCodesLeft: await store.admin.countRecoveryCodes(account.id) };
    },
  );

  app.post(
    "/auth/webauthn/options",
    {
      config: { access: { auth: "session", stages: ["second-factor", "full"] } },
      schema: { tags: [TAG_AUTH], summary: "WebAuthn assertion options (a fresh challenge) for sign-in or step-up", response: ok(credentialJson) },
    },
    async (req) => {
      const { account, session } = signedIn(req);
      const credentials = await store.admin.listCredentials(account.id);
      if (!credentials.length) throw new AdminError(400, "invalid_request_error", "no_webauthn_credentials", "This account has no WebAuthn credential registered.");
      const options = await authenticationOptions(deps.rp, credentials);
      await store.admin.updateSession(session.idHash, { challenge: options.challenge, challengePurpose: "authenticate" });
      return options;
    },
  );

  app.post<{ Body: { response: AuthenticationResponseJSON } }>(
    "/auth/webauthn/verify",
    {
      config: { access: secondFactor },
      schema: { tags: [TAG_AUTH], summary: "Complete sign-in with a WebAuthn assertion", body: body({ response: credentialJson }, ["response"]), response: ok(csrfResult) },
    },
    async (req, reply) => {
      const { account } = signedIn(req);
      await checkWebAuthnFactor(deps, req, account, req.body.response, "auth.second-factor");
      return { next: "done", csrfToken: await completeSignIn(deps, req, reply, "webauthn"), account: accountView(account, now()) };
    },
  );

  app.post<{ Body: { code?: string; recoveryCode?: string; webauthn?: AuthenticationResponseJSON } }>(
    "/auth/step-up",
    {
      config: { access: { auth: "session" } },
      schema: {
        tags: [TAG_AUTH],
        summary: "Present a fresh second factor (TOTP code or WebAuthn assertion) for sensitive actions",
        body: { ...body({ code, webauthn: credentialJson }, []), minProperties: 1, maxProperties: 1 },
        response: ok({ type: "object", properties: { stepUpUntil: { type: "string" } }, required: ["stepUpUntil"] }),
      },
    },
    async (req) => {
      const { account, session } = signedIn(req);
      if (req.body.code !== undefined) await checkTotpFactor(deps, req, account, req.body.code, "auth.step-up");
      else await checkWebAuthnFactor(deps, req, account, req.body.webauthn!, "auth.step-up");
      const t = now();
      await store.admin.updateSession(session.idHash, { stepUpAt: t });
      await recordEvent(deps, req, { action: "auth.step-up", outcome: "success", target: account.id, detail: { method: req.body.code !== undefined ? "totp" : "webauthn" } });
      return { stepUpUntil: new Date(t + deps.config.stepUpWindow).toISOString() };
    },
  );

  app.post(
    "/auth/webauthn/register/options",
    {
      config: { access: { auth: "session", stepUp: true } },
      schema: { tags: [TAG_AUTH], summary: "WebAuthn registration options for adding a security key or passkey (needs step-up)", response: ok(credentialJson) },
    },
    async (req) => {
      const { account, session } = signedIn(req);
      const options = await registrationOptions(deps.rp, account, await store.admin.listCredentials(account.id));
      await store.admin.updateSession(session.idHash, { challenge: options.challenge, challengePurpose: "register" });
      return options;
    },
  );

  app.post<{ Body: { response: RegistrationResponseJSON } }>(
    "/auth/webauthn/register/verify",
    {
      config: { access: { auth: "session", stepUp: true } },
      schema: {
        tags: [TAG_AUTH],
        summary: "Register a WebAuthn credential as an additional second factor (needs step-up)",
        body: body({ response: credentialJson }, ["response"]),
        response: ok({ type: "object", properties: { credentialId: { type: "string" } }, required: ["credentialId"] }),
      },
    },
    async (req) => {
      const { account, session } = signedIn(req);
      if (session.challenge === null || session.challengePurpose !== "register") {
        throw new AdminError(400, "invalid_request_error", "no_challenge", "Ask for registration options first: POST /admin/v1/auth/webauthn/register/options.");
      }
      await store.admin.updateSession(session.idHash, { challenge: null, challengePurpose: null });
      const credential = await verifyRegistration(deps.rp, account.id, session.challenge, req.body.response, now());
      if (!credential) {
        await recordEvent(deps, req, { action: "auth.webauthn-register", outcome: "failure", target: account.id });
        throw new AdminError(400, "invalid_request_error", "invalid_webauthn", "The security key's registration did not verify.");
      }
      await store.admin.addCredential(credential);
      await recordEvent(deps, req, { action: "auth.webauthn-register", outcome: "success", target: account.id, detail: { credentialId: credential.id } });
      return { credentialId: credential.id };
    },
  );

  app.post(
    "/auth/logout",
    {
      config: { access: { auth: "session", stages: ["enroll-totp", "second-factor", "full"] } },
      schema: { tags: [TAG_AUTH], summary: "End this session", response: ok({ type: "object", properties: { signedOut: { type: "integer" } }, required: ["signedOut"] }) },
    },
    async (req, reply) => {
      const { session, account } = signedIn(req);
      await store.admin.deleteSession(session.idHash);
      reply.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS);
      await recordEvent(deps, req, { action: "auth.logout", outcome: "success", target: account.id });
      return { signedOut: 1 };
    },
  );

  app.post(
    "/auth/logout-all",
    {
      config: { access: { auth: "session" } },
      schema: { tags: [TAG_AUTH], summary: "End every session of this account, everywhere", response: ok({ type: "object", properties: { signedOut: { type: "integer" } }, required: ["signedOut"] }) },
    },
    async (req, reply) => {
      const { account } = signedIn(req);
      const n = await store.admin.deleteSessionsOf(account.id);
      reply.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS);
      await recordEvent(deps, req, { action: "auth.logout-all", outcome: "success", target: account.id, detail: { sessions: n } });
      return { signedOut: n };
    },
  );
}
