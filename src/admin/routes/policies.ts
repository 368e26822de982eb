/**
 * /admin/v1/policies: the tenant's access rules. Config rules are listed
 * read-only (they change in git); stored rules are created, replaced and
 * deleted here, validated exactly like config rules (savePolicy), and apply
 * on the gateway's next request (the store's change token moves). Always the
 * session's tenant; a body naming another tenant is refused.
 * POST /policies/explain is a dry run, like `wardgate policy test`.
 */
import { isIP } from "node:net";
import type { FastifyInstance } from "fastify";
import { CLASSIFICATIONS, type Classification, type PolicyAction, type PolicyRule, RULE_ID_RE, type ResourceKind, VIAS } from "../../config/policy-schema.js";
import type { AuthMethod, Principal } from "../../identity/principal.js";
import type { StoredPolicy } from "../../policy/policy-store.js";
import { checkRule, PolicyValidationError, savePolicy } from "../../policy/validate.js";
import { type AdminDeps, signedIn } from "../context.js";
import { AdminError, invalid, notFound } from "../errors.js";
import { recordEvent } from "../events.js";
import type { AdminPolicies } from "../policies.js";
import { body, idParams, listOf, ok, orgId, TAG_POLICIES } from "./schemas.js";

const iso = (t: number) => new Date(t).toISOString();

const policySchema = {
  type: "object",
  properties: {
    id: { type: "string" },
    source: { type: "string", enum: ["config", "store"] },
    readOnly: { type: "boolean" },
    valid: { type: "boolean" },
    problems: { type: "array", items: { type: "string" } },
    rule: { type: "object", additionalProperties: true },
    createdAt: { type: ["string", "null"] },
    updatedAt: { type: ["string", "null"] },
  },
} as const;

const configView = (rule: PolicyRule) => ({ id: rule.id, source: "config", readOnly: true, valid: true, problems: [], rule, createdAt: null, updatedAt: null });

function storedView(s: StoredPolicy, knownProfiles: ReadonlySet<string>) {
  const { rule, problems } = checkRule(s.document, "policy", knownProfiles);
  return {
    id: s.id,
    source: "store",
    readOnly: false,
    valid: rule !== undefined,
    problems,
    rule: rule ?? (s.document && typeof s.document === "object" ? s.document : {}),
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

const readOnly = (id: string) =>
  new AdminError(409, "invalid_request_error", "policy_read_only", `Policy ${id} is defined in the config file; change it there (it is reviewed in git), not through the API.`);

interface ExplainBody {
  principal: string;
  team?: string | null;
  roles?: string[];
  claims?: Record<string, unknown>;
  via?: AuthMethod;
  action?: PolicyAction;
  model?: string;
  route?: string;
  tool?: string;
  ip?: string;
  at?: string;
  maxTokens?: number;
  classification?: Classification;
}

const name = { type: "string", minLength: 1, maxLength: 128 } as const;
const explainBody = body(
  {
    principal: orgId,
    team: { anyOf: [orgId, { type: "null" }] },
    roles: { type: "array", items: { type: "string", minLength: 1, maxLength: 64 }, maxItems: 64 },
    claims: { type: "object", additionalProperties: true, maxProperties: 64 },
    via: { type: "string", enum: [...VIAS] },
    action: { type: "string", enum: ["invoke", "use-tool", "administer", "read-audit"] },
    model: name,
    route: name,
    tool: name,
    ip: { type: "string", maxLength: 64 },
    at: { type: "string", format: "date-time" },
    maxTokens: { type: "integer", minimum: 1 },
    classification: { type: "string", enum: [...CLASSIFICATIONS] },
  },
  ["principal"],
);

const explainResponse = {
  type: "object",
  properties: {
    decision: { type: "string", enum: ["allow", "deny"] },
    action: { type: "string" },
    resource: { type: "string" },
    principal: { type: "object", additionalProperties: true },
    rule: { type: ["string", "null"] },
    source: { type: ["string", "null"] },
    code: { type: ["string", "null"] },
    explanation: { type: "string" },
  },
  required: ["decision", "explanation"],
} as const;

/** Which question the dry run asks: the action and the resource it is about (like the CLI's flags). */
function question(b: ExplainBody, tenant: string): { action: PolicyAction; kind: ResourceKind; name: string } {
  const named = [b.model, b.route, b.tool].filter((v) => v !== undefined).length;
  if (b.action === "administer" || b.action === "read-audit") {
    if (named) throw invalid(`body.action: ${b.action} is about the tenant; drop model, route and tool`);
    return { action: b.action, kind: "tenant", name: tenant };
  }
  if (named !== 1) throw invalid("body: expected exactly one of model, route or tool");
  if (b.tool !== undefined) {
    if (b.action === "invoke") throw invalid("body.action: a tool is asked about with use-tool");
    return { action: "use-tool", kind: "tool", name: b.tool };
  }
  if (b.action === "use-tool") throw invalid("body.action: use-tool needs tool");
  return b.model !== undefined ? { action: "invoke", kind: "model", name: b.model } : { action: "invoke", kind: "route", name: b.route! };
}

export function policyRoutes(app: FastifyInstance, deps: AdminDeps, policies: AdminPolicies): void {
  const { store, now } = deps;
  const configRules = (tenant: string) => policies.configRules.filter((r) => r.tenant === tenant);
  const inConfig = (tenant: string, id: string) => configRules(tenant).find((r) => r.id === id);

  app.get(
    "/policies",
    {
      config: { access: { auth: "session", permission: "policies:read" } },
      schema: {
        tags: [TAG_POLICIES],
        summary: "The tenant's access rules: the config's (read-only, source config) and the stored ones (source store)",
        response: ok({ ...listOf("policies", policySchema), properties: { policies: { type: "array", items: policySchema }, mode: { type: "string", enum: ["implicit", "explicit"] } } }),
      },
    },
    async (req) => {
      const tenant = signedIn(req).account.tenantId;
      const stored = (await store.policies.list(tenant)).map((s) => storedView(s, policies.knownProfiles));
      return { mode: policies.implicit ? "implicit" : "explicit", policies: [...configRules(tenant).map(configView), ...stored] };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/policies/:id",
    { config: { access: { auth: "session", permission: "policies:read" } }, schema: { tags: [TAG_POLICIES], summary: "One access rule", params: idParams, response: ok(policySchema) } },
    async (req) => {
      const tenant = signedIn(req).account.tenantId;
      const fromConfig = inConfig(tenant, req.params.id);
      if (fromConfig) return configView(fromConfig);
      const s = await store.policies.get(tenant, req.params.id);
      if (!s) throw notFound("Policy");
      return storedView(s, policies.knownProfiles);
    },
  );

  app.put<{ Params: { id: string }; Body: Record<string, unknown> }>(
    "/policies/:id",
    {
      config: { access: { auth: "session", permission: "policies:write", stepUp: true } },
      schema: {
        tags: [TAG_POLICIES],
        summary: "Create or replace a stored rule (validated like config rules; applies on the gateway's next request; needs step-up)",
        params: idParams,
        body: { type: "object", additionalProperties: true, description: "a policy rule: {effect?, description?, subjects, actions, resources, conditions?}; id and tenant default to the path's and the session's" },
        response: ok(policySchema),
      },
    },
    async (req, reply) => {
      const tenant = signedIn(req).account.tenantId;
      const id = req.params.id;
      if (!RULE_ID_RE.test(id)) throw invalid(`params.id: expected a rule id of letters, digits, '.', '_', ':' or '-' (at most 64), got "${id.slice(0, 80)}"`, "invalid_policy");
      if (req.body.id !== undefined && req.body.id !== id) throw invalid(`policy.id: expected "${id}" (the id in the path), got ${JSON.stringify(req.body.id).slice(0, 80)}`, "invalid_policy");
      if (inConfig(tenant, id)) throw readOnly(id);
      const existed = (await store.policies.get(tenant, id)) !== undefined;
      try {
        await savePolicy(store.policies, tenant, { ...req.body, id }, policies.knownProfiles, now());
      } catch (err) {
        if (!(err instanceof PolicyValidationError)) throw err;
        await recordEvent(deps, req, { action: existed ? "policies.update" : "policies.create", outcome: "failure", target: id, detail: { problems: err.problems.slice(0, 20) } });
        throw invalid(`The policy is invalid: ${err.problems.join("; ")}`, "invalid_policy");
      }
      const saved = (await store.policies.get(tenant, id))!;
      await recordEvent(deps, req, { action: existed ? "policies.update" : "policies.create", outcome: "success", target: id, detail: { rule: saved.document } });
      return reply.code(existed ? 200 : 201).send(storedView(saved, policies.knownProfiles));
    },
  );

  app.delete<{ Params: { id: string } }>(
    "/policies/:id",
    {
      config: { access: { auth: "session", permission: "policies:write", stepUp: true } },
      schema: { tags: [TAG_POLICIES], summary: "Delete a stored rule (needs step-up)", params: idParams, response: ok({ type: "object", properties: { deleted: { type: "string" } } }) },
    },
    async (req) => {
      const tenant = signedIn(req).account.tenantId;
      if (inConfig(tenant, req.params.id)) throw readOnly(req.params.id);
      const before = await store.policies.get(tenant, req.params.id);
      if (!before || !(await store.policies.delete(tenant, req.params.id))) throw notFound("Policy");
      await recordEvent(deps, req, { action: "policies.delete", outcome: "success", target: req.params.id, detail: { rule: before.document } });
      return { deleted: req.params.id };
    },
  );

  app.post<{ Body: ExplainBody }>(
    "/policies/explain",
    {
      config: { access: { auth: "session", permission: "policies:read" } },
      schema: {
        tags: [TAG_POLICIES],
        summary: "Dry run: would this request be allowed, by which rule, or why not (like `wardgate policy test`)",
        body: explainBody,
        response: ok(explainResponse),
      },
    },
    async (req) => {
      const tenant = signedIn(req).account.tenantId;
      const b = req.body;
      const q = question(b, tenant);
      if (b.ip !== undefined && isIP(b.ip) === 0) throw invalid(`body.ip: expected an IPv4 or IPv6 address, got "${b.ip.slice(0, 64)}"`);
      // Team and roles come from the stored principal of this tenant, when there is one; the body overrides.
      const stored = await store.org.getPrincipal(tenant, b.principal);
      const principal: Principal = {
        id: b.principal,
        tenant,
        team: b.team !== undefined ? b.team : (stored?.teamId ?? null),
        roles: b.roles ?? stored?.roles ?? [],
        ...(b.claims ? { claims: b.claims } : {}),
        via: b.via ?? "gateway-key",
        scope: null,
      };
      const g = policies.gateway;
      const target = q.kind === "model" ? g.models.find((m) => m.name === q.name) : q.kind === "route" ? g.routes.find((r) => r.name === q.name) : undefined;
      const decision = (await policies.live.forTenant(tenant)).evaluate({
        principal,
        action: q.action,
        kind: q.kind,
        name: q.name,
        sourceIp: b.ip ?? "",
        at: b.at !== undefined ? Date.parse(b.at) : now(),
        requestedTokens: b.maxTokens,
        guardProfile: target?.guard ?? g.guard.profile,
        classification: b.classification ?? target?.classification ?? "internal",
      });
      return {
        decision: decision.allow ? "allow" : "deny",
        action: q.action,
        resource: `${q.kind}:${q.name}`,
        principal: { id: principal.id, team: principal.team, roles: principal.roles, via: principal.via, stored: stored !== undefined },
        rule: decision.rule ?? null,
        source: decision.allow ? decision.grant : (decision.denial.reasons[0]?.source ?? null),
        code: decision.allow ? null : decision.denial.code,
        explanation: decision.explanation,
      };
    },
  );
}
