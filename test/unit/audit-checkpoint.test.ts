/** Checkpoints as C2SP signed notes: round trip, key formats, and every way a note is refused. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import {
  type Checkpoint,
  CheckpointError,
  checkpointText,
  generateSigner,
  loadSigner,
  noteKeyId,
  parseVerifierKey,
  signCheckpoint,
  verifyCheckpoint,
  verifyNote,
} from "../../src/audit/checkpoint.js";

const ORIGIN = "wardgate.example/audit";
const root = createHash("sha256").update("root").digest();
const checkpoint: Checkpoint = { origin: ORIGIN, size: 1234, root };
const signer = generateSigner(ORIGIN);
const verifier = parseVerifierKey(signer.verifierKey());
/** A key string's three parts; the base64 part may itself contain '+'. */
const keyParts = (k: string) => {
  const [name, id] = k.split("+") as [string, string];
  return [name, id, k.slice(name.length + id.length + 2)] as const;
};
const refused = (fn: () => unknown, message: RegExp) => assert.throws(fn, (e: unknown) => e instanceof CheckpointError && message.test(e.message));

describe("keys", () => {
  test("the key id is SHA-256(name || \\n || 0x01 || public key)[0:4]", () => {
    const expected = createHash("sha256").update(`${ORIGIN}\n`).update(Buffer.from([1])).update(signer.publicKey).digest().subarray(0, 4);
    assert.deepEqual(noteKeyId(ORIGIN, signer.publicKey), expected);
    assert.deepEqual(signer.keyId, expected);
  });

  test("verifier key string: <name>+<hex id>+<base64(0x01 || key)>", () => {
    const [name, id, key] = keyParts(signer.verifierKey());
    assert.equal(name, ORIGIN);
    assert.equal(id, signer.keyId.toString("hex"));
    assert.deepEqual(Buffer.from(key!, "base64"), Buffer.concat([Buffer.from([1]), signer.publicKey]));
    assert.deepEqual(verifier.publicKey, signer.publicKey);
  });

  test("a private key string loads back into the same signer", () => {
    const loaded = loadSigner(signer.privateKeyString());
    assert.ok(signer.privateKeyString().startsWith(`PRIVATE+KEY+${ORIGIN}+${signer.keyId.toString("hex")}+`));
    assert.equal(loaded.verifierKey(), signer.verifierKey());
    assert.deepEqual(verifyCheckpoint(signCheckpoint(checkpoint, loaded), [verifier], ORIGIN), checkpoint);
  });

  test("key strings with a wrong id, type or shape are refused", () => {
    const [name, id, key] = keyParts(signer.verifierKey());
    refused(() => parseVerifierKey(`${name}+00000000+${key}`), /id 00000000 does not match the key/);
    refused(() => parseVerifierKey(`other+${id}+${key}`), /does not match the key/);
    const notEd25519 = Buffer.concat([Buffer.from([2]), signer.publicKey]).toString("base64");
    refused(() => parseVerifierKey(`${name}+${id}+${notEd25519}`), /not an Ed25519 key/);
    refused(() => parseVerifierKey(`${name}+${id}`), /expected <name>\+<hex id>\+<base64 key>/);
    refused(() => loadSigner(signer.verifierKey()), /expected PRIVATE\+KEY/);
    refused(() => loadSigner(signer.privateKeyString().replace(id, "00000000")), /does not match the key/);
    refused(() => generateSigner("has space"), /without spaces or '\+'/);
  });
});

describe("interoperability", () => {
  // The example key, text and signature published with Go's golang.org/x/mod/sumdb/note, the
  // reference implementation of signed notes. Ed25519 is deterministic, so the bytes must match.
  const privateKey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  const verifierKey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  const text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
  const note = `${text}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

  test("the reference key loads, derives the reference verifier key and signs the reference note", () => {
    const peter = loadSigner(privateKey);
    assert.equal(peter.verifierKey(), verifierKey);
    assert.equal(peter.keyId.toString("hex"), "c74f20a3");
    assert.equal(`${text}\n\u2014 PeterNeumann ${Buffer.concat([peter.keyId, peter.sign(text)]).toString("base64")}\n`, note);
  });

  test("the reference note verifies with the reference verifier key, and not once altered", () => {
    assert.equal(verifyNote(note, [parseVerifierKey(verifierKey)]), text);
    refused(() => verifyNote(note.replace("answer", "Answer"), [parseVerifierKey(verifierKey)]), /bad signature by PeterNeumann \(c74f20a3\)/);
  });
});

describe("signed checkpoints", () => {
  test("the note is the checkpoint text, a blank line and a signature line", () => {
    const note = signCheckpoint(checkpoint, signer);
    const text = `${ORIGIN}\n1234\n${root.toString("base64")}\n`;
    assert.equal(checkpointText(checkpoint), text);
    assert.ok(note.startsWith(`${text}\n\u2014 ${ORIGIN} `));
    const sig = Buffer.from(note.slice(note.lastIndexOf(" ") + 1, -1), "base64");
    assert.equal(sig.length, 4 + 64);
    assert.deepEqual(sig.subarray(0, 4), signer.keyId);
  });

  test("round trip, including extension lines and size 0", () => {
    assert.deepEqual(verifyCheckpoint(signCheckpoint(checkpoint, signer), [verifier], ORIGIN), checkpoint);
    const extended = { ...checkpoint, extensions: ["ext one", "ext two"] };
    assert.deepEqual(verifyCheckpoint(signCheckpoint(extended, signer), [verifier], ORIGIN), extended);
    const empty = { origin: ORIGIN, size: 0, root: createHash("sha256").digest() };
    assert.deepEqual(verifyCheckpoint(signCheckpoint(empty, signer), [verifier], ORIGIN), empty);
  });

  test("a tampered size, root or origin is refused as a bad signature", () => {
    const note = signCheckpoint(checkpoint, signer);
    refused(() => verifyCheckpoint(note.replace("\n1234\n", "\n1235\n"), [verifier], ORIGIN), /bad signature by/);
    const otherRoot = createHash("sha256").update("other").digest().toString("base64");
    refused(() => verifyCheckpoint(note.replace(root.toString("base64"), otherRoot), [verifier], ORIGIN), /bad signature by/);
    refused(() => verifyCheckpoint(note.replace(`${ORIGIN}\n1234`, `${ORIGIN}x\n1234`), [verifier], `${ORIGIN}x`), /bad signature by/);
  });

  test("a note for another log is refused even when its signature is good", () => {
    const note = signCheckpoint(checkpoint, signer);
    refused(() => verifyCheckpoint(note, [verifier], "another.example/log"), /origin "wardgate.example\/audit" is not this log's \("another.example\/log"\)/);
  });

  test("a signature by another key is refused: unknown key", () => {
    const impostor = generateSigner(ORIGIN);
    refused(() => verifyCheckpoint(signCheckpoint(checkpoint, impostor), [verifier], ORIGIN), /no signature by a known key; signed by wardgate.example\/audit \([0-9a-f]{8}\)/);
  });

  test("a signature from another key carrying our key id is a bad signature", () => {
    const impostor = generateSigner(ORIGIN);
    const forged = { ...impostor, keyId: signer.keyId };
    refused(() => verifyCheckpoint(signCheckpoint(checkpoint, forged), [verifier], ORIGIN), /bad signature by wardgate.example\/audit/);
  });

  test("an extra signature from an unknown key (a witness) does not stop verification, in either order", () => {
    const witness = generateSigner("witness.example");
    assert.deepEqual(verifyCheckpoint(signCheckpoint(checkpoint, witness, signer), [verifier], ORIGIN), checkpoint);
    assert.deepEqual(verifyCheckpoint(signCheckpoint(checkpoint, signer, witness), [verifier], ORIGIN), checkpoint);
    // And the witness's verifier alone accepts it too.
    const witnessVerifier = parseVerifierKey(witness.verifierKey());
    assert.deepEqual(verifyCheckpoint(signCheckpoint(checkpoint, signer, witness), [witnessVerifier], ORIGIN), checkpoint);
  });

  test("signing refuses checkpoints that cannot be written as a note", () => {
    refused(() => signCheckpoint({ ...checkpoint, origin: "two\nlines" }, signer), /origin must be a non-empty line/);
    refused(() => signCheckpoint({ ...checkpoint, size: -1 }, signer), /size -1/);
    refused(() => signCheckpoint({ ...checkpoint, root: Buffer.alloc(31) }, signer), /root is 31 bytes/);
    refused(() => signCheckpoint(checkpoint), /at least one signer/);
  });
});

describe("malformed notes are refused with the reason", () => {
  const note = signCheckpoint(checkpoint, signer);
  const text = checkpointText(checkpoint);
  const sigLine = note.slice(text.length + 1);
  const cases: [string, string, RegExp][] = [
    ["no blank line", note.replace(`${text}\n`, text), /no blank line between the text and its signatures/],
    ["no newline after the signature", note.slice(0, -1), /does not end in a newline/],
    ["no signature lines", `${text}\n`, /no signature lines/],
    ["a hyphen instead of the em dash", note.replace("\u2014", "-"), /signature line 1 is not "— <key name> <base64 signature>"/],
    ["a signature that is not base64", `${text}\n\u2014 ${ORIGIN} !!!!\n`, /signature line 1 is not/],
    ["a signature too short for a key id", `${text}\n\u2014 ${ORIGIN} AAAA\n`, /too short to hold a key id/],
    ["a size with a leading zero", note.replace("\n1234\n", "\n01234\n"), /size "01234" is not a decimal integer/],
    ["a negative size", note.replace("\n1234\n", "\n-1\n"), /size "-1" is not a decimal integer/],
    ["a root of the wrong length", note.replace(root.toString("base64"), "AAAA"), /root "AAAA" is not base64 of 32 bytes/],
    ["only two lines", `${ORIGIN}\n1234\n\n${sigLine}`, /an origin, a size and a root hash/],
    ["a carriage return", note.replace("\n1234\n", "\r\n1234\n"), /control characters/],
    ["a blank line before the root", note.replace("\n1234\n", "\n1234\n\n"), /root "" is not base64 of 32 bytes/],
    ["a blank line among the extensions", `${text}\next\n\n${sigLine}`, /empty line inside the checkpoint text/],
  ];
  for (const [name, bad, message] of cases) {
    test(name, () => refused(() => verifyCheckpoint(bad, [verifier], ORIGIN), message));
  }
});
