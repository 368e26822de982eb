/**
 * /admin/v1/admins (owner): list, create, disable, reset MFA, issue an
 * enrolment token. Writes need step-up. Creating or resetting an account
 * answers with its one-time enrolment token (the only time it is shown).
 */
import type { FastifyInstance } from "fastify";
import { AccountError, accountView, createAdmin } from "../../identity/admin/accounts.js";
import { ADMIN_ROLES } from "../../identity/admin/admin-store.js";
import { type IssuedEnrolmentToken, issueEnrolmentToken, resetMfa } from "../../identity/admin/enrolment.js";
import { type AdminDeps, signedIn } from "../context.js";
import { AdminError, conflict, invalid, notFound } from "../errors.js";
import { recordEvent } from "../events.js";
import { accountSchema, body, idParams, listOf, ok, TAG_ADMINS } from "./schemas.js";

const enrolmentProperties = {
  enrolmentToken: { type: "string", description: "one-time token the admin needs, with their password, to enrol TOTP; shown only in this response" },
  enrolmentTokenExpiresAt: { type: "string" },
} as const;
const enrolmentSchema = { type: "object", properties: enrolmentProperties, required: ["enrolmentToken", "enrolmentTokenExpiresAt"] } as const;
const accountWithEnrolment = { ...accountSchema, properties: { ...accountSchema.properties, ...enrolmentProperties }, required: ["enrolmentToken", "enrolmentTokenExpiresAt"] } as const;

const enrolmentView = (t: IssuedEnrolmentToken) => ({ enrolmentToken: t.token, enrolmentTokenExpiresAt: new Date(t.expiresAt).toISOString() });

export function adminRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const { store, now } = deps;
  const write = { auth: "session", permission: "admins:write", stepUp: true } as const;

  app.get(
    "/admins",
    { config: { access: { auth: "session", permission: "admins:read" } }, schema: { tags: [TAG_ADMINS], summary: "List admin accounts of this tenant", response: ok(listOf("admins", accountSchema)) } },
    async (req) => ({ admins: (await store.admin.listAccounts(signedIn(req).account.tenantId)).map((a) => accountView(a, now())) }),
  );

  app.post<{ Body: { email: string; role: string; password: string } }>(
    "/admins",
    {
      config: { access: write },
      schema: {
        tags: [TAG_ADMINS],
        summary: "Create an admin in this tenant; they enrol TOTP at first sign-in with their password and the enrolment token in this response (needs step-up)",
        body: body({ email: { type: "string", maxLength: 320 }, role: { type: "string", enum: [...ADMIN_ROLES] }, password: { type: "string", maxLength: 1024 } }, ["email", "role", "password"]),
        response: ok(accountWithEnrolment, 201),
      },
    },
    async (req, reply) => {
      try {
        const a = await createAdmin(store.admin, { tenantId: signedIn(req).account.tenantId, email: req.body.email, role: req.body.role, password: req.body.password, now: now() });
        await recordEvent(deps, req, { action: "admins.create", outcome: "success", target: a.id, detail: { role: a.role, enrolmentTokenExpiresAt: new Date(a.enrolment.expiresAt).toISOString() } });
        return reply.code(201).send({ ...accountView(a, now()), ...enrolmentView(a.enrolment) });
      } catch (err) {
        if (err instanceof AccountError) throw err.kind === "conflict" ? conflict(err.message) : invalid(err.message);
        throw err;
      }
    },
  );

  app.post<{ Params: { id: string } }>(
    "/admins/:id/disable",
    { config: { access: write }, schema: { tags: [TAG_ADMINS], summary: "Disable an admin and end their sessions (needs step-up)", params: idParams, response: ok(accountSchema) } },
    async (req) => {
      const me = signedIn(req).account;
      const a = await store.admin.getAccount(me.tenantId, req.params.id);
      if (!a) throw notFound("Admin");
      if (a.id === me.id) throw new AdminError(409, "invalid_request_error", "conflict", "An admin cannot disable their own account.");
      if (a.disabledAt === null) {
        await store.admin.updateAccount(a.tenantId, a.id, { disabledAt: now() });
        await store.admin.deleteSessionsOf(a.id);
        await recordEvent(deps, req, { action: "admins.disable", outcome: "success", target: a.id });
      }
      return accountView((await store.admin.getAccount(a.tenantId, a.id))!, now());
    },
  );

  app.post<{ Params: { id: string } }>(
    "/admins/:id/reset-mfa",
    {
      config: { access: write },
      schema: {
        tags: [TAG_ADMINS],
        summary: "Remove an admin's second factors and sessions; they enrol again at next sign-in with the new enrolment token in this response (needs step-up)",
        params: idParams,
        response: ok(accountWithEnrolment),
      },
    },
    async (req) => {
      const me = signedIn(req).account;
      const token = await resetMfa(store.admin, me.tenantId, req.params.id, now());
      if (!token) throw notFound("Admin");
      await recordEvent(deps, req, { action: "admins.reset-mfa", outcome: "success", target: req.params.id, detail: { enrolmentTokenExpiresAt: new Date(token.expiresAt).toISOString() } });
      return { ...accountView((await store.admin.getAccount(me.tenantId, req.params.id))!, now()), ...enrolmentView(token) };
    },
  );

  app.post<{ Params: { id: string } }>(
    "/admins/:id/enrolment-token",
    {
      config: { access: write },
      schema: {
        tags: [TAG_ADMINS],
        summary: "Issue a new one-time enrolment token for an admin who has not enrolled TOTP yet, replacing any earlier one (needs step-up)",
        params: idParams,
        response: ok(enrolmentSchema),
      },
    },
    async (req) => {
      const me = signedIn(req).account;
      const a = await store.admin.getAccount(me.tenantId, req.params.id);
      if (!a) throw notFound("Admin");
      if (a.totpSecret !== null) throw conflict("This admin has TOTP enrolled and needs no enrolment token; to have them enrol again, reset their MFA (POST /admin/v1/admins/{id}/reset-mfa).");
      const token = (await issueEnrolmentToken(store.admin, a, now()))!;
      await recordEvent(deps, req, { action: "admins.enrolment-token", outcome: "success", target: a.id, detail: { enrolmentTokenExpiresAt: new Date(token.expiresAt).toISOString() } });
      return enrolmentView(token);
    },
  );
}
