/**
 * The keyring as `wardgate serve` and the CLI load it: the master-key
 * source chosen from `crypto.masterKey` and the environment (this is the
 * CLI, the one place that reads it), checked against the store's canary
 * before anything sealed is written.
 */
import { join, resolve } from "node:path";
import type { Config } from "../config/schema.js";
import { Keyring, KeyringError } from "../crypto/keyring.js";
import { envSource, fileSource, type MasterKeySource, vaultSource } from "../crypto/master-key-source.js";
import { CANARY_AAD, CANARY_PLAINTEXT, CANARY_TENANT } from "../crypto/sealed-values.js";
import type { Store } from "../store/store.js";

export interface LoadedKeyring {
  keyring: Keyring;
  source: MasterKeySource;
}

/** Where the master keys are: `crypto.masterKey`, else WARDGATE_MASTER_KEYS / WARDGATE_MASTER_KEY when set, else <dataDir>/master-keys.json. */
export function masterKeySource(config: Config, env: NodeJS.ProcessEnv = process.env): MasterKeySource {
  const mk = config.crypto.masterKey;
  const legacyFile = join(config.dataDir, "master.key");
  if (!mk) {
    if (env.WARDGATE_MASTER_KEYS) return envSource("WARDGATE_MASTER_KEYS", env.WARDGATE_MASTER_KEYS);
    if (env.WARDGATE_MASTER_KEY) return envSource("WARDGATE_MASTER_KEY", env.WARDGATE_MASTER_KEY);
    return fileSource(join(config.dataDir, "master-keys.json"), legacyFile);
  }
  switch (mk.provider) {
    case "file":
      return fileSource(resolve(config.dataDir, mk.path ?? "master-keys.json"), legacyFile);
    case "env":
      return envSource(mk.variable, env[mk.variable]);
    case "vault": {
      const token = env[mk.tokenVariable];
      if (!token) throw new KeyringError(`crypto.masterKey.tokenVariable: environment variable ${mk.tokenVariable} (the Vault token) is not set`);
      return vaultSource(
        { address: mk.address, token, keyName: mk.keyName, ...(mk.namespace ? { namespace: mk.namespace } : {}) },
        resolve(config.dataDir, mk.wrappedKeysFile ?? "master-keys.vault.json"),
      );
    }
  }
}

/**
 * Loads the keyring and proves it is the one this store's values were
 * sealed with, before the caller writes anything:
 * - the store has a canary: it must open, else the error names the provider
 *   and the master version that sealed it (never a key);
 * - no canary yet (first start, or the first start after an upgrade): a key
 *   source is created if none exists, every stored value must be readable by
 *   its header (e.g. TOTP seeds sealed with the old master.key), and then the
 *   canary is written (unless `readOnly`).
 * A store with a canary never gets a fresh key: a missing key file is an error.
 */
export async function loadKeyring(config: Config, store: Store, env: NodeJS.ProcessEnv = process.env, options: { readOnly?: boolean } = {}): Promise<LoadedKeyring> {
  const source = masterKeySource(config, env);
  const canary = await store.sealed.canary();
  let keyring: Keyring;
  try {
    keyring = new Keyring(await source.load({ create: canary === undefined && !options.readOnly }));
  } catch (err) {
    const why = (err as Error).message;
    const hint = canary === undefined ? "" : `; this store holds data sealed by master key version ${versionOf(canary)}`;
    throw new KeyringError(`cannot load the master keys from ${source.description}: ${why}${hint}`);
  }
  if (canary !== undefined) {
    try {
      keyring.open(CANARY_TENANT, canary, CANARY_AAD).fill(0);
    } catch (err) {
      throw new KeyringError(
        `the master keys from ${source.description} do not open this store's data (its canary was sealed by master key version ${versionOf(canary)}; ` +
          `this keyring has ${describeVersions(keyring)}): wrong master key? (${(err as Error).message})`,
      );
    }
    return { keyring, source };
  }
  const census = await store.sealed.census(keyring);
  if (census.unreadable > 0) {
    throw new KeyringError(
      `the master keys from ${source.description} cannot open ${census.unreadable} value(s) stored sealed in this store ` +
        `(this keyring has ${describeVersions(keyring)}): wrong master key? Restore the key that sealed them (e.g. the old master.key or WARDGATE_MASTER_KEY)`,
    );
  }
  if (!options.readOnly) {
    // Another process may have started first with other keys: the stored canary is the one that counts.
    const stored = await store.sealed.initCanary(keyring.seal(CANARY_TENANT, CANARY_PLAINTEXT, CANARY_AAD));
    try {
      keyring.open(CANARY_TENANT, stored, CANARY_AAD).fill(0);
    } catch {
      throw new KeyringError(`the master keys from ${source.description} do not open this store's data (its canary was sealed by master key version ${versionOf(stored)}): wrong master key?`);
    }
  }
  return { keyring, source };
}

function versionOf(sealed: string): string {
  const m = /^wgk1\.(\d+)\.([0-9a-f]+)\./.exec(sealed);
  return m ? `${m[1]} (key id ${m[2]})` : "unknown";
}

function describeVersions(keyring: Keyring): string {
  return keyring
    .versions()
    .map((v) => `version ${v.version} ${v.state}${v.keyId ? ` (key id ${v.keyId})` : ""}`)
    .join(", ");
}

/**
 * Keeps a running process's keyring in step with `crypto rotate`/`retire` run
 * elsewhere. Every `intervalMs` it looks at the key source (a file's mtime,
 * not its keys): when it changed, the source is loaded again and the new set
 * is taken in place if it still opens the store's canary, so the gateway and
 * the admin app seal with the new version and open everything `crypto
 * rewrap` writes. An env source cannot change under a running process: when
 * the canary shows a newer version than this keyring has, that is reported
 * (once per reason) until the process is restarted with the new value.
 */
export function watchKeyring(loaded: LoadedKeyring, store: Store, report: (event: { reloaded: boolean; active: number; reason?: string }) => void, intervalMs = 5_000): () => void {
  const { keyring, source } = loaded;
  let stamp = source.stamp();
  let busy = false;
  let warned = "";
  const warn = (reason: string) => {
    if (reason !== warned) report({ reloaded: false, active: keyring.activeVersion, reason });
    warned = reason;
  };
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      const now = source.stamp();
      const canary = await store.sealed.canary();
      if (now !== stamp) {
        const next = new Keyring(await source.load({ create: false }));
        if (canary !== undefined) next.open(CANARY_TENANT, canary, CANARY_AAD).fill(0);
        stamp = now;
        keyring.replaceVersions(next.export());
        warned = "";
        report({ reloaded: true, active: keyring.activeVersion });
        return;
      }
      const sealedBy = canary === undefined ? undefined : keyring.sealedBy(canary).version;
      if (sealedBy !== undefined && sealedBy > keyring.activeVersion) warn(`the store's canary is sealed by master key version ${sealedBy}, newer than this process's keys (${source.description}): restart with the new keys`);
    } catch (err) {
      warn((err as Error).message);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void check(), intervalMs).unref();
  return () => clearInterval(timer);
}
