/**
 * Inclusion and consistency proofs served from the store's leaf hashes.
 *
 * The leaves are read once and appended to a `GrowingTree`, which keeps every
 * complete aligned subtree hash in flat buffers and extends them as leaves
 * arrive: O(1) amortised per leaf, two hashes' worth of memory per leaf, and
 * any range hash in O(log n). So the witness publisher (a consistency proof
 * per checkpoint) and the admin API never rebuild the tree: a proof costs
 * reading the new leaves and O(log² n) hashing, not a pass over the log.
 */
import type { AuditStore } from "./audit-store.js";
import { consistencyProof, HASH_BYTES, hashChildren, inclusionProof, type SubtreeHashes, splitPoint } from "./merkle.js";

export class ProofError extends Error {
  override name = "ProofError";
}

/** A Merkle tree that only grows: level l holds the hashes of the complete aligned runs of 2^l leaves. */
export class GrowingTree implements SubtreeHashes {
  private levels: Buffer[] = [];
  private counts: number[] = [];

  get size(): number {
    return this.counts[0] ?? 0;
  }

  append(leafHash: Uint8Array): void {
    if (leafHash.length !== HASH_BYTES) throw new ProofError(`a leaf hash is ${leafHash.length} bytes, not ${HASH_BYTES}`);
    let hash: Uint8Array = leafHash;
    for (let level = 0; ; level++) {
      const n = this.push(level, hash);
      // A node at an odd position completes a pair: their parent is complete too.
      if (n % 2 === 0) return;
      hash = hashChildren(this.node(level, n - 1), this.node(level, n));
    }
  }

  /** Appends `hash` at `level`; returns its position there. */
  private push(level: number, hash: Uint8Array): number {
    if (this.levels.length === level) {
      this.levels.push(Buffer.alloc(64 * HASH_BYTES));
      this.counts.push(0);
    }
    const n = this.counts[level]!;
    let buf = this.levels[level]!;
    if ((n + 1) * HASH_BYTES > buf.length) {
      const grown = Buffer.alloc(buf.length * 2);
      buf.copy(grown);
      this.levels[level] = buf = grown;
    }
    buf.set(hash, n * HASH_BYTES);
    this.counts[level] = n + 1;
    return n;
  }

  private node(level: number, index: number): Uint8Array {
    return this.levels[level]!.subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
  }

  rangeHash(start: number, end: number): Uint8Array {
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start < end && end <= this.size)) {
      throw new ProofError(`no range [${start}, ${end}) in a tree of ${this.size}`);
    }
    const width = end - start;
    if ((width & (width - 1)) === 0 && start % width === 0) return this.node(Math.log2(width), start / width);
    const k = splitPoint(width);
    return hashChildren(this.rangeHash(start, start + k), this.rangeHash(start + k, end));
  }
}

export class AuditProofs {
  private readonly tree = new GrowingTree();
  private reading: Promise<void> | undefined;

  constructor(private readonly store: AuditStore) {}

  /** Reads leaves from the store until the tree covers `size`. */
  private async cover(size: number): Promise<void> {
    while (this.tree.size < size) {
      // One reader at a time: two requests never append the same leaves twice.
      if (this.reading) {
        await this.reading;
        continue;
      }
      this.reading = (async () => {
        const from = this.tree.size;
        const more = await this.store.leafHashes(from, Math.min(size, from + 10_000));
        if (more.length === 0) throw new ProofError(`leaf ${from} is missing from the store`);
        for (const h of more) this.tree.append(h);
      })();
      try {
        await this.reading;
      } finally {
        this.reading = undefined;
      }
    }
  }

  async inclusionProof(index: number, size: number): Promise<Buffer[]> {
    if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size)) throw new ProofError(`no leaf ${index} in a tree of ${size}`);
    await this.cover(size);
    return inclusionProof(this.tree, index, size);
  }

  async consistencyProof(oldSize: number, newSize: number): Promise<Buffer[]> {
    if (!(Number.isSafeInteger(oldSize) && Number.isSafeInteger(newSize) && oldSize >= 0 && oldSize <= newSize)) throw new ProofError(`no consistency proof from ${oldSize} to ${newSize}`);
    if (oldSize === 0 || oldSize === newSize) return [];
    await this.cover(newSize);
    return consistencyProof(this.tree, oldSize, newSize);
  }
}
