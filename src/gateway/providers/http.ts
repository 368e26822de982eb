/**
 * Generic HTTP inference services (fraud scoring, classifiers, any JSON model
 * endpoint), exposed at /inference/<route>/<path> → <baseUrl>/<path>.
 */
import type { ProviderConfig } from "../../config/schema.js";
import type { Exchange } from "../exchange.js";
import type { ForwardCall, Provider, UpstreamReply } from "./provider.js";
import { CredentialScrubber, configuredCredentials } from "./credential-scrub.js";
import { UpstreamClient } from "./upstream-http.js";

type HttpConfig = Extract<ProviderConfig, { type: "http" }>;

export class HttpProvider implements Provider {
  readonly type = "http";
  private readonly client: UpstreamClient;

  constructor(
    readonly name: string,
    private readonly cfg: HttpConfig,
    scrubber: CredentialScrubber = new CredentialScrubber(configuredCredentials({ [name]: cfg })),
  ) {
    this.client = new UpstreamClient(cfg, name, scrubber);
  }

  supports(endpoint: Exchange["endpoint"]): boolean {
    return endpoint === "inference";
  }

  forward({ x, signal }: ForwardCall): Promise<UpstreamReply> {
    const method = x.req.method ?? "POST";
    const hasBody = x.rawBody !== undefined && method !== "GET" && method !== "DELETE";
    const headers: Record<string, string> = { ...this.cfg.headers, accept: "application/json", "x-request-id": x.id };
    if (hasBody) headers["content-type"] = "application/json";
    return this.client.send({
      method,
      path: `${x.routePath ?? "/"}${x.search}`,
      headers,
      ...(hasBody ? { body: x.rawBody } : {}),
      signal,
    });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
