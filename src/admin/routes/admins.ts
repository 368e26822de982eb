/** /admin/v1/admins (owner): list, create, disable, reset MFA. Writes need step-up. */
import type { FastifyInstance } from "fastify";
import { AccountError, accountView, createAdmin } from "../../identity/admin/accounts.js";
import { ADMIN_ROLES } from "../../identity/admin/admin-store.js";
import { type AdminDeps, signedIn } from "../context.js";
import { AdminError, conflict, invalid, notFound } from "../errors.js";
import { recordEvent } from "../events.js";
import { accountSchema, body, idParams, listOf, ok, TAG_ADMINS } from "./schemas.js";

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
        summary: "Create an admin in this tenant; they enrol TOTP at first sign-in (needs step-up)",
        body: body({ email: { type: "string", maxLength: 320 }, role: { type: "string", enum: [...ADMIN_ROLES] }, password: { type: "string", maxLength: 1024 } }, ["email", "role", "password"]),
        response: ok(accountSchema, 201),
      },
    },
    async (req, reply) => {
      try {
        const a = await createAdmin(store.admin, { tenantId: signedIn(req).account.tenantId, email: req.body.email, role: req.body.role, password: req.body.password, now: now() });
        await recordEvent(deps, req, { action: "admins.create", outcome: "success", target: a.id, detail: { role: a.role } });
        return reply.code(201).send(accountView(a, now()));
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
      schema: { tags: [TAG_ADMINS], summary: "Remove an admin's second factors and sessions; they enrol again at next sign-in (needs step-up)", params: idParams, response: ok(accountSchema) },
    },
    async (req) => {
      const me = signedIn(req).account;
      if (!(await store.admin.resetMfa(me.tenantId, req.params.id))) throw notFound("Admin");
      await recordEvent(deps, req, { action: "admins.reset-mfa", outcome: "success", target: req.params.id });
      return accountView((await store.admin.getAccount(me.tenantId, req.params.id))!, now());
    },
  );
}
