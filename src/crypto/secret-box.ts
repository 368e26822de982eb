/**
 * The format TOTP seeds were sealed in before the keyring: AES-256-GCM under
 * one master key, `wgsb1.<key id>.<base64url(iv | tag | ciphertext)>`, the
 * additional data binding a value to its owner (an account id). Nothing
 * seals new values with it now; the keyring opens these (the old key is
 * master version 1) and `wardgate crypto rewrap` converts them. `keyId` is
 * the keyring's public key id as well.
 */
import { createCipheriv, createDecipheriv, hash, randomBytes } from "node:crypto";

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
