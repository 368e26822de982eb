/** The growing tree behind served proofs agrees with MerkleTree at every size, and proofs verify. */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { hashLeaf, MerkleTree, verifyConsistency, verifyInclusion } from "../../src/audit/merkle.js";
import { AuditProofs, GrowingTree, ProofError } from "../../src/audit/proofs.js";
import { SqliteStore } from "../../src/store/sqlite.js";

const leaves = Array.from({ length: 70 }, (_, i) => hashLeaf(Buffer.from(`leaf ${i}`)));

describe("GrowingTree", () => {
  test("every range hash and proof equals MerkleTree's, at every size while it grows", () => {
    const tree = new GrowingTree();
    for (let n = 1; n <= leaves.length; n++) {
      tree.append(leaves[n - 1]!);
      const reference = new MerkleTree(leaves.slice(0, n));
      assert.equal(tree.size, n);
      for (let start = 0; start < n; start++) {
        for (let end = start + 1; end <= n; end++) assert.deepEqual(Buffer.from(tree.rangeHash(start, end)), Buffer.from(reference.rangeHash(start, end)), `[${start}, ${end}) of ${n}`);
      }
    }
    assert.throws(() => tree.rangeHash(0, 71), ProofError);
    assert.throws(() => tree.append(Buffer.alloc(31)), ProofError);
  });
});

describe("AuditProofs over the store", () => {
  test("inclusion and consistency proofs verify, and keep verifying as the log grows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-proofs-"));
    const store = await SqliteStore.open(join(dir, "db"));
    try {
      const proofs = new AuditProofs(store.audit);
      const roots: Buffer[] = [];
      for (let round = 0; round < 3; round++) {
        const { root } = await store.audit.append(Array.from({ length: 13 }, (_, i) => ({ kind: "test", tenant: "t", round, i })));
        roots.push(root);
        const size = 13 * (round + 1);
        const leafs = await store.audit.leafHashes(0, size);
        for (const index of [0, 7, size - 1]) assert.ok(verifyInclusion(leafs[index]!, index, size, await proofs.inclusionProof(index, size), root));
        if (round > 0) assert.ok(verifyConsistency(13, size, roots[0]!, root, await proofs.consistencyProof(13, size)));
      }
      // Concurrent requests for a larger size read the leaves once.
      await Promise.all([proofs.inclusionProof(1, 39), proofs.consistencyProof(26, 39), proofs.inclusionProof(38, 39)]);
      await assert.rejects(proofs.inclusionProof(39, 39), ProofError);
      await assert.rejects(proofs.consistencyProof(40, 39), ProofError);
      await assert.rejects(proofs.inclusionProof(0, 40), /leaf 39 is missing/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
