/**
 * PostgreSQL becoming unreachable under a running gateway, for real: the
 * gateway's store connects through a TCP proxy (test/fixtures/tcp-proxy.ts)
 * to the shared server, and the proxy cuts every connection and refuses new
 * ones. Requests that need the store are refused promptly with a 503 (never a
 * 500, never a hang, no address in the message), /readyz turns 503, and when
 * the proxy lets connections through again the gateway serves by itself — no
 * restart — and the audit events of the requests it served were not lost.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { parseConfig } from "../../src/config/load.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { createLogger } from "../../src/gateway/log.js";
import { Gateway } from "../../src/gateway/server.js";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { PostgresStore } from "../../src/store/postgres.js";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { freshDatabase, pgSkip, type TestDatabase } from "../fixtures/postgres.js";
import { startTcpProxy, type TcpProxy } from "../fixtures/tcp-proxy.js";
import { fullConfig } from "./harness.js";

describe("PostgreSQL unreachable under a running gateway", { skip: pgSkip }, () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let upstream: MockUpstream;
  let store: PostgresStore;
  let gw: Gateway;

  before(async () => {
    db = await freshDatabase("pgfaults");
    const target = new URL(db.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(db.url);
    viaProxy.port = String(proxy.port);
    upstream = await startMockUpstream();
    store = await PostgresStore.open(viaProxy.toString(), { poolSize: 4, connectTimeoutMs: 1000 });
    const config = parseConfig({ ...fullConfig(upstream.url), store: viaProxy.toString(), server: { port: 0 }, log: { level: "silent" } });
    const keyring = new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
    gw = await Gateway.start({ config, store, log: createLogger(config.log), keyring });
  });

  after(async () => {
    proxy?.restore();
    await gw?.stop();
    await store?.close();
    await proxy?.close();
    await upstream?.close();
    await db?.drop();
  });

  const ask = async (key: string) => {
    const started = Date.now();
    const r = await fetch(`${gw.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "mock-model", messages: [{ role: "user", content: "hello" }] }),
    });
    const body = (await r.json()) as { error?: { code: string; message: string } };
    return { status: r.status, code: body.error?.code, message: body.error?.message ?? "", ms: Date.now() - started, retryAfter: r.headers.get("retry-after") };
  };
  const ready = async () => (await fetch(`${gw.url}/readyz`)).status;

  test("cut: 503 and not ready; restored: served again without a restart, and no audit event lost", async () => {
    const known = (await issueKey(store.keys, { principal: "tester", models: ["mock-model"] })).key;
    assert.equal((await ask(known)).status, 200);
    assert.equal(await ready(), 200);

    proxy.cut();
    // Keys issued before the cut but never used: their lookup needs the database.
    const fresh = await Promise.all([1, 2, 3].map(() => issueKeyDirect(db.url)));
    const refusals = [];
    for (const key of fresh) refusals.push(await ask(key));
    for (const r of refusals) {
      assert.equal(r.status, 503, JSON.stringify(r));
      assert.equal(r.retryAfter, "1");
      assert.ok(["store_unavailable", "audit_unavailable"].includes(r.code ?? ""), `code ${r.code}`);
      assert.ok(r.ms < 3000, `refused after ${r.ms} ms`);
      assert.doesNotMatch(r.message, new RegExp(`${proxy.port}|ECONNREFUSED|127\\.0\\.0\\.1|postgres`, "i"));
    }
    const deadline = Date.now() + 5000;
    while ((await ready()) !== 503) {
      assert.ok(Date.now() < deadline, "/readyz turns 503 while the store is unreachable");
      await sleep(100);
    }

    proxy.restore();
    const t0 = Date.now();
    let back: Awaited<ReturnType<typeof ask>> | undefined;
    while (Date.now() - t0 < 15_000) {
      back = await ask(fresh[0]!);
      if (back.status === 200) break;
      assert.equal(back.status, 503, JSON.stringify(back));
      await sleep(100);
    }
    assert.equal(back?.status, 200, "served again once the store answers");
    while ((await ready()) !== 200) {
      assert.ok(Date.now() - t0 < 15_000, "/readyz turns 200 again");
      await sleep(100);
    }
    for (const key of fresh) assert.equal((await ask(key)).status, 200);

    // Every served request's audit event reached the database (none dropped during the outage).
    await gw.auditLog!.flush();
    const reqs: string[] = [];
    for await (const e of store.audit.scan()) if (e.kind === "gateway.request") reqs.push(e.body);
    const served = reqs.filter((b) => (JSON.parse(b) as { status: number }).status === 200).length;
    assert.ok(served >= 1 + 1 + fresh.length, `served events in the log: ${served}`);
  });
});

/** A key issued straight to the database (not through the proxy), as the CLI on another machine would. */
async function issueKeyDirect(url: string): Promise<string> {
  const other = await PostgresStore.open(url, { poolSize: 1, accessWatch: { resyncMs: 60_000 } });
  try {
    return (await issueKey(other.keys, { principal: "tester", models: ["mock-model"] })).key;
  } finally {
    await other.close();
  }
}
