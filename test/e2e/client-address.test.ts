/**
 * The client address behind proxies (issue 13). With the old `trustProxy:
 * true` the left-most X-Forwarded-For entry was believed, so a caller behind
 * an appending proxy chose its own address: a key allow-listed to 10.0.0.0/8
 * and a policy `sourceIps` rule both passed with `X-Forwarded-For: 10.1.2.3,
 * 203.0.113.7`, and `<script>x</script>` was stored as the key's last-used
 * address. Now the header is read only when the socket's peer is one of
 * `server.trustedProxies`; the client is the right-most address that is not
 * a trusted proxy, and anything that is not a valid IP makes the gateway
 * ignore the header.
 *
 * The test clients connect from 127.0.0.1, configured as the trusted proxy:
 * each request plays "a proxy appended the address it saw".
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import { ConfigError, parseConfig } from "../../src/config/load.js";
import { startGateway, type TestGateway } from "./harness.js";

const BASE = {
  providers: { demo: { type: "demo" } },
  models: [
    { name: "demo", provider: "demo" },
    { name: "office", provider: "demo" },
  ],
  policies: [
    { id: "keys-demo", subjects: ["via:gateway-key"], actions: ["invoke"], resources: ["model:demo"] },
    { id: "office-only", subjects: ["via:gateway-key"], actions: ["invoke"], resources: ["model:office"], conditions: { sourceIps: ["10.0.0.0/8"] } },
  ],
};

let gw: TestGateway;
let officeKey: string;
let anyKey: string;

before(async () => {
  gw = await startGateway({ ...BASE, server: { trustedProxies: ["127.0.0.1", "192.168.0.0/16"] } });
  officeKey = await gw.issue({ models: ["demo"], ipAllow: ["10.0.0.0/8"] });
  anyKey = await gw.issue({ models: ["demo", "office"] });
});

after(async () => {
  await gw.close();
});

async function ask(g: TestGateway, key: string, model: string, xff?: string): Promise<{ status: number; code?: string; message?: string; reqId: string }> {
  const res = await request(`${g.url}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...(xff !== undefined ? { "x-forwarded-for": xff } : {}) },
    body: JSON.stringify({ model, messages: [{ role: "user", content: "hi" }] }),
  });
  const body = (await res.body.json()) as { error?: { code: string; message: string } };
  return { status: res.statusCode, code: body.error?.code, message: body.error?.message, reqId: String(res.headers["x-request-id"]) };
}

async function clientLogged(g: TestGateway, reqId: string): Promise<string> {
  const line = (await g.logText()).split("\n").find((l) => l.includes(`"reqId":"${reqId}"`));
  return (JSON.parse(line!) as { client: string }).client;
}

describe("a caller behind an appending proxy cannot choose its address", () => {
  const SPOOF = "10.1.2.3, 203.0.113.7"; // the caller wrote 10.1.2.3; the proxy appended what it saw

  test("a key allow-listed to 10.0.0.0/8 is refused", async () => {
    const r = await ask(gw, officeKey, "demo", SPOOF);
    assert.equal(r.status, 403);
    assert.equal(r.code, "ip_not_allowed");
    assert.match(r.message!, /address 203\.0\.113\.7/);
    assert.equal(await clientLogged(gw, r.reqId), "203.0.113.7");
  });

  test("a policy sourceIps rule is not passed", async () => {
    const r = await ask(gw, anyKey, "office", SPOOF);
    assert.equal(r.status, 403);
    assert.equal(r.code, "policy_denied");
    assert.match(r.message!, /203\.0\.113\.7 is not in 10\.0\.0\.0\/8/);
  });

  test("many spoofed entries change nothing: the right-most untrusted one is the client", async () => {
    const r = await ask(gw, officeKey, "demo", "10.0.0.1, 10.0.0.2,10.0.0.3 , 198.51.100.4");
    assert.equal(r.code, "ip_not_allowed");
    assert.equal(await clientLogged(gw, r.reqId), "198.51.100.4");
  });
});

describe("with trusted proxies configured, the real client address is used", () => {
  test("the address the trusted proxy appended", async () => {
    const r = await ask(gw, officeKey, "demo", "203.0.113.7, 10.1.2.3");
    assert.equal(r.status, 200, r.message);
    assert.equal(await clientLogged(gw, r.reqId), "10.1.2.3");
    assert.equal((await ask(gw, anyKey, "office", "10.20.30.40")).status, 200);
  });

  test("through a chain of trusted proxies, walking from the socket's peer", async () => {
    const r = await ask(gw, officeKey, "demo", "203.0.113.7, 10.1.2.3, 192.168.1.1, 192.168.7.7");
    assert.equal(r.status, 200, r.message);
    assert.equal(await clientLogged(gw, r.reqId), "10.1.2.3");
  });

  test("IPv6 and IPv4-mapped addresses", async () => {
    const r = await ask(gw, anyKey, "demo", "2001:db8::1");
    assert.equal(await clientLogged(gw, r.reqId), "2001:db8::1");
    const m = await ask(gw, officeKey, "demo", "::ffff:10.9.8.7");
    assert.equal(m.status, 200, m.message);
    assert.equal(await clientLogged(gw, m.reqId), "10.9.8.7");
  });

  test("a peer that is not a trusted proxy: the header is ignored", async () => {
    const other = await startGateway({ ...BASE, server: { trustedProxies: ["127.0.0.9"] } });
    try {
      const key = await other.issue({ models: ["demo"], ipAllow: ["10.0.0.0/8"] });
      const r = await ask(other, key, "demo", "10.1.2.3");
      assert.equal(r.code, "ip_not_allowed");
      assert.equal(await clientLogged(other, r.reqId), "127.0.0.1");
    } finally {
      await other.close();
    }
  });

  test("no trusted proxies (the default): the header is ignored", async () => {
    const other = await startGateway(BASE);
    try {
      const key = await other.issue({ models: ["demo"], ipAllow: ["10.0.0.0/8"] });
      assert.equal((await ask(other, key, "demo", "10.1.2.3")).code, "ip_not_allowed");
    } finally {
      await other.close();
    }
  });
});

describe("only a valid IP is ever taken from the header", () => {
  const INVALID = ["<script>x</script>", "10.1.2.3:8080", "[2001:db8::1]", "fe80::1%eth0", "10.1.2", "010.1.2.3", "unknown", "", " , ", "10.1.2.3 10.1.2.4", `10.1.2.3, ${"9".repeat(5000)}`, "10.1.2.3, <script>x</script>"];

  test("invalid right-most values make the gateway ignore the header and use the peer", async () => {
    for (const xff of INVALID) {
      const r = await ask(gw, anyKey, "demo", xff);
      assert.equal(r.status, 200, `${JSON.stringify(xff)}: ${r.message}`);
      assert.equal(await clientLogged(gw, r.reqId), "127.0.0.1", JSON.stringify(xff));
    }
  });

  test("a script tag is never stored as a key's last-used address", async () => {
    const own = await startGateway({ ...BASE, server: { trustedProxies: ["127.0.0.1"] } });
    try {
      const key = await own.issue({ models: ["demo"] });
      assert.equal((await ask(own, key, "demo", "<script>x</script>")).status, 200);
      await own.gw.stop(); // writes the last use
      const stored = await own.store.keys.get(key.slice(3, 15));
      assert.equal(stored?.lastUsedIp, "127.0.0.1");
    } finally {
      await own.close();
    }
  });
});

describe("configuration", () => {
  test("the old trustProxy: true is a config error naming the new key", () => {
    assert.throws(() => parseConfig({ server: { trustProxy: true } }), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /server\.trustProxy: .*server\.trustedProxies/);
      return true;
    });
    assert.doesNotThrow(() => parseConfig({ server: { trustProxy: false } }));
  });

  test("a trusted proxy that is not an address or CIDR range is a config error naming it", () => {
    assert.throws(() => parseConfig({ server: { trustedProxies: ["10.0.0.0/8", "proxy.internal"] } }), /server\.trustedProxies\[1\]: expected an IPv4 or IPv6 address or CIDR range/);
    assert.throws(() => parseConfig({ server: { trustedProxies: ["0.0.0.0/0"] } }), /server\.trustedProxies\[0\]: .*every address/);
  });
});
