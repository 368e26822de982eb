/** /admin/v1/events: the tenant's admin events, and their export as JSON Lines (needs step-up). */
import type { FastifyInstance } from "fastify";
import type { AdminEvent } from "../../identity/admin/admin-store.js";
import { type AdminDeps, signedIn } from "../context.js";
import { recordEvent } from "../events.js";
import { eventSchema, listOf, ok, TAG_EVENTS } from "./schemas.js";

const view = (e: AdminEvent) => ({ seq: e.seq, at: new Date(e.at).toISOString(), actor: e.actor, action: e.action, target: e.target, outcome: e.outcome, ip: e.ip, detail: e.detail });
const query = {
  type: "object",
  additionalProperties: false,
  properties: { after: { type: "integer", minimum: 0 }, limit: { type: "integer", minimum: 1, maximum: 1000 } },
} as const;

export function eventRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const { store } = deps;

  app.get<{ Querystring: { after?: number; limit?: number } }>(
    "/events",
    {
      config: { access: { auth: "session", permission: "events:read" } },
      schema: { tags: [TAG_EVENTS], summary: "Admin events of this tenant, oldest first", querystring: query, response: ok(listOf("events", eventSchema)) },
    },
    async (req) => ({ events: (await store.admin.events.list(signedIn(req).account.tenantId, { after: req.query.after ?? 0, limit: req.query.limit ?? 100 })).map(view) }),
  );

  app.get(
    "/events/export",
    {
      config: { access: { auth: "session", permission: "events:export", stepUp: true } },
      schema: {
        tags: [TAG_EVENTS],
        summary: "Every admin event of this tenant as JSON Lines (needs step-up)",
        produces: ["application/x-ndjson"],
        response: ok({ type: "string", description: "one JSON event per line" }),
      },
    },
    async (req, reply) => {
      const tenant = signedIn(req).account.tenantId;
      await recordEvent(deps, req, { action: "events.export", outcome: "success" });
      const lines: string[] = [];
      let after = 0;
      for (;;) {
        const page = await store.admin.events.list(tenant, { after, limit: 1000 });
        for (const e of page) lines.push(JSON.stringify(view(e)));
        if (page.length < 1000) break;
        after = page[page.length - 1]!.seq;
      }
      return reply.type("application/x-ndjson").send(lines.length ? `${lines.join("\n")}\n` : "");
    },
  );
}
