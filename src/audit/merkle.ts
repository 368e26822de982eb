/**
 * RFC 6962 Merkle tree hashing (as restated in RFC 9162 §2.1): the hash of a
 * log of n entries, audit paths (inclusion proofs) and consistency proofs,
 * and the verifiers that check them without the log.
 *
 * Leaves and interior nodes are hashed with different prefixes (0x00, 0x01)
 * so a leaf can never pass for a node. Proofs are computed against
 * `SubtreeHashes`, anything that can give the hash of a range of leaves: the
 * in-memory `MerkleTree` here, or later a store that keeps subtree hashes. The
 * `Frontier` needs none of that: it keeps one hash per set bit of the size,
 * so a verifier can stream a million entries and hold twenty hashes.
 */
import { hash } from "node:crypto";

export const HASH_BYTES = 32;
const LEAF_PREFIX = Buffer.from([0x00]);

/** MTH of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT: Buffer = hash("sha256", Buffer.alloc(0), "buffer");

// crypto.hash (one shot) over one buffer is over twice as fast as createHash().update()×3
// (bench/audit.ts), and a node is hashed once per leaf when a log is verified.
// The input buffer is reused: hash() is synchronous and copies nothing out of it.
const nodeInput = Buffer.alloc(1 + 2 * HASH_BYTES, 0x01);

/** The leaf hash of one log entry: SHA-256(0x00 || data). */
export function hashLeaf(data: Uint8Array): Buffer {
  return hash("sha256", Buffer.concat([LEAF_PREFIX, data]), "buffer");
}

/** hashLeaf of a string's UTF-8 bytes, without the intermediate copies. */
export function hashLeafUtf8(text: string): Buffer {
  const input = Buffer.allocUnsafe(1 + Buffer.byteLength(text, "utf8"));
  input[0] = 0x00;
  input.write(text, 1, "utf8");
  return hash("sha256", input, "buffer");
}

/** An interior node: SHA-256(0x01 || left || right). */
export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== HASH_BYTES || right.length !== HASH_BYTES) throw new Error(`merkle: node children must be ${HASH_BYTES}-byte hashes`);
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_BYTES);
  return hash("sha256", nodeInput, "buffer");
}

/** The largest power of two strictly less than n (n ≥ 2): where RFC 6962 splits a tree. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Gives MTH(D[start:end]) for any 0 ≤ start < end ≤ size of the log it describes. */
export interface SubtreeHashes {
  rangeHash(start: number, end: number): Uint8Array;
}

/**
 * Appends leaf hashes in O(log n) amortised and gives the root at any time:
 * the "compact range" [0, n), one perfect-subtree hash per set bit of n,
 * largest (leftmost) first.
 */
export class Frontier {
  private readonly nodes: Uint8Array[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /**
   * A frontier saved with `hashes()`: the log's size and its compact range.
   * The count of hashes must be the number of set bits of `size`.
   */
  static restore(size: number, hashes: readonly Uint8Array[]): Frontier {
    if (!Number.isSafeInteger(size) || size < 0) throw new Error(`merkle: frontier size ${size} is not a non-negative integer`);
    let bits = 0;
    for (let n = size; n > 0; n = Math.floor(n / 2)) bits += n % 2;
    if (hashes.length !== bits) throw new Error(`merkle: a frontier of size ${size} has ${bits} hashes, not ${hashes.length}`);
    for (const h of hashes) if (h.length !== HASH_BYTES) throw new Error(`merkle: frontier hash of ${h.length} bytes, not ${HASH_BYTES}`);
    const f = new Frontier();
    f.nodes.push(...hashes);
    f.count = size;
    return f;
  }

  /** The compact range, largest subtree first: with `size`, enough to resume appending. */
  hashes(): Uint8Array[] {
    return [...this.nodes];
  }

  append(leafHash: Uint8Array): void {
    let hash = leafHash;
    // Like adding one to a binary counter: each trailing 1 bit merges two equal subtrees.
    for (let n = this.count; n & 1; n >>>= 1) hash = hashChildren(this.nodes.pop()!, hash);
    this.nodes.push(hash);
    this.count++;
  }

  /** MTH of the leaves appended so far: the subtrees folded right to left. */
  root(): Buffer {
    if (this.nodes.length === 0) return EMPTY_ROOT;
    let hash = this.nodes[this.nodes.length - 1]!;
    for (let i = this.nodes.length - 2; i >= 0; i--) hash = hashChildren(this.nodes[i]!, hash);
    return Buffer.from(hash);
  }
}

/** MTH of a whole list of leaf hashes. */
export function rootOf(leafHashes: readonly Uint8Array[]): Buffer {
  const frontier = new Frontier();
  for (const h of leafHashes) frontier.append(h);
  return frontier.root();
}

/**
 * A log held in memory with every perfect subtree hash kept (level l holds the
 * hashes of aligned runs of 2^l leaves), so any range hash is O(log n) and a
 * proof O(log² n) at worst. Two hashes per leaf in all, in flat buffers.
 */
export class MerkleTree implements SubtreeHashes {
  private readonly levels: Buffer[] = [];
  readonly size: number;

  constructor(leafHashes: readonly Uint8Array[]) {
    this.size = leafHashes.length;
    let level = Buffer.alloc(this.size * HASH_BYTES);
    leafHashes.forEach((h, i) => {
      if (h.length !== HASH_BYTES) throw new Error(`merkle: leaf hash ${i} is ${h.length} bytes, not ${HASH_BYTES}`);
      level.set(h, i * HASH_BYTES);
    });
    this.levels.push(level);
    for (let width = this.size >>> 1; width > 0; width >>>= 1) {
      const below = level;
      level = Buffer.alloc(width * HASH_BYTES);
      for (let i = 0; i < width; i++) {
        const at = 2 * i * HASH_BYTES;
        level.set(hashChildren(below.subarray(at, at + HASH_BYTES), below.subarray(at + HASH_BYTES, at + 2 * HASH_BYTES)), i * HASH_BYTES);
      }
      this.levels.push(level);
    }
  }

  /** MTH of the first `size` leaves (the whole tree by default). */
  root(size = this.size): Buffer {
    checkSize(size, this.size);
    return size === 0 ? EMPTY_ROOT : Buffer.from(this.rangeHash(0, size));
  }

  rangeHash(start: number, end: number): Uint8Array {
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start < end && end <= this.size)) {
      throw new Error(`merkle: no range [${start}, ${end}) in a tree of ${this.size}`);
    }
    const width = end - start;
    // An aligned power-of-two run is stored; anything else splits as RFC 6962 does.
    if ((width & (width - 1)) === 0 && start % width === 0) {
      const level = Math.log2(width);
      const at = (start / width) * HASH_BYTES;
      return this.levels[level]!.subarray(at, at + HASH_BYTES);
    }
    const k = splitPoint(width);
    return hashChildren(this.rangeHash(start, start + k), this.rangeHash(start + k, end));
  }

  inclusionProof(index: number, size = this.size): Buffer[] {
    return inclusionProof(this, index, size);
  }

  consistencyProof(oldSize: number, newSize = this.size): Buffer[] {
    return consistencyProof(this, oldSize, newSize);
  }
}

function checkSize(size: number, limit: number): void {
  if (!Number.isSafeInteger(size) || size < 0 || size > limit) throw new Error(`merkle: size ${size} is not within 0..${limit}`);
}

/** PATH(index, D[0:size]) of RFC 6962 §2.1.1: the sibling hashes from the leaf up. */
export function inclusionProof(tree: SubtreeHashes, index: number, size: number): Buffer[] {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    throw new Error(`merkle: no leaf ${index} in a tree of ${size}`);
  }
  const path: Buffer[] = [];
  // Walk down from the root, collecting the other side at each split; the leaf's sibling comes first.
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      path.push(Buffer.from(tree.rangeHash(start + k, end)));
      end = start + k;
    } else {
      path.push(Buffer.from(tree.rangeHash(start, start + k)));
      start += k;
    }
  }
  return path.reverse();
}

/** PROOF(oldSize, D[0:newSize]) of RFC 6962 §2.1.2; empty when the sizes are equal or the old tree is empty. */
export function consistencyProof(tree: SubtreeHashes, oldSize: number, newSize: number): Buffer[] {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) {
    throw new Error(`merkle: no consistency proof from size ${oldSize} to size ${newSize}`);
  }
  const proof: Buffer[] = [];
  if (oldSize === 0 || oldSize === newSize) return proof;
  // SUBPROOF(m, D[start:end], b), unrolled: `whole` is b, true while the old tree is a prefix we started from.
  let start = 0;
  let end = newSize;
  let m = oldSize;
  let whole = true;
  while (m !== end - start) {
    const k = splitPoint(end - start);
    if (m <= k) {
      proof.push(Buffer.from(tree.rangeHash(start + k, end)));
      end = start + k;
    } else {
      proof.push(Buffer.from(tree.rangeHash(start, start + k)));
      start += k;
      m -= k;
      whole = false;
    }
  }
  if (!whole) proof.push(Buffer.from(tree.rangeHash(start, end)));
  return proof.reverse();
}

/** RFC 9162 §2.1.3.2: does `proof` put `leafHash` at `index` in the tree of `size` leaves with `root`? */
export function verifyInclusion(leafHash: Uint8Array, index: number, size: number, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (!allHashes([leafHash, root, ...proof])) return false;
  // fn and sn are the node indices of the path and of the tree's last leaf at the current level.
  let fn = index;
  let sn = size - 1;
  let hash: Uint8Array = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      hash = hashChildren(p, hash);
      // Climb past levels where this node is a lone right edge: they have no sibling in the proof.
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      hash = hashChildren(hash, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(hash, root);
}

/** RFC 9162 §2.1.4.2: is the tree (newSize, newRoot) an append-only extension of (oldSize, oldRoot)? */
export function verifyConsistency(oldSize: number, newSize: number, oldRoot: Uint8Array, newRoot: Uint8Array, proof: readonly Uint8Array[]): boolean {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) return false;
  if (!allHashes([oldRoot, newRoot, ...proof])) return false;
  if (oldSize === 0) return proof.length === 0 && equal(oldRoot, EMPTY_ROOT);
  if (oldSize === newSize) return proof.length === 0 && equal(oldRoot, newRoot);
  if (proof.length === 0) return false;
  // When the old tree is a perfect subtree of the new one, its root is the proof's implicit first element.
  const path = (oldSize & (oldSize - 1)) === 0 ? [oldRoot, ...proof] : proof;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let oldHash: Uint8Array = path[0]!;
  let newHash: Uint8Array = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      oldHash = hashChildren(c, oldHash);
      newHash = hashChildren(c, newHash);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      newHash = hashChildren(newHash, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(oldHash, oldRoot) && equal(newHash, newRoot);
}

/** A proof from outside may hold anything; only 32-byte hashes can be part of a tree. */
function allHashes(hashes: readonly Uint8Array[]): boolean {
  return hashes.every((h) => h instanceof Uint8Array && h.length === HASH_BYTES);
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}
