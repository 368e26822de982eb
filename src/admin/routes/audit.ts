/**
 * /admin/v1/audit: the tamper-evident log for administrators and auditors —
 * this tenant's events, the signed checkpoints, and the proofs that let
 * anyone check an event is in the log (inclusion) and that the log only grew
 * between two checkpoints (consistency) without trusting this server.
 *
 * Events and inclusion proofs are tenant-scoped: another tenant's event is
 * "not found", whether it exists or not. Checkpoints and consistency proofs
 * are hashes of the whole log and say nothing about any tenant's events.
 */
import type { FastifyInstance } from "fastify";
import type { StoredAuditEvent, StoredCheckpoint } from "../../audit/audit-store.js";
import { AuditProofs, ProofError } from "../../audit/proofs.js";
import { type AdminDeps, signedIn } from "../context.js";
import { invalid, notFound } from "../errors.js";
import { listOf, ok, TAG_AUDIT } from "./schemas.js";

const hashes = { type: "array", items: { type: "string", description: "base64 SHA-256" } } as const;
const eventSchema = {
  type: "object",
  properties: {
    idx: { type: "integer" },
    at: { type: "string" },
    kind: { type: "string" },
    leafHash: { type: "string", description: "base64 of SHA-256(0x00 || body)" },
    body: { type: "string", description: "the event's canonical JSON (RFC 8785): exactly the bytes of its leaf" },
  },
} as const;
const checkpointSchema = {
  type: "object",
  properties: { size: { type: "integer" }, root: { type: "string", description: "base64" }, at: { type: "string" }, note: { type: "string", description: "C2SP signed checkpoint, with any witness cosignatures" } },
} as const;
const integer = { type: "integer", minimum: 0 } as const;
const query = (properties: Record<string, unknown>, required: string[] = []) => ({ type: "object", additionalProperties: false, properties, required }) as const;

const eventView = (e: StoredAuditEvent) => ({ idx: e.idx, at: e.at, kind: e.kind, leafHash: e.leafHash.toString("base64"), body: e.body });
const checkpointView = (c: StoredCheckpoint) => ({ size: c.size, root: c.root.toString("base64"), at: c.at, note: c.note });
const b64 = (hs: Buffer[]) => hs.map((h) => h.toString("base64"));

export function auditRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const audit = deps.store.audit;
  const proofs = new AuditProofs(audit);
  const access = { access: { auth: "session", permission: "audit:read" } } as const;

  /** The size a proof is against: the one asked for (within the log), else the latest checkpoint's. */
  async function proofSize(asked: number | undefined, name: string): Promise<{ size: number; checkpoint: StoredCheckpoint | undefined }> {
    const state = await audit.state();
    if (asked !== undefined) {
      if (asked > state.size) throw invalid(`${name}: the log has ${state.size} events`);
      return { size: asked, checkpoint: await audit.checkpointAt(asked) };
    }
    const latest = await audit.latestCheckpoint();
    if (!latest) throw notFound("Audit checkpoint");
    return { size: latest.size, checkpoint: latest };
  }

  app.get<{ Querystring: { after?: number; limit?: number; kind?: string } }>(
    "/audit/events",
    {
      config: access,
      schema: {
        tags: [TAG_AUDIT],
        summary: "This tenant's audit events in log order (idx > after)",
        querystring: query({ after: { type: "integer", minimum: -1 }, limit: { type: "integer", minimum: 1, maximum: 1000 }, kind: { type: "string", minLength: 1, maxLength: 200 } }),
        response: ok(listOf("events", eventSchema)),
      },
    },
    async (req) => {
      const { after, limit, kind } = req.query;
      const events = await audit.list(signedIn(req).account.tenantId, { after: after ?? -1, limit: limit ?? 100, ...(kind ? { kind } : {}) });
      return { events: events.map(eventView) };
    },
  );

  app.get<{ Querystring: { after?: number; limit?: number } }>(
    "/audit/checkpoints",
    {
      config: access,
      schema: {
        tags: [TAG_AUDIT],
        summary: "Signed checkpoints in size order (size > after)",
        querystring: query({ after: { type: "integer", minimum: -1 }, limit: { type: "integer", minimum: 1, maximum: 1000 } }),
        response: ok(listOf("checkpoints", checkpointSchema)),
      },
    },
    async (req) => ({ checkpoints: (await audit.checkpoints({ after: req.query.after ?? -1, limit: req.query.limit ?? 100 })).map(checkpointView) }),
  );

  app.get(
    "/audit/checkpoints/latest",
    { config: access, schema: { tags: [TAG_AUDIT], summary: "The latest signed checkpoint", response: ok(checkpointSchema) } },
    async () => {
      const latest = await audit.latestCheckpoint();
      if (!latest) throw notFound("Audit checkpoint");
      return checkpointView(latest);
    },
  );

  app.get<{ Querystring: { index: number; size?: number } }>(
    "/audit/proofs/inclusion",
    {
      config: access,
      schema: {
        tags: [TAG_AUDIT],
        summary: "Inclusion proof of one of this tenant's events in the tree of `size` (default: the latest checkpoint)",
        querystring: query({ index: integer, size: { type: "integer", minimum: 1 } }, ["index"]),
        response: ok({
          type: "object",
          properties: { index: { type: "integer" }, size: { type: "integer" }, leafHash: { type: "string" }, proof: hashes, checkpoint: { type: ["string", "null"], description: "the signed checkpoint at `size`, when there is one" } },
        }),
      },
    },
    async (req) => {
      const { index } = req.query;
      const event = await audit.get(index);
      if (!event || event.tenantId !== signedIn(req).account.tenantId) throw notFound("Audit event");
      const { size, checkpoint } = await proofSize(req.query.size, "size");
      if (index >= size) throw invalid(`index: event ${index} is not in the tree of size ${size}`);
      try {
        return { index, size, leafHash: event.leafHash.toString("base64"), proof: b64(await proofs.inclusionProof(index, size)), checkpoint: checkpoint?.note ?? null };
      } catch (e) {
        if (e instanceof ProofError) throw invalid(e.message);
        throw e;
      }
    },
  );

  app.get<{ Querystring: { from: number; to?: number } }>(
    "/audit/proofs/consistency",
    {
      config: access,
      schema: {
        tags: [TAG_AUDIT],
        summary: "Consistency proof that the tree of size `to` (default: the latest checkpoint) extends the tree of size `from`",
        querystring: query({ from: integer, to: integer }, ["from"]),
        response: ok({ type: "object", properties: { from: { type: "integer" }, to: { type: "integer" }, proof: hashes } }),
      },
    },
    async (req) => {
      const { from } = req.query;
      const { size: to } = await proofSize(req.query.to, "to");
      if (from > to) throw invalid(`from: ${from} is beyond to (${to})`);
      try {
        return { from, to, proof: b64(await proofs.consistencyProof(from, to)) };
      } catch (e) {
        if (e instanceof ProofError) throw invalid(e.message);
        throw e;
      }
    },
  );
}
