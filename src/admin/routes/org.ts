/** /admin/v1/me, /teams and /principals: every query is bound to the admin's tenant. */
import type { FastifyInstance } from "fastify";
import { accountView } from "../../identity/admin/accounts.js";
import type { PrincipalKind, PrincipalRecord, Team } from "../../identity/org.js";
import { type AdminDeps, signedIn } from "../context.js";
import { conflict, notFound } from "../errors.js";
import { recordEvent } from "../events.js";
import { accountSchema, body, idParams, listOf, ok, orgId, principalSchema, TAG_ADMINS, TAG_ORG, teamSchema } from "./schemas.js";

const iso = (t: number) => new Date(t).toISOString();
const teamView = (t: Team) => ({ id: t.id, name: t.name, createdAt: iso(t.createdAt) });
const principalView = (p: PrincipalRecord) => ({
  id: p.id,
  kind: p.kind,
  team: p.teamId,
  roles: p.roles,
  status: p.disabledAt === null ? "active" : "disabled",
  createdAt: iso(p.createdAt),
});
const roles = { type: "array", items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, maxItems: 64, uniqueItems: true } as const;

export function orgRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const { store, now } = deps;

  app.get(
    "/me",
    { config: { access: { auth: "session" } }, schema: { tags: [TAG_ADMINS], summary: "The signed-in admin", response: ok({ type: "object", properties: { account: accountSchema, stepUpUntil: { type: ["string", "null"] } }, required: ["account"] }) } },
    async (req) => {
      const { account, session } = signedIn(req);
      const until = session.stepUpAt === null ? null : session.stepUpAt + deps.config.stepUpWindow;
      return { account: accountView(account, now()), stepUpUntil: until !== null && until > now() ? iso(until) : null };
    },
  );

  app.get(
    "/teams",
    { config: { access: { auth: "session", permission: "teams:read" } }, schema: { tags: [TAG_ORG], summary: "List teams", response: ok(listOf("teams", teamSchema)) } },
    async (req) => ({ teams: (await store.org.listTeams(signedIn(req).account.tenantId)).map(teamView) }),
  );

  app.post<{ Body: { id: string; name?: string } }>(
    "/teams",
    {
      config: { access: { auth: "session", permission: "teams:write" } },
      schema: { tags: [TAG_ORG], summary: "Create a team", body: body({ id: orgId, name: { type: "string", minLength: 1, maxLength: 200 } }, ["id"]), response: ok(teamSchema, 201) },
    },
    async (req, reply) => {
      const tenant = signedIn(req).account.tenantId;
      if (await store.org.getTeam(tenant, req.body.id)) throw conflict(`id: a team "${req.body.id}" already exists`);
      const team: Team = { tenantId: tenant, id: req.body.id, name: req.body.name ?? req.body.id, createdAt: now() };
      await store.org.createTeam(team);
      await recordEvent(deps, req, { action: "teams.create", outcome: "success", target: team.id });
      return reply.code(201).send(teamView(team));
    },
  );

  app.delete<{ Params: { id: string } }>(
    "/teams/:id",
    {
      config: { access: { auth: "session", permission: "teams:write" } },
      schema: { tags: [TAG_ORG], summary: "Delete a team (its principals stay, without a team)", params: idParams, response: ok({ type: "object", properties: { deleted: { type: "string" } } }) },
    },
    async (req) => {
      if (!(await store.org.deleteTeam(signedIn(req).account.tenantId, req.params.id))) throw notFound("Team");
      await recordEvent(deps, req, { action: "teams.delete", outcome: "success", target: req.params.id });
      return { deleted: req.params.id };
    },
  );

  app.get<{ Querystring: { includeDisabled?: boolean; team?: string } }>(
    "/principals",
    {
      config: { access: { auth: "session", permission: "principals:read" } },
      schema: {
        tags: [TAG_ORG],
        summary: "List principals",
        querystring: { type: "object", additionalProperties: false, properties: { includeDisabled: { type: "boolean" }, team: orgId } },
        response: ok(listOf("principals", principalSchema)),
      },
    },
    async (req) => {
      const list = await store.org.listPrincipals(signedIn(req).account.tenantId, {
        includeDisabled: req.query.includeDisabled ?? false,
        ...(req.query.team !== undefined ? { teamId: req.query.team } : {}),
      });
      return { principals: list.map(principalView) };
    },
  );

  const requireTeam = async (tenant: string, team: string | null | undefined) => {
    if (team != null && !(await store.org.getTeam(tenant, team))) throw notFound("Team");
  };

  app.post<{ Body: { id: string; kind?: PrincipalKind; team?: string | null; roles?: string[] } }>(
    "/principals",
    {
      config: { access: { auth: "session", permission: "principals:write" } },
      schema: {
        tags: [TAG_ORG],
        summary: "Create a principal (a service or a person that calls the data plane)",
        body: body({ id: orgId, kind: { type: "string", enum: ["service", "user"] }, team: { anyOf: [orgId, { type: "null" }] }, roles }, ["id"]),
        response: ok(principalSchema, 201),
      },
    },
    async (req, reply) => {
      const tenant = signedIn(req).account.tenantId;
      if (await store.org.getPrincipal(tenant, req.body.id)) throw conflict(`id: a principal "${req.body.id}" already exists`);
      await requireTeam(tenant, req.body.team);
      const p: PrincipalRecord = { tenantId: tenant, id: req.body.id, kind: req.body.kind ?? "service", teamId: req.body.team ?? null, roles: req.body.roles ?? [], createdAt: now(), disabledAt: null };
      await store.org.putPrincipal(p);
      await recordEvent(deps, req, { action: "principals.create", outcome: "success", target: p.id, detail: { team: p.teamId, roles: p.roles } });
      return reply.code(201).send(principalView(p));
    },
  );

  app.patch<{ Params: { id: string }; Body: { team?: string | null; roles?: string[] } }>(
    "/principals/:id",
    {
      config: { access: { auth: "session", permission: "principals:write" } },
      schema: {
        tags: [TAG_ORG],
        summary: "Change a principal's team or roles",
        params: idParams,
        body: { ...body({ team: { anyOf: [orgId, { type: "null" }] }, roles }, []), minProperties: 1 },
        response: ok(principalSchema),
      },
    },
    async (req) => {
      const tenant = signedIn(req).account.tenantId;
      const p = await store.org.getPrincipal(tenant, req.params.id);
      if (!p) throw notFound("Principal");
      await requireTeam(tenant, req.body.team);
      const next = { ...p, ...(req.body.team !== undefined ? { teamId: req.body.team } : {}), ...(req.body.roles ? { roles: req.body.roles } : {}) };
      await store.org.putPrincipal(next);
      await recordEvent(deps, req, { action: "principals.update", outcome: "success", target: p.id, detail: { team: next.teamId, roles: next.roles } });
      return principalView(next);
    },
  );

  app.post<{ Params: { id: string } }>(
    "/principals/:id/disable",
    {
      config: { access: { auth: "session", permission: "principals:write" } },
      schema: { tags: [TAG_ORG], summary: "Disable a principal: its keys stop working at once", params: idParams, response: ok(principalSchema) },
    },
    async (req) => {
      const tenant = signedIn(req).account.tenantId;
      const p = await store.org.getPrincipal(tenant, req.params.id);
      if (!p) throw notFound("Principal");
      if (p.disabledAt !== null) return principalView(p);
      await store.org.disablePrincipal(tenant, req.params.id, now());
      await recordEvent(deps, req, { action: "principals.disable", outcome: "success", target: req.params.id });
      return principalView((await store.org.getPrincipal(tenant, req.params.id))!);
    },
  );
}
