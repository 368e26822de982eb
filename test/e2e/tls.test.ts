/**
 * HTTPS on both listeners with certificates from `wardgate tls dev-cert`:
 * the openai client trusting the dev CA (through an undici Agent, and through
 * NODE_EXTRA_CA_CERTS in a child process as a user would run it), TLS 1.2 as
 * the floor, a client without the CA refused, the admin API over HTTPS, and
 * admin.tls config errors naming the key.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { connect, type PeerCertificate } from "node:tls";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { Agent, fetch as undiciFetch, request } from "undici";
import { type LazyAdminServer, startLazyAdmin } from "../../src/admin/lazy-listener.js";
import { adminTlsOptions } from "../../src/cli/admin.js";
import { ConfigError, parseConfig } from "../../src/config/load.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { type DevPki, makeDevPki } from "../fixtures/dev-pki.js";
import { startGateway, type TestGateway } from "./harness.js";

const ROOT = resolve(import.meta.dirname, "../..");
const HELLO = { model: "demo", messages: [{ role: "user" as const, content: "Hello" }] };
const demo = { providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }] };

function openai(url: string, apiKey: string, ca?: string) {
  const dispatcher = new Agent({ connect: ca ? { ca } : {} });
  return new OpenAI({ apiKey, baseURL: `${url}/v1`, maxRetries: 0, fetch: undiciFetch as unknown as typeof fetch, fetchOptions: { dispatcher } as unknown as OpenAI["fetchOptions"] });
}

/** One TLS handshake: what was negotiated, or the error. */
function handshake(url: string, opts: { ca?: string; maxVersion?: "TLSv1.1" | "TLSv1.2"; servername?: string }): Promise<{ protocol: string | null; peer: PeerCertificate } | Error> {
  const u = new URL(url);
  return new Promise((res) => {
    const s = connect({ host: u.hostname, port: Number(u.port), ca: opts.ca, maxVersion: opts.maxVersion, minVersion: opts.maxVersion === "TLSv1.1" ? "TLSv1" : undefined, servername: opts.servername ?? "localhost" }, () => {
      res({ protocol: s.getProtocol(), peer: s.getPeerCertificate() });
      s.end();
    });
    s.on("error", (e) => res(e));
  });
}

describe("the data plane over HTTPS with a dev-cert certificate", () => {
  let pki: DevPki;
  let g: TestGateway;
  before(async () => {
    pki = await makeDevPki();
    g = await startGateway({ ...demo, server: { host: "127.0.0.1", tls: { cert: pki.cert, key: pki.key } } });
  });
  after(() => g.close());

  test("the openai client trusting the dev CA gets an answer", async () => {
    const key = await g.issue({ models: ["demo"] });
    assert.match(g.url, /^https:\/\//);
    const r = await openai(g.url, key, pki.caPem).chat.completions.create(HELLO);
    assert.match(r.choices[0]!.message.content ?? "", /demo model/);
    const stream = await openai(g.url, key, pki.caPem).chat.completions.create({ ...HELLO, stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
    assert.match(text, /demo model/);
  });

  test("the openai client with NODE_EXTRA_CA_CERTS (default fetch, as a user runs it)", async () => {
    const key = await g.issue({ models: ["demo"] });
    const script = `import OpenAI from "openai";
const c = new OpenAI({ apiKey: process.env.KEY, baseURL: process.env.URL + "/v1", maxRetries: 0 });
try { const r = await c.chat.completions.create(${JSON.stringify(HELLO)}); console.log("OK " + r.choices[0].message.content); }
catch (e) { console.log("ERR " + e.constructor.name); }`;
    // Asynchronously: the gateway answering it runs in this process.
    const run = (extra: Record<string, string>) =>
      promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH, KEY: key, URL: g.url, ...extra } });
    // The certificate names localhost; the gateway listens on 127.0.0.1, which is in the SANs too.
    const [trusted, untrusted] = await Promise.all([run({ NODE_EXTRA_CA_CERTS: pki.ca }), run({})]);
    assert.match(trusted.stdout, /^OK .*demo model/, trusted.stderr);
    assert.match(untrusted.stdout, /^ERR APIConnectionError/, untrusted.stderr);
  });

  test("a client without the CA is refused at the handshake", async () => {
    const key = await g.issue({ models: ["demo"] });
    await assert.rejects(openai(g.url, key).chat.completions.create(HELLO), OpenAI.APIConnectionError);
    const r = await handshake(g.url, {});
    assert.ok(r instanceof Error && /self[- ]signed|unable to (get|verify)/i.test(r.message), String(r));
  });

  test("TLS 1.2 or newer only, with the dev certificate", async () => {
    const ok = await handshake(g.url, { ca: pki.caPem });
    assert.ok(!(ok instanceof Error), String(ok));
    assert.match(ok.protocol ?? "", /^TLSv1\.[23]$/);
    assert.equal(ok.peer.issuer.CN, "Wardgate development CA");
    assert.equal(ok.peer.subject.CN, "localhost");
    const tls12 = await handshake(g.url, { ca: pki.caPem, maxVersion: "TLSv1.2" });
    assert.ok(!(tls12 instanceof Error) && tls12.protocol === "TLSv1.2", String(tls12));
    const old = await handshake(g.url, { ca: pki.caPem, maxVersion: "TLSv1.1" });
    assert.ok(old instanceof Error, "TLS 1.1 is refused");
  });
});

describe("the admin listener over HTTPS (admin.tls)", () => {
  let pki: DevPki;
  let store: SqliteStore;
  let admin: LazyAdminServer;
  before(async () => {
    pki = await makeDevPki();
    const config = parseConfig({ ...demo, admin: { host: "127.0.0.1", port: 0, tls: { cert: pki.cert, key: pki.key } } });
    assert.equal(config.admin.origin, "https://localhost:0", "the default origin follows the scheme");
    store = await SqliteStore.open(":memory:");
    admin = await startLazyAdmin({ store, config: config.admin, keyring: new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]), host: "127.0.0.1", port: 0, tls: adminTlsOptions(config)! });
  });
  after(async () => {
    await admin.close();
    await store.close();
  });

  test("serves the admin API over HTTPS to a client trusting the CA", async () => {
    assert.match(admin.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    const dispatcher = new Agent({ connect: { ca: pki.caPem } });
    const doc = await request(`${admin.url}/admin/v1/openapi.json`, { dispatcher });
    assert.equal(doc.statusCode, 200);
    assert.ok(((await doc.body.json()) as { paths: Record<string, unknown> }).paths["/admin/v1/auth/login"]);
    const me = await request(`${admin.url}/admin/v1/me`, { dispatcher });
    assert.equal(me.statusCode, 401);
    await me.body.dump();
  });

  test("TLS 1.2+, the dev certificate, and a client without the CA refused", async () => {
    const ok = await handshake(admin.url, { ca: pki.caPem });
    assert.ok(!(ok instanceof Error), String(ok));
    assert.match(ok.protocol ?? "", /^TLSv1\.[23]$/);
    assert.equal(ok.peer.issuer.CN, "Wardgate development CA");
    assert.ok((await handshake(admin.url, { ca: pki.caPem, maxVersion: "TLSv1.1" })) instanceof Error);
    await assert.rejects(request(`${admin.url}/admin/v1/openapi.json`), /self[- ]signed|unable to (get|verify)/i);
  });

  test("plain HTTP to the HTTPS admin port gets no admin API", async () => {
    const r = await fetch(`${admin.url.replace("https:", "http:")}/admin/v1/openapi.json`).then(
      (res) => res.status,
      (e: Error) => e,
    );
    assert.ok(r instanceof Error || r === 400, `got ${String(r)}`);
  });
});

describe("admin.tls with clientCertificates: required (a network gate in front of sign-in)", () => {
  let pki: DevPki;
  let store: SqliteStore;
  let admin: LazyAdminServer;
  before(async () => {
    pki = await makeDevPki({ client: "ops-laptop" });
    const config = parseConfig({ ...demo, admin: { tls: { cert: pki.cert, key: pki.key, clientCertificates: "required", clientCa: pki.ca } } });
    store = await SqliteStore.open(":memory:");
    admin = await startLazyAdmin({ store, config: config.admin, keyring: new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]), host: "127.0.0.1", port: 0, tls: adminTlsOptions(config)! });
  });
  after(async () => {
    await admin.close();
    await store.close();
  });

  test("a client certificate from the CA connects; none, or one from another CA, does not", async () => {
    const withCert = await request(`${admin.url}/admin/v1/me`, { dispatcher: new Agent({ connect: { ca: pki.caPem, cert: pki.client!.certPem, key: pki.client!.keyPem } }) });
    assert.equal(withCert.statusCode, 401, "through the gate; sign-in still required");
    await withCert.body.dump();
    await assert.rejects(request(`${admin.url}/admin/v1/me`, { dispatcher: new Agent({ connect: { ca: pki.caPem } }) }));
    const rogue = await makeDevPki({ client: "intruder" });
    await assert.rejects(request(`${admin.url}/admin/v1/me`, { dispatcher: new Agent({ connect: { ca: pki.caPem, cert: rogue.client!.certPem, key: rogue.client!.keyPem } }) }));
  });
});

describe("admin.tls configuration errors name the key", () => {
  let pki: DevPki;
  before(async () => {
    pki = await makeDevPki();
  });
  const cfg = (tls: Record<string, unknown>) => parseConfig({ ...demo, admin: { tls } });

  test("missing files, a mismatched key, and client certificates that cannot identify an admin", async () => {
    assert.throws(() => adminTlsOptions(cfg({ cert: join(pki.dir, "missing.pem"), key: pki.key })), (e: unknown) => e instanceof ConfigError && /^admin\.tls\.cert: cannot read .*missing\.pem: no such file/.test(e.message));
    assert.throws(() => adminTlsOptions(cfg({ cert: pki.cert, key: join(pki.dir, "nope.pem") })), /admin\.tls\.key: cannot read/);
    const other = await makeDevPki();
    assert.throws(() => adminTlsOptions(cfg({ cert: pki.cert, key: other.key })), /admin\.tls: the certificate, key or CA files cannot be used/);
    const junk = join(pki.dir, "junk.pem");
    writeFileSync(junk, "not a pem\n");
    assert.throws(() => adminTlsOptions(cfg({ cert: junk, key: pki.key })), (e: unknown) => e instanceof ConfigError && /^admin\.tls/.test(e.message) && !/BEGIN|PRIVATE/.test(e.message));
    assert.throws(() => cfg({ cert: pki.cert, key: pki.key, clientCertificates: "optional", clientCa: pki.ca }), /admin\.tls\.clientCertificates: expected "off" or "required"/);
    assert.throws(() => cfg({ cert: pki.cert, key: pki.key, clientCertificates: "required" }), /admin\.tls\.clientCa: expected the CA bundle/);
    assert.throws(() => cfg({ cert: pki.cert, key: pki.key, minVersion: "TLSv1.1" }), /admin\.tls\.minVersion/);
    assert.throws(() => cfg({ cert: pki.cert, key: pki.key, verify: false }), /admin\.tls/);
    // A disabled admin API reads nothing.
    assert.equal(adminTlsOptions(parseConfig({ ...demo, admin: { enabled: false, tls: { cert: "/nonexistent", key: "/nonexistent" } } })), undefined);
  });
});

test("wardgate serve stops at start, exit 2, naming the key of a bad admin.tls or provider tls file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-tls-serve-"));
  const serve = (name: string, yaml: string) => {
    writeFileSync(join(dir, name), yaml);
    return promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/main.ts", "--config", join(dir, name), "--data-dir", dir, "serve", "--port", "0"], { cwd: ROOT, encoding: "utf8", timeout: 30_000 }).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
  };
  const [admin, upstream] = await Promise.all([
    serve("admin.yaml", `admin: { port: 0, tls: { cert: ${join(dir, "nope.pem")}, key: ${join(dir, "nope-key.pem")} } }\n`),
    serve("up.yaml", `providers: { up: { type: openai, baseUrl: "https://up.example/v1", tls: { ca: ${join(dir, "ca.pem")} } } }\nmodels: [{ name: up, provider: up }]\n`),
  ]);
  assert.equal(admin.code, 2, admin.stderr);
  assert.match(admin.stderr, /admin\.tls\.cert: cannot read .*nope\.pem: no such file/);
  assert.equal(upstream.code, 2, upstream.stderr);
  assert.match(upstream.stderr, /providers\.up\.tls\.ca: cannot read .*ca\.pem: no such file/);
});

