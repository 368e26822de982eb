/**
 * A minimal secret box: AES-256-GCM under one master key, for small secrets
 * that must be stored but never in plain text (TOTP seeds). A ciphertext is
 * `wgsb1.<key id>.<base64url(iv | tag | ciphertext)>`: the version and key id
 * let a later keyring (issue 5) rotate the master key without guessing which
 * key sealed what. The additional data binds a ciphertext to its owner (an
 * account id), so a sealed value copied onto another row does not open.
 */
import { createCipheriv, createDecipheriv, hash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, openSync, closeSync, readFileSync, statSync, writeSync } from "node:fs";
import { dirname } from "node:path";

export interface SecretBox {
  seal(plaintext: string | Uint8Array, aad: string): string;
  /** Throws when the ciphertext was not sealed by this key for this `aad`, or was altered. */
  open(ciphertext: string, aad: string): Buffer;
}

const VERSION = "wgsb1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A short public name for a key: enough to tell keys apart, nothing about the key itself. */
export function keyId(key: Uint8Array): string {
  return hash("sha256", Buffer.concat([Buffer.from("wardgate-master-key-id:"), key]), "hex").slice(0, 8);
}

export function secretBox(key: Uint8Array): SecretBox {
  if (key.length !== 32) throw new Error("master key: expected 32 bytes");
  const id = keyId(key);
  return {
    seal(plaintext, aad) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(aad));
      const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return `${VERSION}.${id}.${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString("base64url")}`;
    },
    open(ciphertext, aad) {
      const [version, kid, body, extra] = ciphertext.split(".");
      if (version !== VERSION || !body || extra !== undefined) throw new Error("secret box: not a sealed value of a known version");
      if (kid !== id) throw new Error(`secret box: sealed with key ${kid}, not the current master key ${id}`);
      const raw = Buffer.from(body, "base64url");
      if (raw.length < IV_BYTES + TAG_BYTES) throw new Error("secret box: truncated value");
      const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(aad));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      } catch {
        throw new Error("secret box: value does not open (altered, or sealed for something else)");
      }
    },
  };
}

/** Parses `WARDGATE_MASTER_KEY`: base64 of exactly 32 bytes. */
export function parseMasterKey(value: string): Buffer {
  const key = Buffer.from(value.trim(), "base64");
  if (key.length !== 32 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value.trim())) {
    throw new Error("WARDGATE_MASTER_KEY: expected base64 of 32 random bytes (e.g. `openssl rand -base64 32`)");
  }
  return key;
}

/**
 * Reads the key file, creating it (mode 0600, 32 random bytes, base64) on
 * first use. A file that group or others may read or write is refused rather
 * than used: its key may already be known to someone else.
 */
export function loadKeyFile(path: string): Buffer {
  if (!existsSync(path)) {
    const dir = dirname(path);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      const fd = openSync(path, "wx", 0o600);
      try {
        writeSync(fd, `${randomBytes(32).toString("base64")}\n`);
      } finally {
        closeSync(fd);
      }
      chmodSync(path, 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw new Error(`master key file ${path}: cannot create (${(err as NodeJS.ErrnoException).code})`);
    }
  }
  const mode = statSync(path).mode & 0o777;
  if (mode & 0o077) {
    throw new Error(`master key file ${path}: mode ${mode.toString(8).padStart(4, "0")} lets group or others access it; run chmod 600 on it`);
  }
  try {
    return parseMasterKey(readFileSync(path, "utf8"));
  } catch {
    throw new Error(`master key file ${path}: expected base64 of 32 bytes`);
  }
}

/**
 * A box whose key is read only when first needed, so starting a listener
 * does not create a key file that nothing uses yet.
 */
export function lazySecretBox(loadKey: () => Uint8Array): SecretBox {
  let box: SecretBox | undefined;
  const get = () => {
    box ??= secretBox(loadKey());
    return box;
  };
  return {
    seal: (plaintext, aad) => get().seal(plaintext, aad),
    open: (ciphertext, aad) => get().open(ciphertext, aad),
  };
}
