/**
 * Deny-by-default authorization from a key's own grants. A request is allowed
 * only when a grant names its model or route; a denial names the exact grant
 * that is missing.
 */
import { clip } from "../core/clip.js";
import { type Denial, denial } from "../core/decision.js";
import { keyLabel } from "../identity/gateway-keys.js";
import type { Principal } from "../identity/principal.js";

const SOURCE = "policy:key-grants";
const globCache = new Map<string, RegExp>();

/** "gpt-4o*" → /^gpt\-4o.*$/ ; only * and ? are special, so matching stays linear. */
export function globToRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    const body = glob.replace(/[.+^${}()|[\]\\/-]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    re = new RegExp(`^${body}$`, "s");
    if (globCache.size > 10_000) globCache.clear();
    globCache.set(glob, re);
  }
  return re;
}

export function grantMatches(grants: readonly string[], name: string): string | undefined {
  for (const g of grants) {
    if (g === name || ((g.includes("*") || g.includes("?")) && globToRegExp(g).test(name))) return g;
  }
  return undefined;
}

export type GrantDecision = { ok: true; grant: string } | { ok: false; denial: Denial };

/** Allows `name` if one of the credential's grants of this kind matches it; otherwise a 403 naming the missing grant. */
function authorizeGrant(principal: Principal, kind: "model" | "route", name: string): GrantDecision {
  const scope = principal.scope;
  const grant = scope ? grantMatches(kind === "model" ? scope.models : scope.routes, name) : undefined;
  if (grant) return { ok: true, grant: `${kind}:${grant}` };
  const who = principal.key ? `Gateway key ${keyLabel(principal.key.id)} (principal '${clip(principal.id)}')` : `Principal '${clip(principal.id)}'`;
  return {
    ok: false,
    denial: denial(
      403,
      "permission_error",
      `${kind}_not_granted`,
      `${who} is not granted ${kind} '${clip(name)}'. Missing grant: ${kind}:${clip(name)}.`,
      SOURCE,
      kind === "model" ? { param: "model" } : {},
    ),
  };
}

export const authorizeModel = (principal: Principal, model: string): GrantDecision => authorizeGrant(principal, "model", model);
export const authorizeRoute = (principal: Principal, route: string): GrantDecision => authorizeGrant(principal, "route", route);
