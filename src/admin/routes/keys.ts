/** /admin/v1/keys: list, create and rotate (the new key is shown once; need step-up), revoke. Bound to the admin's tenant. */
import type { FastifyInstance } from "fastify";
import { parseDuration } from "../../config/units.js";
import { issueKey, KEY_ID_RE, keyLabel } from "../../identity/gateway-keys.js";
import type { KeyRecord } from "../../identity/key-store.js";
import { RotationError, rotateKey } from "../../identity/key-rotation.js";
import { type AdminDeps, signedIn } from "../context.js";
import { invalid, notFound } from "../errors.js";
import { recordEvent } from "../events.js";
import { keyCreatedEvent, keyRevokedEvent, keyRotatedEvent } from "../key-events.js";
import { body, idParams, keySchema, listOf, ok, orgId, TAG_KEYS } from "./schemas.js";

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

export function keyView(k: KeyRecord, now: number) {
  return {
    id: keyLabel(k.id),
    name: k.name,
    principal: k.principal,
    status: k.revokedAt !== null ? "revoked" : k.expiresAt !== null && k.expiresAt <= now ? "expired" : "active",
    models: k.models,
    routes: k.routes,
    ipAllow: k.ipAllow,
    createdAt: iso(k.createdAt)!,
    expiresAt: iso(k.expiresAt),
    revokedAt: iso(k.revokedAt),
    lastUsedAt: iso(k.lastUsedAt),
    lastUsedIp: k.lastUsedIp,
    rotatedFrom: k.rotatedFrom === null ? null : keyLabel(k.rotatedFrom),
  };
}

/** Accepts "wg_<id>" or "<id>"; anything else cannot name a key, so it is simply not found. */
export function keyIdParam(v: string): string | undefined {
  const id = v.startsWith("wg_") ? v.slice(3) : v;
  return KEY_ID_RE.test(id) ? id : undefined;
}

const DEFAULT_OVERLAP_MS = 24 * 3_600_000;

/** "24h", "30m", "0" or a number of seconds; undefined when it is none of these. */
export function overlapMs(v: string | number | undefined): number | undefined {
  if (v === undefined) return DEFAULT_OVERLAP_MS;
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? v * 1000 : undefined;
  // A bare number in a string would read as milliseconds to parseDuration: demand a unit, except for "0".
  if (!/[a-z]\s*$/i.test(v) && v.trim() !== "0") return undefined;
  return parseDuration(v);
}

const grants = { type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, maxItems: 256 } as const;

export function keyRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const { store, now } = deps;

  app.get<{ Querystring: { includeRevoked?: boolean; principal?: string } }>(
    "/keys",
    {
      config: { access: { auth: "session", permission: "keys:read" } },
      schema: {
        tags: [TAG_KEYS],
        summary: "List gateway keys (never their secrets)",
        querystring: { type: "object", additionalProperties: false, properties: { includeRevoked: { type: "boolean" }, principal: orgId } },
        response: ok(listOf("keys", keySchema)),
      },
    },
    async (req) => {
      const rows = await store.keys.list({
        tenant: signedIn(req).account.tenantId,
        includeRevoked: req.query.includeRevoked ?? false,
        ...(req.query.principal !== undefined ? { principal: req.query.principal } : {}),
      });
      return { keys: rows.map((k) => keyView(k, now())) };
    },
  );

  app.post<{ Body: { principal: string; name?: string; models?: string[]; routes?: string[]; ipAllow?: string[]; expiresAt?: string } }>(
    "/keys",
    {
      config: { access: { auth: "session", permission: "keys:write", stepUp: true } },
      schema: {
        tags: [TAG_KEYS],
        summary: "Issue a gateway key for an existing principal; the full key is in this response only (needs step-up)",
        body: body(
          {
            principal: orgId,
            name: { type: "string", minLength: 1, maxLength: 200 },
            models: grants,
            routes: grants,
            ipAllow: grants,
            expiresAt: { type: "string", format: "date-time" },
          },
          ["principal"],
        ),
        response: ok({ type: "object", properties: { key: { type: "string" }, record: keySchema }, required: ["key", "record"] }, 201),
      },
    },
    async (req, reply) => {
      const tenant = signedIn(req).account.tenantId;
      const principal = await store.org.getPrincipal(tenant, req.body.principal);
      if (!principal) throw notFound("Principal");
      if (principal.disabledAt !== null) throw invalid(`principal: "${principal.id}" is disabled`);
      const expiresAt = req.body.expiresAt === undefined ? null : Date.parse(req.body.expiresAt);
      let issued: Awaited<ReturnType<typeof issueKey>>;
      try {
        issued = await issueKey(store.keys, {
          tenantId: tenant,
          principal: principal.id,
          name: req.body.name ?? null,
          models: req.body.models ?? [],
          routes: req.body.routes ?? [],
          ipAllow: req.body.ipAllow ?? [],
          expiresAt,
          now: now(),
        });
      } catch (err) {
        throw invalid((err as Error).message);
      }
      const { record } = issued;
      await recordEvent(deps, req, { ...keyCreatedEvent(record), outcome: "success" });
      return reply.code(201).send({ key: issued.key, record: keyView(record, now()) });
    },
  );

  app.post<{ Params: { id: string } }>(
    "/keys/:id/revoke",
    {
      // Revoking only takes access away and must be quick in an incident: no step-up.
      config: { access: { auth: "session", permission: "keys:write" } },
      schema: { tags: [TAG_KEYS], summary: "Revoke a key; gateways refuse it from the next request", params: idParams, response: ok(keySchema) },
    },
    async (req) => {
      const tenant = signedIn(req).account.tenantId;
      const id = keyIdParam(req.params.id);
      const k = id === undefined ? undefined : await store.keys.get(id);
      // Another tenant's key answers exactly like a missing one.
      if (!k || k.tenantId !== tenant) throw notFound("Key");
      if (k.revokedAt === null) {
        await store.keys.revoke(k.id, now(), { tenant });
        await recordEvent(deps, req, { ...keyRevokedEvent(k.id), outcome: "success" });
      }
      return keyView((await store.keys.get(k.id))!, now());
    },
  );

  app.post<{ Params: { id: string }; Body: { overlap?: string | number; expiresAt?: string } | undefined }>(
    "/keys/:id/rotate",
    {
      config: { access: { auth: "session", permission: "keys:write", stepUp: true } },
      schema: {
        tags: [TAG_KEYS],
        summary: "Rotate a key: a new key with the same principal, grants and IP rules (shown in this response only); the old one expires after the overlap (default 24h; needs step-up)",
        params: idParams,
        body: body(
          {
            overlap: { anyOf: [{ type: "integer", minimum: 0 }, { type: "string", minLength: 1, maxLength: 32 }], description: 'how long the old key keeps working: "24h", "30m", "0", or seconds' },
            expiresAt: { type: "string", format: "date-time" },
          },
          [],
        ),
        response: ok({ type: "object", properties: { key: { type: "string" }, record: keySchema, old: keySchema }, required: ["key", "record", "old"] }, 201),
      },
    },
    async (req, reply) => {
      const tenant = signedIn(req).account.tenantId;
      const overlap = overlapMs(req.body?.overlap);
      if (overlap === undefined) throw invalid(`body.overlap: expected a duration such as "24h", "30m" or "0", or a number of seconds`);
      const id = keyIdParam(req.params.id);
      if (id === undefined) throw notFound("Key");
      let rotated: Awaited<ReturnType<typeof rotateKey>>;
      try {
        rotated = await rotateKey(store.keys, id, {
          overlapMs: overlap,
          tenant,
          now: now(),
          ...(req.body?.expiresAt !== undefined ? { expiresAt: Date.parse(req.body.expiresAt) } : {}),
        });
      } catch (err) {
        // Another tenant's key is "not_found" too (rotateKey is given the tenant): the same 404 as a missing key.
        if (err instanceof RotationError && err.reason === "not_found") throw notFound("Key");
        if (err instanceof RotationError) throw invalid(err.message, err.reason === "invalid" ? "invalid_request" : `key_${err.reason}`);
        throw err;
      }
      await recordEvent(deps, req, { ...keyRotatedEvent(rotated, overlap), outcome: "success" });
      return reply.code(201).send({ key: rotated.key, record: keyView(rotated.record, now()), old: keyView(rotated.old, now()) });
    },
  );
}
