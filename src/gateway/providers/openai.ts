/**
 * OpenAI-compatible upstreams: OpenAI itself, vLLM, Ollama, LM Studio, any
 * server speaking the /v1 API at a base URL — and Azure OpenAI, which serves
 * the same bodies under per-deployment paths with an `api-key` header.
 */
import type { ProviderConfig } from "../../config/schema.js";
import type { Exchange } from "../exchange.js";
import { credential, type ForwardCall, type Provider, type UpstreamReply } from "./provider.js";
import { CredentialScrubber, configuredCredentials } from "./credential-scrub.js";
import { UpstreamClient } from "./upstream-http.js";

type OpenAIConfig = Extract<ProviderConfig, { type: "openai" | "azure-openai" }>;

const PATHS: Partial<Record<NonNullable<Exchange["endpoint"]>, string>> = {
  "chat.completions": "/chat/completions",
  completions: "/completions",
  embeddings: "/embeddings",
};

/** The body to send: the checked body as serialised by the body reader, unless the model name must change. */
export function upstreamBody(x: Exchange, upstreamModel: string | undefined): Buffer | string {
  if (upstreamModel === undefined || upstreamModel === x.model || !x.body) return x.rawBody ?? "";
  return JSON.stringify({ ...x.body, model: upstreamModel });
}

export class OpenAIProvider implements Provider {
  readonly type: string;
  private readonly client: UpstreamClient;
  /** Built once: configured headers, the gateway's credential, content type. */
  private readonly staticHeaders: Record<string, string>;

  constructor(
    readonly name: string,
    private readonly cfg: OpenAIConfig,
    scrubber: CredentialScrubber = new CredentialScrubber(configuredCredentials({ [name]: cfg })),
  ) {
    this.type = cfg.type;
    this.client = new UpstreamClient(cfg, name, scrubber);
    const auth: Record<string, string> = {};
    if (cfg.type === "azure-openai") auth["api-key"] = credential(cfg.apiKey, name);
    else {
      if (cfg.apiKey) auth.authorization = `Bearer ${credential(cfg.apiKey, name)}`;
      if (cfg.organization) auth["openai-organization"] = cfg.organization;
    }
    this.staticHeaders = { ...cfg.headers, ...auth, "content-type": "application/json" };
  }

  supports(endpoint: Exchange["endpoint"]): boolean {
    return endpoint !== undefined && endpoint in PATHS;
  }

  forward({ x, upstreamModel, signal }: ForwardCall): Promise<UpstreamReply> {
    const suffix = PATHS[x.endpoint!]!;
    let path = suffix;
    let body = upstreamBody(x, upstreamModel);
    if (this.cfg.type === "azure-openai") {
      // Azure picks the model by deployment in the path; the body's model is ignored.
      const deployment = encodeURIComponent(upstreamModel ?? x.model ?? "");
      path = `/openai/deployments/${deployment}${suffix}?api-version=${encodeURIComponent(this.cfg.apiVersion)}`;
      body = x.rawBody ?? body;
    }
    return this.client.send({
      method: "POST",
      path,
      headers: { ...this.staticHeaders, "x-request-id": x.id },
      body,
      signal,
    });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
