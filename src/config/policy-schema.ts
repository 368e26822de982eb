/**
 * The policy rule schema: what `policies:` in wardgate.yaml and the store's
 * rules must look like. Subjects, resources, addresses, times and time zones
 * are checked here, so a rule that reaches the engine compiles without
 * surprises; every problem is reported with its key path.
 */
import { isIP } from "node:net";
import { z } from "zod";
import { int } from "./fields.js";
import { ORG_ID_EXPECTED, ORG_ID_RE } from "../identity/org.js";

export const POLICY_ACTIONS = ["invoke", "use-tool", "administer", "read-audit"] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

export const CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** How a principal authenticated; "admin-session" is an admin of the admin API (policies govern the admin plane too). */
export const VIAS = ["gateway-key", "jwt", "token", "mtls", "admin-session"] as const;

export type ResourceKind = "model" | "route" | "tool" | "tenant";

/** Which resource kinds each action can be asked about. */
export const ACTION_KINDS: Record<PolicyAction, readonly ResourceKind[]> = {
  invoke: ["model", "route"],
  "use-tool": ["tool"],
  administer: ["tenant"],
  "read-audit": ["tenant"],
};

export type ParsedSubject =
  | { kind: "any" }
  | { kind: "principal"; glob: string }
  | { kind: "team"; id: string }
  | { kind: "role"; name: string }
  | { kind: "claim"; name: string; value: string }
  | { kind: "via"; via: (typeof VIAS)[number] };

export type ParsedResource = { kind: "*" } | { kind: ResourceKind; glob: string };

/** Globs: `*` any run, `?` one character; no whitespace or control characters. */
const GLOB_RE = /^[^\s\u0000-\u001f\u007f]{1,128}$/;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}$/;

const SUBJECT_EXPECTED = `expected "*", principal:<glob>, team:<id>, role:<name>, claim:<name>=<value> or via:${VIAS.join("|")}`;
const RESOURCE_EXPECTED = `expected "*", model:<glob>, route:<glob>, tool:<glob> or tenant:<id>`;

/** Parses a subject string; a string result is what was wrong with it. */
export function parseSubject(s: string): ParsedSubject | string {
  if (s === "*") return { kind: "any" };
  const colon = s.indexOf(":");
  const prefix = colon === -1 ? "" : s.slice(0, colon);
  const rest = s.slice(colon + 1);
  switch (prefix) {
    case "principal":
      return GLOB_RE.test(rest) ? { kind: "principal", glob: rest } : `principal:<glob>: expected a principal id or glob (no spaces), got "${s}"`;
    case "team":
      return ORG_ID_RE.test(rest) ? { kind: "team", id: rest } : `team:<id>: expected ${ORG_ID_EXPECTED}`;
    case "role":
      return NAME_RE.test(rest) ? { kind: "role", name: rest } : `role:<name>: expected a role name of letters, digits, '.', '_', ':', '@', '/' or '-'`;
    case "claim": {
      const eq = rest.indexOf("=");
      const name = eq === -1 ? "" : rest.slice(0, eq);
      const value = eq === -1 ? "" : rest.slice(eq + 1);
      if (!name || !value || /[\s=]/.test(name)) return `claim:<name>=<value>: expected a claim name, "=" and a value, got "${s}"`;
      return { kind: "claim", name, value };
    }
    case "via":
      return (VIAS as readonly string[]).includes(rest) ? { kind: "via", via: rest as (typeof VIAS)[number] } : `via:<method>: expected one of ${VIAS.join(", ")}, got "${rest}"`;
    default:
      return `${SUBJECT_EXPECTED}; got "${s}"`;
  }
}

/** Parses a resource string; a string result is what was wrong with it. */
export function parseResource(s: string): ParsedResource | string {
  if (s === "*") return { kind: "*" };
  const colon = s.indexOf(":");
  const prefix = colon === -1 ? "" : s.slice(0, colon);
  const rest = s.slice(colon + 1);
  switch (prefix) {
    case "model":
    case "route":
    case "tool":
      return GLOB_RE.test(rest) ? { kind: prefix, glob: rest } : `${prefix}:<glob>: expected a name or glob (no spaces), got "${s}"`;
    case "tenant":
      return ORG_ID_RE.test(rest) ? { kind: "tenant", glob: rest } : `tenant:<id>: expected ${ORG_ID_EXPECTED}`;
    default:
      return `${RESOURCE_EXPECTED}; got "${s}"`;
  }
}

/** "10.0.0.0/8", "2001:db8::/32" or a single address. */
export function parseCidr(s: string): { address: string; bits: number | undefined; family: "ipv4" | "ipv6" } | string {
  const slash = s.indexOf("/");
  const address = slash === -1 ? s : s.slice(0, slash);
  const v = isIP(address);
  if (v === 0) return `expected an IPv4 or IPv6 address or CIDR range, got "${s}"`;
  if (slash === -1) return { address, bits: undefined, family: v === 4 ? "ipv4" : "ipv6" };
  const bitsText = s.slice(slash + 1);
  const max = v === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(bitsText) || Number(bitsText) > max) return `expected a prefix length of 0-${max} after "/", got "${s}"`;
  return { address, bits: Number(bitsText), family: v === 4 ? "ipv4" : "ipv6" };
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const fromString = <T>(parse: (s: string) => T | string) =>
  z.string().superRefine((s, ctx) => {
    const r = parse(s);
    if (typeof r === "string") ctx.addIssue({ code: "custom", message: r });
  });

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day as "HH:MM" (00:00-23:59)');


const timeSchema = z
  .strictObject({
    /** Days on which the window opens (a window that wraps midnight belongs to the day it opens). */
    days: z.array(z.enum(DAYS)).min(1).optional(),
    from: hhmm.optional(),
    to: hhmm.optional(),
    timezone: z
      .string()
      .refine(isTimeZone, "expected an IANA time zone name such as UTC or Europe/Berlin")
      .default("UTC"),
  })
  .superRefine((t, ctx) => {
    if ((t.from === undefined) !== (t.to === undefined)) {
      ctx.addIssue({ code: "custom", path: [t.from === undefined ? "from" : "to"], message: "expected both from and to (or neither, for whole days)" });
    } else if (t.from !== undefined && t.from === t.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "expected to to differ from from (for whole days, give days without from/to)" });
    } else if (t.from === undefined && t.days === undefined) {
      ctx.addIssue({ code: "custom", message: "expected days, or from and to" });
    }
  });

export const conditionsSchema = z.strictObject({
  /** The client address must be in one of these addresses or CIDR ranges. */
  sourceIps: z.array(fromString(parseCidr)).min(1).optional(),
  time: timeSchema.optional(),
  /** The request must ask for at most this many output tokens (and must say how many). */
  maxTokens: int().pipe(z.number().min(1)).optional(),
  /** The model's or route's effective guard profile must be one of these. */
  guardProfiles: z.array(z.string().min(1)).min(1).optional(),
  /** The request's data classification must be one of these. */
  classifications: z.array(z.enum(CLASSIFICATIONS)).min(1).optional(),
});

export const RULE_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export const policyRuleSchema = z
  .strictObject({
    id: z
      .string()
      .regex(RULE_ID_RE, "expected a rule id of letters, digits, '.', '_', ':' or '-' (at most 64)")
      .refine((id) => !id.startsWith("default:"), 'ids starting with "default:" are reserved for built-in rules'),
    tenant: z.string().regex(ORG_ID_RE, `expected a tenant id: ${ORG_ID_EXPECTED}`).default("default"),
    description: z.string().max(500).optional(),
    effect: z.enum(["allow", "deny"]).default("allow"),
    subjects: z.array(fromString(parseSubject)).min(1),
    actions: z.array(z.enum(POLICY_ACTIONS)).min(1),
    resources: z.array(fromString(parseResource)).min(1),
    conditions: conditionsSchema.optional(),
  })
  .superRefine((rule, ctx) => {
    const kinds = new Set(rule.actions.flatMap((a) => ACTION_KINDS[a]));
    rule.resources.forEach((s, i) => {
      const r = parseResource(s);
      if (typeof r === "string" || r.kind === "*") return;
      if (!kinds.has(r.kind)) {
        ctx.addIssue({
          code: "custom",
          path: ["resources", i],
          message: `a ${r.kind} resource can never match the rule's actions (${rule.actions.join(", ")}); invoke takes model:/route:, use-tool takes tool:, administer and read-audit take tenant:`,
        });
      } else if (r.kind === "tenant" && r.glob !== rule.tenant) {
        ctx.addIssue({ code: "custom", path: ["resources", i], message: `expected tenant:${rule.tenant}: a rule grants only within its own tenant` });
      }
    });
    if (rule.effect === "deny" && rule.conditions?.maxTokens !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["conditions", "maxTokens"],
        message: "maxTokens bounds what an allow rule grants; on a deny rule it would deny only small requests (use an allow rule with maxTokens)",
      });
    }
  });

export type PolicyRule = z.output<typeof policyRuleSchema>;
export type PolicyConditions = z.output<typeof conditionsSchema>;

/** `policies:` absent (undefined) means the implicit default policy; present (even empty) means only rules grant. */
export const policiesSchema = z.array(policyRuleSchema).optional();

/** Cross-checks a config's rules: ids unique per tenant, and guard profiles that exist. */
export function checkPolicies(policies: readonly PolicyRule[] | undefined, knownProfiles: ReadonlySet<string>, ctx: z.core.$RefinementCtx): void {
  if (!policies) return;
  const seen = new Set<string>();
  policies.forEach((rule, i) => {
    const key = `${rule.tenant}\u0000${rule.id}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["policies", i, "id"], message: `duplicate policy id "${rule.id}" in tenant "${rule.tenant}"` });
    seen.add(key);
    rule.conditions?.guardProfiles?.forEach((name, j) => {
      if (!knownProfiles.has(name)) {
        ctx.addIssue({
          code: "custom",
          path: ["policies", i, "conditions", "guardProfiles", j],
          message: `expected one of the guard profiles (${[...knownProfiles].join(", ")}), got "${name}"`,
        });
      }
    });
  });
}
