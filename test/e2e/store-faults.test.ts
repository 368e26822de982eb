/**
 * A store that cannot be reached (PostgreSQL down, a SQLite file gone): a
 * request that needs it is refused with 503 store_unavailable and Retry-After
 * (fail closed, and retryable: not a 500 "gateway bug"), /readyz says the
 * store is unavailable, and both recover when it answers again, without a
 * restart. The outage is simulated on the store object (the lead's PostgreSQL
 * fault test can do the same through test/fixtures/tcp-proxy.ts).
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { fullConfig, startGateway } from "./harness.js";

let upstream: MockUpstream;
before(async () => {
  upstream = await startMockUpstream();
});
after(async () => {
  await upstream.close();
});

test("store unreachable: 503 store_unavailable and not ready; served again when it answers", async () => {
  const h = await startGateway(fullConfig(upstream.url));
  try {
    const known = await h.issue({ models: ["mock-model"] });
    const fresh = await h.issue({ models: ["mock-model"] }); // never used: its lookup needs the store
    const ask = (key: string) =>
      fetch(`${h.url}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ model: "mock-model", messages: [{ role: "user", content: "hello" }] }),
      });
    assert.equal((await ask(known)).status, 200);
    const keys = h.store.keys;
    const [get, ping] = [keys.get, h.store.ping];
    const down = async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
    };
    keys.get = down;
    h.store.ping = down;
    try {
      await sleep(1_100); // past the readiness cache
      const r = await ask(fresh);
      assert.equal(r.status, 503);
      assert.equal(r.headers.get("retry-after"), "1");
      const body = (await r.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, "store_unavailable");
      assert.doesNotMatch(body.error.message, /5432|ECONNREFUSED/, "no address or driver error reaches the client");
      const ready = await fetch(`${h.url}/readyz`);
      assert.deepEqual([ready.status, await ready.json()], [503, { status: "unavailable", detail: "store unavailable" }]);
    } finally {
      keys.get = get;
      h.store.ping = ping;
    }
    await sleep(1_100);
    assert.equal((await ask(fresh)).status, 200);
    assert.equal((await fetch(`${h.url}/readyz`)).status, 200);
  } finally {
    await h.close();
  }
});
