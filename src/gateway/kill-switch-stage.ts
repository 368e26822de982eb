/**
 * Kill switches on the data plane. Two checks of one tenant's switches: right
 * after authentication (tenant-wide, principal and team switches: decided
 * before the body is read) and right after authorize, once the model or route
 * is known. Refusals name the switch and its scope, never its reason.
 * Fails closed: switches that cannot be read refuse the request.
 */
import { type Denial, denial } from "../core/decision.js";
import { type KillSwitch, refusalMessage, type TenantKillSwitches } from "../incident/kill-switches.js";
import type { Exchange } from "./exchange.js";
import type { GatewayContext } from "./pipeline.js";

const refused = (sw: KillSwitch): Denial => denial(403, "permission_error", "kill_switch", refusalMessage(sw), `incident:kill-switch/${sw.id}`);

const unavailable = (): Denial =>
  denial(503, "server_error", "kill_switch_unavailable", "The gateway could not read its kill switches; the request is refused.", "incident:kill-switches");

type Check = (x: Exchange, s: TenantKillSwitches) => Denial | undefined;

function withSwitches(x: Exchange, g: GatewayContext, check: Check): Denial | undefined | Promise<Denial | undefined> {
  const switches = g.killSwitches.forTenant(x.principal!.tenant);
  // A cached tenant (the common case, usually with no switch at all) answers synchronously.
  if (switches instanceof Promise) return switches.then((s) => check(x, s), unavailable);
  return check(x, switches);
}

const caller: Check = (x, s) => {
  const sw = s.forCaller(x.principal!);
  return sw ? refused(sw) : undefined;
};

const target: Check = (x, s) => {
  if (s.size === 0) return undefined;
  const sw = x.route ? s.forTarget("route", x.route.name) : x.model !== undefined ? s.forTarget("model", x.model) : x.pathModel !== undefined ? s.forTarget("model", x.pathModel) : undefined;
  return sw ? refused(sw) : undefined;
};

/** After authenticate: the whole tenant, this principal, its team. */
export const killSwitchCaller = (x: Exchange, g: GatewayContext) => withSwitches(x, g, caller);

/** After authorize: the model or route the request is for. */
export const killSwitchTarget = (x: Exchange, g: GatewayContext) => withSwitches(x, g, target);
