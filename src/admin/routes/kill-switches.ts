/**
 * /admin/v1/kill-switches: list, engage and lift (engaging and lifting need
 * step-up, as the issue asks for kill switches). A switch applies on the
 * gateway's next request of its tenant (the store's change token moves).
 */
import type { FastifyInstance } from "fastify";
import { checkKillSwitchInput, KILL_SWITCH_ID_RE, KILL_SWITCH_SCOPES, type KillSwitch, KillSwitchInputError, MAX_REASON, newKillSwitchId } from "../../incident/kill-switches.js";
import { type AdminDeps, signedIn } from "../context.js";
import { conflict, invalid, notFound } from "../errors.js";
import { recordEvent } from "../events.js";
import { body, idParams, listOf, ok, TAG_KILL_SWITCHES } from "./schemas.js";

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const view = (s: KillSwitch) => ({
  id: s.id,
  scope: s.scope,
  target: s.target,
  reason: s.reason,
  status: s.liftedAt === null ? "engaged" : "lifted",
  engagedAt: iso(s.engagedAt),
  engagedBy: s.engagedBy,
  liftedAt: iso(s.liftedAt),
  liftedBy: s.liftedBy,
});

const nullable = { type: ["string", "null"] } as const;
const switchSchema = {
  type: "object",
  properties: {
    id: { type: "string" },
    scope: { type: "string" },
    target: { type: "string" },
    reason: { type: "string" },
    status: { type: "string", enum: ["engaged", "lifted"] },
    engagedAt: { type: "string" },
    engagedBy: { type: "string" },
    liftedAt: nullable,
    liftedBy: nullable,
  },
} as const;

export function killSwitchRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const { store, now } = deps;
  const write = { auth: "session", permission: "kill-switches:write", stepUp: true } as const;

  app.get<{ Querystring: { all?: boolean } }>(
    "/kill-switches",
    {
      config: { access: { auth: "session", permission: "kill-switches:read" } },
      schema: {
        tags: [TAG_KILL_SWITCHES],
        summary: "Engaged kill switches of this tenant (all=true: lifted ones too), newest first",
        querystring: { type: "object", additionalProperties: false, properties: { all: { type: "boolean" } } },
        response: ok(listOf("killSwitches", switchSchema)),
      },
    },
    async (req) => ({ killSwitches: (await store.killSwitches.list(signedIn(req).account.tenantId, { includeLifted: req.query.all ?? false })).map(view) }),
  );

  app.post<{ Body: { scope: string; target?: string; reason: string } }>(
    "/kill-switches",
    {
      config: { access: write },
      schema: {
        tags: [TAG_KILL_SWITCHES],
        summary: "Engage a kill switch: matching requests of this tenant are refused from the next one (needs step-up)",
        body: body(
          {
            scope: { type: "string", enum: [...KILL_SWITCH_SCOPES] },
            target: { type: "string", minLength: 1, maxLength: 128, description: 'model/route: a name or glob; principal/team: an id; tenant: omit or "*"' },
            reason: { type: "string", minLength: 1, maxLength: MAX_REASON },
          },
          ["scope", "reason"],
        ),
        response: ok(switchSchema, 201),
      },
    },
    async (req, reply) => {
      const { account } = signedIn(req);
      let input: ReturnType<typeof checkKillSwitchInput>;
      try {
        input = checkKillSwitchInput(req.body.scope, req.body.target, req.body.reason);
      } catch (err) {
        if (err instanceof KillSwitchInputError) throw invalid(`body.${err.message}`);
        throw err;
      }
      const sw: KillSwitch = { tenantId: account.tenantId, id: newKillSwitchId(), ...input, engagedAt: now(), engagedBy: account.email, liftedAt: null, liftedBy: null };
      await store.killSwitches.engage(sw);
      await recordEvent(deps, req, { action: "kill-switches.engage", outcome: "success", target: sw.id, detail: { scope: sw.scope, target: sw.target, reason: sw.reason } });
      return reply.code(201).send(view(sw));
    },
  );

  app.post<{ Params: { id: string } }>(
    "/kill-switches/:id/lift",
    {
      config: { access: write },
      schema: { tags: [TAG_KILL_SWITCHES], summary: "Lift a kill switch: its requests are served again from the next one (needs step-up)", params: idParams, response: ok(switchSchema) },
    },
    async (req) => {
      const { account } = signedIn(req);
      const id = req.params.id;
      // Another tenant's switch is not found, exactly like a missing one.
      const sw = KILL_SWITCH_ID_RE.test(id) ? await store.killSwitches.get(account.tenantId, id) : undefined;
      if (!sw) throw notFound("Kill switch");
      if (sw.liftedAt !== null) throw conflict(`${id} was already lifted at ${iso(sw.liftedAt)} by ${sw.liftedBy}`);
      await store.killSwitches.lift(account.tenantId, id, now(), account.email);
      await recordEvent(deps, req, { action: "kill-switches.lift", outcome: "success", target: id, detail: { scope: sw.scope, target: sw.target } });
      return view((await store.killSwitches.get(account.tenantId, id))!);
    },
  );
}
