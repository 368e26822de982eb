/**
 * RFC 6962 Merkle trees: roots, inclusion and consistency proofs checked
 * against the RFC's recursive definitions written out here, and the
 * verifiers refusing every alteration of every proof of trees up to 40 leaves.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import {
  consistencyProof,
  EMPTY_ROOT,
  Frontier,
  hashChildren,
  hashLeaf,
  inclusionProof,
  MerkleTree,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from "../../src/audit/merkle.js";

const MAX = 40;
const sha256 = (...parts: Uint8Array[]) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
};
const entries = Array.from({ length: MAX + 1 }, (_, i) => Buffer.from(`entry ${i}`));
const leaves = entries.map((e) => sha256(Buffer.from([0]), e));

/** RFC 6962 §2.1, word for word: the split point and MTH. */
const split = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);
function mth(d: Buffer[]): Buffer {
  if (d.length === 0) return sha256();
  if (d.length === 1) return d[0]!;
  const k = split(d.length);
  return sha256(Buffer.from([1]), mth(d.slice(0, k)), mth(d.slice(k)));
}
/** §2.1.1 PATH(m, D[n]). */
function path(m: number, d: Buffer[]): Buffer[] {
  if (d.length <= 1) return [];
  const k = split(d.length);
  return m < k ? [...path(m, d.slice(0, k)), mth(d.slice(k))] : [...path(m - k, d.slice(k)), mth(d.slice(0, k))];
}
/** Which side each PATH element sits on, leaf first: what the verifier infers from index and size. */
function sides(m: number, n: number): string {
  if (n <= 1) return "";
  const k = split(n);
  return m < k ? sides(m, k) + "R" : sides(m - k, n - k) + "L";
}
/** §2.1.2 SUBPROOF(m, D[n], b). */
function subproof(m: number, d: Buffer[], b: boolean): Buffer[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const k = split(d.length);
  return m <= k ? [...subproof(m, d.slice(0, k), b), mth(d.slice(k))] : [...subproof(m - k, d.slice(k), false), mth(d.slice(0, k))];
}
/** The shape of SUBPROOF(m, D[n], true): the sides of its elements and whether it ends in the old subtree. */
function proofShape(m: number, n: number, b = true): string {
  if (m === n) return b ? "" : "X";
  const k = split(n);
  return m <= k ? proofShape(m, k, b) + "R" : proofShape(m - k, n - k, false) + "L";
}
const flip = (h: Uint8Array) => {
  const copy = Buffer.from(h);
  copy[copy.length - 1]! ^= 1;
  return copy;
};
const trees = Array.from({ length: MAX + 1 }, (_, n) => new MerkleTree(leaves.slice(0, n)));

describe("hashing", () => {
  test("leaf and node hashes use the RFC 6962 prefixes; the empty tree is SHA-256 of nothing", () => {
    assert.deepEqual(hashLeaf(entries[0]!), leaves[0]);
    assert.deepEqual(hashChildren(leaves[0]!, leaves[1]!), sha256(Buffer.from([1]), leaves[0]!, leaves[1]!));
    assert.equal(EMPTY_ROOT.toString("hex"), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert.deepEqual(rootOf([]), EMPTY_ROOT);
    assert.deepEqual(new MerkleTree([]).root(), EMPTY_ROOT);
  });

  test("a known vector: the RFC 6962 empty-leaf hash", () => {
    // Leaf hash of the empty entry, as in the certificate-transparency test vectors.
    assert.equal(hashLeaf(Buffer.alloc(0)).toString("hex"), "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
  });

  test("the root of every tree of 0..40 leaves matches MTH by definition, three ways", () => {
    const frontier = new Frontier();
    for (let n = 0; n <= MAX; n++) {
      const expected = mth(leaves.slice(0, n));
      assert.deepEqual(frontier.root(), expected, `frontier, n=${n}`);
      assert.equal(frontier.size, n);
      assert.deepEqual(rootOf(leaves.slice(0, n)), expected, `rootOf, n=${n}`);
      assert.deepEqual(trees[MAX]!.root(n), expected, `MerkleTree.root(${n})`);
      assert.deepEqual(trees[n]!.root(), expected, `MerkleTree of ${n}`);
      frontier.append(leaves[n]!);
    }
  });

  test("MerkleTree refuses leaf hashes of the wrong length and ranges it does not hold", () => {
    assert.throws(() => new MerkleTree([Buffer.alloc(31)]), /leaf hash 0 is 31 bytes/);
    assert.throws(() => trees[4]!.rangeHash(2, 5), /no range \[2, 5\) in a tree of 4/);
    assert.throws(() => trees[4]!.root(5), /size 5 is not within 0..4/);
  });
});

describe("inclusion proofs", () => {
  test("match PATH by definition, for every leaf of every tree of 1..40, at every older size too", () => {
    for (let n = 1; n <= MAX; n++) {
      for (let i = 0; i < n; i++) {
        const expected = path(i, leaves.slice(0, n));
        assert.deepEqual(trees[n]!.inclusionProof(i), expected, `leaf ${i} of ${n}`);
        assert.deepEqual(inclusionProof(trees[MAX]!, i, n), expected, `leaf ${i} of ${n}, from the larger tree`);
      }
    }
  });

  test("every proof verifies, and fails when any hash, the index or the size is altered", () => {
    for (let n = 1; n <= MAX; n++) {
      const root = trees[n]!.root();
      for (let i = 0; i < n; i++) {
        const proof = trees[n]!.inclusionProof(i);
        const leaf = leaves[i]!;
        assert.ok(verifyInclusion(leaf, i, n, proof, root), `leaf ${i} of ${n}`);
        assert.ok(!verifyInclusion(flip(leaf), i, n, proof, root), `altered leaf ${i} of ${n}`);
        assert.ok(!verifyInclusion(leaf, i, n, proof, flip(root)), `altered root, leaf ${i} of ${n}`);
        proof.forEach((_, p) => {
          const altered = proof.map((h, q) => (q === p ? flip(h) : h));
          assert.ok(!verifyInclusion(leaf, i, n, altered, root), `altered element ${p}, leaf ${i} of ${n}`);
        });
        assert.ok(!verifyInclusion(leaf, i, n, proof.slice(0, -1), root) || proof.length === 0, `shortened, leaf ${i} of ${n}`);
        assert.ok(!verifyInclusion(leaf, i, n, [...proof, leaves[0]!], root), `lengthened, leaf ${i} of ${n}`);
        for (let j = -1; j <= n + 1; j++) {
          if (j !== i) assert.ok(!verifyInclusion(leaf, j, n, proof, root), `index ${i} → ${j} of ${n}`);
        }
        for (let m = 0; m <= MAX + 1; m++) {
          if (m === n) continue;
          // The size is bound by the signed root, not by the proof: a proof whose shape is the same
          // for another size (leaf 0 of 5 and of 6, say) cannot tell them apart. Every other size fails.
          const sameShape = i < m && sides(i, m) === sides(i, n);
          assert.equal(verifyInclusion(leaf, i, m, proof, root), sameShape, `size ${n} → ${m}, leaf ${i}`);
        }
      }
    }
  });

  test("proof elements that are not 32-byte hashes fail verification rather than throw", () => {
    const proof = trees[5]!.inclusionProof(2);
    assert.equal(verifyInclusion(leaves[2]!, 2, 5, [...proof.slice(0, -1), Buffer.alloc(31)], trees[5]!.root()), false);
    assert.equal(verifyInclusion(Buffer.alloc(33), 2, 5, proof, trees[5]!.root()), false);
    assert.equal(verifyConsistency(3, 5, trees[3]!.root(), trees[5]!.root(), [Buffer.alloc(0), ...trees[5]!.consistencyProof(3)]), false);
    assert.throws(() => hashChildren(Buffer.alloc(32), Buffer.alloc(31)), /32-byte hashes/);
  });

  test("impossible requests throw", () => {
    assert.throws(() => trees[3]!.inclusionProof(3), /no leaf 3 in a tree of 3/);
    assert.throws(() => trees[3]!.inclusionProof(-1), /no leaf -1/);
    assert.throws(() => trees[3]!.inclusionProof(0, 4), /no range/);
  });
});

describe("consistency proofs", () => {
  test("match PROOF by definition for all 1 ≤ m ≤ n ≤ 40", () => {
    for (let n = 1; n <= MAX; n++) {
      for (let m = 1; m <= n; m++) {
        const expected = subproof(m, leaves.slice(0, n), true);
        assert.deepEqual(trees[n]!.consistencyProof(m), expected, `${m} → ${n}`);
        assert.deepEqual(consistencyProof(trees[MAX]!, m, n), expected, `${m} → ${n}, from the larger tree`);
      }
    }
  });

  test("every proof verifies, and fails when any hash or either size is altered", () => {
    for (let n = 1; n <= MAX; n++) {
      const newRoot = trees[n]!.root();
      for (let m = 1; m <= n; m++) {
        const oldRoot = trees[m]!.root();
        const proof = trees[n]!.consistencyProof(m);
        assert.ok(verifyConsistency(m, n, oldRoot, newRoot, proof), `${m} → ${n}`);
        assert.ok(!verifyConsistency(m, n, flip(oldRoot), newRoot, proof), `altered old root, ${m} → ${n}`);
        assert.ok(!verifyConsistency(m, n, oldRoot, flip(newRoot), proof), `altered new root, ${m} → ${n}`);
        proof.forEach((_, p) => {
          const altered = proof.map((h, q) => (q === p ? flip(h) : h));
          assert.ok(!verifyConsistency(m, n, oldRoot, newRoot, altered), `altered element ${p}, ${m} → ${n}`);
        });
        if (proof.length > 0) assert.ok(!verifyConsistency(m, n, oldRoot, newRoot, proof.slice(0, -1)), `shortened, ${m} → ${n}`);
        assert.ok(!verifyConsistency(m, n, oldRoot, newRoot, [...proof, leaves[0]!]), `lengthened, ${m} → ${n}`);
        for (let m2 = 0; m2 <= n + 1; m2++) {
          if (m2 !== m) assert.ok(!verifyConsistency(m2, n, oldRoot, newRoot, proof), `old size ${m} → ${m2}, new ${n}`);
        }
        for (let n2 = 0; n2 <= MAX + 1; n2++) {
          if (n2 === n) continue;
          // As with inclusion, the new size is bound by the signed checkpoint, not the proof: a size for
          // which the proof has the same shape passes (1 → 3 and 1 → 4, say); every other size fails.
          const sameShape = n2 >= m && (m !== n) === (m !== n2) && proofShape(m, n2) === proofShape(m, n);
          assert.equal(verifyConsistency(m, n2, oldRoot, newRoot, proof), sameShape, `new size ${n} → ${n2}, old ${m}`);
        }
      }
    }
  });

  test("a log that was rewritten, not extended, has no proof that verifies", () => {
    const rewritten = new MerkleTree([...leaves.slice(0, 10), flip(leaves[10]!), ...leaves.slice(11, 20)]);
    for (let m = 11; m < 20; m++) {
      assert.ok(!verifyConsistency(m, 20, trees[m]!.root(), rewritten.root(), rewritten.consistencyProof(m)), `old size ${m}`);
    }
  });

  test("sizes 0 and m = n need no proof", () => {
    assert.deepEqual(trees[5]!.consistencyProof(0), []);
    assert.deepEqual(trees[5]!.consistencyProof(5), []);
    assert.ok(verifyConsistency(0, 5, EMPTY_ROOT, trees[5]!.root(), []));
    assert.ok(!verifyConsistency(0, 5, trees[1]!.root(), trees[5]!.root(), []));
    assert.ok(verifyConsistency(5, 5, trees[5]!.root(), trees[5]!.root(), []));
    assert.ok(!verifyConsistency(5, 5, trees[5]!.root(), trees[5]!.root(), [leaves[0]!]));
    assert.ok(!verifyConsistency(4, 5, trees[4]!.root(), trees[5]!.root(), []));
    assert.throws(() => trees[5]!.consistencyProof(6), /no consistency proof from size 6 to size 5/);
  });
});
