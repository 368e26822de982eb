/**
 * `crypto:` in wardgate.yaml: where the keyring's master keys come from.
 *
 *   crypto:
 *     masterKey:
 *       provider: file                  # default: <dataDir>/master-keys.json, created 0600 at first start
 *       path: /etc/wardgate/master-keys.json
 *   # or
 *       provider: env                   # the variable holds "<b64>" or "1:<b64>,2:<b64>"
 *       variable: WARDGATE_MASTER_KEYS
 *   # or
 *       provider: vault                 # keys stored wrapped by a Vault transit key
 *       address: https://vault.internal:8200
 *       tokenVariable: VAULT_TOKEN
 *       keyName: wardgate
 *       wrappedKeysFile: <dataDir>/master-keys.vault.json
 *
 * Without `crypto:`, WARDGATE_MASTER_KEYS (or the older WARDGATE_MASTER_KEY)
 * selects the env provider when set; otherwise the file provider is used.
 */
import { z } from "zod";
import { httpUrl } from "./fields.js";

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "expected an environment variable name");


const fileProvider = z.strictObject({
  provider: z.literal("file"),
  /** Default <dataDir>/master-keys.json. */
  path: z.string().min(1).optional(),
});

const envProvider = z.strictObject({
  provider: z.literal("env"),
  variable: envName.default("WARDGATE_MASTER_KEYS"),
});

const vaultProvider = z.strictObject({
  provider: z.literal("vault"),
  address: httpUrl,
  /** The variable holding the Vault token (never the token itself in the config). */
  tokenVariable: envName.default("VAULT_TOKEN"),
  keyName: z.string().regex(/^[A-Za-z0-9_.-]+$/, "expected a transit key name of letters, digits, '_', '.' or '-'"),
  namespace: z.string().min(1).optional(),
  /** Default <dataDir>/master-keys.vault.json. */
  wrappedKeysFile: z.string().min(1).optional(),
});

export const masterKeySchema = z.discriminatedUnion("provider", [fileProvider, envProvider, vaultProvider]);

export const cryptoSchema = z
  .strictObject({
    /** Absent: env when WARDGATE_MASTER_KEYS or WARDGATE_MASTER_KEY is set, else file. */
    masterKey: masterKeySchema.optional(),
  })
  .prefault({});

export type MasterKeyConfig = z.output<typeof masterKeySchema>;
export type CryptoConfig = z.output<typeof cryptoSchema>;
