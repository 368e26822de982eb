/** Builds the provider adapters named in the config. */
import type { Config } from "../../config/schema.js";
import { AnthropicProvider } from "./anthropic.js";
import { CredentialScrubber, configuredCredentials } from "./credential-scrub.js";
import { DemoProvider } from "./demo/provider.js";
import { HttpProvider } from "./http.js";
import { OpenAIProvider } from "./openai.js";
import type { Provider } from "./provider.js";

export function createProviders(cfg: Config): Map<string, Provider> {
  const out = new Map<string, Provider>();
  // One scrubber for all: no upstream's reply may carry any provider's credential to a caller.
  const scrubber = new CredentialScrubber(configuredCredentials(cfg.providers));
  for (const [name, p] of Object.entries(cfg.providers)) {
    switch (p.type) {
      case "openai":
      case "azure-openai":
        out.set(name, new OpenAIProvider(name, p, scrubber));
        break;
      case "anthropic":
        out.set(name, new AnthropicProvider(name, p, scrubber));
        break;
      case "http":
        out.set(name, new HttpProvider(name, p, scrubber));
        break;
      case "demo":
        out.set(name, new DemoProvider(name, p));
        break;
    }
  }
  return out;
}
