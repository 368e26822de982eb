/** audit.witnesses and audit.sinks turned into publishers and running sinks. */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { generateSigner, signCheckpoint } from "../../src/audit/checkpoint.js";
import { generateWitnessSigner } from "../../src/audit/cosignature.js";
import { startAuditOutputs } from "../../src/cli/audit-outputs.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { waitFor } from "../fixtures/wait.js";

test("file witness and webhook sink from the settings; a missing CA file names its key", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-outputs-"));
  const store = await SqliteStore.open(join(dir, "db"));
  const received: string[] = [];
  const server = createServer(async (req, res) => {
    let text = "";
    for await (const c of req) text += c;
    received.push(text);
    res.writeHead(200).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    const { size, root } = await store.audit.append([{ kind: "admin.auth.login", tenant: "default", outcome: "success" }]);
    const outputs = startAuditOutputs(
      { witnesses: [{ file: join(dir, "w", "checkpoint") }], sinks: [{ webhook: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, format: "ocsf", headers: {}, batch: 100 }] },
      store.audit,
    );
    assert.equal(outputs.publishers.length, 1);
    const cp = { size, root, at: "", note: signCheckpoint({ origin: "o", size, root }, generateSigner("o")) };
    await outputs.publishers[0]!.publish(cp, store.audit);
    assert.equal(readFileSync(join(dir, "w", "checkpoint"), "utf8"), cp.note);
    outputs.sinks[0]!.notify();
    await waitFor(() => received.length > 0, { what: "an event at the sink" });
    await outputs.stop();
    assert.equal(JSON.parse(received[0]!).class_uid, 3002);
    assert.throws(
      () => startAuditOutputs({ witnesses: [{ url: "https://w.example/add-checkpoint", verifierKey: generateWitnessSigner("w").verifierKey(), ca: join(dir, "nope.pem") }] }, store.audit),
      /audit\.witnesses\[0\]\.ca: cannot read the CA file .*ENOENT/,
    );
  } finally {
    server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
