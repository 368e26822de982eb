/**
 * The one access hook every admin route passes, before its body is even
 * validated: session cookie → live session (idle/absolute timeouts) →
 * CSRF token on state-changing methods → session stage → role permission →
 * access policies (explicit mode only) → step-up freshness. Each refusal is
 * an AdminError; refusals of a signed-in admin are recorded as events.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { SESSION_COOKIE, sessionExpiry, tokenHash, tokenMatches } from "../identity/admin/sessions.js";
import type { Access, AdminDeps } from "./context.js";
import { AdminError } from "./errors.js";
import { recordEvent } from "./events.js";
import { can } from "./permissions.js";
import { type AdminPolicies, adminAction, decideAdminAction } from "./policies.js";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const FULL: Access = { auth: "session" };

const unauthenticated = (message: string, code = "unauthenticated") => new AdminError(401, "authentication_error", code, message);

export function installAccessHook(app: FastifyInstance, deps: AdminDeps, policies: AdminPolicies): void {
  const { store, config, now } = deps;
  const timeouts = { idle: config.sessionIdle, absolute: config.sessionAbsolute };

  app.addHook("onRequest", async (req: FastifyRequest) => {
    req.admin = null;
    const access = req.routeOptions.config?.access ?? FULL;
    // Defence in depth next to SameSite and the CSRF token: a browser names the page that sent a
    // request, and only the admin origin's own pages may change anything (login included).
    const origin = req.headers.origin;
    if (STATE_CHANGING.has(req.method) && origin !== undefined && origin !== config.origin) {
      throw new AdminError(403, "permission_error", "csrf_failed", `Requests from origin ${origin.slice(0, 100)} are refused: the admin API accepts changes only from ${config.origin}.`);
    }
    if (access.auth === "none") return;
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) throw unauthenticated("Sign in first: POST /admin/v1/auth/login.");
    const idHash = tokenHash(cookie);
    const session = await store.admin.getSession(idHash);
    if (!session) throw unauthenticated("This session is not valid (signed out or expired). Sign in again.");
    const t = now();
    const expired = sessionExpiry(session, timeouts, t);
    if (expired) {
      await store.admin.deleteSession(idHash);
      throw unauthenticated(`This session has expired: ${expired}. Sign in again.`, "session_expired");
    }
    const account = await store.admin.getAccount(session.tenantId, session.accountId);
    if (!account || account.disabledAt !== null) {
      await store.admin.deleteSession(idHash);
      throw unauthenticated("This session is not valid (signed out or expired). Sign in again.");
    }
    req.admin = { session, account };
    const action = `${req.method} ${req.routeOptions.url ?? req.url}`;
    const deny = async (error: AdminError, reason: string) => {
      await recordEvent(deps, req, { action: "access.denied", outcome: "denied", target: action, detail: { reason: error.code, why: reason } });
      throw error;
    };
    if (STATE_CHANGING.has(req.method)) {
      const presented = req.headers["x-csrf-token"];
      if (!tokenMatches(typeof presented === "string" ? presented : undefined, session.csrfHash)) {
        await deny(
          new AdminError(403, "permission_error", "csrf_failed", "Missing or wrong x-csrf-token header: send the csrfToken this session was given at sign-in."),
          presented ? "wrong token" : "missing token",
        );
      }
    }
    const stages = access.stages ?? ["full"];
    if (!stages.includes(session.stage)) {
      if (session.stage === "full") throw new AdminError(409, "invalid_request_error", "already_signed_in", "This session is already fully signed in.");
      const next = session.stage === "enroll-totp" ? "enrol TOTP (POST /admin/v1/auth/totp/enroll)" : "present a second factor (POST /admin/v1/auth/totp, /auth/recovery or /auth/webauthn/verify)";
      throw new AdminError(403, "permission_error", "sign_in_incomplete", `Sign-in is not complete: ${next}.`);
    }
    if (access.permission && !can(account.role, access.permission)) {
      await deny(
        new AdminError(403, "permission_error", "permission_denied", `Role ${account.role} does not have permission ${access.permission}.`),
        `role ${account.role} lacks ${access.permission}`,
      );
    }
    // With explicit policies the admin plane is governed like the data plane: the role says what an
    // admin may do at all, a policy says whether this admin may administer the tenant from here, now.
    // In implicit mode (no `policies:` key) the role matrix alone decides.
    const policyAction = policies.implicit ? undefined : adminAction(req.routeOptions.url ?? req.url, app.prefix);
    if (policyAction) {
      let decision: Awaited<ReturnType<typeof decideAdminAction>>;
      try {
        decision = await decideAdminAction(policies, account, policyAction, req.ip, t);
      } catch {
        throw new AdminError(503, "server_error", "policy_unavailable", "The access policies could not be loaded; the request is refused.");
      }
      if (!decision.allow) {
        await deny(new AdminError(403, "permission_error", "policy_denied", decision.explanation), `${policyAction}: ${decision.explanation}`);
      }
    }
    if (access.stepUp && (session.stepUpAt === null || t - session.stepUpAt > config.stepUpWindow)) {
      await deny(
        new AdminError(
          403,
          "permission_error",
          "step_up_required",
          `This action needs a second factor presented within the last ${Math.round(config.stepUpWindow / 60_000)} minutes: POST /admin/v1/auth/step-up, then retry.`,
        ),
        "no recent second factor",
      );
    }
    await store.admin.updateSession(idHash, { lastSeenAt: t });
  });
}
