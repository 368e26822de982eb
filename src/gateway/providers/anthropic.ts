/**
 * Anthropic's Messages API. The caller's `anthropic-version` and
 * `anthropic-beta` headers pass through; the credential is the gateway's.
 */
import type { ProviderConfig } from "../../config/schema.js";
import type { Exchange } from "../exchange.js";
import { upstreamBody } from "./openai.js";
import { credential, type ForwardCall, type Provider, type UpstreamReply } from "./provider.js";
import { CredentialScrubber, configuredCredentials } from "./credential-scrub.js";
import { UpstreamClient } from "./upstream-http.js";

type AnthropicConfig = Extract<ProviderConfig, { type: "anthropic" }>;

export class AnthropicProvider implements Provider {
  readonly type = "anthropic";
  private readonly client: UpstreamClient;
  private readonly apiKey: string;

  constructor(
    readonly name: string,
    private readonly cfg: AnthropicConfig,
    scrubber: CredentialScrubber = new CredentialScrubber(configuredCredentials({ [name]: cfg })),
  ) {
      this.apiKey = credential(cfg.apiKey, name);
      this.client = new UpstreamClient(cfg, name, scrubber);
  }

  supports(endpoint: Exchange["endpoint"]): boolean {
    return endpoint === "messages";
  }

  forward({ x, upstreamModel, signal }: ForwardCall): Promise<UpstreamReply> {
    const version = x.req.headers["anthropic-version"];
    const beta = x.req.headers["anthropic-beta"];
    const headers: Record<string, string> = {
      ...this.cfg.headers,
      "x-api-key": this.apiKey,
      "anthropic-version": typeof version === "string" && /^[\w.-]{1,32}$/.test(version) ? version : this.cfg.version,
      "content-type": "application/json",
      accept: x.stream ? "text/event-stream" : "application/json",
    };
    if (typeof beta === "string" && /^[\w.,-]{1,256}$/.test(beta)) headers["anthropic-beta"] = beta;
    return this.client.send({ method: "POST", path: "/v1/messages", headers, body: upstreamBody(x, upstreamModel), signal });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
