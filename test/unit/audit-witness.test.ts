/**
 * Witnesses: the file witness, and the C2SP tlog-witness protocol against a
 * local witness that really checks signatures and consistency proofs.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { StoredCheckpoint } from "../../src/audit/audit-store.js";
import { generateSigner, parseVerifierKey, signCheckpoint, verifyCheckpoint } from "../../src/audit/checkpoint.js";
import { generateWitnessSigner, parseWitnessKey, verifyCosignatures } from "../../src/audit/cosignature.js";
import { FileWitness, HttpWitness, WitnessError } from "../../src/audit/witness.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { type FakeWitness, startFakeWitness } from "../fixtures/fake-witness.js";

const ORIGIN = "wardgate.test/audit";
const signer = generateSigner(ORIGIN);
const verifier = parseVerifierKey(signer.verifierKey());

async function appendAndCheckpoint(store: SqliteStore, n: number, tag = "a"): Promise<StoredCheckpoint> {
  const { size, root } = await store.audit.append(Array.from({ length: n }, (_, i) => ({ kind: "test.event", tenant: "acme", tag, i })));
  const cp = { size, root, at: new Date().toISOString(), note: signCheckpoint({ origin: ORIGIN, size, root }, signer) };
  await store.audit.addCheckpoint(cp);
  return cp;
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "wardgate-witness-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("cosignature/v1", () => {
  test("a witness key round-trips and its cosignature verifies; another key's does not", () => {
    const w = generateWitnessSigner("w.example");
    const key = parseWitnessKey(w.verifierKey());
    assert.equal(key.type, 4);
    const text = `${ORIGIN}\n3\n${Buffer.alloc(32).toString("base64")}\n`;
    const line = w.cosign(text, 1_764_000_000);
    assert.deepEqual(verifyCosignatures(text, line, key), [line]);
    assert.throws(() => verifyCosignatures(text.replace("3", "4"), line, key), /does not verify/);
    assert.throws(() => verifyCosignatures(text, generateWitnessSigner("w.example").cosign(text, 1), key), /no cosignature/);
    assert.throws(() => parseWitnessKey(w.verifierKey().replace(/\+[0-9a-f]{8}\+/, "+00000000+")), /does not match/);
  });
});

describe("file witness", () => {
  test("keeps the latest checkpoint in the file and every one in <file>.log", async () => {
    const file = join(dir, "w", "checkpoint");
    const w = new FileWitness(file);
    assert.equal(await w.latest(), undefined);
    const a = { size: 1, root: Buffer.alloc(32, 1), at: "", note: signCheckpoint({ origin: ORIGIN, size: 1, root: Buffer.alloc(32, 1) }, signer) };
    const b = { size: 2, root: Buffer.alloc(32, 2), at: "", note: signCheckpoint({ origin: ORIGIN, size: 2, root: Buffer.alloc(32, 2) }, signer) };
    await w.publish(a);
    await w.publish(b);
    assert.equal(readFileSync(file, "utf8"), b.note);
    assert.equal(await w.latest(), b.note);
    assert.equal(readFileSync(`${file}.log`, "utf8"), `${a.note}\n${b.note}\n`);
  });
});

describe("HTTP witness (C2SP tlog-witness add-checkpoint)", () => {
  let witness: FakeWitness;
  let store: SqliteStore;
  before(async () => {
    witness = await startFakeWitness({ origin: ORIGIN, verifier });
    store = await SqliteStore.open(join(dir, "log.db"));
  });
  after(async () => {
    await store.close();
    await witness.close();
  });

  test("the first checkpoint, then one that extends it with a consistency proof; cosignatures stored", async () => {
    const publisher = new HttpWitness({ url: witness.url, verifierKey: witness.signer.verifierKey() });
    const first = await appendAndCheckpoint(store, 5);
    await publisher.publish(first, store.audit);
    assert.equal(witness.state().size, 5);
    const second = await appendAndCheckpoint(store, 7);
    await publisher.publish(second, store.audit);
    assert.deepEqual(witness.state(), { size: 12, root: second.root });
    assert.deepEqual(witness.responses, [200, 200]);
    const stored = (await store.audit.checkpointAt(12))!;
    assert.ok(stored.note.startsWith(second.note), "the log's own signature stays first");
    assert.equal(stored.note.split("\n\u2014 ").length, 3, "the log's line and the witness's");
    // The cosigned note still verifies for the log's key (an unknown cosigner is ignored) and for the witness's.
    assert.equal(verifyCheckpoint(stored.note, [verifier], ORIGIN).size, 12);
    verifyCosignatures(stored.note.slice(0, stored.note.indexOf("\n\n") + 1), stored.note, parseWitnessKey(witness.signer.verifierKey()));
    await publisher.close();
  });

  test("after a restart the witness's size comes from the store; a 409 is followed", async () => {
    const publisher = new HttpWitness({ url: witness.url, verifierKey: witness.signer.verifierKey() });
    const third = await appendAndCheckpoint(store, 3);
    await publisher.publish(third, store.audit);
    assert.equal(witness.state().size, 15);
    assert.equal(witness.responses.at(-1), 200);
    // Lose the stored size: the witness says 409 with its own, and the publisher proves from there.
    await store.audit.setSinkCursor(publisher.name, 0);
    const fourth = await appendAndCheckpoint(store, 2);
    await publisher.publish(fourth, store.audit);
    assert.deepEqual(witness.responses.slice(-2), [409, 200]);
    assert.equal(witness.state().size, 17);
    await publisher.close();
  });

  test("a rewritten log cannot get a cosignature: the witness refuses the consistency proof", async () => {
    const forked = await SqliteStore.open(join(dir, "forked.db"));
    try {
      // Same origin and key, different history, bigger than what the witness holds.
      const fork = await appendAndCheckpoint(forked, 20, "forged");
      await forked.audit.setSinkCursor(`witness:${witness.url}`, 17);
      const publisher = new HttpWitness({ url: witness.url, verifierKey: witness.signer.verifierKey() });
      await assert.rejects(publisher.publish(fork, forked.audit), (e: unknown) => e instanceof WitnessError && /HTTP 422/.test(e.message));
      assert.equal(witness.state().size, 17);
      await publisher.close();
    } finally {
      await forked.close();
    }
  });

  test("a cosignature by a key other than the configured one is refused; a witness that is down is an error", async () => {
    const wrongKey = new HttpWitness({ url: witness.url, verifierKey: generateWitnessSigner("witness.test").verifierKey() });
    const next = await appendAndCheckpoint(store, 1);
    await assert.rejects(wrongKey.publish(next, store.audit), /no cosignature by its key/);
    const before = (await store.audit.checkpointAt(next.size))!.note;
    assert.equal(before, next.note, "nothing unverified is added to the note");
    await wrongKey.close();
    witness.failNext(1);
    const publisher = new HttpWitness({ url: witness.url, verifierKey: witness.signer.verifierKey() });
    const later = await appendAndCheckpoint(store, 1);
    await assert.rejects(publisher.publish(later, store.audit), /HTTP 503/);
    await publisher.publish(later, store.audit);
    assert.equal(witness.state().size, later.size);
    await publisher.close();
  });
});
