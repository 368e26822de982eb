/**
 * The `guard:` section: which detectors run on requests and responses, and
 * what each finding leads to. A profile maps detector ids to actions; the
 * most specific key wins ("pii.person" over "pii"), and a finding below its
 * threshold is ignored. Built-in profiles (standard, strict, monitor, off)
 * are defined in guard/profiles.ts; a configured profile may extend one.
 */
import { RE2JS } from "re2js";
import { z } from "zod";

export const GUARD_CATEGORIES = ["injection", "pii", "secrets", "links", "active", "leak", "custom"] as const;
/** Profiles every configuration has; defined in guard/profiles.ts. */
export const BUILTIN_GUARD_PROFILES = ["standard", "strict", "monitor", "off"] as const;
export const GUARD_ACTIONS = ["allow", "flag", "redact", "block"] as const;
export type GuardAction = (typeof GUARD_ACTIONS)[number];

const action = z.enum(GUARD_ACTIONS, { error: `expected one of ${GUARD_ACTIONS.join(", ")}` });

/** "pii", "pii.email", "links.lookalike" or "*": a category, optionally narrowed to one detector. */
const detectorKey = z.string().refine((k) => {
  if (k === "*") return true;
  const [category, rest, ...more] = k.split(".");
  return more.length === 0 && (GUARD_CATEGORIES as readonly string[]).includes(category ?? "") && (rest === undefined || /^[a-z0-9-]+$/.test(rest));
}, `expected "*", a detector category (${GUARD_CATEGORIES.join(", ")}) or "<category>.<detector>"`);

const score = z.number().min(0).max(1);

/** `pii: redact` or `pii: { action: redact, threshold: 0.7 }`. */
const rule = z.preprocess((v) => (typeof v === "string" ? { action: v } : v), z.strictObject({ action, threshold: score.optional() }));

const rules = z.record(detectorKey, rule);

const domain = z
  .string()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, "expected a domain name such as example.com")
  .transform((d) => d.toLowerCase());

/** A user rule: banned phrases, a topic (any of its keywords), or a regular expression (RE2 syntax, linear time). */
const customRule = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "expected a rule name of lower-case letters, digits and '-'"),
    phrases: z.array(z.string().min(1).max(200)).min(1).optional(),
    /** Keywords of a banned topic; the rule fires when at least `minMatches` of them appear. */
    topic: z.array(z.string().min(1).max(100)).min(1).optional(),
    minMatches: z.number().int().min(1).default(1),
    regex: z.string().min(1).max(1000).optional(),
    /** Placeholder type used when the rule redacts, e.g. PROJECT_ID. */
    label: z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/, "expected an upper-case label such as PROJECT_ID").optional(),
    action: action.default("block"),
    on: z.enum(["request", "response", "both"]).default("both"),
  })
  .refine((r) => [r.phrases, r.topic, r.regex].filter(Boolean).length === 1, "expected exactly one of phrases, topic or regex")
  .superRefine((r, ctx) => {
    if (r.regex === undefined) return;
    try {
      RE2JS.compile(r.regex);
    } catch (err) {
      // RE2 syntax only: no backreferences or lookaround, so matching stays linear in the input.
      ctx.addIssue({ code: "custom", path: ["regex"], message: `expected a regular expression in RE2 syntax (${(err as Error).message})` });
    }
  });

export const guardProfileSchema = z.strictObject({
  /** Start from this profile (built-in or configured) and override. */
  extends: z.string().optional(),
  request: rules.optional(),
  response: rules.optional(),
  /** Redacted values come back in the response for the same caller (placeholders are reversed). */
  pseudonymize: z.boolean().optional(),
  links: z
    .strictObject({
      /** Links to these domains (and their subdomains) are expected; others are "unlisted". */
      allowDomains: z.array(domain).optional(),
      /** Brand names whose look-alike domains are phishing. */
      brands: z.array(z.string().regex(/^[a-z0-9-]{3,40}$/i, "expected a brand name such as acme")).optional(),
    })
    .optional(),
  leak: z
    .strictObject({
      /** Unique strings planted in system prompts; seeing one in a response is a leak. */
      canaries: z.array(z.string().min(8, "expected a canary of at least 8 characters")).optional(),
      /** The system prompt to protect; when unset, the request's own system messages are used. */
      systemPrompt: z.string().min(1).optional(),
    })
    .optional(),
  custom: z.array(customRule).optional(),
});

export const guardSchema = z
  .strictObject({
    /** The profile for models and routes that do not name one. "off" disables inspection. */
    profile: z.string().default("standard"),
    /** Streaming: response characters held back until inspected (bounded; never the whole response). */
    holdBackChars: z.number().int().min(16).max(65_536).default(256),
    /** Text of one request beyond this is not inspected; the request is refused (fail closed) unless set to allow. */
    maxInspectChars: z.number().int().min(1024).max(16 * 1024 * 1024).default(1024 * 1024),
    oversize: z.enum(["block", "allow"]).default("block"),
    /**
     * Large texts are inspected on worker threads, off the event loop, within a time budget;
     * a full queue or a spent budget refuses the request with 503 (fail closed).
     */
    pool: z
      .strictObject({
        /** Worker threads; 0 inspects everything on the event loop (one large request then stalls the others). */
        size: z.number({ error: "expected a number of worker threads (0 to 16)" }).int().min(0).max(16).default(1),
        /** Jobs waiting for a worker beyond the running ones; more are refused with 503 guard_overloaded. */
        queue: z.number({ error: "expected a queue length (0 to 1024)" }).int().min(0).max(1024).default(8),
        /** Budget per inspection, queueing included; beyond it the request is refused with 503 guard_timeout. */
        timeoutMs: z.number({ error: "expected milliseconds (100 to 600000)" }).int().min(100).max(600_000).default(5000),
        /** Requests and replies with at least this many characters of text go to the pool; smaller ones are inspected inline. */
        minChars: z.number({ error: "expected a number of characters (1024 or more)" }).int().min(1024).max(16 * 1024 * 1024).default(32 * 1024),
      })
      .prefault({}),
    profiles: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "expected a profile name of lower-case letters, digits and '-'"), guardProfileSchema).default({}),
  })
  .prefault({});

export type GuardConfig = z.output<typeof guardSchema>;
export type GuardProfileConfig = z.output<typeof guardProfileSchema>;
export type CustomRuleConfig = NonNullable<GuardProfileConfig["custom"]>[number];
export type GuardRule = { action: GuardAction; threshold?: number | undefined };
