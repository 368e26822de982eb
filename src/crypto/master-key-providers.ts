/**
 * Where the keyring's master keys come from. Nothing here reads the
 * environment: the CLI passes the values in.
 *
 * - **Environment value** (`parseMasterKeysValue`): `"<b64>"` (one key,
 *   version 1, as today's WARDGATE_MASTER_KEY) or `"1:<b64>,2:<b64>"`. The
 *   highest version is active, the others decrypt-only; a retired version
 *   is simply left out.
 * - **Key file** (`loadKeyringFile` / `saveKeyringFile`): JSON
 *   `{"format":"wardgate-keyring-1","versions":[{"version":1,"state":"active","key":"<b64>"}]}`,
 *   mode 0600; a retired version keeps its number and loses its key. A file
 *   group or others may access is refused. Today's secret-box key file (one
 *   base64 line) reads as version 1, so its TOTP seeds keep opening.
 * - **HashiCorp Vault transit** (`VaultTransit`, `loadVaultMasterKeys`,
 *   `wrapMasterKeys`): the master keys are stored only wrapped by a Vault
 *   transit key (`vault:v1:…`), and Vault unwraps them at load, so the disk
 *   never holds a usable key and Vault's audit log sees every load.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { request } from "undici";
import { KeyringError, type MasterKeyState, type MasterKeyVersion } from "./keyring.js";

const KEY_BYTES = 32;
const FILE_FORMAT = "wardgate-keyring-1";

/** Decodes base64 (standard or url-safe) of exactly 32 bytes; `what` names the source in the error, never the value. */
export function decodeMasterKey(value: string, what: string): Buffer {
  const text = value.trim();
  const key = Buffer.from(text, "base64");
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text) || key.length !== KEY_BYTES) {
    throw new KeyringError(`${what}: expected base64 of ${KEY_BYTES} random bytes (e.g. \`openssl rand -base64 32\`)`);
  }
  return key;
}

/** Parses the environment value: `<b64>` or `1:<b64>,2:<b64>`; `name` is the variable's name, for errors. */
export function parseMasterKeysValue(value: string | undefined, name = "WARDGATE_MASTER_KEYS"): MasterKeyVersion[] {
  if (value === undefined || value.trim() === "") throw new KeyringError(`${name}: no master key given`);
  const entries = value.split(",").map((s) => s.trim());
  if (entries.length === 1 && !entries[0]!.includes(":")) {
    return [{ version: 1, state: "active", key: decodeMasterKey(entries[0]!, name) }];
  }
  const parsed = entries.map((entry, i) => {
    const m = /^([1-9][0-9]{0,8}):(.*)$/.exec(entry);
    if (!m) throw new KeyringError(`${name}: entry ${i + 1} is not \`<version>:<base64 key>\``);
    return { version: Number(m[1]), key: decodeMasterKey(m[2]!, `${name} version ${m[1]}`) };
  });
  const newest = Math.max(...parsed.map((p) => p.version));
  return parsed.map((p) => ({ version: p.version, state: p.version === newest ? "active" : "decrypt-only", key: p.key }));
}

interface FileVersion {
  version: number;
  state: MasterKeyState;
  key?: string;
}

/**
 * Reads the keyring file. With `create`, a missing file is created (mode
 * 0600, directory 0700) holding a fresh active version 1. A file that group
 * or others may read or write is refused: its keys may already be known.
 */
export function loadKeyringFile(path: string, options: { create?: boolean } = {}): MasterKeyVersion[] {
  if (!existsSync(path)) {
    if (!options.create) throw new KeyringError(`master key file ${path}: does not exist`);
    writeNew(path, [{ version: 1, state: "active", key: randomBytes(KEY_BYTES) }]);
  }
  checkMode(path);
  const text = readFileSync(path, "utf8");
  if (!text.trimStart().startsWith("{")) return [{ version: 1, state: "active", key: decodeMasterKey(text, `master key file ${path}`) }];
  let doc: { format?: unknown; versions?: unknown };
  try {
    doc = JSON.parse(text);
  } catch {
    throw new KeyringError(`master key file ${path}: not valid JSON`);
  }
  if (doc.format !== FILE_FORMAT || !Array.isArray(doc.versions)) throw new KeyringError(`master key file ${path}: expected {"format":"${FILE_FORMAT}","versions":[…]}`);
  return (doc.versions as FileVersion[]).map((v, i) => {
    const where = `master key file ${path}: versions[${i}]`;
    if (!Number.isSafeInteger(v?.version) || v.version < 1) throw new KeyringError(`${where}: version must be a positive integer`);
    if (v.state === "retired") return { version: v.version, state: "retired" };
    if (v.state !== "active" && v.state !== "decrypt-only") throw new KeyringError(`${where}: state must be active, decrypt-only or retired`);
    if (typeof v.key !== "string") throw new KeyringError(`${where}: key missing`);
    return { version: v.version, state: v.state, key: decodeMasterKey(v.key, `${where}.key`) };
  });
}

/** Writes the keyring file atomically (temporary file 0600, then rename), so a crash never leaves half a keyring. */
export function saveKeyringFile(path: string, versions: readonly MasterKeyVersion[]): void {
  const tmp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  writeExclusive(tmp, serialise(versions));
  renameSync(tmp, path);
}

function serialise(versions: readonly MasterKeyVersion[]): string {
  const out: FileVersion[] = versions.map((v) =>
    v.state === "retired" ? { version: v.version, state: v.state } : { version: v.version, state: v.state, key: Buffer.from(v.key).toString("base64") },
  );
  return `${JSON.stringify({ format: FILE_FORMAT, versions: out }, null, 2)}\n`;
}

function writeNew(path: string, versions: readonly MasterKeyVersion[]): void {
  const dir = dirname(path);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    writeExclusive(path, serialise(versions));
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
}

function writeExclusive(path: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw err;
    throw new KeyringError(`master key file ${path}: cannot create (${code})`);
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  chmodSync(path, 0o600); // the umask may have narrowed 0600 further, never widened it; make it exact
}

function checkMode(path: string): void {
  const mode = statSync(path).mode & 0o777;
  if (mode & 0o077) {
    throw new KeyringError(`master key file ${path}: mode ${mode.toString(8).padStart(4, "0")} lets group or others access it; run chmod 600 on it`);
  }
}

// --- HashiCorp Vault transit ---

export interface VaultTransitOptions {
  /** e.g. `https://vault.internal:8200` */
  address: string;
  token: string;
  /** The transit key's name. */
  keyName: string;
  /** Vault Enterprise namespace, sent as X-Vault-Namespace. */
  namespace?: string;
}

/** A master version as stored when Vault holds the wrapping key: the key only as Vault ciphertext. */
export type WrappedMasterKeyVersion =
  | { version: number; state: "active" | "decrypt-only"; wrapped: string }
  | { version: number; state: "retired"; wrapped?: undefined };

/** Encrypt and decrypt through Vault's transit engine over its HTTP API. Errors name the key and address, never the token. */
export class VaultTransit {
  readonly #opts: VaultTransitOptions;

  constructor(options: VaultTransitOptions) {
    if (!options.token) throw new KeyringError("vault transit: no token given");
    if (!/^[A-Za-z0-9_.-]+$/.test(options.keyName)) throw new KeyringError("vault transit: key name may hold only letters, digits, '_', '.' and '-'");
    this.#opts = { ...options, address: options.address.replace(/\/+$/, "") };
  }

  async encrypt(plaintext: Uint8Array): Promise<string> {
    const data = await this.#post("encrypt", { plaintext: Buffer.from(plaintext).toString("base64") });
    if (typeof data.ciphertext !== "string") throw this.#error("encrypt", "answer has no ciphertext");
    return data.ciphertext;
  }

  async decrypt(ciphertext: string): Promise<Buffer> {
    const data = await this.#post("decrypt", { ciphertext });
    if (typeof data.plaintext !== "string") throw this.#error("decrypt", "answer has no plaintext");
    return Buffer.from(data.plaintext, "base64");
  }

  async #post(op: "encrypt" | "decrypt", body: Record<string, string>): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = { "x-vault-token": this.#opts.token, "content-type": "application/json" };
    if (this.#opts.namespace) headers["x-vault-namespace"] = this.#opts.namespace;
    let res: Awaited<ReturnType<typeof request>>;
    try {
      res = await request(`${this.#opts.address}/v1/transit/${op}/${this.#opts.keyName}`, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
        headersTimeout: 10_000,
        bodyTimeout: 10_000,
      });
    } catch (err) {
      throw this.#error(op, `unreachable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const text = await res.body.text();
    let json: { data?: Record<string, unknown>; errors?: unknown } = {};
    try {
      json = JSON.parse(text);
    } catch {
      // a proxy's HTML error page: the status says enough
    }
    if (res.statusCode === 403) throw this.#error(op, "permission denied (403): check the Vault token and its policy");
    if (res.statusCode !== 200) {
      const errors = Array.isArray(json.errors) ? `: ${json.errors.map(String).join("; ").slice(0, 200)}` : "";
      throw this.#error(op, `status ${res.statusCode}${errors}`);
    }
    if (!json.data) throw this.#error(op, "answer has no data");
    return json.data;
  }

  #error(op: string, why: string): KeyringError {
    return new KeyringError(`vault transit ${op} with key ${this.#opts.keyName} at ${this.#opts.address}: ${why}`);
  }
}

/** Unwraps stored master versions through Vault: the keyring's versions, ready for `new Keyring(...)`. */
export async function loadVaultMasterKeys(transit: VaultTransit, wrapped: readonly WrappedMasterKeyVersion[]): Promise<MasterKeyVersion[]> {
  return Promise.all(
    wrapped.map(async (v): Promise<MasterKeyVersion> => {
      if (v.state === "retired") return { version: v.version, state: "retired" };
      const key = await transit.decrypt(v.wrapped);
      if (key.length !== KEY_BYTES) throw new KeyringError(`vault transit: master key version ${v.version} unwrapped to ${key.length} bytes, expected ${KEY_BYTES}`);
      return { version: v.version, state: v.state, key };
    }),
  );
}

/** Wraps master versions through Vault for storing (after `rotate` or `retire`); retired versions carry no key. */
export async function wrapMasterKeys(transit: VaultTransit, versions: readonly MasterKeyVersion[]): Promise<WrappedMasterKeyVersion[]> {
  return Promise.all(
    versions.map(async (v): Promise<WrappedMasterKeyVersion> =>
      v.state === "retired" ? { version: v.version, state: "retired" } : { version: v.version, state: v.state, wrapped: await transit.encrypt(v.key) },
    ),
  );
}
