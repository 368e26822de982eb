/** JSON-schema building blocks for the admin routes (validated by Fastify, listed in the OpenAPI document). */
import { errorSchema } from "../errors.js";

export const TAG_AUTH = "auth";
export const TAG_ORG = "organisation";
export const TAG_KEYS = "keys";
export const TAG_ADMINS = "admins";
export const TAG_EVENTS = "events";
export const TAG_POLICIES = "policies";
export const TAG_KILL_SWITCHES = "kill-switches";
export const TAG_AUDIT = "audit";
export const TAG_BUDGETS = "budgets";

type Props = Record<string, unknown>;

/** A strict request body: unknown fields are errors naming the field. */
export const body = (properties: Props, required: string[]) => ({ type: "object", additionalProperties: false, properties, required }) as const;

/** Success and error responses; serialisation drops any field not listed, so nothing unlisted can leak. */
export const ok = (schema: unknown, status = 200) => ({ [status]: schema, "4xx": errorSchema, "5xx": errorSchema });

export const orgId = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}$" } as const;
export const idParams = { type: "object", properties: { id: { type: "string", minLength: 1, maxLength: 200 } }, required: ["id"] } as const;
const nullableString = { type: ["string", "null"] } as const;
const strings = { type: "array", items: { type: "string" } } as const;

export const accountSchema = {
  type: "object",
  properties: {
    id: { type: "string" },
    tenant: { type: "string" },
    email: { type: "string" },
    role: { type: "string" },
    mfa: { type: "object", properties: { totp: { type: "boolean" } } },
    status: { type: "string" },
    createdAt: { type: "string" },
  },
} as const;

export const teamSchema = { type: "object", properties: { id: { type: "string" }, name: { type: "string" }, createdAt: { type: "string" } } } as const;

export const principalSchema = {
  type: "object",
  properties: {
    id: { type: "string" },
    kind: { type: "string" },
    team: nullableString,
    roles: strings,
    status: { type: "string" },
    createdAt: { type: "string" },
  },
} as const;

export const keySchema = {
  type: "object",
  properties: {
    id: { type: "string" },
    name: nullableString,
    principal: { type: "string" },
    status: { type: "string" },
    models: strings,
    routes: strings,
    ipAllow: strings,
    createdAt: { type: "string" },
    expiresAt: nullableString,
    revokedAt: nullableString,
    lastUsedAt: nullableString,
    lastUsedIp: nullableString,
    rotatedFrom: nullableString,
  },
} as const;

export const eventSchema = {
  type: "object",
  properties: {
    seq: { type: "integer" },
    at: { type: "string" },
    actor: { type: "string" },
    action: { type: "string" },
    target: nullableString,
    outcome: { type: "string" },
    ip: nullableString,
    detail: { type: "object", additionalProperties: true },
  },
} as const;

export const listOf = (key: string, item: unknown) => ({ type: "object", properties: { [key]: { type: "array", items: item } }, required: [key] });
