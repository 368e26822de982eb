/**
 * Audit-log core costs at the scale (verifying 1,000,000 events in
 * ≤ 30 s): streaming a million leaf hashes through the Frontier to a root,
 * the same from a million events (JCS + leaf hash + append, what a full
 * verification does per event), and building a 1M-leaf MerkleTree then
 * proving and verifying 1,000 inclusions in it.
 *
 *   node --import tsx bench/audit.ts       (BENCH_LEAVES=1000000, BENCH_PROOFS=1000 by default)
 */
import { canonicalBytes } from "../src/audit/jcs.js";
import { Frontier, hashLeaf, MerkleTree, verifyInclusion } from "../src/audit/merkle.js";

const LEAVES = Number(process.env.BENCH_LEAVES ?? 1_000_000);
const PROOFS = Number(process.env.BENCH_PROOFS ?? 1_000);

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, (performance.now() - start) / 1000];
}

/** A data-plane event of a realistic shape (~400 bytes canonical). */
const event = (i: number) => ({
  seq: i,
  at: 1_764_000_000_000 + i,
  kind: "gateway.exchange",
  tenant: "default",
  principal: { id: `svc-${i % 97}`, team: "eng", via: "gateway-key" },
  request: { id: `r${i}`, route: "chat", model: "gpt-4o-mini", stream: i % 3 === 0 },
  verdict: i % 50 === 0 ? "block" : "allow",
  reasons: i % 50 === 0 ? [{ source: "guard:injection", verdict: "block", score: 0.93, threshold: 0.8, message: "prompt injection" }] : [],
  usage: { promptTokens: 120 + (i % 400), completionTokens: 40 + (i % 300), costMicroUsd: 3 * i },
  status: i % 50 === 0 ? 400 : 200,
});

const [leafHashes, hashSeconds] = timed(() => Array.from({ length: LEAVES }, (_, i) => hashLeaf(Buffer.from(`entry ${i}`))));

const [root, frontierSeconds] = timed(() => {
  const frontier = new Frontier();
  for (const h of leafHashes) frontier.append(h);
  return frontier.root();
});

const [eventRoot, eventsSeconds] = timed(() => {
  const frontier = new Frontier();
  for (let i = 0; i < LEAVES; i++) frontier.append(hashLeaf(canonicalBytes(event(i))));
  return frontier.root();
});

const [tree, buildSeconds] = timed(() => new MerkleTree(leafHashes));
if (!tree.root().equals(root)) throw new Error("MerkleTree and Frontier disagree on the root");

const indices = Array.from({ length: PROOFS }, (_, i) => Math.floor(((i + 0.5) * LEAVES) / PROOFS));
const [proofs, proveSeconds] = timed(() => indices.map((i) => tree.inclusionProof(i)));
const [allValid, verifySeconds] = timed(() => indices.every((i, p) => verifyInclusion(leafHashes[i]!, i, LEAVES, proofs[p]!, root)));
if (!allValid) throw new Error("an inclusion proof did not verify");

const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString("en")}/s`;
console.log(`| step | n | seconds | rate |`);
console.log(`|---|---|---|---|`);
console.log(`| leaf hashes (SHA-256 of 0x00 and a short entry) | ${LEAVES} | ${hashSeconds.toFixed(2)} | ${rate(LEAVES, hashSeconds)} |`);
console.log(`| Frontier: append leaf hashes + root | ${LEAVES} | ${frontierSeconds.toFixed(2)} | ${rate(LEAVES, frontierSeconds)} |`);
console.log(`| events: JCS + leaf hash + append + root | ${LEAVES} | ${eventsSeconds.toFixed(2)} | ${rate(LEAVES, eventsSeconds)} |`);
console.log(`| MerkleTree build from leaf hashes | ${LEAVES} | ${buildSeconds.toFixed(2)} | ${rate(LEAVES, buildSeconds)} |`);
console.log(`| inclusion proofs in the ${LEAVES}-leaf tree | ${PROOFS} | ${proveSeconds.toFixed(3)} | ${rate(PROOFS, proveSeconds)} |`);
console.log(`| inclusion proofs verified | ${PROOFS} | ${verifySeconds.toFixed(3)} | ${rate(PROOFS, verifySeconds)} |`);
console.log(`\nroot ${root.toString("hex")}; events root ${eventRoot.toString("hex").slice(0, 16)}…`);
const target = eventsSeconds <= 30 ? "PASS" : "FAIL";
console.log(`${target}: ${LEAVES} events canonicalised, hashed and rooted in ${eventsSeconds.toFixed(1)} s (target ≤ 30 s for 1,000,000)`);
