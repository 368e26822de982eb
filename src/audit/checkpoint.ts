/**
 * Checkpoints (origin, size, root) signed with Ed25519 as C2SP signed notes
 * (c2sp.org/signed-note, c2sp.org/tlog-checkpoint), so the log's state can be
 * checked by any tool that speaks the format, not only by Wardgate.
 *
 *   <origin>\n<size>\n<base64 root>\n[extension lines\n]   ← the signed text
 *   \n
 *   — <key name> <base64(4-byte key id || 64-byte signature)>\n   (one or more)
 *
 * A key's id is the first 4 bytes of SHA-256(name || "\n" || 0x01 || public
 * key), 0x01 being the Ed25519 signature type; verifiers find their key by
 * name and id and ignore signatures from keys they do not know, so a witness
 * can cosign a note without breaking anyone's verification.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, hash, type KeyObject, sign, verify } from "node:crypto";
import { HASH_BYTES } from "./merkle.js";

const ED25519 = 0x01;
const SIGNATURE_BYTES = 64;
const DASH = "\u2014 ";
// PKCS#8 DER header for a raw 32-byte Ed25519 seed (RFC 8410): node:crypto wants a whole key.
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

export interface Checkpoint {
  origin: string;
  size: number;
  root: Buffer;
  /** Lines after the root, kept and signed as they are (tlog-checkpoint allows them). */
  extensions?: string[];
}

export interface NoteSigner {
  name: string;
  keyId: Buffer;
  publicKey: Buffer;
  sign(text: string): Buffer;
  /** `PRIVATE+KEY+<name>+<hex id>+<base64(0x01 || seed)>`: the secret, for a key file. */
  privateKeyString(): string;
  /** `<name>+<hex id>+<base64(0x01 || public key)>`: what verifiers are configured with. */
  verifierKey(): string;
}

export interface NoteVerifier {
  name: string;
  keyId: Buffer;
  publicKey: Buffer;
}

export class CheckpointError extends Error {
  override name = "CheckpointError";
}

/** 4 bytes naming a key: SHA-256(name || "\n" || type || public key)[0:4]. */
export function noteKeyId(name: string, publicKey: Uint8Array): Buffer {
  return hash("sha256", Buffer.concat([Buffer.from(`${name}\n`), Buffer.from([ED25519]), publicKey]), "buffer").subarray(0, 4);
}

function checkKeyName(name: string): void {
  if (name.length === 0 || /[\s+]/u.test(name) || /[\p{Cc}]/u.test(name)) {
    throw new CheckpointError(`key name ${JSON.stringify(name)}: must be non-empty, without spaces or '+'`);
  }
}

/** A new Ed25519 note signer named `name` (the log's origin is the usual choice). */
export function generateSigner(name: string): NoteSigner {
  const { privateKey } = generateKeyPairSync("ed25519");
  return signerFromKey(name, privateKey);
}

/** A signer from a `PRIVATE+KEY+…` string, checked against its own name and id. */
export function loadSigner(privateKeyString: string): NoteSigner {
  const s = privateKeyString.trim();
  const parts = s.startsWith("PRIVATE+KEY+") ? splitKeyString(s.slice("PRIVATE+KEY+".length)) : undefined;
  if (!parts) throw new CheckpointError("signer key: expected PRIVATE+KEY+<name>+<hex id>+<base64 key>");
  const [name, hexId, encoded] = parts;
  const seed = decodeTypedKey(encoded);
  if (!seed) throw new CheckpointError("signer key: not an Ed25519 key (expected base64 of 0x01 and a 32-byte seed)");
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: "der", type: "pkcs8" });
  const signer = signerFromKey(name, privateKey);
  if (signer.keyId.toString("hex") !== hexId.toLowerCase()) throw new CheckpointError(`signer key: id ${hexId} does not match the key (expected ${signer.keyId.toString("hex")})`);
  return signer;
}

function signerFromKey(name: string, privateKey: KeyObject): NoteSigner {
  checkKeyName(name);
  const jwk = privateKey.export({ format: "jwk" });
  const publicKey = Buffer.from(jwk.x!, "base64url");
  const seed = Buffer.from(jwk.d!, "base64url");
  const keyId = noteKeyId(name, publicKey);
  return {
    name,
    keyId,
    publicKey,
    sign: (text) => sign(null, Buffer.from(text, "utf8"), privateKey),
    privateKeyString: () => `PRIVATE+KEY+${name}+${keyId.toString("hex")}+${Buffer.concat([Buffer.from([ED25519]), seed]).toString("base64")}`,
    verifierKey: () => `${name}+${keyId.toString("hex")}+${Buffer.concat([Buffer.from([ED25519]), publicKey]).toString("base64")}`,
  };
}

/**
 * `<name>+<8 hex digits>+<base64>`, split at the first two '+' only: names
 * never contain one, but base64 may.
 */
function splitKeyString(s: string): [string, string, string] | undefined {
  const match = /^([^+\s]+)\+([0-9a-fA-F]{8})\+(\S+)$/.exec(s);
  return match ? [match[1]!, match[2]!, match[3]!] : undefined;
}

/** Parses a `<name>+<hex id>+<base64(0x01 || public key)>` verifier key, checking the id. */
export function parseVerifierKey(verifierKey: string): NoteVerifier {
  const parts = splitKeyString(verifierKey.trim());
  if (!parts) throw new CheckpointError("verifier key: expected <name>+<hex id>+<base64 key>");
  const [name, hexId, encoded] = parts;
  checkKeyName(name);
  const publicKey = decodeTypedKey(encoded);
  if (!publicKey) throw new CheckpointError("verifier key: not an Ed25519 key (expected base64 of 0x01 and 32 bytes)");
  const keyId = noteKeyId(name, publicKey);
  if (keyId.toString("hex") !== hexId.toLowerCase()) throw new CheckpointError(`verifier key: id ${hexId} does not match the key (expected ${keyId.toString("hex")})`);
  return { name, keyId, publicKey };
}

/** The checkpoint's signed text: origin, size, root, extensions, each ending in a newline. */
export function checkpointText(checkpoint: Checkpoint): string {
  const { origin, size, root, extensions = [] } = checkpoint;
  if (origin.length === 0 || /[\p{Cc}]/u.test(origin)) throw new CheckpointError("checkpoint: the origin must be a non-empty line");
  if (!Number.isSafeInteger(size) || size < 0) throw new CheckpointError(`checkpoint: size ${size} is not a non-negative integer`);
  if (root.length !== HASH_BYTES) throw new CheckpointError(`checkpoint: root is ${root.length} bytes, not ${HASH_BYTES}`);
  for (const line of extensions) {
    if (line.length === 0 || /[\p{Cc}]/u.test(line)) throw new CheckpointError("checkpoint: an extension must be a non-empty line");
  }
  return [origin, String(size), root.toString("base64"), ...extensions].map((line) => `${line}\n`).join("");
}

/** The signed note for `checkpoint`, signed by every signer given. */
export function signCheckpoint(checkpoint: Checkpoint, ...signers: NoteSigner[]): string {
  if (signers.length === 0) throw new CheckpointError("checkpoint: at least one signer is needed");
  const text = checkpointText(checkpoint);
  const lines = signers.map((s) => `${DASH}${s.name} ${Buffer.concat([s.keyId, s.sign(text)]).toString("base64")}\n`);
  return `${text}\n${lines.join("")}`;
}

/**
 * Parses a signed note and checks it: the origin must be `origin`, and at
 * least one signature must be from a key in `verifiers` and valid. A signature
 * by a known key that does not verify is an error even when another one does:
 * it means the note was altered or the key misused, never noise.
 */
export function verifyCheckpoint(note: string, verifiers: readonly NoteVerifier[], origin: string): Checkpoint {
  const { text, signatures } = splitNote(note);
  // Parsed before the signatures are checked, so a malformed note says what is wrong with it.
  const checkpoint = parseCheckpointText(text);
  checkSignatures(text, signatures, verifiers);
  if (checkpoint.origin !== origin) {
    throw new CheckpointError(`checkpoint: origin ${JSON.stringify(checkpoint.origin)} is not this log's (${JSON.stringify(origin)})`);
  }
  return checkpoint;
}

/** Any signed note (not only a checkpoint): its text, once a known key's signature verifies. */
export function verifyNote(note: string, verifiers: readonly NoteVerifier[]): string {
  const { text, signatures } = splitNote(note);
  checkSignatures(text, signatures, verifiers);
  return text;
}

function checkSignatures(text: string, signatures: readonly NoteSignature[], verifiers: readonly NoteVerifier[]): void {
  let verified = false;
  for (const sig of signatures) {
    const key = verifiers.find((v) => v.name === sig.name && v.keyId.equals(sig.keyId));
    if (!key) continue;
    const publicKey = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: key.publicKey.toString("base64url") }, format: "jwk" });
    if (sig.signature.length !== SIGNATURE_BYTES || !verify(null, Buffer.from(text, "utf8"), publicKey, sig.signature)) {
      throw new CheckpointError(`signed note: bad signature by ${sig.name} (${sig.keyId.toString("hex")}): the note was altered or not signed by this key`);
    }
    verified = true;
  }
  if (!verified) {
    const seen = signatures.map((s) => `${s.name} (${s.keyId.toString("hex")})`).join(", ");
    throw new CheckpointError(`signed note: no signature by a known key; signed by ${seen}`);
  }
}

interface NoteSignature {
  name: string;
  keyId: Buffer;
  signature: Buffer;
}

function malformed(why: string): CheckpointError {
  return new CheckpointError(`malformed note: ${why}`);
}

function splitNote(note: string): { text: string; signatures: NoteSignature[] } {
  if (/[\p{Cc}]/u.test(note.replaceAll("\n", ""))) throw malformed("control characters other than newlines");
  // U+FFFD is what a decoder leaves where the bytes were not UTF-8, which a note's text must be.
  if (note.includes("\uFFFD")) throw malformed("not valid UTF-8");
  const split = note.lastIndexOf("\n\n");
  if (split < 0) throw malformed("no blank line between the text and its signatures");
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block.length === 0) throw malformed("no signature lines");
  if (!block.endsWith("\n")) throw malformed("the last signature line does not end in a newline");
  const signatures = block
    .slice(0, -1)
    .split("\n")
    .map((line, i) => {
      const match = /^\u2014 ([^ +]+) ([A-Za-z0-9+/]+={0,2})$/u.exec(line);
      if (!match) throw malformed(`signature line ${i + 1} is not "— <key name> <base64 signature>"`);
      const raw = decodeBase64(match[2]!);
      if (!raw || raw.length < 5) throw malformed(`signature line ${i + 1}: the signature is too short to hold a key id`);
      return { name: match[1]!, keyId: raw.subarray(0, 4), signature: raw.subarray(4) };
    });
  return { text, signatures };
}

function parseCheckpointText(text: string): Checkpoint {
  const lines = text.slice(0, -1).split("\n");
  if (lines.length < 3) throw malformed("a checkpoint has an origin, a size and a root hash, one per line");
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]];
  if (origin.length === 0) throw malformed("empty origin line");
  if (!/^(0|[1-9][0-9]*)$/.test(sizeLine) || !Number.isSafeInteger(Number(sizeLine))) throw malformed(`size ${JSON.stringify(sizeLine)} is not a decimal integer`);
  const root = decodeBase64(rootLine);
  if (!root || root.length !== HASH_BYTES) throw malformed(`root ${JSON.stringify(rootLine)} is not base64 of ${HASH_BYTES} bytes`);
  if (extensions.some((line) => line.length === 0)) throw malformed("empty line inside the checkpoint text");
  return extensions.length ? { origin, size: Number(sizeLine), root, extensions } : { origin, size: Number(sizeLine), root };
}

/** The 32 key bytes of base64(0x01 || key), or undefined for another type or length. */
function decodeTypedKey(encoded: string): Buffer | undefined {
  const raw = decodeBase64(encoded);
  return raw?.length === 33 && raw[0] === ED25519 ? raw.subarray(1) : undefined;
}

/** Strict standard base64 (Node's decoder skips junk silently); undefined when not canonical. */
function decodeBase64(s: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) return undefined;
  const raw = Buffer.from(s, "base64");
  return raw.toString("base64") === s ? raw : undefined;
}
