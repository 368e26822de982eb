/**
 * The audit log's outputs wired as `wardgate serve` wires them: requests
 * through the openai client become events; every checkpoint goes to a file
 * witness and to a C2SP witness (which verifies the consistency proofs and
 * cosigns); a webhook sink streams the events as OCSF. Then the log is
 * verified against the checkpoint the file witness kept.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import OpenAI from "openai";
import { type NoteVerifier, parseVerifierKey } from "../../src/audit/checkpoint.js";
import { parseWitnessKey, verifyCosignatures } from "../../src/audit/cosignature.js";
import { loadOrCreateSigningKey } from "../../src/audit/signing-key.js";
import { verifyLog } from "../../src/audit/verify.js";
import { startAuditOutputs } from "../../src/cli/audit-outputs.js";
import { parseConfig } from "../../src/config/load.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { createLogger } from "../../src/gateway/log.js";
import { Gateway } from "../../src/gateway/server.js";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { startFakeWitness } from "../fixtures/fake-witness.js";
import { waitFor } from "../fixtures/wait.js";

const ORIGIN = "e2e.test/wardgate/audit";

test("witnesses cosign every checkpoint, the sink delivers every event, and the log verifies against the witnessed checkpoint", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-outputs-e2e-"));
  let logKey: NoteVerifier | undefined;
  const witness = await startFakeWitness({ origin: ORIGIN, verifier: () => logKey });
  const received: Record<string, unknown>[] = [];
  const receiver = createServer(async (req, res) => {
    let text = "";
    for await (const c of req) text += c;
    if (req.headers.authorization !== "Bearer siem-token") return res.writeHead(401).end();
    for (const line of text.trimEnd().split("\n")) received.push(JSON.parse(line));
    res.writeHead(200).end();
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const store = await SqliteStore.open(join(dir, "wardgate.db"));
  let gw: Gateway | undefined;
  let outputs: ReturnType<typeof startAuditOutputs> | undefined;
  try {
    const config = parseConfig({
      providers: { demo: { type: "demo" } },
      models: [{ name: "demo", provider: "demo" }],
      server: { port: 0 },
      dataDir: dir,
      log: { level: "error", destination: join(dir, "log") },
      audit: {
        origin: ORIGIN,
        checkpoint: { everyEvents: 2 },
        witnesses: [{ file: join(dir, "witness", "checkpoint") }, { url: witness.url, verifierKey: witness.signer.verifierKey() }],
        sinks: [{ webhook: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/ingest`, format: "ocsf", headers: { Authorization: "Bearer siem-token" }, batch: 3 }],
      },
    });
    const keyring = new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
    logKey = parseVerifierKey((await loadOrCreateSigningKey(store.audit, keyring, ORIGIN)).verifierKey());
    const log = createLogger(config.log);
    outputs = startAuditOutputs(config.audit, store.audit, log);
    gw = await Gateway.start({ config, store, log, keyring, checkpointPublishers: outputs.publishers });
    const openai = new OpenAI({ apiKey: (await issueKey(store.keys, { principal: "tester", models: ["demo"] })).key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    const cosigned = () => witness.responses.filter((s) => s === 200).length;
    for (let i = 0; i < 5; i++) {
      await openai.chat.completions.create({ model: "demo", messages: [{ role: "user", content: `hello ${i}` }] });
      // Every second event makes a checkpoint (everyEvents: 2). Wait for it to be cosigned before the
      // next request, so the witness sees several checkpoints however the writes happen to be batched.
      if (i % 2 === 1) {
        const want = (i + 1) / 2;
        await waitFor(() => cosigned() >= want, { what: () => `checkpoint ${want} cosigned (witness replies: ${witness.responses.join(",")})` });
      }
    }
    await gw.stop(); // flushes and takes the last checkpoint, published to both witnesses
    gw = undefined;
    const { size } = await store.audit.state();
    assert.ok(size >= 5);
    for (const s of outputs.sinks) s.notify();
    await waitFor(() => received.length >= size, { what: () => `${size} events at the sink (got ${received.length})`, intervalMs: 20 });
    await outputs.stop();
    outputs = undefined;

    // The sink: every event once, in log order, as OCSF.
    assert.deepEqual(received.map((e) => (e.metadata as { uid: string }).uid), Array.from({ length: size }, (_, i) => String(i)));
    assert.ok(received.every((e) => e.class_uid === 6003 || e.class_uid === 3002 || e.class_uid === 3001));
    // The HTTP witness holds the latest checkpoint, and its cosignature is in the stored note.
    const latest = (await store.audit.latestCheckpoint())!;
    assert.equal(latest.size, size);
    assert.deepEqual(witness.state(), { size, root: latest.root });
    verifyCosignatures(latest.note.slice(0, latest.note.indexOf("\n\n") + 1), latest.note, parseWitnessKey(witness.signer.verifierKey()));
    assert.ok(witness.responses.filter((s) => s === 200).length >= 2, "more than one checkpoint, each proved consistent with the last");
    // The file witness kept the latest checkpoint: the log verifies against it, and only grew since.
    const saved = readFileSync(join(dir, "witness", "checkpoint"), "utf8");
    const report = await verifyLog({
      rows: store.audit.scan(),
      checkpoints: await store.audit.checkpoints({ limit: 1000 }),
      stateSize: size,
      verifiers: [logKey],
      origin: ORIGIN,
      savedCheckpoint: saved,
    });
    assert.deepEqual(report.problems, []);
    assert.equal(report.saved?.grew, true);
    assert.ok(readFileSync(join(dir, "witness", "checkpoint.log"), "utf8").split("\n\n").length > 2, "the history holds every checkpoint");
  } finally {
    await gw?.stop();
    await outputs?.stop();
    await store.close();
    await new Promise((r) => receiver.close(r));
    await witness.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
