/**
 * The webhook sink against a local receiver that fails a few times: every
 * event arrives, in order, none skipped; the cursor survives a restart.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { WebhookSink } from "../../src/audit/webhook-sink.js";
import { SqliteStore } from "../../src/store/sqlite.js";

interface Receiver {
  url: string;
  /** Parsed lines received and acknowledged, in order. */
  lines: Record<string, unknown>[];
  requests: { status: number; range: string; auth: string | undefined }[];
  failNext: number;
  server: Server;
}

async function startReceiver(): Promise<Receiver> {
  const r: Receiver = { url: "", lines: [], requests: [], failNext: 0, server: undefined as unknown as Server };
  r.server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const status = r.failNext > 0 ? 503 : 202;
    if (status === 503) r.failNext--;
    r.requests.push({ status, range: String(req.headers["x-wardgate-audit-range"]), auth: req.headers.authorization });
    if (status === 202) for (const line of Buffer.concat(chunks).toString().trimEnd().split("\n")) r.lines.push(JSON.parse(line));
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => r.server.listen(0, "127.0.0.1", resolve));
  r.url = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}/ingest`;
  return r;
}

async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

const events = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ kind: "admin.keys.create", tenant: "acme", actor: "acc_1", action: "keys.create", outcome: "success", n: from + i }));

describe("webhook sink", () => {
  let dir: string;
  let receiver: Receiver;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "wardgate-sink-"));
    receiver = await startReceiver();
  });
  after(async () => {
    await new Promise((r) => receiver.server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  test("retries with back-off through failures, delivers in order, and resumes from the cursor after a restart", async () => {
    const store = await SqliteStore.open(join(dir, "a.db"));
    const errors: number[] = [];
    const options = { url: receiver.url, format: "jsonl" as const, batch: 4, pollMs: 20, backoffMs: { initial: 5, max: 40 }, headers: { authorization: "Bearer t0ken" } };
    await store.audit.append(events(10));
    receiver.failNext = 3;
    const sink = new WebhookSink(store.audit, options, { onError: (_e, attempt) => errors.push(attempt) });
    sink.start();
    await until(() => receiver.lines.length === 10);
    assert.deepEqual(errors, [1, 2, 3], "three failures, each retried with a growing attempt count");
    assert.deepEqual(receiver.requests.map((q) => `${q.status} ${q.range}`), ["503 0-3", "503 0-3", "503 0-3", "202 0-3", "202 4-7", "202 8-9"]);
    assert.equal(receiver.requests[0]!.auth, "Bearer t0ken");
    assert.deepEqual(receiver.lines.map((l) => l.seq), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Live: new events are sent without a restart.
    await store.audit.append(events(2, 10));
    sink.notify();
    await until(() => receiver.lines.length === 12);
    await sink.stop();
    assert.equal(await store.audit.sinkCursor(sink.name), 12);

    // Events appended while the sink is down go out after a restart, and only those.
    await store.audit.append(events(5, 12));
    await store.close();
    const reopened = await SqliteStore.open(join(dir, "a.db"));
    const again = new WebhookSink(reopened.audit, options);
    again.start();
    await until(() => receiver.lines.length === 17);
    await again.stop();
    assert.deepEqual(receiver.lines.map((l) => l.seq), Array.from({ length: 17 }, (_, i) => i), "no gaps, no duplicates");
    await reopened.close();
  });

  test("OCSF format, and a failed delivery leaves the cursor where it was", async () => {
    const store = await SqliteStore.open(join(dir, "b.db"));
    await store.audit.append(events(3));
    const sink = new WebhookSink(store.audit, { url: receiver.url, format: "ocsf", name: "siem" });
    receiver.failNext = 1;
    await assert.rejects(sink.deliverOnce(), /HTTP 503/);
    assert.equal(await store.audit.sinkCursor("siem"), 0);
    const before = receiver.lines.length;
    assert.equal(await sink.deliverOnce(), 3);
    assert.equal(await store.audit.sinkCursor("siem"), 3);
    const sent = receiver.lines.slice(before);
    assert.deepEqual(sent.map((l) => [l.class_uid, (l.metadata as { uid: string }).uid]), [[6003, "0"], [6003, "1"], [6003, "2"]]);
    assert.equal(await sink.deliverOnce(), 0, "nothing new");
    await sink.stop();
    await store.close();
  });

  test("an unreachable receiver is an error, not a crash", async () => {
    const store = await SqliteStore.open(join(dir, "c.db"));
    await store.audit.append(events(1));
    const sink = new WebhookSink(store.audit, { url: "http://127.0.0.1:1/ingest", format: "jsonl", timeoutMs: 2000 });
    await assert.rejects(sink.deliverOnce());
    assert.equal(await store.audit.sinkCursor(sink.name), 0);
    await sink.stop();
    await store.close();
  });
});
