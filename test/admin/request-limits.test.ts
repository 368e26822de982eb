/**
 * The admin listener by the data plane's rules (issue 13): `req.ip` is the
 * client address X-Forwarded-For gives only through server.trustedProxies
 * (right-most untrusted entry, a valid IP, else the peer); a slow client is
 * cut at fixed deadlines; bodies nested deeper than 64 levels are refused
 * before parsing; error bodies do not grow with what the caller sent.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { startLazyAdmin } from "../../src/admin/lazy-listener.js";
import { ADMIN_LISTENER, ADMIN_MAX_CONNECTIONS } from "../../src/admin/request-limits.js";
import { adminSchema } from "../../src/config/admin-schema.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { type Harness, makeAdmin, startHarness } from "./helpers.js";

async function failedLoginFrom(h: Harness, xff: string | undefined): Promise<string | null> {
  const before = (await h.store.admin.events.list("default")).length;
  const res = await fetch(`${h.admin.url}/admin/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(xff !== undefined ? { "x-forwarded-for": xff } : {}) },
    body: JSON.stringify({ email: "owner@example.com", password: "not the password" }),
  });
  await res.text();
  const events = await h.store.admin.events.list("default");
  assert.equal(events.length, before + 1, "one failed sign-in event");
  return events.at(-1)!.ip;
}

describe("the admin listener's client address", () => {
  test("through a trusted proxy: the right-most untrusted address; never an invalid one", async () => {
    const h = await startHarness({}, { trustedProxies: ["127.0.0.1"] });
    try {
      await makeAdmin(h, "owner@example.com", "owner");
      assert.equal(await failedLoginFrom(h, "10.1.2.3, 203.0.113.7"), "203.0.113.7");
      assert.equal(await failedLoginFrom(h, "<script>x</script>"), "127.0.0.1");
      assert.equal(await failedLoginFrom(h, "203.0.113.7:443"), "127.0.0.1");
      assert.equal(await failedLoginFrom(h, undefined), "127.0.0.1");
    } finally {
      await h.close();
    }
  });

  test("without trusted proxies the header is ignored", async () => {
    const h = await startHarness();
    try {
      await makeAdmin(h, "owner@example.com", "owner");
      assert.equal(await failedLoginFrom(h, "10.1.2.3"), "127.0.0.1");
    } finally {
      await h.close();
    }
  });
});

describe("what the admin API accepts", () => {
  test("JSON nested deeper than 64 levels is a 400 json_too_deep; 64 levels still parse", async () => {
    const h = await startHarness();
    try {
      const post = async (body: string) => {
        const res = await fetch(`${h.admin.url}/admin/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body });
        return { status: res.status, body: (await res.json()) as { error: { code: string } } };
      };
      const deep = await post(`{"email":${"[".repeat(30_000)}${"]".repeat(30_000)},"password":"x"}`);
      assert.equal(deep.status, 400);
      assert.equal(deep.body.error.code, "json_too_deep");
      const at = await post(`{"email":"a@b.c","password":"x","pad":${"[".repeat(63)}${"]".repeat(63)}}`);
      assert.notEqual(at.body.error.code, "json_too_deep");
      const proto = await post('{"email":"a@b.c","password":"x","__proto__":{"admin":true}}');
      assert.equal(proto.status, 400, "Fastify's own refusal of __proto__ is kept");
    } finally {
      await h.close();
    }
  });

  test("error bodies do not echo a long path, field name or content type", async () => {
    const h = await startHarness();
    try {
      const long = "x".repeat(12_000);
      for (const [path, ct, body] of [
        [`/admin/v1/${long}`, "application/json", "{}"],
        ["/admin/v1/auth/login", "application/json", `{"email":"a@b.c","password":"x","${"y".repeat(60_000)}":1}`],
        ["/admin/v1/auth/login", `application/${long}`, "{}"],
      ] as const) {
        const res = await fetch(`${h.admin.url}${path}`, { method: "POST", headers: { "content-type": ct }, body });
        const text = await res.text();
        assert.ok(res.status >= 400 && res.status < 500, `${res.status} ${text.slice(0, 100)}`);
        assert.ok(text.length <= 2600, `an error body of ${text.length} characters`);
      }
    } finally {
      await h.close();
    }
  });
});

describe("slow clients on the admin listener", () => {
  test("Fastify's own listener has the deadlines and the connection cap (the lazy one: next test)", async () => {
    const h = await startHarness();
    try {
      const s = h.admin.app.server;
      assert.deepEqual([s.headersTimeout, s.requestTimeout, s.keepAliveTimeout, s.maxConnections], [10_000, 30_000, 65_000, ADMIN_MAX_CONNECTIONS]);
    } finally {
      await h.close();
    }
    assert.ok(ADMIN_LISTENER.requestTimeout! < 300_000);
  });

  test("the lazy listener cuts a client that drips its headers with a 408", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-admin-slow-"));
    const store = await SqliteStore.open(join(dir, "wardgate.db"));
    const admin = await startLazyAdmin({ store, config: adminSchema.parse({}), keyring: new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]), host: "127.0.0.1", port: 0 });
    const socket = connect({ host: "127.0.0.1", port: Number(new URL(admin.url).port) });
    let drip: NodeJS.Timeout | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      let text = "";
      socket.setEncoding("utf8");
      socket.on("data", (d: string) => {
        text += d;
      });
      socket.on("error", () => undefined);
      await new Promise<void>((r) => socket.once("connect", () => r()));
      socket.write("GET /admin/v1/auth/session HTTP/1.1\r\nhost: x\r\n");
      let n = 0;
      drip = setInterval(() => socket.writable && socket.write(`x-drip-${n++}: 1\r\n`), 200);
      const started = performance.now();
      await Promise.race([
        new Promise<void>((r) => socket.once("close", () => r())),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error("the dripping client was still connected after 25 s")), 25_000);
        }),
      ]);
      assert.match(text, /^HTTP\/1\.1 408 /);
      assert.ok(performance.now() - started >= 9_000, "cut at the 10 s header deadline, not before");
    } finally {
      clearInterval(drip);
      clearTimeout(timer);
      socket.destroy();
      await admin.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
