/**
 * `wardgate audit verify` at the scale (verifying 1,000,000 events in
 * ≤ 30 s): fills a fresh SQLite log with realistic gateway events (a signed
 * checkpoint every 1,000), then verifies it as the CLI does — a streaming
 * scan of the real table, leaf hashes, canonical form, seq, the tree and
 * every checkpoint — with and without the canonical re-check (--fast).
 *
 *   node --import tsx bench/audit-verify.ts     (BENCH_EVENTS=1000000 by default)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSigner, parseVerifierKey, signCheckpoint } from "../src/audit/checkpoint.js";
import { verifyLog } from "../src/audit/verify.js";
import { SqliteStore } from "../src/store/sqlite.js";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const BATCH = 1000;
const ORIGIN = "bench.example/wardgate/audit";
const TARGET_SECONDS = 30;

const event = (i: number) => ({
  kind: "gateway.request",
  tenant: i % 7 === 0 ? "acme" : "default",
  reqId: `req_${i.toString(36).padStart(8, "0")}`,
  actor: { principal: `svc-${i % 97}`, team: "eng", via: "gateway-key", keyId: `wg_${i % 13}` },
  endpoint: "chat.completions",
  model: "gpt-4o-mini",
  status: i % 50 === 0 ? 400 : 200,
  outcome: i % 50 === 0 ? "denied" : "ok",
  reasons: i % 50 === 0 ? [{ source: "guard:injection", verdict: "block", message: "prompt injection" }] : [],
  usage: { prompt: 120 + (i % 400), completion: 40 + (i % 300), total: 160 + (i % 700) },
  content: { request: { mode: "hash", sha256: "ab".repeat(32) }, response: { mode: "hash", sha256: "cd".repeat(32) } },
  durationMs: 12 + (i % 30),
});

const dir = mkdtempSync(join(tmpdir(), "wardgate-bench-verify-"));
try {
  const store = await SqliteStore.open(join(dir, "wardgate.db"));
  const signer = generateSigner(ORIGIN);
  let start = performance.now();
  for (let from = 0; from < EVENTS; from += BATCH) {
    const { size, root } = await store.audit.append(Array.from({ length: Math.min(BATCH, EVENTS - from) }, (_, i) => event(from + i)));
    await store.audit.addCheckpoint({ size, root, at: new Date().toISOString(), note: signCheckpoint({ origin: ORIGIN, size, root }, signer) });
  }
  const fillSeconds = (performance.now() - start) / 1000;
  const checkpoints = [];
  for (let after = -1; ; ) {
    const page = await store.audit.checkpoints({ after, limit: 1000 });
    checkpoints.push(...page);
    if (page.length < 1000) break;
    after = page[page.length - 1]!.size;
  }
  const state = await store.audit.state();
  const results: [string, number, boolean][] = [];
  for (const checkCanonical of [true, false]) {
    start = performance.now();
    const report = await verifyLog({ rows: store.audit.scan(), checkpoints, stateSize: state.size, stateRoot: state.root, verifiers: [parseVerifierKey(signer.verifierKey())], origin: ORIGIN, checkCanonical });
    results.push([checkCanonical ? "verify (full)" : "verify --fast", (performance.now() - start) / 1000, report.ok]);
  }
  await store.close();
  console.log(`| step | events | seconds | rate | result |`);
  console.log(`|---|---|---|---|---|`);
  console.log(`| fill (append ${BATCH} + checkpoint) | ${EVENTS} | ${fillSeconds.toFixed(1)} | ${Math.round(EVENTS / fillSeconds).toLocaleString("en")}/s | |`);
  for (const [name, s, ok] of results) {
    const scaled = (s * 1_000_000) / EVENTS;
    console.log(`| ${name} | ${EVENTS} | ${s.toFixed(1)} | ${Math.round(EVENTS / s).toLocaleString("en")}/s | ${ok ? "clean" : "PROBLEMS"}; ${scaled <= TARGET_SECONDS ? "PASS" : "FAIL"} (${scaled.toFixed(1)} s per 1M, target ≤ ${TARGET_SECONDS}) |`);
  }
  if (results.some(([, , ok]) => !ok)) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
