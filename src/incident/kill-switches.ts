/**
 * Kill switches: containment an administrator engages in an incident. A
 * switch refuses every matching data-plane request of its tenant until it is
 * lifted: the whole tenant, a model or route (name or glob), one principal
 * or one team. Switches are kept in the store (so every gateway sharing it
 * obeys; issue 6 fans them out across nodes) and read through
 * LiveKillSwitches: compiled per tenant and rebuilt only when the store's
 * change token moves, so a request with no switch engaged costs a map lookup.
 */
import { randomBytes } from "node:crypto";
import { globToRegExp } from "../policy/key-grants.js";

export const KILL_SWITCH_SCOPES = ["tenant", "model", "route", "principal", "team"] as const;
export type KillSwitchScope = (typeof KILL_SWITCH_SCOPES)[number];

export interface KillSwitch {
  tenantId: string;
  /** "ks_" + 12 hex characters. */
  id: string;
  scope: KillSwitchScope;
  /** model/route: a name or glob; principal/team: an id; tenant: "*". */
  target: string;
  /** Why, for administrators (never shown to callers). */
  reason: string;
  engagedAt: number;
  engagedBy: string;
  liftedAt: number | null;
  liftedBy: string | null;
}

/** Where switches are kept; owned here, implemented by store/. Every method is bound to one tenant. */
export interface KillSwitchStore {
  /** The tenant's switches, newest first; lifted ones only with includeLifted. */
  list(tenantId: string, options?: { includeLifted?: boolean }): Promise<KillSwitch[]>;
  get(tenantId: string, id: string): Promise<KillSwitch | undefined>;
  engage(sw: KillSwitch): Promise<void>;
  /** False when the tenant has no such switch or it was already lifted. */
  lift(tenantId: string, id: string, at: number, by: string): Promise<boolean>;
}

export const KILL_SWITCH_ID_RE = /^ks_[0-9a-f]{12}$/;
export const MAX_REASON = 500;
const TARGET_RE = /^[^\s\u0000-\u001f\u007f]{1,128}$/;

export function newKillSwitchId(): string {
  return `ks_${randomBytes(6).toString("hex")}`;
}

export class KillSwitchInputError extends Error {}

/** Checks what an administrator asks to engage; the message names the field. Returns the normalised target. */
export function checkKillSwitchInput(scope: string, target: string | undefined, reason: string): { scope: KillSwitchScope; target: string; reason: string } {
  if (!(KILL_SWITCH_SCOPES as readonly string[]).includes(scope)) throw new KillSwitchInputError(`scope: expected one of ${KILL_SWITCH_SCOPES.join(", ")}, got "${scope}"`);
  const s = scope as KillSwitchScope;
  const why = reason.trim();
  if (!why) throw new KillSwitchInputError("reason: required (say why, for the other administrators)");
  if (why.length > MAX_REASON) throw new KillSwitchInputError(`reason: at most ${MAX_REASON} characters`);
  if (s === "tenant") {
    if (target !== undefined && target !== "*") throw new KillSwitchInputError('target: a tenant-wide switch takes no target (or "*")');
    return { scope: s, target: "*", reason: why };
  }
  if (target === undefined || !TARGET_RE.test(target)) {
    const what = s === "model" || s === "route" ? `a ${s} name or glob` : `a ${s} id`;
    throw new KillSwitchInputError(`target: expected ${what} (no spaces, at most 128 characters)`);
  }
  if ((s === "principal" || s === "team") && /[*?]/.test(target)) throw new KillSwitchInputError(`target: a ${s} switch names one ${s} id, not a glob`);
  return { scope: s, target, reason: why };
}

type NameTest = (name: string) => boolean;
const nameTest = (glob: string): NameTest => {
  if (!glob.includes("*") && !glob.includes("?")) return (n) => n === glob;
  const re = globToRegExp(glob);
  return (n) => re.test(n);
};

/** Who is calling, as far as switches care. */
export interface Caller {
  id: string;
  team: string | null;
}

/** One tenant's engaged switches, compiled for matching. */
export class TenantKillSwitches {
  readonly size: number;
  private readonly tenantWide: KillSwitch | undefined;
  private readonly principals = new Map<string, KillSwitch>();
  private readonly teams = new Map<string, KillSwitch>();
  private readonly models: { sw: KillSwitch; test: NameTest }[] = [];
  private readonly routes: { sw: KillSwitch; test: NameTest }[] = [];

  constructor(switches: readonly KillSwitch[]) {
    const active = switches.filter((s) => s.liftedAt === null);
    this.size = active.length;
    this.tenantWide = active.find((s) => s.scope === "tenant");
    for (const s of active) {
      if (s.scope === "principal" && !this.principals.has(s.target)) this.principals.set(s.target, s);
      else if (s.scope === "team" && !this.teams.has(s.target)) this.teams.set(s.target, s);
      else if (s.scope === "model") this.models.push({ sw: s, test: nameTest(s.target) });
      else if (s.scope === "route") this.routes.push({ sw: s, test: nameTest(s.target) });
    }
  }

  /** Decidable right after authentication: the tenant, the principal, its team. */
  forCaller(c: Caller): KillSwitch | undefined {
    if (this.size === 0) return undefined;
    return this.tenantWide ?? this.principals.get(c.id) ?? (c.team !== null ? this.teams.get(c.team) : undefined);
  }

  /** Once the model or route is known. */
  forTarget(kind: "model" | "route", name: string): KillSwitch | undefined {
    const list = kind === "model" ? this.models : this.routes;
    for (const m of list) if (m.test(name)) return m.sw;
    return undefined;
  }
}

const NONE = new TenantKillSwitches([]);
const MAX_TENANTS = 10_000;

/** The switches of every tenant, cached until the store's change token moves. */
export class LiveKillSwitches {
  private readonly cache = new Map<string, TenantKillSwitches>();
  private token: string;

  constructor(
    private readonly store: KillSwitchStore,
    private readonly changeToken: () => string = () => "",
  ) {
    this.token = changeToken();
  }

  /** Synchronous when cached (the common case); a promise when the tenant must be (re)read. Rejects when the store cannot be read. */
  forTenant(tenant: string): TenantKillSwitches | Promise<TenantKillSwitches> {
    const token = this.changeToken();
    if (token !== this.token) {
      this.cache.clear();
      this.token = token;
    }
    const hit = this.cache.get(tenant);
    if (hit) return hit;
    return this.store.list(tenant).then((list) => {
      const compiled = list.length ? new TenantKillSwitches(list) : NONE;
      // Only cache what was read while nothing changed.
      if (this.changeToken() === token && this.token === token) {
        if (this.cache.size >= MAX_TENANTS) this.cache.clear();
        this.cache.set(tenant, compiled);
      }
      return compiled;
    });
  }
}

/** What the caller is told: the switch and its scope, never the reason (that is for administrators). */
export function refusalMessage(sw: KillSwitch): string {
  const what = sw.scope === "tenant" ? "for this tenant" : `for ${sw.scope} ${sw.target}`;
  return `Refused: kill switch ${sw.id} (scope ${sw.scope}) is engaged ${what} by an administrator. Contact your administrator.`;
}
