/**
 * `apiKey: { secret: <name> }`: a provider credential kept sealed in the
 * store instead of in the config. References are resolved once, at serve
 * start; a missing secret is a config error naming the key, so a gateway
 * never starts sending a wrong or empty credential.
 */
import { ConfigError } from "./load.js";
import type { Config } from "./schema.js";

export interface SecretRef {
  /** e.g. `providers.openai.apiKey` */
  path: string;
  name: string;
}

/** Every `{ secret }` reference in the config. */
export function secretRefs(config: Config): SecretRef[] {
  const refs: SecretRef[] = [];
  for (const [provider, p] of Object.entries(config.providers)) {
    if ("apiKey" in p && p.apiKey !== undefined && typeof p.apiKey !== "string") refs.push({ path: `providers.${provider}.apiKey`, name: p.apiKey.secret });
  }
  return refs;
}

/**
 * Replaces every reference with the stored value (in place). `lookup`
 * returns the plaintext, or undefined when no secret has that name; every
 * missing one is reported at once.
 */
export async function resolveSecretRefs(config: Config, lookup: (name: string) => Promise<string | undefined>): Promise<void> {
  const problems: string[] = [];
  for (const ref of secretRefs(config)) {
    const value = await lookup(ref.name);
    if (value === undefined) {
      problems.push(`${ref.path}: secret "${ref.name}" is not stored (store it with: wardgate secrets set ${ref.name})`);
      continue;
    }
    const provider = config.providers[ref.path.split(".")[1]!]!;
    if ("apiKey" in provider) provider.apiKey = value;
  }
  if (problems.length) throw new ConfigError(`config is invalid:\n  ${problems.join("\n  ")}`, problems);
}
