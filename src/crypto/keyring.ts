/**
 * The keyring: envelope encryption under versioned master keys.
 *
 * Each tenant's data key is derived with HKDF-SHA256 from a master key
 * version, so a stolen data key opens one tenant's values under one version,
 * and nothing but the master keys needs storing. A value is sealed with
 * AES-256-GCM under the active version's data key and reads
 *
 *   `wgk1.<master version>.<key id>.<base64url(tenant)>.<base64url(iv | tag | ciphertext)>`
 *
 * The version says which master key opens it, the key id (a hash prefix, see
 * `keyId`) tells a wrong key for that version from a damaged value, and the
 * tenant is carried so a value copied to another tenant is refused by name.
 * The additional data binds the value to the format, version, tenant and the
 * caller's `aad` (its owner: an account id, a row id), so none of them can be
 * swapped without the tag failing.
 *
 * Rotation: `rotate()` adds a version and makes it active; the previous one
 * becomes decrypt-only. Values sealed under it still open, `needsRewrap` says
 * which, and `rewrap` moves each to the active version without handing the
 * plaintext to the caller. `retire(version, count)` then drops the old key,
 * refusing while `count` says stored values still need it.
 *
 * Today's secret-box values (`wgsb1.<key id>.…`, one key, no tenant) open
 * when a version holds that same key, and rewrap into `wgk1`.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { keyId, secretBox } from "./secret-box.js";

export type MasterKeyState = "active" | "decrypt-only" | "retired";

/** One master key version. A retired version has no key: nothing may open with it again. */
export type MasterKeyVersion =
  | { version: number; state: "active" | "decrypt-only"; key: Uint8Array }
  | { version: number; state: "retired"; key?: undefined };

/** What may be shown about a version: never the key. */
export interface MasterKeyInfo {
  version: number;
  state: MasterKeyState;
  /** Public hash prefix of the key; undefined once retired. */
  keyId: string | undefined;
}

/** Which key sealed a value, read from its header without opening it. */
export interface SealedBy {
  format: "wgk1" | "wgsb1";
  /** The master version; for a `wgsb1` value, the version holding its key, if any. */
  version: number | undefined;
  keyId: string;
}

/** How many stored values a master version still seals; `retire` refuses while this is above zero. */
export type CountSealedBy = (version: number) => number;

export class KeyringError extends Error {
  override name = "KeyringError";
}

const FORMAT = "wgk1";
const LEGACY_FORMAT = "wgsb1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** HKDF salt and purpose label: a data key from this derivation is for nothing else. */
const HKDF_SALT = Buffer.from("wardgate/keyring/v1");
const PURPOSE = "tenant-data-key";

export class Keyring {
  readonly #versions = new Map<number, MasterKeyVersion>();
  #active: number;

  constructor(versions: readonly MasterKeyVersion[]) {
    if (versions.length === 0) throw new KeyringError("keyring: no master key versions (missing master key?)");
    const ids = new Set<string>();
    for (const v of versions) {
      if (!Number.isSafeInteger(v.version) || v.version < 1) throw new KeyringError(`keyring: master key version ${String(v.version)} is not a positive integer`);
      if (this.#versions.has(v.version)) throw new KeyringError(`keyring: master key version ${v.version} appears twice`);
      if (v.state !== "retired") {
        checkKey(v.key, v.version);
        const id = keyId(v.key);
        // Two versions with one key would make a legacy value's version ambiguous, and rotation pointless.
        if (ids.has(id)) throw new KeyringError(`keyring: master key version ${v.version} repeats the key of another version`);
        ids.add(id);
      }
      this.#versions.set(v.version, v.state === "retired" ? { version: v.version, state: "retired" } : { ...v, key: Buffer.from(v.key) });
    }
    const active = versions.filter((v) => v.state === "active");
    if (active.length !== 1) throw new KeyringError(`keyring: expected exactly one active master key version, found ${active.length}`);
    this.#active = active[0]!.version;
  }

  /**
   * Takes another set of versions in place (a running gateway picking up a
   * `crypto rotate` made by another process), checked like the constructor;
   * everyone holding this keyring sees the new set at once.
   */
  replaceVersions(versions: readonly MasterKeyVersion[]): void {
    const next = new Keyring(versions);
    this.#versions.clear();
    for (const v of next.export()) this.#versions.set(v.version, v);
    this.#active = next.activeVersion;
  }

  get activeVersion(): number {
    return this.#active;
  }

  /** Every version, oldest first, without keys. */
  versions(): MasterKeyInfo[] {
    return [...this.#versions.values()]
      .sort((a, b) => a.version - b.version)
      .map((v) => ({ version: v.version, state: v.state, keyId: v.state === "retired" ? undefined : keyId(v.key) }));
  }

  /** The versions with their keys, for a provider to persist. Never log this. */
  export(): MasterKeyVersion[] {
    return [...this.#versions.values()]
      .sort((a, b) => a.version - b.version)
      .map((v) => (v.state === "retired" ? { ...v } : { ...v, key: Buffer.from(v.key) }));
  }

  seal(tenant: string, plaintext: string | Uint8Array, aad: string): string {
    checkTenant(tenant);
    const master = this.#versions.get(this.#active) as MasterKeyVersion & { key: Uint8Array };
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", dataKey(master.key, tenant), iv);
    cipher.setAAD(additionalData(master.version, tenant, aad));
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const body = Buffer.concat([iv, cipher.getAuthTag(), ct]).toString("base64url");
    return `${FORMAT}.${master.version}.${keyId(master.key)}.${Buffer.from(tenant).toString("base64url")}.${body}`;
  }

  /**
   * A keyed hash (HMAC-SHA256, hex) of `value`, for finding a value that must
   * not be stored in clear (an e-mail address with no account, say). The key
   * is derived for `purpose` from the active master version, so the hash is
   * not guessable from the database alone; it changes when that version does.
   */
  keyedHash(purpose: string, value: string): string {
    const master = this.#versions.get(this.#active) as MasterKeyVersion & { key: Uint8Array };
    const info = Buffer.from(JSON.stringify([FORMAT, "keyed-hash", purpose]));
    return createHmac("sha256", Buffer.from(hkdfSync("sha256", master.key, HKDF_SALT, info, KEY_BYTES)))
      .update(value)
      .digest("hex");
  }

  /**
   * Opens a value sealed for `tenant` and `aad` by any version still holding
   * its key. A legacy `wgsb1` value was bound to `aad` only (it has no
   * tenant), so for it `tenant` is not checked; `rewrap` binds it.
   */
  open(tenant: string, ciphertext: string, aad: string): Buffer {
    checkTenant(tenant);
    if (ciphertext.startsWith(`${LEGACY_FORMAT}.`)) return this.#openLegacy(ciphertext, aad);
    const parsed = parse(ciphertext);
    if (parsed.tenant !== tenant) throw new KeyringError(`keyring: value was sealed for another tenant, not ${JSON.stringify(tenant)}`);
    const key = this.#keyFor(parsed.version, parsed.keyId);
    const decipher = createDecipheriv("aes-256-gcm", dataKey(key, tenant), parsed.iv);
    decipher.setAAD(additionalData(parsed.version, tenant, aad));
    decipher.setAuthTag(parsed.tag);
    try {
      return Buffer.concat([decipher.update(parsed.ct), decipher.final()]);
    } catch {
      throw new KeyringError("keyring: value does not open (altered, or sealed for another owner)");
    }
  }

  /** Which version sealed a value (from its header; the value is not opened). */
  sealedBy(ciphertext: string): SealedBy {
    if (ciphertext.startsWith(`${LEGACY_FORMAT}.`)) {
      const [, kid] = ciphertext.split(".");
      const holder = [...this.#versions.values()].find((v) => v.state !== "retired" && keyId(v.key) === kid);
      return { format: LEGACY_FORMAT, version: holder?.version, keyId: kid ?? "" };
    }
    const { version, keyId: kid } = parse(ciphertext);
    return { format: FORMAT, version, keyId: kid };
  }

  /** True when a value is not sealed by the active version in the current format. */
  needsRewrap(ciphertext: string): boolean {
    const by = this.sealedBy(ciphertext);
    return by.format !== FORMAT || by.version !== this.#active;
  }

  /**
   * Re-seals a value under the active version for `tenant`; the plaintext
   * stays inside and its buffer is zeroed. A value already current is
   * returned unchanged. A legacy `wgsb1` value carries no tenant: the caller
   * names the tenant it belongs to, and from then on it is bound to it.
   */
  rewrap(tenant: string, ciphertext: string, aad: string): string {
    if (!this.needsRewrap(ciphertext)) {
      this.open(tenant, ciphertext, aad).fill(0); // still proves it belongs to tenant and aad
      return ciphertext;
    }
    const plaintext = this.open(tenant, ciphertext, aad);
    try {
      return this.seal(tenant, plaintext, aad);
    } finally {
      plaintext.fill(0);
    }
  }

  /**
   * Adds a master version (a fresh random key, or `key`) and makes it
   * active; the previously active one becomes decrypt-only. Returns the new
   * version number. Persisting the new set is the provider's job.
   */
  rotate(key: Uint8Array = randomBytes(KEY_BYTES)): number {
    const version = Math.max(...this.#versions.keys()) + 1;
    checkKey(key, version);
    const id = keyId(key);
    if ([...this.#versions.values()].some((v) => v.state !== "retired" && keyId(v.key) === id)) {
      throw new KeyringError(`keyring: the key for master version ${version} is already in the keyring`);
    }
    const previous = this.#versions.get(this.#active) as MasterKeyVersion & { key: Uint8Array };
    this.#versions.set(previous.version, { ...previous, state: "decrypt-only" });
    this.#versions.set(version, { version, state: "active", key: Buffer.from(key) });
    this.#active = version;
    return version;
  }

  /**
   * Retires a decrypt-only version: its key is dropped and values it sealed
   * no longer open. `countSealedBy` is the caller's count of stored values
   * that version still seals (use `sealedBy` over every stored value); while
   * it is above zero, retiring is refused, so no data is stranded.
   */
  retire(version: number, countSealedBy: CountSealedBy): void {
    const v = this.#versions.get(version);
    if (!v) throw new KeyringError(`keyring: master key version ${version} is not in the keyring`);
    if (v.state === "retired") return;
    if (v.state === "active") throw new KeyringError(`keyring: master key version ${version} is active; rotate before retiring it`);
    const remaining = countSealedBy(version);
    if (remaining > 0) throw new KeyringError(`keyring: master key version ${version} still seals ${remaining} stored value(s); rewrap them first`);
    if (v.key instanceof Buffer) v.key.fill(0);
    this.#versions.set(version, { version, state: "retired" });
  }

  #keyFor(version: number, sealedKeyId: string): Uint8Array {
    const v = this.#versions.get(version);
    if (!v) throw new KeyringError(`keyring: value was sealed by master key version ${version}, which is not in the keyring`);
    if (v.state === "retired") throw new KeyringError(`keyring: value was sealed by master key version ${version}, which is retired`);
    const id = keyId(v.key);
    if (id !== sealedKeyId) {
      throw new KeyringError(`keyring: value was sealed by key ${sealedKeyId} as master version ${version}, but this keyring's version ${version} is key ${id} (wrong master key?)`);
    }
    return v.key;
  }

  #openLegacy(ciphertext: string, aad: string): Buffer {
    const { version, keyId: kid } = this.sealedBy(ciphertext);
    if (version === undefined) throw new KeyringError(`keyring: legacy value was sealed by key ${kid}, which no master key version in the keyring holds`);
    const v = this.#versions.get(version) as MasterKeyVersion & { key: Uint8Array };
    try {
      return secretBox(v.key).open(ciphertext, aad);
    } catch (err) {
      throw new KeyringError(`keyring: legacy ${(err as Error).message}`);
    }
  }
}

/** A tenant's data key under one master key: HKDF-SHA256, salt and info naming the purpose and tenant. */
function dataKey(master: Uint8Array, tenant: string): Buffer {
  const info = Buffer.from(JSON.stringify([FORMAT, PURPOSE, tenant]));
  return Buffer.from(hkdfSync("sha256", master, HKDF_SALT, info, KEY_BYTES));
}

/** Format, version, tenant and owner as one unambiguous byte string (JSON: no field can bleed into the next). */
function additionalData(version: number, tenant: string, aad: string): Buffer {
  return Buffer.from(JSON.stringify([FORMAT, version, tenant, aad]));
}

interface Parsed {
  version: number;
  keyId: string;
  tenant: string;
  iv: Buffer;
  tag: Buffer;
  ct: Buffer;
}

function parse(ciphertext: string): Parsed {
  const parts = ciphertext.split(".");
  const [format, version, kid, tenant, body] = parts;
  if (format !== FORMAT || parts.length !== 5 || !version || !kid || tenant === undefined || !body) {
    throw new KeyringError("keyring: not a sealed value of a known format");
  }
  if (!/^[1-9][0-9]{0,15}$/.test(version)) throw new KeyringError("keyring: sealed value has no valid master key version");
  const raw = Buffer.from(body, "base64url");
  if (raw.length < IV_BYTES + TAG_BYTES) throw new KeyringError("keyring: truncated value");
  return {
    version: Number(version),
    keyId: kid,
    tenant: Buffer.from(tenant, "base64url").toString(),
    iv: raw.subarray(0, IV_BYTES),
    tag: raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES),
    ct: raw.subarray(IV_BYTES + TAG_BYTES),
  };
}

function checkKey(key: Uint8Array | undefined, version: number): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) throw new KeyringError(`keyring: master key version ${version}: expected ${KEY_BYTES} bytes`);
}

function checkTenant(tenant: string): void {
  if (typeof tenant !== "string" || tenant.length === 0) throw new KeyringError("keyring: a tenant id is required");
}
