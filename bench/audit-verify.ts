/**
 * The audit log on SQLite at the scale. Targets (issue 5): ≥ 20,000
 * audit appends per second on SQLite; verifying 1,000,000 events in ≤ 30 s.
 *
 * 1. Appends as the gateway makes them: `AuditLog.record()` of BENCH_APPENDS
 *    realistic events into a fresh store, with the default config (batches of
 *    ≤ 512 events or 50 ms, a signed checkpoint every 1,000 events), the
 *    producer yielding to the event loop every 2,000 records like a busy
 *    gateway; timed until `close()` has written every event and the last
 *    checkpoint. Every recorded event must be in the log.
 * 2. Verification: fills a fresh SQLite log with realistic gateway events (a signed
 * checkpoint every 1,000), then verifies it as the CLI does — a streaming
 * scan of the real table, leaf hashes, canonical form, seq, the tree and
 * every checkpoint — with and without the canonical re-check (--fast).
 *
 *   node --import tsx bench/audit-verify.ts     (BENCH_EVENTS=1000000 by default)
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSigner, parseVerifierKey, signCheckpoint } from "../src/audit/checkpoint.js";
import { openAuditLog } from "../src/audit/open.js";
import { verifyLog } from "../src/audit/verify.js";
import { auditSchema } from "../src/config/audit-schema.js";
import { Keyring } from "../src/crypto/keyring.js";
import { SqliteStore } from "../src/store/sqlite.js";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const APPENDS = Number(process.env.BENCH_APPENDS ?? 200_000);
const TARGET_APPENDS_PER_SECOND = 20_000;
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

/** Step 1: the AuditLog's sustained append rate, default config, until everything is written. */
async function appendRate(dir: string): Promise<{ seconds: number; size: number }> {
  const store = await SqliteStore.open(join(dir, "appends.db"));
  const log = await openAuditLog({ config: auditSchema.parse({ origin: ORIGIN }), store: store.audit, keyring: new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]) });
  const start = performance.now();
  for (let i = 0; i < APPENDS; ) {
    // As the gateway does: admit only while the log admits (fail-closed), and every admitted event is recorded.
    if (log.admits()) {
      if (!log.record(event(i))) throw new Error("the log refused an admitted event");
      i++;
    } else await new Promise((r) => setTimeout(r, 1)); // the queue is full: a gateway would refuse requests now
    if (i % 2000 === 0) await new Promise((r) => setImmediate(r));
  }
  await log.close();
  const seconds = (performance.now() - start) / 1000;
  const { size } = await store.audit.state();
  await store.close();
  return { seconds, size };
}

const dir = mkdtempSync(join(tmpdir(), "wardgate-bench-verify-"));
try {
  const appended = await appendRate(dir);
  if (appended.size !== APPENDS) throw new Error(`appended ${APPENDS} events but the log holds ${appended.size}`);
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
  const appendsPerSecond = APPENDS / appended.seconds;
  console.log(`| AuditLog.record → batched appends + checkpoints (default config) | ${APPENDS} | ${appended.seconds.toFixed(1)} | ${Math.round(appendsPerSecond).toLocaleString("en")}/s | all in the log; ${appendsPerSecond >= TARGET_APPENDS_PER_SECOND ? "PASS" : "FAIL"} (target ≥ ${TARGET_APPENDS_PER_SECOND.toLocaleString("en")}/s) |`);
  console.log(`| fill (append ${BATCH} + checkpoint) | ${EVENTS} | ${fillSeconds.toFixed(1)} | ${Math.round(EVENTS / fillSeconds).toLocaleString("en")}/s | |`);
  for (const [name, s, ok] of results) {
    const scaled = (s * 1_000_000) / EVENTS;
    console.log(`| ${name} | ${EVENTS} | ${s.toFixed(1)} | ${Math.round(EVENTS / s).toLocaleString("en")}/s | ${ok ? "clean" : "PROBLEMS"}; ${scaled <= TARGET_SECONDS ? "PASS" : "FAIL"} (${scaled.toFixed(1)} s per 1M, target ≤ ${TARGET_SECONDS}) |`);
  }
  if (results.some(([, , ok]) => !ok)) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
