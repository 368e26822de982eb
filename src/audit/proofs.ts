/**
 * Inclusion and consistency proofs served from the store's leaf hashes. The
 * leaves are read once and kept (32 bytes each); the MerkleTree over them is
 * rebuilt only when a proof needs a size beyond the one it was built for, so
 * a stream of proof requests against the latest checkpoint costs one build.
 */
import type { AuditStore } from "./audit-store.js";
import { MerkleTree } from "./merkle.js";

export class ProofError extends Error {
  override name = "ProofError";
}

export class AuditProofs {
  private readonly leaves: Buffer[] = [];
  private tree: MerkleTree | undefined;
  private building: Promise<MerkleTree> | undefined;

  constructor(private readonly store: AuditStore) {}

  /** A tree covering at least `size` leaves. */
  private async treeFor(size: number): Promise<MerkleTree> {
    if (this.tree && this.tree.size >= size) return this.tree;
    // One build at a time; a caller that needs more than the build in flight waits and builds again.
    while (this.building) {
      const t = await this.building;
      if (t.size >= size) return t;
    }
    this.building = (async () => {
      while (this.leaves.length < size) {
        const from = this.leaves.length;
        const more = await this.store.leafHashes(from, Math.min(size, from + 10_000));
        if (more.length === 0) throw new ProofError(`leaf ${from} is missing from the store`);
        this.leaves.push(...more);
      }
      this.tree = new MerkleTree(this.leaves);
      return this.tree;
    })();
    try {
      return await this.building;
    } finally {
      this.building = undefined;
    }
  }

  async inclusionProof(index: number, size: number): Promise<Buffer[]> {
    if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size)) throw new ProofError(`no leaf ${index} in a tree of ${size}`);
    return (await this.treeFor(size)).inclusionProof(index, size);
  }

  async consistencyProof(oldSize: number, newSize: number): Promise<Buffer[]> {
    if (!(Number.isSafeInteger(oldSize) && Number.isSafeInteger(newSize) && oldSize >= 0 && oldSize <= newSize)) throw new ProofError(`no consistency proof from ${oldSize} to ${newSize}`);
    if (oldSize === 0 || oldSize === newSize) return [];
    return (await this.treeFor(newSize)).consistencyProof(oldSize, newSize);
  }
}
