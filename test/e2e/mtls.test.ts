/**
 * HTTPS and client certificates (mTLS) on the data plane, end to end with the
 * openai client over a real TLS connection: a trusted certificate alone
 * identifies the caller, keys keep working over HTTPS, untrusted and missing
 * certificates are refused, "required" fails the handshake, and bad TLS
 * config is named at start.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { Agent, fetch as undiciFetch, request } from "undici";
import { ConfigError, parseConfig } from "../../src/config/load.js";
import { httpsOptions } from "../../src/gateway/tls.js";
import { makePki, type Pair, type Pki } from "../fixtures/pki.js";
import { startGateway, type TestGateway } from "./harness.js";

const HELLO = { model: "demo", messages: [{ role: "user" as const, content: "Hello" }] };

function client(url: string, pki: Pki, pair?: Pair, apiKey = "unused") {
  const dispatcher = new Agent({ connect: { ca: pki.caPem, ...(pair ? { cert: pair.certPem, key: pair.keyPem } : {}) } });
  return new OpenAI({ apiKey, baseURL: `${url}/v1`, maxRetries: 0, fetch: undiciFetch as unknown as typeof fetch, fetchOptions: { dispatcher } as unknown as OpenAI["fetchOptions"] });
}

/** A raw request with no Authorization header at all (the openai client always sends one). */
async function bare(url: string, pki: Pki, pair?: Pair) {
  const dispatcher = new Agent({ connect: { ca: pki.caPem, ...(pair ? { cert: pair.certPem, key: pair.keyPem } : {}) } });
  const res = await request(`${url}/v1/chat/completions`, { method: "POST", dispatcher, headers: { "content-type": "application/json" }, body: JSON.stringify(HELLO) });
  return { status: res.statusCode, body: (await res.body.json()) as { error?: { code?: string; message?: string }; choices?: unknown[] } };
}

function tlsServer(pki: Pki, mode: "off" | "optional" | "required") {
  return { host: "127.0.0.1", tls: { cert: pki.server.cert, key: pki.server.key, clientCertificates: mode, ...(mode === "off" ? {} : { clientCa: pki.caCert }) } };
}

const demo = { providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }] };

describe("mTLS: optional client certificates, principal from the subject CN", () => {
  let pki: Pki;
  let g: TestGateway;
  before(async () => {
    pki = makePki();
    g = await startGateway({ ...demo, server: tlsServer(pki, "optional"), auth: { mtls: { principalFrom: "cn", grants: { models: ["demo"] } } } });
  });
  after(() => g.close());

  test("the gateway serves HTTPS", () => {
    assert.match(g.url, /^https:\/\/127\.0\.0\.1:\d+$/);
  });

  test("a trusted client certificate alone identifies the caller, through the openai client", async () => {
    // The openai client insists on an API key; an empty bearer would be a credential. Use a raw request for "no credential".
    const r = await bare(g.url, pki, pki.client);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.ok(Array.isArray(r.body.choices));
    const line = (await g.logText()).trim().split("\n").map((l) => JSON.parse(l)).filter((l) => l.path === "/v1/chat/completions").at(-1);
    assert.equal(line.principal, "billing-svc");
    assert.equal(line.via, "mtls");
  });

  test("a gateway key still authenticates over HTTPS, with or without a certificate", async () => {
    const key = await g.issue({ principal: "keyed", models: ["demo"] });
    const r = await client(g.url, pki, undefined, key).chat.completions.create(HELLO);
    assert.match(r.choices[0]!.message.content ?? "", /demo model/);
    const withCert = await client(g.url, pki, pki.client, key).chat.completions.create(HELLO);
    assert.ok(withCert.choices.length > 0);
  });

  test("no certificate and no credential: 401 missing_api_key", async () => {
    const r = await bare(g.url, pki);
    assert.equal(r.status, 401);
    assert.equal(r.body.error?.code, "missing_api_key");
  });

  test("a certificate from a CA the gateway does not trust is refused", async () => {
    const r = await bare(g.url, pki, pki.rogue);
    assert.equal(r.status, 401);
    assert.equal(r.body.error?.code, "untrusted_client_certificate");
    assert.doesNotMatch(JSON.stringify(r.body), /intruder/, "the refusal does not echo the certificate");
  });

  test("the certificate principal is bounded by auth.mtls.grants", async () => {
    const res = await request(`${g.url}/v1/chat/completions`, {
      method: "POST",
      dispatcher: new Agent({ connect: { ca: pki.caPem, cert: pki.client.certPem, key: pki.client.keyPem } }),
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...HELLO, model: "gpt-4o" }),
    });
    const body = (await res.body.json()) as { error: { code: string; message: string } };
    assert.equal(res.statusCode, 403);
    assert.equal(body.error.code, "model_not_granted");
    assert.match(body.error.message, /Principal 'billing-svc'.*Missing grant: model:gpt-4o/);
  });

  test("a stored principal that is disabled is refused from the next request", async () => {
    const other = pki.issueClient("ops", "/CN=ops-bot");
    assert.equal((await bare(g.url, pki, other)).status, 200);
    await g.store.org.putPrincipal({ tenantId: "default", id: "ops-bot", kind: "service", teamId: null, roles: [], createdAt: 1, disabledAt: Date.now() });
    const r = await bare(g.url, pki, other);
    assert.equal(r.status, 401);
    assert.equal(r.body.error?.code, "disabled_principal");
  });
});

describe("mTLS: required client certificates, principal from the e-mail SAN", () => {
  let pki: Pki;
  let g: TestGateway;
  before(async () => {
    pki = makePki();
    g = await startGateway({ ...demo, server: tlsServer(pki, "required"), auth: { mtls: { principalFrom: "san-email", grants: { models: ["demo"] } } } });
  });
  after(() => g.close());

  test("the e-mail subject alternative name is the principal", async () => {
    assert.equal((await bare(g.url, pki, pki.client)).status, 200);
    const line = (await g.logText()).trim().split("\n").map((l) => JSON.parse(l)).filter((l) => l.path === "/v1/chat/completions").at(-1);
    assert.equal(line.principal, "billing@example.com");
  });

  test("without a trusted certificate the TLS handshake itself fails, whatever the key", async () => {
    const key = await g.issue({ principal: "keyed", models: ["demo"] });
    await assert.rejects(client(g.url, pki, undefined, key).chat.completions.create(HELLO), OpenAI.APIConnectionError);
    await assert.rejects(client(g.url, pki, pki.rogue, key).chat.completions.create(HELLO), OpenAI.APIConnectionError);
  });

  test("a certificate without the configured name is refused", async () => {
    const r = await bare(g.url, pki, pki.issueClient("no-email", "/CN=nameless"));
    assert.equal(r.status, 401);
    assert.equal(r.body.error?.code, "invalid_client_certificate");
  });
});

describe("TLS configuration errors name the key", () => {
  let pki: Pki;
  before(() => {
    pki = makePki();
  });
  const base = (tls: Record<string, unknown>, auth?: Record<string, unknown>) => ({ ...demo, server: { tls }, ...(auth ? { auth } : {}) });

  test("client certificates without a CA bundle, and auth.mtls without client certificates", () => {
    assert.throws(() => parseConfig(base({ cert: "c", key: "k", clientCertificates: "required" })), /server\.tls\.clientCa: expected the CA bundle/);
    assert.throws(() => parseConfig(base({ cert: "c", key: "k" }, { mtls: {} })), /auth\.mtls: expected server\.tls with clientCertificates/);
    assert.throws(() => parseConfig(base({ cert: "c", key: "k", minVersion: "TLSv1.0" })), /server\.tls\.minVersion/);
  });

  test("missing files and a key that does not match its certificate stop the start", () => {
    const cfg = (tls: Record<string, unknown>) => parseConfig(base(tls)).server.tls!;
    assert.throws(() => httpsOptions(cfg({ cert: join(pki.dir, "missing.crt"), key: pki.server.key })), (e: unknown) => e instanceof ConfigError && /server\.tls\.cert: cannot read .*missing\.crt: no such file/.test(e.message));
    assert.throws(() => httpsOptions(cfg({ cert: pki.server.cert, key: pki.client.key })), /server\.tls: the certificate, key or CA files cannot be used/);
    const junk = join(pki.dir, "junk.pem");
    writeFileSync(junk, "not a pem\n");
    assert.throws(() => httpsOptions(cfg({ cert: junk, key: pki.server.key })), (e: unknown) => e instanceof ConfigError && !/BEGIN|PRIVATE/.test(e.message));
  });
});
