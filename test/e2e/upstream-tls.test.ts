/**
 * HTTPS to upstreams (providers.<name>.tls): certificates are always
 * verified; a private CA is trusted only when configured; a client
 * certificate is presented to an upstream that demands one (mTLS). Every
 * failure reaches the caller as a 502 without the upstream's URL or address.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { TLSSocket } from "node:tls";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { ConfigError, parseConfig } from "../../src/config/load.js";
import { UpstreamClient } from "../../src/gateway/providers/upstream-http.js";
import { type DevPki, makeDevPki } from "../fixtures/dev-pki.js";
import { startGateway, type TestGateway } from "./harness.js";

const COMPLETION = { id: "c1", object: "chat.completion", created: 1, model: "up", choices: [{ index: 0, message: { role: "assistant", content: "hello over mTLS" }, finish_reason: "stop" }] };

/** An OpenAI-shaped upstream over HTTPS; with `clientCa` it demands a client certificate signed by it. */
async function upstream(pki: DevPki, clientCa?: string, host = "127.0.0.1"): Promise<{ url: string; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer(
    { cert: readFileSync(pki.cert), key: readFileSync(pki.key), ...(clientCa ? { ca: clientCa, requestCert: true, rejectUnauthorized: true } : {}) },
    (req, res) => {
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      seen.push(String(peer?.subject?.CN ?? "-"));
      req.resume();
      req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(COMPLETION)));
    },
  );
  await new Promise<void>((r) => server.listen(0, host, r));
  return { url: `https://${host}:${(server.address() as AddressInfo).port}`, seen, server };
}

const providers = (url: string, tls?: Record<string, string>) => ({
  providers: { up: { type: "openai", baseUrl: `${url}/v1`, apiKey: "sk-upstream-secret", timeoutMs: 5000, ...(tls ? { tls } : {}) } },
  models: [{ name: "up", provider: "up" }],
});

async function call(g: TestGateway) {
  const key = await g.issue({ models: ["up"] });
  const client = new OpenAI({ apiKey: key, baseURL: `${g.url}/v1`, maxRetries: 0 });
  try {
    const r = await client.chat.completions.create({ model: "up", messages: [{ role: "user", content: "hi" }] });
    return { status: 200, content: r.choices[0]?.message.content, text: "" };
  } catch (err) {
    if (!(err instanceof OpenAI.APIError)) throw err;
    return { status: err.status, code: (err.error as { code?: string })?.code, text: JSON.stringify(err.error) + err.message };
  }
}

function assertNoUpstreamDetail(text: string, url: string) {
  const port = new URL(url).port;
  assert.doesNotMatch(text, /127\.0\.0\.1|localhost|https?:\/\//, `no upstream address in ${text}`);
  assert.ok(!text.includes(port), `no upstream port in ${text}`);
  assert.doesNotMatch(text, /certificate|self[- ]signed|CERT_|alert/i, `no TLS internals in ${text}`);
}

describe("mTLS to an upstream that demands a client certificate", () => {
  let pki: DevPki;
  let up: Awaited<ReturnType<typeof upstream>>;
  const gateways: TestGateway[] = [];
  before(async () => {
    pki = await makeDevPki({ client: "wardgate-gw" });
    up = await upstream(pki, pki.caPem);
  });
  after(async () => {
    for (const g of gateways) await g.close();
    up.server.closeAllConnections();
    up.server.close();
  });
  const start = async (tls: Record<string, string>) => {
    const g = await startGateway(providers(up.url, tls));
    gateways.push(g);
    return g;
  };

  test("without a client certificate the upstream refuses the gateway: 502, no upstream detail", async () => {
    const g = await start({ ca: pki.ca });
    const r = await call(g);
    assert.equal(r.status, 502);
    // Under TLS 1.3 the client's handshake is complete before the upstream's certificate_required alert;
    // undici then reports only "other side closed", so this reads as unreachable rather than a TLS failure.
    assert.ok(r.code === "upstream_tls_failed" || r.code === "upstream_unreachable", r.text);
    assertNoUpstreamDetail(r.text, up.url);
    assert.deepEqual(up.seen, [], "no request got through");
  });

  test("with the client certificate from dev-cert --client it is accepted", async () => {
    const g = await start({ ca: pki.ca, cert: pki.client!.cert, key: pki.client!.key });
    const r = await call(g);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.content, "hello over mTLS");
    assert.deepEqual(up.seen, ["wardgate-gw"], "the upstream saw the gateway's certificate");
  });

  test("a client certificate from another CA is refused like none", async () => {
    const other = await makeDevPki({ client: "intruder" });
    const g = await start({ ca: pki.ca, cert: other.client!.cert, key: other.client!.key });
    const r = await call(g);
    assert.equal(r.status, 502);
    assertNoUpstreamDetail(r.text, up.url);
    assert.deepEqual(up.seen, ["wardgate-gw"]);
  });
});

describe("upstream certificates are always verified", () => {
  let pki: DevPki;
  let up: Awaited<ReturnType<typeof upstream>>;
  const gateways: TestGateway[] = [];
  before(async () => {
    pki = await makeDevPki();
    up = await upstream(pki);
  });
  after(async () => {
    for (const g of gateways) await g.close();
    up.server.closeAllConnections();
    up.server.close();
  });

  test("an upstream certificate from a CA the gateway does not trust: 502 upstream_tls_failed, no URL", async () => {
    for (const tls of [undefined, { ca: (await makeDevPki()).ca }]) {
      const g = await startGateway(providers(up.url, tls));
      gateways.push(g);
      const r = await call(g);
      assert.equal(r.status, 502, r.text);
      assert.equal(r.code, "upstream_tls_failed", r.text);
      assertNoUpstreamDetail(r.text, up.url);
      const line = (await g.logText()).trim().split("\n").map((l) => JSON.parse(l)).filter((l) => l.path === "/v1/chat/completions").at(-1);
      assert.equal(line.status, 502);
    }
    assert.deepEqual(up.seen, []);
  });

  test("the configured CA makes the same upstream trusted", async () => {
    const g = await startGateway(providers(up.url, { ca: pki.ca }));
    gateways.push(g);
    const r = await call(g);
    assert.equal(r.status, 200, r.text);
    assert.equal(up.seen.length, 1);
  });

  test("the certificate must name the host: a trusted certificate without the address is refused", async () => {
    // The dev certificate names localhost, 127.0.0.1 and ::1; this upstream is reached at 127.0.0.2 (loopback too).
    const other = await upstream(pki, undefined, "127.0.0.2");
    try {
      const g = await startGateway(providers(other.url, { ca: pki.ca }));
      gateways.push(g);
      const r = await call(g);
      assert.equal(r.status, 502, r.text);
      assert.equal(r.code, "upstream_tls_failed", r.text);
      assert.doesNotMatch(r.text, /127\.0\.0\.2/);
      assert.deepEqual(other.seen, []);
    } finally {
      other.server.closeAllConnections();
      other.server.close();
    }
  });
});

describe("providers.<name>.tls configuration errors name the key", () => {
  let pki: DevPki;
  before(async () => {
    pki = await makeDevPki({ client: "gw" });
  });
  const parse = (tls: Record<string, unknown>, baseUrl = "https://up.example/v1") => parseConfig(providers(baseUrl.replace(/\/v1$/, ""), tls as Record<string, string>));
  const client = (tls: Record<string, unknown>) => {
    const p = parse(tls).providers.up!;
    return new UpstreamClient(p as ConstructorParameters<typeof UpstreamClient>[0], "up");
  };

  test("schema: cert without key and key without cert, unknown keys, tls on an http upstream", () => {
    assert.throws(() => parse({ cert: pki.client!.cert }), /providers\.up\.tls\.key: expected key too/);
    assert.throws(() => parse({ key: pki.client!.key }), /providers\.up\.tls\.cert: expected cert too/);
    assert.throws(() => parse({ ca: pki.ca, rejectUnauthorized: false }), /providers\.up\.tls.*rejectUnauthorized/);
    assert.throws(() => parse({ ca: pki.ca }, "http://up.example/v1"), /providers\.up\.tls: expected an https: baseUrl/);
    assert.throws(() => parse({ ca: "" }), /providers\.up\.tls\.ca/);
  });

  test("files are read at start: missing, junk, a key that does not match", () => {
    assert.throws(() => client({ ca: join(pki.dir, "missing.pem") }), (e: unknown) => e instanceof ConfigError && /providers\.up\.tls\.ca: cannot read .*missing\.pem: no such file/.test(e.message));
    assert.throws(() => client({ ca: pki.ca, cert: pki.client!.cert, key: join(pki.dir, "nokey.pem") }), /providers\.up\.tls\.key: cannot read/);
    assert.throws(() => client({ ca: pki.dir }), /providers\.up\.tls\.ca: cannot read .*: a directory/);
    const junk = join(pki.dir, "junk.pem");
    writeFileSync(junk, "# no certificates here\n");
    assert.throws(() => client({ ca: junk }), (e: unknown) => e instanceof ConfigError && /providers\.up\.tls/.test(e.message));
    assert.throws(() => client({ cert: pki.client!.cert, key: pki.key }), (e: unknown) => e instanceof ConfigError && /providers\.up\.tls: the certificate, key or CA files cannot be used/.test(e.message) && !/BEGIN|PRIVATE/.test(e.message));
    assert.doesNotThrow(() => client({ ca: pki.ca, cert: pki.client!.cert, key: pki.client!.key }));
  });

  test("a bad file stops the gateway's start with the key named", async () => {
    await assert.rejects(startGateway(providers("https://up.example", { ca: join(pki.dir, "missing.pem") })), (e: unknown) => e instanceof ConfigError && /providers\.up\.tls\.ca/.test(e.message));
  });
});
