/**
 * The audit log's store, on SQLite and PostgreSQL (test/fixtures/store-backends.ts):
 * appends assign indexes and seq in one write transaction and keep the tree's
 * state, across handles and processes; scans page through in order;
 * checkpoints, the signing key and sink cursors; admin events mirrored into
 * the log in the same transaction. Then SQLite's writer thread and change token.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { promisify } from "node:util";
import { CanonicalJsonError, canonicalize } from "../../src/audit/jcs.js";
import { EMPTY_ROOT, hashLeaf, rootOf } from "../../src/audit/merkle.js";
import type { AuditStore } from "../../src/audit/audit-store.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { SqliteAuditThread } from "../../src/store/sqlite-audit-thread.js";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { storeBackends } from "../fixtures/store-backends.js";

const run = promisify(execFile);
const ev = (n: number, extra: Record<string, unknown> = {}) => ({ kind: "test.event", tenant: n % 2 ? "acme" : "default", n, ...extra });

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Every row is contiguous, canonical, hashed as stored, seq = idx, and the state's root is the tree's. */
async function checkLog(store: { audit: AuditStore }): Promise<number> {
  const rows = await all(store.audit.scan());
  rows.forEach((r, i) => {
    assert.equal(r.idx, i);
    const body = JSON.parse(r.body) as Record<string, unknown>;
    assert.equal(body.seq, i);
    assert.equal(body.v, 1);
    assert.equal(canonicalize(body), r.body);
    assert.deepEqual(r.leafHash, hashLeaf(Buffer.from(r.body, "utf8")));
  });
  const state = await store.audit.state();
  assert.equal(state.size, rows.length);
  assert.deepEqual(state.root, rootOf(rows.map((r) => r.leafHash)));
  return rows.length;
}

for (const backend of storeBackends) describe(`audit store (${backend.name})`, { skip: backend.skip }, () => {
  test("an empty log has size 0 and the empty root", async () => {
    const store = await backend.open();
    assert.deepEqual(await store.audit.state(), { size: 0, root: EMPTY_ROOT });
    assert.deepEqual(await all(store.audit.scan()), []);
    assert.equal(await store.audit.latestCheckpoint(), undefined);
    await store.close();
  });

  test("append assigns idx and seq, stamps v and at, and keeps the root", async () => {
    const store = await backend.open();
    const first = await store.audit.append([ev(0), ev(1, { at: "2026-01-02T03:04:05.678Z" })]);
    assert.equal(first.size, 2);
    const second = await store.audit.append([ev(2, { nested: { b: 1, a: [true, null] } })]);
    assert.equal(second.size, 3);
    assert.equal(await checkLog(store), 3);
    const one = await store.audit.get(1);
    assert.equal(one?.at, "2026-01-02T03:04:05.678Z");
    assert.equal(one?.tenantId, "acme");
    assert.equal(one?.kind, "test.event");
    assert.equal(one?.body, '{"at":"2026-01-02T03:04:05.678Z","kind":"test.event","n":1,"seq":1,"tenant":"acme","v":1}');
    const zero = JSON.parse((await store.audit.get(0))!.body) as { at: string };
    assert.match(zero.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(await store.audit.get(3), undefined);
    // A caller cannot choose its own seq or version.
    await store.audit.append([ev(4, { seq: 99, v: 7 })]);
    assert.deepEqual(JSON.parse((await store.audit.get(3))!.body).seq, 3);
    assert.equal(await checkLog(store), 4);
    assert.deepEqual(await store.audit.append([]), await store.audit.state(), "an empty append changes nothing");
    await store.close();
  });

  test("undefined top-level fields are left out; anything else that is not JSON writes nothing", async () => {
    const store = await backend.open();
    await store.audit.append([ev(0, { gone: undefined })]);
    assert.equal(JSON.parse((await store.audit.get(0))!.body).gone, undefined);
    assert.ok(!(await store.audit.get(0))!.body.includes("gone"));
    const before = await store.audit.state();
    await assert.rejects(store.audit.append([ev(1), ev(2, { bad: { x: undefined } })]), CanonicalJsonError);
    await assert.rejects(store.audit.append([ev(1), ev(2, { bad: Number.NaN })]), CanonicalJsonError);
    await assert.rejects(store.audit.append([{ kind: "", tenant: "default" }]), CanonicalJsonError);
    await assert.rejects(store.audit.append([{ kind: "k", tenant: 5 as unknown as string }]), CanonicalJsonError);
    assert.deepEqual(await store.audit.state(), before);
    assert.equal(await checkLog(store), 1);
    await store.close();
  });

  test("two store handles on one database append in turn without sharing an index", async () => {
    const a = await backend.open({ onDisk: true });
    const b = await a.another();
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) writes.push((i % 2 ? a : b).audit.append([ev(i * 2), ev(i * 2 + 1)]));
    await Promise.all(writes);
    assert.equal(await checkLog(a), 40);
    assert.deepEqual(await a.audit.state(), await b.audit.state());
    await b.close();
    await a.close();
  });

  test("a second handle resumes the tree where the first left it", async () => {
    const first = await backend.open({ onDisk: true });
    await first.audit.append(Array.from({ length: 7 }, (_, n) => ev(n)));
    const second = await first.another();
    await second.audit.append(Array.from({ length: 6 }, (_, n) => ev(7 + n)));
    assert.equal(await checkLog(second), 13);
    await second.close();
    await first.close();
  });

  test("two processes appending at once leave one contiguous log", async () => {
    const store = await backend.open({ onDisk: true });
    const appender = join(import.meta.dirname, "../fixtures/audit-appender.ts");
    const child = (tag: string) => run(process.execPath, ["--import", "tsx", appender, store.location, tag, "40", "5"], { cwd: join(import.meta.dirname, "../..") });
    await Promise.all([child("p1"), child("p2"), store.audit.append([ev(0)])]);
    assert.equal(await checkLog(store), 401);
    const tags = (await all(store.audit.scan())).map((r) => JSON.parse(r.body).tag as string | undefined);
    assert.equal(tags.filter((t) => t === "p1").length, 200);
    assert.equal(tags.filter((t) => t === "p2").length, 200);
    await store.close();
  });

  test("scan pages through in order, with index, time and tenant filters", async () => {
    const store = await backend.open();
    const batch = Array.from({ length: 4500 }, (_, n) => ev(n, { at: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString() }));
    await store.audit.append(batch);
    const rows = await all(store.audit.scan());
    assert.equal(rows.length, 4500);
    assert.ok(rows.every((r, i) => r.idx === i));
    assert.deepEqual((await all(store.audit.scan({ from: 2500, to: 2503 }))).map((r) => r.idx), [2500, 2501, 2502]);
    const acme = await all(store.audit.scan({ tenantId: "acme", from: 4000 }));
    assert.equal(acme.length, 250);
    assert.ok(acme.every((r) => r.tenantId === "acme" && r.idx % 2 === 1));
    const timed = await all(store.audit.scan({ since: "2026-01-01T00:00:10.000Z", until: "2026-01-01T00:00:13.000Z" }));
    assert.deepEqual(timed.map((r) => r.idx), [10, 11, 12]);
    let chunks = 0;
    for await (const c of store.audit.scanChunks({ from: 100 })) chunks += c.length ? 1 : 0;
    assert.equal(chunks, 3);
    await store.close();
  });

  test("list is per tenant, after an index, by kind, bounded; leafHashes returns a range", async () => {
    const store = await backend.open();
    await store.audit.append(Array.from({ length: 10 }, (_, n) => ev(n, n === 5 ? { kind: "other" } : {})));
    assert.deepEqual((await store.audit.list("acme")).map((r) => r.idx), [1, 3, 5, 7, 9]);
    assert.deepEqual((await store.audit.list("acme", { after: 3, limit: 2 })).map((r) => r.idx), [5, 7]);
    assert.deepEqual((await store.audit.list("acme", { kind: "other" })).map((r) => r.idx), [5]);
    assert.deepEqual(await store.audit.list("nobody"), []);
    const hashes = await store.audit.leafHashes(2, 5);
    assert.equal(hashes.length, 3);
    assert.deepEqual(hashes[0], (await store.audit.get(2))!.leafHash);
    assert.deepEqual(rootOf(await store.audit.leafHashes(0, 10)), (await store.audit.state()).root);
    await store.close();
  });

  test("checkpoints: in size order; the same size may gain cosignatures, never another root", async () => {
    const store = await backend.open();
    const root = (b: number) => Buffer.alloc(32, b);
    await store.audit.addCheckpoint({ size: 10, root: root(1), at: "2026-01-01T00:00:00.000Z", note: "n10" });
    await store.audit.addCheckpoint({ size: 2, root: root(2), at: "2026-01-01T00:00:00.000Z", note: "n2" });
    await store.audit.addCheckpoint({ size: 10, root: root(1), at: "2026-01-01T00:00:00.000Z", note: "n10+witness" });
    await assert.rejects(store.audit.addCheckpoint({ size: 10, root: root(9), at: "x", note: "forged" }), /another root/);
    assert.deepEqual((await store.audit.checkpoints()).map((c) => [c.size, c.note]), [[2, "n2"], [10, "n10+witness"]]);
    assert.deepEqual((await store.audit.checkpoints({ after: 2 })).map((c) => c.size), [10]);
    assert.equal((await store.audit.latestCheckpoint())?.size, 10);
    assert.deepEqual((await store.audit.checkpointAt(2))?.root, root(2));
    assert.equal(await store.audit.checkpointAt(3), undefined);
    await store.close();
  });

  test("the first signing key stored is kept, even when two writers race; sink cursors start at 0", async () => {
    const store = await backend.open();
    assert.equal(await store.audit.signingKey(), undefined);
    await Promise.all([store.audit.setSigningKey({ name: "a", verifierKey: "va", privateSealed: "sa" }), store.audit.setSigningKey({ name: "b", verifierKey: "vb", privateSealed: "sb" })]);
    const first = await store.audit.signingKey();
    assert.ok(first?.name === "a" || first?.name === "b");
    await store.audit.setSigningKey({ name: "c", verifierKey: "vc", privateSealed: "sc" });
    assert.deepEqual(await store.audit.signingKey(), first);
    assert.equal(await store.audit.sinkCursor("siem"), 0);
    await store.audit.setSinkCursor("siem", 42);
    await store.audit.setSinkCursor("siem", 43);
    assert.equal(await store.audit.sinkCursor("siem"), 43);
    assert.equal(await store.audit.sinkCursor("other"), 0);
    await store.close();
  });

  test("admin events are mirrored into the log in the same transaction", async () => {
    const store = await backend.open({ onDisk: true });
    await store.audit.append([ev(0)]);
    const seq = await store.admin.events.append({ tenantId: "default", at: Date.UTC(2026, 0, 1), actor: "acc_1", action: "auth.login", target: null, outcome: "success", ip: "10.0.0.1", detail: { method: "totp", dropped: undefined } });
    assert.equal(seq, 1);
    const copy = await store.audit.get(1);
    assert.equal(copy?.kind, "admin.auth.login");
    assert.deepEqual(JSON.parse(copy!.body), {
      v: 1, seq: 1, at: "2026-01-01T00:00:00.000Z", kind: "admin.auth.login", tenant: "default",
      actor: "acc_1", action: "auth.login", target: null, outcome: "success", ip: "10.0.0.1", detail: { method: "totp" }, adminSeq: 1,
    });
    await checkLog(store);
    // Break the log (a row already where the next one goes): the admin event is not written either.
    await store.db.insertInto("audit_events").values({ idx: 2, at: "x", tenant_id: "default", kind: "x", body: "{}", leaf_hash: Buffer.alloc(1) }).execute();
    const other = await store.another();
    await assert.rejects(other.admin.events.append({ tenantId: "default", at: Date.now(), actor: "cli", action: "admins.create", target: "acc_2", outcome: "success", ip: null, detail: {} }));
    assert.deepEqual((await other.admin.events.list("default")).map((e) => e.seq), [1]);
    assert.equal((await other.audit.state()).size, 2);
    await other.close();
    await store.close();
  });
});

describe("Frontier.restore", () => {
  test("resumes a log where it was saved, and refuses a frontier of the wrong shape", async () => {
    const { Frontier } = await import("../../src/audit/merkle.js");
    const leaves = Array.from({ length: 13 }, (_, i) => hashLeaf(Buffer.from([i])));
    const f = new Frontier();
    for (const l of leaves.slice(0, 6)) f.append(l);
    const resumed = Frontier.restore(6, f.hashes());
    for (const l of leaves.slice(6)) resumed.append(l);
    assert.deepEqual(resumed.root(), rootOf(leaves));
    assert.throws(() => Frontier.restore(7, f.hashes()), /3 hashes, not 2/);
    assert.throws(() => Frontier.restore(6, [Buffer.alloc(32), Buffer.alloc(31)]), /31 bytes/);
    assert.throws(() => Frontier.restore(-1, []), /non-negative/);
  });
});

describe("the audit writer thread", () => {
  test("appends from the thread and from the main connection interleave into one contiguous log", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-audit-thread-"));
    const store = await SqliteStore.open(join(dir, "thread.sqlite"));
    const writer = store.offThreadAudit()!;
    try {
      const writes: Promise<unknown>[] = [];
      for (let i = 0; i < 30; i++) writes.push((i % 3 ? writer.audit : store.audit).append([ev(i * 2), ev(i * 2 + 1)]));
      await Promise.all(writes);
      assert.equal(await checkLog(store), 60);
      // Reads through the writer's store are the main connection's.
      assert.deepEqual(await writer.audit.state(), await store.audit.state());
    } finally {
      await writer.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a bad event is refused as CanonicalJsonError; a dead worker fails the pending append and the next one starts another", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-audit-thread-"));
    const store = await SqliteStore.open(join(dir, "thread.sqlite"));
    const thread = new SqliteAuditThread(store.file!);
    try {
      await assert.rejects(thread.append([ev(0, { bad: "\ud800" })]), CanonicalJsonError);
      assert.equal((await thread.append([ev(1)])).size, 1);
      const worker = (thread as unknown as { worker: { terminate(): Promise<number> } }).worker;
      const pending = thread.append([ev(2), ev(3)]);
      await worker.terminate();
      const outcome = await pending.then(
        (r) => `written (${r.size})`,
        (err: Error) => err.message,
      );
      // Terminated before or after it committed: either way nothing is half-written.
      assert.match(outcome, /^(written \(3\)|audit writer thread exited \(1\))$/);
      const next = await thread.append([ev(4)]);
      assert.equal(next.size, outcome.startsWith("written") ? 4 : 2);
      assert.equal(await checkLog(store), next.size);
    } finally {
      await thread.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the change token and audit writes", () => {
  test("commits that change no access (the writer thread's appends, last-use times) do not move it; access changes do", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-audit-token-"));
    const file = join(dir, "token.sqlite");
    const a = await SqliteStore.open(file);
    const b = await SqliteStore.open(file);
    const writer = a.offThreadAudit()!;
    try {
      await b.org.ensureTenant("default");
      
      const { record } = await issueKey(b.keys, { principal: "p", models: ["m"] });
      await new Promise((r) => setTimeout(r, 50));
      const t = a.changeToken();
      for (let i = 0; i < 5; i++) {
        await writer.audit.append([ev(i)]);
        await b.keys.recordUse([{ id: record.id, at: Date.now(), ip: "10.0.0.1" }]);
        await new Promise((r) => setTimeout(r, 10));
      }
      await new Promise((r) => setTimeout(r, 1100)); // past the 1 s poll too
      assert.equal(a.changeToken(), t, "the writer thread's appends and last-use times leave the caches alone");
      await b.keys.revoke(record.id, Date.now());
      const start = Date.now();
      while (a.changeToken() === t && Date.now() - start < 900) await new Promise((r) => setTimeout(r, 2));
      assert.notEqual(a.changeToken(), t, "a revocation by another connection is seen");
      assert.ok(Date.now() - start < 500, `seen after ${Date.now() - start} ms, before the 1 s poll`);
    } finally {
      await writer.close();
      await Promise.all([a.close(), b.close()]);
      rmSync(dir, { recursive: true, force: true });
    }
  });


  test("this connection's audit appends do not move it; another connection's writes do, within milliseconds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-audit-token-"));
    const file = join(dir, "token.sqlite");
    const a = await SqliteStore.open(file);
    const b = await SqliteStore.open(file);
    try {
      const t = a.changeToken();
      for (let i = 0; i < 5; i++) {
        await a.audit.append([ev(i)]);
        await new Promise((r) => setTimeout(r, 10));
      }
      assert.equal(a.changeToken(), t, "own audit writes leave the caches alone");
      await b.org.ensureTenant("acme"); // a write by another connection
      const start = Date.now();
      while (a.changeToken() === t && Date.now() - start < 900) await new Promise((r) => setTimeout(r, 2));
      assert.notEqual(a.changeToken(), t, "another connection's write is seen");
      assert.ok(Date.now() - start < 500, `seen after ${Date.now() - start} ms, before the 1 s poll`);
    } finally {
      await Promise.all([a.close(), b.close()]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
