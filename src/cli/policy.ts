/**
 * `wardgate policy test|validate|delete`: asks the same engine the gateway uses,
 * over the config's and the store's rules, and prints the decision and why.
 * `test` exits 0 on allow, 3 on deny, 2 on bad input.
 */
import { isIP } from "node:net";
import type { Command } from "commander";
import { administerGaps } from "../admin/policies.js";
import { BUILTIN_GUARD_PROFILES } from "../config/guard-schema.js";
import { CLASSIFICATIONS, type Classification, type PolicyAction, POLICY_ACTIONS, type PolicyRule, type ResourceKind, VIAS } from "../config/policy-schema.js";
import type { Config } from "../config/schema.js";
import { KEY_ID_RE } from "../identity/gateway-keys.js";
import { checkOrgId } from "../identity/org.js";
import type { AuthMethod, Principal } from "../identity/principal.js";
import { LivePolicies } from "../policy/live.js";
import type { PolicyRequest } from "../policy/types.js";
import { checkRule } from "../policy/validate.js";
import type { Store } from "../store/store.js";
import { type GlobalOptions, resolveConfig, withConfiguredStore } from "./context.js";
import { CliError } from "./errors.js";
import { cliActor } from "./actor.js";

interface TestOptions {
  principal: string;
  tenant: string;
  team?: string;
  role: string[];
  claim: string[];
  via?: string;
  key?: string;
  action?: string;
  model?: string;
  route?: string;
  tool?: string;
  ip?: string;
  at?: string;
  maxTokens?: string;
  classification?: string;
  json?: boolean;
}

const repeat = (v: string, prev: string[] = []) => [...prev, v];
const knownProfiles = (config: Config) => new Set<string>([...BUILTIN_GUARD_PROFILES, ...Object.keys(config.guard.profiles)]);


function parseClaims(pairs: string[]): Record<string, unknown> | undefined {
  if (!pairs.length) return undefined;
  // No prototype: a claim named __proto__ or constructor is a claim like any other, not a prototype write or an inherited value.
  const claims: Record<string, string | string[]> = Object.create(null);
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new CliError(`--claim: expected name=value, got "${pair}"`);
    const [k, v] = [pair.slice(0, eq), pair.slice(eq + 1)];
    const prev = claims[k];
    claims[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
  }
  return claims;
}

/** Which question: the action and the resource it is about. */
function question(opts: TestOptions): { action: PolicyAction; kind: ResourceKind; name: string } {
  if (opts.action !== undefined && !(POLICY_ACTIONS as readonly string[]).includes(opts.action)) {
    throw new CliError(`--action: expected one of ${POLICY_ACTIONS.join(", ")}, got "${opts.action}"`);
  }
  if (opts.action === "administer" || opts.action === "read-audit") {
    if (opts.model || opts.route || opts.tool) throw new CliError(`--action ${opts.action} is about the tenant (--tenant); drop --model, --route and --tool`);
    return { action: opts.action, kind: "tenant", name: opts.tenant };
  }
  if (opts.tool !== undefined) {
    if (opts.route) throw new CliError("give --tool alone or with the --model it is declared to (not with --route)");
    if (opts.action === "invoke") throw new CliError("--tool asks about use-tool; drop --action invoke");
    return { action: "use-tool", kind: "tool", name: opts.tool };
  }
  if (opts.action === "use-tool") throw new CliError("--action use-tool needs --tool <name>");
  if (!!opts.model === !!opts.route) throw new CliError("expected exactly one of --model, --route or --tool");
  return opts.model ? { action: "invoke", kind: "model", name: opts.model } : { action: "invoke", kind: "route", name: opts.route! };
}

function parseAt(v: string | undefined): number {
  if (v === undefined) return Date.now();
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new CliError(`--at: expected an ISO-8601 time such as 2026-01-05T09:30:00Z, got "${v}"`);
  return t;
}

function parseMaxTokens(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,9}$/.test(v) || Number(v) < 1) throw new CliError(`--max-tokens: expected a positive whole number, got "${v}"`);
  return Number(v);
}

async function runTest(opts: TestOptions, config: Config, store: Store): Promise<void> {
  try {
    checkOrgId("--tenant", opts.tenant);
    checkOrgId("--principal", opts.principal);
    if (opts.team !== undefined) checkOrgId("--team", opts.team);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const q = question(opts);
  if (opts.via !== undefined && !(VIAS as readonly string[]).includes(opts.via)) throw new CliError(`--via: expected one of ${VIAS.join(", ")}, got "${opts.via}"`);
  if (opts.ip !== undefined && isIP(opts.ip) === 0) throw new CliError(`--ip: expected an IPv4 or IPv6 address, got "${opts.ip}"`);
  if (opts.classification !== undefined && !(CLASSIFICATIONS as readonly string[]).includes(opts.classification)) {
    throw new CliError(`--classification: expected one of ${CLASSIFICATIONS.join(", ")}, got "${opts.classification}"`);
  }
  const at = parseAt(opts.at);
  const requestedTokens = parseMaxTokens(opts.maxTokens);
  const claims = parseClaims(opts.claim);

  // Team and roles come from the stored principal, when there is one; flags override.
  const stored = await store.org.getPrincipal(opts.tenant, opts.principal);
  let scope: Principal["scope"] = null;
  let keyNote = "";
  if (opts.key !== undefined) {
    const id = opts.key.startsWith("wg_") ? opts.key.slice(3).split("_", 1)[0]! : opts.key;
    if (!KEY_ID_RE.test(id)) throw new CliError("--key: expected a key id, as wg_<12 hex characters>");
    const key = await store.keys.get(id);
    if (!key || key.tenantId !== opts.tenant || key.principal !== opts.principal) {
      throw new CliError(`--key: no key wg_${id} of principal '${opts.principal}' in tenant '${opts.tenant}'`);
    }
    scope = { models: key.models, routes: key.routes };
    keyNote = ` with key wg_${id}`;
  }
  const principal: Principal = {
    id: opts.principal,
    tenant: opts.tenant,
    team: opts.team ?? stored?.teamId ?? null,
    roles: opts.role.length ? opts.role : (stored?.roles ?? []),
    ...(claims ? { claims } : {}),
    via: (opts.via ?? "gateway-key") as AuthMethod,
    scope,
  };

  // The model's (or route's) guard profile and classification, as the gateway would take them.
  const target = q.kind === "route" ? config.routes.find((r) => r.name === opts.route) : opts.model ? config.models.find((m) => m.name === opts.model) : undefined;
  const classification = (opts.classification ?? target?.classification ?? "internal") as Classification;
  const req: PolicyRequest = {
    principal,
    action: q.action,
    kind: q.kind,
    name: q.name,
    sourceIp: opts.ip ?? "",
    at,
    requestedTokens,
    guardProfile: target?.guard ?? config.guard.profile,
    classification,
  };

  const live = new LivePolicies({ configRules: config.policies, store: store.policies, knownProfiles: knownProfiles(config) });
  const decision = (await live.forTenant(opts.tenant)).evaluate(req);
  const disabled = stored?.disabledAt != null;
  const allowed = decision.allow && !disabled;
  const code = disabled ? "disabled_principal" : decision.allow ? null : decision.denial.code;
  const source = decision.allow ? decision.grant : decision.denial.reasons[0]?.source;
  const explanation = disabled ? `Principal '${opts.principal}' is disabled: the gateway refuses its credentials before any policy is asked.` : decision.explanation;

  if (opts.json) {
    const out = {
      decision: allowed ? "allow" : "deny",
      action: q.action,
      resource: `${q.kind}:${q.name}`,
      principal: { id: principal.id, tenant: principal.tenant, team: principal.team, roles: principal.roles, via: principal.via, claims: principal.claims ?? null, scope },
      rule: decision.rule ?? null,
      source: source ?? null,
      code,
      explanation,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const who = `${principal.id} (tenant ${principal.tenant}, ${principal.team ? `team ${principal.team}` : "no team"}, ${principal.roles.length ? `roles ${principal.roles.join(", ")}` : "no roles"}, via ${principal.via}${keyNote})`;
    const lines = [
      `${allowed ? "ALLOW" : "DENY"}  ${q.action} ${q.kind}:${q.name}`,
      `principal: ${who}${stored ? "" : " — not a stored principal"}`,
      `rule:      ${decision.rule ?? "-"}`,
      ...(code ? [`code:      ${code}`] : []),
      `why:       ${explanation}`,
    ];
    if (opts.key === undefined) {
      lines.push(
        live.implicitDefault
          ? "note:      no policies: key in the config, so a gateway key's own grants decide: pass --key wg_<id> to test one"
          : "note:      without --key no credential bounds the result; a key's own grants still apply at the gateway",
      );
    }
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  process.exitCode = allowed ? 0 : 3;
}

async function runValidate(config: Config, store: Store, path: string | undefined, json: boolean): Promise<void> {
  const profiles = knownProfiles(config);
  const problems: string[] = [];
  const configRules: readonly PolicyRule[] = config.policies ?? [];
  const configIds = new Set(configRules.map((r) => `${r.tenant}\u0000${r.id}`));
  let stored = 0;
  const storedTenants = new Set<string>();
  const validStored: PolicyRule[] = [];
  const admins: Parameters<typeof administerGaps>[1][number][] = [];
  for (const t of await store.org.listTenants()) {
    admins.push(...(await store.admin.listAccounts(t.id)));
    for (const s of await store.policies.list(t.id)) {
      stored++;
      storedTenants.add(t.id);
      const prefix = `store: policy ${s.id} (tenant ${t.id})`;
      const { rule, problems: p } = checkRule(s.document, prefix, profiles);
      problems.push(...p);
      if (rule) validStored.push(rule);
      if (rule && (rule.tenant !== t.id || rule.id !== s.id)) problems.push(`${prefix}: its tenant or id does not match where it is stored`);
      if (configIds.has(`${t.id}\u0000${s.id}`)) problems.push(`${prefix}: the config has a rule with the same id; ids must be unique within a tenant`);
    }
  }
  // Explicit policies govern the admin plane too: a tenant whose admins no rule grants `administer` is locked out of it.
  const warnings =
    config.policies === undefined
      ? []
      : administerGaps([...configRules, ...validStored], admins).map(
          (g) =>
            `tenant '${g.tenant}' has ${g.admins} admin${g.admins === 1 ? "" : "s"} but no policy rule grants administer on tenant:${g.tenant} to any of them: the admin API will refuse them after sign-in (add a rule such as subjects [role:owner], actions [administer, read-audit], resources [tenant:${g.tenant}])`,
        );
  const count = (rules: readonly PolicyRule[], effect: string) => rules.filter((r) => r.effect === effect).length;
  const summary = {
    source: path ?? "demo mode (no config file)",
    mode: config.policies === undefined ? "implicit" : "explicit",
    config: { rules: configRules.length, allow: count(configRules, "allow"), deny: count(configRules, "deny"), tenants: [...new Set(configRules.map((r) => r.tenant))] },
    store: { rules: stored, tenants: [...storedTenants] },
    valid: problems.length === 0,
    problems,
    warnings,
  };
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  if (json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (problems.length) {
    if (json) {
      process.exitCode = 2;
      return;
    }
    throw new CliError(`policies are invalid:\n  ${problems.join("\n  ")}`);
  }
  if (json) return;
  process.stdout.write(
    [
      `${summary.source}: policies valid`,
      config.policies === undefined
        ? "mode:    implicit default policy (no policies: key): each credential's own grants decide; stored rules apply too"
        : "mode:    explicit: only rules grant (deny by default); credentials' own grants still bound",
      `config:  ${summary.config.rules} rules (${summary.config.allow} allow, ${summary.config.deny} deny)${summary.config.tenants.length ? ` in tenants ${summary.config.tenants.join(", ")}` : ""}`,
      `store:   ${stored} rules${storedTenants.size ? ` in tenants ${[...storedTenants].join(", ")}` : ""}`,
    ].join("\n") + "\n",
  );
}

export function registerPolicy(program: Command): void {
  const policy = program.command("policy").description("test and validate access policies");

  policy
    .command("test")
    .description("print whether a request would be allowed, by which rule, or why not (exit 0 allow, 3 deny, 2 bad input)")
    .requiredOption("--principal <id>", "the principal asking")
    .option("--tenant <id>", "the principal's tenant", "default")
    .option("--team <id>", "its team (default: the stored principal's)")
    .option("--role <name>", "a role (repeat; default: the stored principal's roles)", repeat, [])
    .option("--claim <name=value>", "a JWT claim (repeat; a repeated name becomes an array)", repeat, [])
    .option("--via <method>", `how it authenticated: ${VIAS.join(", ")}`)
    .option("--key <wg_id>", "a stored gateway key whose grants bound the result")
    .option("--action <action>", `${POLICY_ACTIONS.join(", ")} (default: from --model/--route/--tool)`)
    .option("--model <name>", "invoke this model")
    .option("--route <name>", "invoke this generic route")
    .option("--tool <name>", "use this tool (with --model: declared in a request to that model)")
    .option("--ip <address>", "the client address")
    .option("--at <time>", "when, as an ISO-8601 time (default now)")
    .option("--max-tokens <n>", "the output tokens the request asks for")
    .option("--classification <c>", `the request's data classification: ${CLASSIFICATIONS.join(", ")}`)
    .option("--json", "print JSON")
    .action(async (opts: TestOptions, cmd: Command) => {
      const { config } = resolveConfig(cmd.optsWithGlobals<GlobalOptions>());
      await withConfiguredStore(config, (store) => runTest(opts, config, store));
    });

  policy
    .command("delete <id>")
    .description("delete a stored rule (break-glass: e.g. a rule that locks every admin out of the admin API)")
    .option("--tenant <id>", "the rule's tenant", "default")
    .action(async (id: string, opts: { tenant: string }, cmd: Command) => {
      try {
        checkOrgId("--tenant", opts.tenant);
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      const { config } = resolveConfig(cmd.optsWithGlobals<GlobalOptions>());
      if (config.policies?.some((r) => r.tenant === opts.tenant && r.id === id)) throw new CliError(`policy ${id} is defined in the config file: change it there`);
      await withConfiguredStore(config, async (store) => {
        const before = await store.policies.get(opts.tenant, id);
        if (!before || !(await store.policies.delete(opts.tenant, id))) throw new CliError(`no stored policy ${id} in tenant ${opts.tenant}`, 1);
        await store.admin.events.append({ tenantId: opts.tenant, at: Date.now(), actor: cliActor(), action: "policies.delete", target: id, outcome: "success", ip: null, detail: { rule: before.document } });
        process.stdout.write(`deleted stored policy ${id} of tenant ${opts.tenant}; gateways apply the change from their next request\n`);
      });
    });

  policy
    .command("validate")
    .description("check the config's and the store's policies and print a summary (exit 2 when invalid)")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { config, path } = resolveConfig(cmd.optsWithGlobals<GlobalOptions>());
      await withConfiguredStore(config, (store) => runValidate(config, store, path, !!opts.json));
    });
}
