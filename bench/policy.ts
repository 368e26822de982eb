/**
 * Policy evaluation cost: p50/p99 µs per evaluation over a 50-rule policy
 * set, for an allow, a deny-rule match, a failing condition (which builds the
 * explanation) and the default deny; plus the implicit default policy. Each
 * evaluation includes the cached per-tenant lookup the gateway does.
 *
 *   node --import tsx bench/policy.ts       (BENCH_ITERATIONS=200000 by default)
 */
import { parseConfig } from "../src/config/load.js";
import type { KeyRecord } from "../src/identity/key-store.js";
import type { Principal } from "../src/identity/principal.js";
import type { TenantPolicy } from "../src/policy/engine.js";
import { LivePolicies } from "../src/policy/live.js";
import type { PolicyRequest } from "../src/policy/types.js";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200_000);
const WARMUP = 20_000;

/** 50 rules of every kind: teams, roles, claims, globs, tools, conditions; the allowing rule comes last. */
function rules(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < 20; i++) {
    out.push({ id: `team-${i}`, subjects: [`team:team-${i}`, `role:role-${i}`], actions: ["invoke"], resources: [`model:family-${i}-*`, `route:svc-${i}`], conditions: { sourceIps: ["10.0.0.0/8", "2001:db8::/32"], maxTokens: 4000 } });
  }
  for (let i = 0; i < 10; i++) {
    out.push({ id: `tools-${i}`, subjects: [`claim:groups=g-${i}`], actions: ["use-tool"], resources: [`tool:t${i}_*`] });
  }
  for (let i = 0; i < 8; i++) {
    out.push({ id: `office-${i}`, subjects: [`principal:svc-${i}-*`], actions: ["invoke"], resources: ["model:gpt-4o*"], conditions: { time: { days: ["mon", "tue", "wed", "thu", "fri"], from: "07:00", to: "19:00", timezone: "Europe/Berlin" }, classifications: ["public", "internal"] } });
  }
  for (let i = 0; i < 8; i++) {
    out.push({ id: `deny-${i}`, effect: "deny", subjects: [`role:suspended-${i}`], actions: ["invoke", "use-tool"], resources: ["*"] });
  }
  out.push({ id: "deny-contractors", effect: "deny", subjects: ["role:contractor"], actions: ["invoke"], resources: ["model:gpt-4o*"] });
  out.push({ id: "guarded", subjects: ["team:eng"], actions: ["invoke"], resources: ["model:claude-*"], conditions: { guardProfiles: ["strict", "standard"] } });
  out.push({ id: "office-only", subjects: ["team:eng"], actions: ["invoke"], resources: ["model:o1*"], conditions: { sourceIps: ["10.0.0.0/8"] } });
  out.push({ id: "eng-gpt4", subjects: ["team:eng"], actions: ["invoke"], resources: ["model:gpt-4o*"], conditions: { sourceIps: ["10.0.0.0/8", "192.168.0.0/16"], maxTokens: 2000, classifications: ["public", "internal", "confidential"] } });
  return out;
}

function key(models: string[]): KeyRecord {
  return { id: "0123456789ab", name: null, tenantId: "default", principal: "billing", secretHash: "", models, routes: [], ipAllow: [], expiresAt: null, revokedAt: null, createdAt: 0, lastUsedAt: null, lastUsedIp: null, rotatedFrom: null };
}

const eng: Principal = { id: "billing", tenant: "default", team: "eng", roles: ["analyst"], via: "gateway-key", key: key(["*"]), scope: { models: ["*"], routes: [] } };
const contractor: Principal = { ...eng, roles: ["contractor"] };

const request = (principal: Principal, over: Partial<PolicyRequest> = {}): PolicyRequest => ({
  principal,
  action: "invoke",
  kind: "model",
  name: "gpt-4o-mini",
  sourceIp: "10.20.30.40",
  at: Date.now(),
  requestedTokens: 500,
  guardProfile: "standard",
  classification: "internal",
  ...over,
});

function measure(live: LivePolicies, req: PolicyRequest, expectAllow: boolean): { p50: number; p99: number; mean: number } {
  const first = live.forTenant("default");
  if (first instanceof Promise) throw new Error("expected a cached tenant");
  if (first.evaluate(req).allow !== expectAllow) throw new Error(`unexpected decision: ${first.evaluate(req).explanation}`);
  const samples = new Float64Array(ITERATIONS);
  let sink = 0;
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const t0 = process.hrtime.bigint();
    const policy = live.forTenant("default") as TenantPolicy; // cached: synchronous (checked above)
    if (policy.evaluate(req).allow) sink++;
    const dt = Number(process.hrtime.bigint() - t0) / 1000;
    if (i >= WARMUP) samples[i - WARMUP] = dt;
  }
  if (sink < 0) console.log(sink);
  samples.sort();
  let sum = 0;
  for (const s of samples) sum += s;
  return { p50: samples[Math.floor(ITERATIONS * 0.5)]!, p99: samples[Math.floor(ITERATIONS * 0.99)]!, mean: sum / ITERATIONS };
}

/** The bare cost of the timer calls, subtracted from nothing but shown for context. */
function timerFloor(): number {
  const samples = new Float64Array(ITERATIONS);
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = process.hrtime.bigint();
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  samples.sort();
  return samples[Math.floor(ITERATIONS * 0.5)]!;
}

async function main(): Promise<void> {
  const config = parseConfig({ policies: rules() });
  const explicit = new LivePolicies({ configRules: config.policies, changeToken: () => "0" });
  await explicit.forTenant("default");
  const implicit = new LivePolicies({ configRules: undefined, changeToken: () => "0" });
  await implicit.forTenant("default");

  const cases: [string, LivePolicies, PolicyRequest, boolean][] = [
    ["allow (last of 50 rules, 3 conditions)", explicit, request(eng), true],
    ["deny rule matches", explicit, request(contractor), false],
    ["condition fails (explanation built)", explicit, request(eng, { sourceIp: "8.8.8.8" }), false],
    ["no rule grants (default deny)", explicit, request(eng, { name: "mistral-large" }), false],
    ["use-tool allowed", explicit, request({ ...eng, claims: { groups: ["g-9"] } }, { action: "use-tool", kind: "tool", name: "t9_search" }), true],
    ["implicit default policy (no policies:)", implicit, request(eng), true],
  ];
  const rows: string[][] = [["case", "p50 µs", "p99 µs", "mean µs"]];
  for (const [name, live, req, allow] of cases) {
    const r = measure(live, req, allow);
    rows.push([name, r.p50.toFixed(2), r.p99.toFixed(2), r.mean.toFixed(2)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`policy evaluation, ${config.policies!.length} rules, ${ITERATIONS} evaluations per case (node ${process.version})`);
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "));
  console.log(`timer overhead (two hrtime calls), p50: ${timerFloor().toFixed(2)} µs — included in the numbers above`);
}

await main();
