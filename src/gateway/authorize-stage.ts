/**
 * The authorize stage: the policy engine asked about the model or route the
 * request names (action invoke) and every tool it declares (use-tool), with
 * the facts conditions need (address, time, output tokens, guard profile,
 * data classification). Deny by default; a denial says why.
 */
import type { Config, ModelConfig } from "../config/schema.js";
import { clip } from "../core/clip.js";
import { type Denial, denial } from "../core/decision.js";
import type { TenantPolicy } from "../policy/engine.js";
import { LivePolicies } from "../policy/live.js";
import { CLASSIFICATION_HEADER, declaredTools, requestClassification, requestedTokens } from "../policy/request-facts.js";
import type { Classification, PolicyRequest, ResourceKind } from "../policy/types.js";
import type { Store } from "../store/store.js";
import { BUILTIN_GUARD_PROFILES } from "../config/guard-schema.js";
import type { Exchange } from "./exchange.js";
import type { GatewayContext } from "./pipeline.js";

const SOURCE = "gateway:request";

/** The gateway's policies: the config's rules and the store's, rebuilt when the store changes. */
export function createPolicies(config: Config, store: Store): LivePolicies {
  return new LivePolicies({
    configRules: config.policies,
    store: store.policies,
    changeToken: () => store.changeToken(),
    knownProfiles: new Set([...BUILTIN_GUARD_PROFILES, ...Object.keys(config.guard.profiles)]),
  });
}

const unavailable = (): Denial =>
  denial(503, "server_error", "policy_unavailable", "The gateway could not load its access policies; the request is refused.", "policy:store");

export function authorize(x: Exchange, g: GatewayContext): Denial | undefined | Promise<Denial | undefined> {
  const policy = g.policies.forTenant(x.principal!.tenant);
  // A cached tenant answers synchronously; only a (re)load after a store change needs a promise.
  if (policy instanceof Promise) return policy.then((p) => decide(x, g, p), unavailable);
  return decide(x, g, policy);
}

function ask(x: Exchange, g: GatewayContext, kind: ResourceKind, name: string, guard: string | undefined, classification: Classification): PolicyRequest {
  return {
    principal: x.principal!,
    action: kind === "tool" ? "use-tool" : "invoke",
    kind,
    name,
    sourceIp: x.clientIp,
    at: Date.now(),
    requestedTokens: requestedTokens(x.body),
    guardProfile: guard ?? g.config.guard.profile,
    classification,
    probe: x.endpoint === "models.list" || x.endpoint === "models.get",
  };
}

function decide(x: Exchange, g: GatewayContext, policy: TenantPolicy): Denial | undefined {
  const header = x.req.headers[CLASSIFICATION_HEADER];
  switch (x.endpoint) {
    case "models.list": {
      if (header !== undefined) {
        const c = requestClassification(header, undefined);
        if (typeof c !== "string") return badClassification(c.error);
      }
      return undefined; // answers only with what the principal may use (see visibleModels)
    }
    case "models.get": {
      const mc = g.models.get(x.pathModel!);
      const c = requestClassification(header, mc?.classification);
      if (typeof c !== "string") return badClassification(c.error);
      if (!mc || !policy.evaluate(ask(x, g, "model", x.pathModel!, mc.guard, c)).allow) {
        return denial(404, "not_found_error", "model_not_found", `The model '${clip(x.pathModel!)}' does not exist or this key is not granted it.`, "policy:key-grants");
      }
      return undefined;
    }
    case "inference": {
      const route = x.route!;
      const c = requestClassification(header, route.classification);
      if (typeof c !== "string") return badClassification(c.error);
      const d = policy.evaluate(ask(x, g, "route", route.name, route.guard, c));
      if (!d.allow) return d.denial;
      x.grant = d.grant;
      return undefined;
    }
    default: {
      const model = x.body?.model;
      if (typeof model !== "string" || model.length === 0) {
        return denial(400, "invalid_request_error", "missing_model", "The request must name a model in 'model'.", SOURCE, { param: "model" });
      }
      x.model = model;
      x.stream = x.body?.stream === true;
      const mc = g.models.get(model);
      const c = requestClassification(header, mc?.classification);
      if (typeof c !== "string") return badClassification(c.error);
      const d = policy.evaluate(ask(x, g, "model", model, mc?.guard, c));
      if (!d.allow) return d.denial;
      x.grant = d.grant;
      if (x.endpoint === "chat.completions" || x.endpoint === "messages") {
        const denied = authorizeTools(x, g, policy, mc, c);
        if (denied) return denied;
      }
      if (!mc) return denial(404, "not_found_error", "model_not_found", `The model '${clip(model)}' does not exist on this gateway.`, SOURCE, { param: "model" });
      if (!g.providers.get(mc.provider)!.supports(x.endpoint!)) {
        return denial(400, "invalid_request_error", "unsupported_endpoint", `The model '${model}' is not served on ${x.path}.`, SOURCE, { param: "model" });
      }
      x.modelConfig = mc;
      return undefined;
    }
  }
}

/** Every tool the request declares must be allowed (use-tool on tool:<name>). */
function authorizeTools(x: Exchange, g: GatewayContext, policy: TenantPolicy, mc: ModelConfig | undefined, c: Classification): Denial | undefined {
  if (x.body?.tools === undefined && x.body?.functions === undefined) return undefined;
  const declared = declaredTools(x.body);
  if ("error" in declared) return denial(400, "invalid_request_error", "invalid_tools", declared.error, SOURCE, { param: declared.param });
  for (const tool of declared.tools) {
    const d = policy.evaluate(ask(x, g, "tool", tool, mc?.guard, c));
    if (!d.allow) return d.denial;
  }
  return undefined;
}

function badClassification(message: string): Denial {
  return denial(400, "invalid_request_error", "invalid_classification", message, SOURCE);
}

/** For GET /v1/models: the configured models this principal may invoke (conditions on the request body aside). */
export async function visibleModels(x: Exchange, g: GatewayContext): Promise<ModelConfig[]> {
  const policy = await g.policies.forTenant(x.principal!.tenant);
  const header = x.req.headers[CLASSIFICATION_HEADER];
  return [...g.models.values()].filter((m) => {
    const c = requestClassification(header, m.classification);
    return typeof c === "string" && policy.evaluate(ask(x, g, "model", m.name, m.guard, c)).allow;
  });
}
