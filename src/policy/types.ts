/** What the policy engine is asked, and what it answers. */
import type { Classification, PolicyAction, ResourceKind } from "../config/policy-schema.js";
import type { Denial } from "../core/decision.js";
import type { Principal } from "../identity/principal.js";

export type { Classification, PolicyAction, ResourceKind };

/** One question: may this principal do this action on this resource, here and now? */
export interface PolicyRequest {
  principal: Principal;
  action: PolicyAction;
  kind: ResourceKind;
  /** The model, route, tool or tenant name. */
  name: string;
  /** The client address, as the gateway sees it. */
  sourceIp: string;
  /** Epoch milliseconds. */
  at: number;
  /** The output tokens the request asks for at most; undefined when it sets none. */
  requestedTokens: number | undefined;
  /** The effective guard profile of the model or route. */
  guardProfile: string;
  classification: Classification;
  /**
   * Listing what a principal may use (GET /v1/models): there is no request
   * body, so a maxTokens condition is taken as satisfiable.
   */
  probe?: boolean;
}

export type PolicyDecision =
  | {
      allow: true;
      /** The id of the allowing rule. */
      rule: string;
      /** What the request log records as the grant, e.g. "policy:rule/eng-gpt4". */
      grant: string;
      explanation: string;
    }
  | {
      allow: false;
      /** The rule that denied (deny rule or failing condition); undefined for the default deny. */
      rule: string | undefined;
      denial: Denial;
      explanation: string;
    };
