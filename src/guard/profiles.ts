/**
 * Guard profiles: the built-in ones, and resolution of a configured profile
 * (with `extends`) into flat rule tables the engine can look up quickly.
 *
 * Built-ins, from most to least protective:
 * - strict:   blocks injections, secrets and every risky link; redacts PII both ways.
 * - standard: the default. Blocks injections, phishing and exfiltration links, active
 *             content and leaks; redacts secrets; flags PII (so ordinary requests that
 *             mention a person or an address keep working, and show up in the log).
 * - monitor:  flags everything, blocks nothing: for rolling out on live traffic.
 * - off:      inspects nothing.
 */
import type { CustomRuleConfig, GuardAction, GuardConfig, GuardProfileConfig, GuardRule } from "../config/guard-schema.js";

type Rules = Record<string, GuardRule>;
const r = (action: GuardAction): GuardRule => ({ action });

const STANDARD: GuardProfileConfig = {
  request: { injection: r("block"), secrets: r("redact"), pii: r("flag"), custom: r("block") },
  response: {
    secrets: r("redact"),
    pii: r("flag"),
    links: r("flag"),
    "links.lookalike": r("block"),
    "links.dangerous-scheme": r("block"),
    "links.exfiltration": r("block"),
    active: r("block"),
    leak: r("block"),
    custom: r("block"),
  },
};

const BUILTIN: Record<string, GuardProfileConfig> = {
  standard: STANDARD,
  strict: {
    request: { injection: r("block"), secrets: r("block"), pii: r("redact"), custom: r("block") },
    response: { secrets: r("block"), pii: r("redact"), links: r("block"), active: r("block"), leak: r("block"), custom: r("block") },
    pseudonymize: true,
  },
  monitor: { request: { "*": r("flag") }, response: { "*": r("flag") } },
  off: { request: {}, response: {} },
};

export interface ResolvedProfile {
  name: string;
  request: Rules;
  response: Rules;
  pseudonymize: boolean;
  allowDomains: string[];
  brands: string[];
  canaries: string[];
  systemPrompt: string | undefined;
  custom: CustomRuleConfig[];
  /** False for "off" and any profile whose rules all allow: the pipeline skips the guard entirely. */
  active: boolean;
}

/** Flattens a profile and its `extends` chain; later (more specific) profiles override earlier ones key by key. */
export function resolveProfile(name: string, guard: GuardConfig): ResolvedProfile {
  const chain: GuardProfileConfig[] = [];
  let next: string | undefined = name;
  const seen = new Set<string>();
  while (next !== undefined && !seen.has(next)) {
    seen.add(next);
    const p: GuardProfileConfig | undefined = guard.profiles[next] ?? BUILTIN[next];
    if (!p) throw new Error(`unknown guard profile "${next}"`); // config validation reports this first
    chain.unshift(p);
    next = p.extends;
  }
  // A configured profile without `extends` starts from nothing: what it lists is what runs.
  const out: ResolvedProfile = {
    name,
    request: {},
    response: {},
    pseudonymize: false,
    allowDomains: [],
    brands: [],
    canaries: [],
    systemPrompt: undefined,
    custom: [],
    active: false,
  };
  for (const p of chain) {
    Object.assign(out.request, p.request);
    Object.assign(out.response, p.response);
    if (p.pseudonymize !== undefined) out.pseudonymize = p.pseudonymize;
    if (p.links?.allowDomains) out.allowDomains = [...new Set([...out.allowDomains, ...p.links.allowDomains])];
    if (p.links?.brands) out.brands = [...new Set([...out.brands, ...p.links.brands.map((b) => b.toLowerCase())])];
    if (p.leak?.canaries) out.canaries = [...new Set([...out.canaries, ...p.leak.canaries])];
    if (p.leak?.systemPrompt) out.systemPrompt = p.leak.systemPrompt;
    if (p.custom) out.custom = [...out.custom.filter((c) => !p.custom!.some((n) => n.name === c.name)), ...p.custom];
  }
  // Each custom rule carries its own action, keyed by its detector id.
  for (const c of out.custom) {
    const rule = { action: c.action };
    if (c.on !== "response") out.request[`custom.${c.name}`] ??= rule;
    if (c.on !== "request") out.response[`custom.${c.name}`] ??= rule;
  }
  const anyAction = (rules: Rules) => Object.values(rules).some((x) => x.action !== "allow");
  out.active = anyAction(out.request) || anyAction(out.response);
  return out;
}

/** The key of the rule for a detector id: the most specific wins ("pii.email", then "pii", then "*"). */
export function ruleKeyFor(rules: Rules, detector: string): string | undefined {
  if (rules[detector]) return detector;
  const dot = detector.indexOf(".");
  if (dot !== -1 && rules[detector.slice(0, dot)]) return detector.slice(0, dot);
  return rules["*"] ? "*" : undefined;
}

/** The rule for a detector id (see ruleKeyFor). */
export function ruleFor(rules: Rules, detector: string): GuardRule | undefined {
  const key = ruleKeyFor(rules, detector);
  return key === undefined ? undefined : rules[key];
}

/** Whether any detector of a category can lead to something other than allow. */
export function categoryEnabled(rules: Rules, category: string): boolean {
  for (const [key, rule] of Object.entries(rules)) {
    if (rule.action === "allow") continue;
    if (key === "*" || key === category || key.startsWith(`${category}.`)) return true;
  }
  return false;
}
