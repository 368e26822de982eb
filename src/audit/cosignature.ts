/**
 * Witness cosignatures (c2sp.org/tlog-cosignature, `cosignature/v1`): a
 * witness signs "cosignature/v1\ntime <t>\n" followed by the checkpoint text
 * with Ed25519, and adds a note signature line whose bytes are its key id
 * (key type 0x04), the time as a big-endian uint64 and the signature. A
 * witness's key is given as `<name>+<hex id>+<base64(0x04 || public key)>`;
 * a plain signed-note key (type 0x01) is accepted too, for witnesses that
 * sign the checkpoint text as it is.
 */
import { createPublicKey, generateKeyPairSync, hash, type KeyObject, sign, verify } from "node:crypto";
import { CheckpointError } from "./checkpoint.js";

const COSIGNATURE_V1 = 0x04;
const ED25519 = 0x01;
const DASH = "\u2014 ";

export interface WitnessKey {
  name: string;
  keyId: Buffer;
  publicKey: Buffer;
  /** 0x04 (cosignature/v1) or 0x01 (a plain note signature). */
  type: number;
}

export interface WitnessSigner extends WitnessKey {
  /** The signature line (with its newline) for `checkpointText` at `time` (seconds). */
  cosign(checkpointText: string, time: number): string;
  verifierKey(): string;
}

function keyId(name: string, type: number, publicKey: Uint8Array): Buffer {
  return hash("sha256", Buffer.concat([Buffer.from(`${name}\n`), Buffer.from([type]), publicKey]), "buffer").subarray(0, 4);
}

const cosignedMessage = (text: string, time: number) => Buffer.from(`cosignature/v1\ntime ${time}\n${text}`, "utf8");

/** A new cosignature/v1 witness key (for tests and a self-run witness). */
export function generateWitnessSigner(name: string): WitnessSigner {
  const { privateKey } = generateKeyPairSync("ed25519");
  return witnessSigner(name, privateKey);
}

function witnessSigner(name: string, privateKey: KeyObject): WitnessSigner {
  const publicKey = Buffer.from(privateKey.export({ format: "jwk" }).x!, "base64url");
  const id = keyId(name, COSIGNATURE_V1, publicKey);
  return {
    name,
    keyId: id,
    publicKey,
    type: COSIGNATURE_V1,
    cosign: (text, time) => {
      const stamp = Buffer.alloc(8);
      stamp.writeBigUInt64BE(BigInt(time));
      const signature = sign(null, cosignedMessage(text, time), privateKey);
      return `${DASH}${name} ${Buffer.concat([id, stamp, signature]).toString("base64")}\n`;
    },
    verifierKey: () => `${name}+${id.toString("hex")}+${Buffer.concat([Buffer.from([COSIGNATURE_V1]), publicKey]).toString("base64")}`,
  };
}

/** Parses a witness's verifier key, checking its id. */
export function parseWitnessKey(verifierKey: string): WitnessKey {
  const match = /^([^+\s]+)\+([0-9a-fA-F]{8})\+([A-Za-z0-9+/]+={0,2})$/.exec(verifierKey.trim());
  if (!match) throw new CheckpointError("witness key: expected <name>+<hex id>+<base64 key>");
  const [, name, hexId, encoded] = match as unknown as [string, string, string, string];
  const raw = Buffer.from(encoded, "base64");
  if (raw.length !== 33 || (raw[0] !== COSIGNATURE_V1 && raw[0] !== ED25519)) throw new CheckpointError("witness key: not an Ed25519 cosignature/v1 (0x04) or note (0x01) key");
  const publicKey = raw.subarray(1);
  const id = keyId(name, raw[0]!, publicKey);
  if (id.toString("hex") !== hexId.toLowerCase()) throw new CheckpointError(`witness key: id ${hexId} does not match the key (expected ${id.toString("hex")})`);
  return { name, keyId: id, publicKey, type: raw[0]! };
}

/**
 * The signature lines in `lines` (a witness's response body) that are valid
 * cosignatures by `key` of `checkpointText`; throws when there is none.
 */
export function verifyCosignatures(checkpointText: string, lines: string, key: WitnessKey): string[] {
  const publicKey = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: key.publicKey.toString("base64url") }, format: "jwk" });
  const valid: string[] = [];
  for (const line of lines.split("\n")) {
    const match = /^\u2014 ([^ +]+) ([A-Za-z0-9+/]+={0,2})$/u.exec(line);
    if (!match || match[1] !== key.name) continue;
    const raw = Buffer.from(match[2]!, "base64");
    if (raw.length < 4 || !raw.subarray(0, 4).equals(key.keyId)) continue;
    let ok: boolean;
    if (key.type === COSIGNATURE_V1) {
      if (raw.length !== 4 + 8 + 64) throw new CheckpointError(`witness ${key.name}: a cosignature is ${raw.length} bytes, not 76`);
      const time = Number(raw.readBigUInt64BE(4));
      ok = verify(null, cosignedMessage(checkpointText, time), publicKey, raw.subarray(12));
    } else {
      ok = raw.length === 68 && verify(null, Buffer.from(checkpointText, "utf8"), publicKey, raw.subarray(4));
    }
    if (!ok) throw new CheckpointError(`witness ${key.name}: a cosignature does not verify`);
    valid.push(`${line}\n`);
  }
  if (valid.length === 0) throw new CheckpointError(`witness ${key.name}: no cosignature by its key in the response`);
  return valid;
}
