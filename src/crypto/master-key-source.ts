/**
 * One place the keyring's master keys are kept, loaded and (after rotate or
 * retire) saved: a key file, an environment value, or keys wrapped by a
 * Vault transit key. The CLI picks one from the config and environment
 * (`cli/keyring.ts`); nothing here reads the environment.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { KeyringError, type MasterKeyVersion } from "./keyring.js";
import {
  loadKeyringFile,
  loadVaultMasterKeys,
  parseMasterKeysValue,
  saveKeyringFile,
  VaultTransit,
  type VaultTransitOptions,
  type WrappedMasterKeyVersion,
  wrapMasterKeys,
} from "./master-key-providers.js";

/** What saving did: written in place, or (env) the value the operator must set. */
export type SaveResult = { written: true } | { written: false; variable: string; value: string };

export interface MasterKeySource {
  readonly kind: "file" | "env" | "vault";
  /** Names the provider for messages (a path, a variable name, a Vault key and address), never a key. */
  readonly description: string;
  /** The file holding the keys themselves (the file provider), for checks of where it lives and who can read it. */
  readonly file?: string;
  /** Loads the versions; with `create`, a source with no keys yet gets a fresh version 1 (env cannot). */
  load(options: { create: boolean }): Promise<MasterKeyVersion[]>;
  /** Changes when the stored keys may have changed (a file's mtime and size); constant for env. */
  stamp(): string;
  save(versions: readonly MasterKeyVersion[]): Promise<SaveResult>;
}

/**
 * The JSON key file (0600). Today's one-line `master.key` (`legacyPath`)
 * is migrated at first load: its key becomes version 1 of the new file and
 * the old file is removed, so TOTP seeds sealed with it keep opening.
 */
export function fileSource(path: string, legacyPath?: string): MasterKeySource {
  return {
    kind: "file",
    description: `master key file ${path}`,
    file: path,
    stamp: () => fileStamp(path),
    async load({ create }) {
      if (!existsSync(path) && legacyPath !== undefined && existsSync(legacyPath)) {
        const versions = loadKeyringFile(legacyPath); // refuses a world-readable one
        if (!existsSync(dirname(path))) mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
        saveKeyringFile(path, versions);
        unlinkSync(legacyPath); // one copy of the key, not two
        return versions;
      }
      return loadKeyringFile(path, { create });
    },
    async save(versions) {
      saveKeyringFile(path, versions);
      return { written: true };
    },
  };
}

/** `"<b64>"` or `"1:<b64>,2:<b64>"` from an environment variable; saving means printing the new value. */
export function envSource(variable: string, value: string | undefined): MasterKeySource {
  return {
    kind: "env",
    description: `environment variable ${variable}`,
    stamp: () => "env",
    async load() {
      return parseMasterKeysValue(value, variable);
    },
    async save(versions) {
      const live = versions.filter((v): v is MasterKeyVersion & { key: Uint8Array } => v.state !== "retired");
      return { written: false, variable, value: live.map((v) => `${v.version}:${Buffer.from(v.key).toString("base64")}`).join(",") };
    },
  };
}

const VAULT_FILE_FORMAT = "wardgate-keyring-vault-1";

/** Master keys stored only wrapped by a Vault transit key (`file`), unwrapped through Vault at each load. */
export function vaultSource(options: VaultTransitOptions, file: string): MasterKeySource {
  const transit = new VaultTransit(options);
  const description = `Vault transit key ${options.keyName} at ${options.address} (wrapped keys in ${file})`;
  const write = async (versions: readonly MasterKeyVersion[]) => {
    const wrapped = await wrapMasterKeys(transit, versions);
    if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ format: VAULT_FILE_FORMAT, versions: wrapped }, null, 2)}\n`, { mode: 0o600, flag: "wx" });
    chmodSync(tmp, 0o600);
    renameSync(tmp, file);
  };
  return {
    kind: "vault",
    description,
    stamp: () => fileStamp(file),
    async load({ create }) {
      if (!existsSync(file)) {
        if (!create) throw new KeyringError(`${description}: the wrapped keys file does not exist`);
        const versions: MasterKeyVersion[] = [{ version: 1, state: "active", key: randomBytes(32) }];
        await write(versions);
        return versions;
      }
      if (statSync(file).mode & 0o022) throw new KeyringError(`${description}: the wrapped keys file is writable by group or others; run chmod 600 on it`);
      let doc: { format?: unknown; versions?: unknown };
      try {
        doc = JSON.parse(readFileSync(file, "utf8"));
      } catch {
        throw new KeyringError(`${description}: the wrapped keys file is not valid JSON`);
      }
      if (doc.format !== VAULT_FILE_FORMAT || !Array.isArray(doc.versions)) throw new KeyringError(`${description}: expected {"format":"${VAULT_FILE_FORMAT}","versions":[…]}`);
      return loadVaultMasterKeys(transit, doc.versions as WrappedMasterKeyVersion[]);
    },
    async save(versions) {
      await write(versions);
      return { written: true };
    },
  };
}

function fileStamp(path: string): string {
  try {
    const st = statSync(path);
    return `${st.mtimeMs}:${st.size}:${st.ino}`;
  } catch {
    return "missing";
  }
}
