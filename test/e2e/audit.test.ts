/**
 * The audit log end to end, through the official openai client: each request
 * is an event (its request id, status, outcome); under fail-closed a full
 * queue refuses new requests with 503 audit_unavailable and serves again once
 * written; under serve-unaudited requests are served and an audit.gap event
 * follows; a failing store refuses requests until it recovers; checkpoints
 * verify with the stored verifier key; and the signing key is never in the
 * database in the clear.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import OpenAI from "openai";
import type { AuditStore } from "../../src/audit/audit-store.js";
import { parseVerifierKey, verifyCheckpoint } from "../../src/audit/checkpoint.js";
import { startGateway, type TestGateway } from "./harness.js";

const demo = (audit: Record<string, unknown>) => ({ providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }], audit: { origin: "e2e.test/wardgate/audit", ...audit } });

async function client(h: TestGateway): Promise<OpenAI> {
  return new OpenAI({ apiKey: await h.issue({ models: ["demo"] }), baseURL: `${h.url}/v1`, maxRetries: 0 });
}
const ask = (o: OpenAI) => o.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "hello" }] }).withResponse();

async function refusal(o: OpenAI): Promise<{ status: number; code: string; type: string; retryAfter: string | null }> {
  try {
    await ask(o);
  } catch (err) {
    assert.ok(err instanceof OpenAI.APIError, String(err));
    const e = err.error as { code: string; type: string };
    return { status: err.status!, code: e.code, type: e.type, retryAfter: err.headers?.get?.("retry-after") ?? null };
  }
  assert.fail("expected a refusal");
}

async function events(h: TestGateway): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for await (const r of h.store.audit.scan()) out.push(JSON.parse(r.body) as Record<string, unknown>);
  return out;
}

async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail("condition not reached in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("audit log end to end", () => {
  test("every request is an event with its request id; checkpoints verify; no signing key in the clear", async () => {
    const h = await startGateway(demo({ checkpoint: { everyEvents: 2 } }));
    try {
      const o = await client(h);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { response } = await ask(o);
        ids.push(response.headers.get("x-request-id")!);
      }
      const bad = new OpenAI({ apiKey: "wg_nope", baseURL: `${h.url}/v1`, maxRetries: 0 });
      await assert.rejects(ask(bad));
      await h.gw.auditLog!.flush();
      const requests = (await events(h)).filter((e) => e.kind === "gateway.request");
      assert.deepEqual(requests.slice(0, 3).map((e) => [e.reqId, e.status, e.outcome, e.tenant]), ids.map((id) => [id, 200, "ok", "default"]));
      assert.deepEqual([requests[3]!.status, requests[3]!.outcome], [401, "denied"]);
      await h.gw.stop(); // takes a last checkpoint
      const key = (await h.store.audit.signingKey())!;
      const latest = (await h.store.audit.latestCheckpoint())!;
      assert.equal(latest.size, (await h.store.audit.state()).size);
      const cp = verifyCheckpoint(latest.note, [parseVerifierKey(key.verifierKey)], "e2e.test/wardgate/audit");
      assert.deepEqual(cp.root, (await h.store.audit.state()).root);
      for (const f of readdirSync(h.dir).filter((f) => f.startsWith("wardgate.db"))) {
        assert.ok(!readFileSync(join(h.dir, f)).includes("PRIVATE+KEY"), `${f} holds the signing key in the clear`);
      }
    } finally {
      await h.close();
    }
  });

  test("fail-closed: a full queue refuses new requests with 503 audit_unavailable until it is written", async () => {
    const h = await startGateway(demo({ queue: 1, batch: { maxDelay: "1h" } }));
    try {
      const o = await client(h);
      await ask(o); // its event fills the queue (written only after an hour)
      assert.deepEqual(await refusal(o), { status: 503, code: "audit_unavailable", type: "server_error", retryAfter: "1" });
      await h.gw.auditLog!.flush();
      await ask(o); // fills the queue again
      // Admission comes before authentication: an unknown key is refused by it too, before any key lookup.
      const stranger = new OpenAI({ apiKey: "wg_nope", baseURL: `${h.url}/v1`, maxRetries: 0 });
      assert.equal((await refusal(stranger)).code, "audit_unavailable");
      await h.gw.auditLog!.flush();
      await ask(o);
      const kinds = (await events(h)).map((e) => [e.kind, e.status]);
      await h.gw.auditLog!.flush();
      // The refused request is recorded too: admitted requests' events are never dropped under fail-closed.
      assert.deepEqual(kinds, [["gateway.request", 200], ["gateway.request", 503], ["gateway.request", 200], ["gateway.request", 503]]);
      assert.deepEqual((await events(h)).map((e) => e.status), [200, 503, 200, 503, 200]);
    } finally {
      await h.close();
    }
  });

  test("serve-unaudited: requests are served while the queue is full, and an audit.gap event counts what was lost", async () => {
    const h = await startGateway(demo({ queue: 1, onQueueFull: "serve-unaudited", batch: { maxDelay: "1h" } }));
    try {
      const o = await client(h);
      await ask(o);
      await ask(o);
      await ask(o);
      await h.gw.auditLog!.flush();
      const all = await events(h);
      assert.deepEqual(all.map((e) => e.kind), ["gateway.request", "audit.gap"]);
      assert.equal(all[1]!.lost, 2);
      assert.deepEqual(all[1]!.byTenant, { default: 2 });
    } finally {
      await h.close();
    }
  });

  test("a store that cannot be written refuses requests (503) until it recovers; no event is lost", async () => {
    // Inline writer: the fault is injected into the store object the log writes through.
    const h = await startGateway(demo({ batch: { maxDelay: 5 }, writerThread: false }));
    const audit = h.store.audit as AuditStore;
    const append = audit.append;
    try {
      const o = await client(h);
      audit.append = async () => {
        throw new Error("SQLITE_IOERR: disk I/O error");
      };
      await ask(o); // admitted; its event cannot be written
      await until(() => h.gw.auditLog!.stats().failing);
      assert.equal((await refusal(o)).code, "audit_unavailable");
      const ready = await fetch(`${h.url}/readyz`);
      assert.deepEqual([ready.status, await ready.json()], [503, { status: "unavailable", detail: "audit log unavailable" }]);
      audit.append = append;
      await until(() => !h.gw.auditLog!.stats().failing);
      assert.equal((await fetch(`${h.url}/readyz`)).status, 200);
      await ask(o);
      await h.gw.auditLog!.flush();
      assert.deepEqual((await events(h)).map((e) => e.status), [200, 503, 200]);
      assert.match(await h.logText(), /audit log: write failed/);
      assert.doesNotMatch(await h.logText(), /at .*\.ts:\d+/, "no stack traces in the log line");
    } finally {
      audit.append = append;
      await h.close();
    }
  });

  test("audit.enabled: false records nothing and admits everything", async () => {
    const h = await startGateway(demo({ enabled: false }));
    try {
      await ask(await client(h));
      assert.equal(h.gw.auditLog, undefined);
      assert.equal((await h.store.audit.state()).size, 0);
    } finally {
      await h.close();
    }
  });
});
