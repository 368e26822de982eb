/**
 * `wardgate tls dev-cert`: what it writes (modes, names, usages, chain), what
 * it refuses (overwriting, bad names, a client certificate without a CA),
 * and that data-plane modules never load the X.509 library.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { CliError } from "../../src/cli/errors.js";
import { devCert } from "../../src/cli/tls.js";

const ROOT = resolve(import.meta.dirname, "../..");
const tmp = () => mkdtempSync(join(tmpdir(), "wardgate-devcert-"));
const cert = (path: string) => new X509Certificate(readFileSync(path));
const mode = (path: string) => statSync(path).mode & 0o777;
const SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

test("a CA and a server certificate for localhost, 127.0.0.1, ::1 and --host; keys 0600", async () => {
  const dir = tmp();
  const r = await devCert({ out: dir, hosts: ["gw.internal", "10.1.2.3"], days: 30 });
  assert.deepEqual(r.written.map((p) => p.slice(dir.length + 1)).sort(), ["ca-key.pem", "ca.pem", "cert.pem", "key.pem"]);
  assert.equal(mode(join(dir, "ca-key.pem")), 0o600);
  assert.equal(mode(join(dir, "key.pem")), 0o600);
  const ca = cert(join(dir, "ca.pem"));
  const server = cert(join(dir, "cert.pem"));
  assert.equal(ca.ca, true);
  assert.equal(server.ca, false);
  assert.ok(server.verify(ca.publicKey), "signed by the CA");
  assert.equal(server.checkIssued(ca), true);
  assert.equal(server.publicKey.asymmetricKeyDetails?.namedCurve, "prime256v1");
  for (const host of ["localhost", "gw.internal"]) assert.equal(server.checkHost(host), host);
  for (const ip of ["127.0.0.1", "::1", "10.1.2.3"]) assert.equal(server.checkIP(ip), ip);
  assert.equal(server.checkHost("example.com"), undefined);
  assert.deepEqual(server.keyUsage, [SERVER_AUTH]);
  const days = (Date.parse(server.validTo) - Date.now()) / 86_400_000;
  assert.ok(days > 29 && days <= 30, `valid ~30 days, got ${days}`);
  assert.match(r.message, /server:\n {4}tls:\n {6}cert: .*cert\.pem/);
  assert.match(r.message, /admin:\n {4}tls:/);
  assert.match(r.message, /NODE_EXTRA_CA_CERTS=.*ca\.pem/);
  assert.match(r.message, /curl --cacert .*ca\.pem/);
  assert.doesNotMatch(r.message, /BEGIN/, "no key material printed");
});

test("existing files are not overwritten without --force; --force replaces them", async () => {
  const dir = tmp();
  await devCert({ out: dir });
  const before = readFileSync(join(dir, "ca.pem"), "utf8");
  await assert.rejects(devCert({ out: dir }), (e: unknown) => e instanceof CliError && /refusing to overwrite .*ca\.pem.*--force/.test(e.message));
  assert.equal(readFileSync(join(dir, "ca.pem"), "utf8"), before, "nothing written");
  // A key file left world-readable is replaced by a 0600 one, not rewritten in place.
  writeFileSync(join(dir, "key.pem"), "old", { mode: 0o644 });
  await devCert({ out: dir, force: true });
  assert.notEqual(readFileSync(join(dir, "ca.pem"), "utf8"), before);
  assert.equal(mode(join(dir, "key.pem")), 0o600);
});

test("--client issues a clientAuth certificate from the CA in --out", async () => {
  const dir = tmp();
  await assert.rejects(devCert({ out: dir, client: "billing" }), /no CA in .*run "wardgate tls dev-cert/);
  await devCert({ out: dir });
  await devCert({ out: dir, client: "billing@example.com" });
  const ca = cert(join(dir, "ca.pem"));
  const c = cert(join(dir, "client-billing@example.com.pem"));
  assert.ok(c.verify(ca.publicKey));
  assert.deepEqual(c.keyUsage, [CLIENT_AUTH]);
  assert.match(c.subject, /CN=billing@example\.com/);
  assert.match(c.subjectAltName ?? "", /email:billing@example\.com/);
  assert.equal(mode(join(dir, "client-billing@example.com-key.pem")), 0o600);
  assert.ok(Date.parse(c.validTo) <= Date.parse(ca.validTo), "never outlives its CA");
  await assert.rejects(devCert({ out: dir, client: "billing@example.com" }), /refusing to overwrite/);
  await assert.rejects(devCert({ out: dir, client: "x,CN=admin" }), /--client: expected a name/);
  await assert.rejects(devCert({ out: dir, client: "../escape" }), /--client: expected a name/);
  await assert.rejects(devCert({ out: dir, client: "other", hosts: ["x.example"] }), /--host .* does not apply with --client/);
});

test("bad --host and --days are refused by the command; gateway modules do not load the X.509 library", () => {
  const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  const out = tmp();
  const badHost = run(["tls", "dev-cert", "--out", out, "--host", "a b"]);
  assert.equal(badHost.status, 2);
  assert.match(badHost.stderr, /expected a host name or an IP address/);
  const badDays = run(["tls", "dev-cert", "--out", out, "--days", "0"]);
  assert.equal(badDays.status, 2);
  assert.match(badDays.stderr, /expected a whole number of days/);
  const probe = spawnSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", 'await import("./src/gateway/server.ts"); await import("./src/cli/serve.ts"); await import("./src/cli/tls.ts"); console.log(JSON.stringify({ reflect: typeof Reflect.getMetadata }));'],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } },
  );
  assert.equal(probe.status, 0, probe.stderr);
  assert.match(probe.stdout, /"reflect":"undefined"/, "reflect-metadata (loaded only with @peculiar/x509) was not imported");
});

test("the README's TLS example validates", async () => {
  const { parse } = await import("yaml");
  const { parseConfig } = await import("../../src/config/load.js");
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## TLS"));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(yaml, "README has a yaml block under TLS");
  const cfg = parseConfig(parse(yaml));
  assert.equal(cfg.server.tls?.minVersion, "TLSv1.2");
  assert.equal(cfg.admin.tls?.cert, ".wardgate/tls/cert.pem");
  assert.equal(cfg.admin.origin, "https://localhost:8788");
  const p = cfg.providers["internal-llm"];
  assert.ok(p && p.type === "openai" && p.tls?.ca && p.tls.cert && p.tls.key);
});

test("--client refuses a CA that has expired", async () => {
  const { createAuthority } = await import("../../src/cli/dev-cert.js");
  const dir = tmp();
  const ca = await createAuthority(0);
  writeFileSync(join(dir, "ca.pem"), ca.certPem);
  writeFileSync(join(dir, "ca-key.pem"), ca.keyPem, { mode: 0o600 });
  await assert.rejects(devCert({ out: dir, client: "late" }), (e: unknown) => e instanceof CliError && /the CA in .* has expired/.test(e.message));
});

