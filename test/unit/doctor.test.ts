/**
 * `wardgate doctor`'s checks (cli/doctor.ts), one by one: each fires on the
 * setting it is about and stays quiet once that is fixed; the serve-time
 * tamper warning fires exactly when neither a witness nor master keys kept
 * outside the data directory protect the audit log; the starter config's
 * commented production settings clear what they are there for.
 */
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { parse } from "yaml";
import { type DoctorContext, diagnose, type Finding, isLoopback, tamperWarning } from "../../src/cli/doctor.js";
import { parseConfig } from "../../src/config/load.js";
import { STARTER_CONFIG } from "../../src/config/starter.js";

const dir = mkdtempSync(join(tmpdir(), "wardgate-doctor-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = join(dir, "data");
const WITNESS_KEY = "witness.example+5c3e6aca+BKZDDrm0Cp70SZWH/av6g72GQuzPxh1PKbFBmQQrrHHB";

// biome-ignore lint/suspicious/noExplicitAny: raw config objects are patched freely before validation
type Raw = Record<string, any>;

/** A production-shaped config that doctor has nothing to say about; `patch` changes one thing. */
function hardened(patch: (c: Raw) => void = () => undefined): Raw {
  const c: Raw = {
    dataDir,
    server: { host: "127.0.0.1" },
    providers: { openai: { type: "openai", baseUrl: "https://api.openai.com/v1", apiKey: "sk-x" } },
    models: [{ name: "gpt-4o-mini", provider: "openai" }],
    routes: [],
    crypto: { masterKey: { provider: "env" } },
    audit: { witnesses: [{ url: "https://witness.example/add-checkpoint", verifierKey: WITNESS_KEY }] },
  };
  patch(c);
  return c;
}

const ctx = (raw: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): DoctorContext => ({ config: parseConfig(raw), path: "/etc/wardgate/wardgate.yaml", demo: false, env });
const ids = (fs: Finding[]) => fs.map((f) => `${f.id}:${f.severity}`);

describe("doctor checks", () => {
  test("a hardened config has no findings", () => {
    assert.deepEqual(diagnose(ctx(hardened())), []);
  });

  const cases: [string, (c: Raw) => void, string[]][] = [
    ["no witness", (c) => delete c.audit, ["audit.witness:high"]],
    ["no witness, a SIEM sink only", (c) => (c.audit = { sinks: [{ webhook: "https://siem.example/ingest" }] }), ["audit.witness:medium"]],
    ["a file witness inside the data directory", (c) => (c.audit = { witnesses: [{ file: join(dataDir, "witness/cp") }] }), ["audit.witness:high", "audit.witness-in-data-dir:medium"]],
    ["a file witness outside the data directory", (c) => (c.audit = { witnesses: [{ file: join(dir, "worm/cp") }] }), []],
    ["audit off", (c) => (c.audit = { enabled: false }), ["audit.disabled:high"]],
    ["serve-unaudited", (c) => (c.audit.onQueueFull = "serve-unaudited"), ["audit.serve-unaudited:medium"]],
    ["master keys: the default file in the data directory", (c) => delete c.crypto, ["crypto.master-keys-in-data-dir:medium"]],
    ["master keys: a file path inside the data directory", (c) => (c.crypto.masterKey = { provider: "file", path: "keys/mk.json" }), ["crypto.master-keys-in-data-dir:medium"]],
    ["master keys: a file outside the data directory", (c) => (c.crypto.masterKey = { provider: "file", path: join(dir, "etc/mk.json") }), []],
    ["admin API on 0.0.0.0 without TLS", (c) => (c.admin = { host: "0.0.0.0" }), ["admin.plaintext-remote:high"]],
    ["admin API on a LAN address without TLS", (c) => (c.admin = { host: "10.0.0.5" }), ["admin.plaintext-remote:high"]],
    ["admin API disabled on 0.0.0.0", (c) => (c.admin = { host: "0.0.0.0", enabled: false }), []],
    ["admin API on ::1", (c) => (c.admin = { host: "::1" }), []],
    ["a whole network trusted as proxies", (c) => (c.server.trustedProxies = ["10.0.0.0/8"]), ["server.trusted-proxies-broad:low"]],
    ["proxies listed narrowly", (c) => (c.server.trustedProxies = ["10.1.2.0/24", "10.1.3.4", "2001:db8:1::/64"]), []],
    ["data plane on 0.0.0.0 without TLS", (c) => (c.server.host = "0.0.0.0"), ["server.plaintext-remote:low"]],
    ["the demo model", (c) => {
      c.providers.demo = { type: "demo" };
      c.models.push({ name: "demo", provider: "demo" });
    }, ["models.demo:medium"]],
    ["a demo provider no model uses", (c) => (c.providers.demo = { type: "demo" }), []],
    ["guard off by default", (c) => (c.guard = { profile: "off" }), ["guard.off:high"]],
    ["guard off for one model", (c) => (c.models[0].guard = "off"), ["guard.off-per-target:low"]],
    ["guard monitor", (c) => (c.guard = { profile: "monitor" }), ["guard.monitor:low"]],
  ];
  for (const [what, patch, expected] of cases) {
    test(what, () => {
      assert.deepEqual(ids(diagnose(ctx(hardened(patch)))).sort(), [...expected].sort());
    });
  }

  test("master keys from WARDGATE_MASTER_KEYS (no crypto: section) are outside the data directory", () => {
    const raw = hardened((c) => delete c.crypto);
    assert.deepEqual(ids(diagnose(ctx(raw, { WARDGATE_MASTER_KEYS: "1:AAAA" }))), []);
  });

  test("a master key file group or others can read is high; 0600 is fine", () => {
    const file = join(dir, "keys-outside.json");
    writeFileSync(file, "{}");
    const raw = hardened((c) => (c.crypto.masterKey = { provider: "file", path: file }));
    for (const [mode, expected] of [
      [0o644, ["crypto.master-keys-readable:high"]],
      [0o640, ["crypto.master-keys-readable:high"]],
      [0o602, ["crypto.master-keys-readable:high"]],
      [0o600, []],
      [0o400, []],
    ] as const) {
      chmodSync(file, mode);
      assert.deepEqual(ids(diagnose(ctx(raw))), expected, mode.toString(8));
    }
  });

  test("vault without its token variable: doctor says it cannot tell where the keys are", () => {
    const raw = hardened((c) => (c.crypto.masterKey = { provider: "vault", address: "https://vault.internal:8200", keyName: "wardgate" }));
    const [f] = diagnose(ctx(raw));
    assert.equal(f?.id, "crypto.master-keys-in-data-dir");
    assert.match(f!.detail, /VAULT_TOKEN/);
    assert.deepEqual(diagnose(ctx(raw, { VAULT_TOKEN: "t" })), []);
  });

  test("findings come high first, each with a title, a detail and a fix", () => {
    const fs = diagnose(ctx(hardened((c) => {
      delete c.crypto;
      c.guard = { profile: "monitor" };
      c.admin = { host: "0.0.0.0" };
      delete c.audit;
    })));
    assert.deepEqual(fs.map((f) => f.severity), ["high", "high", "medium", "low"]);
    for (const f of fs) for (const k of ["title", "detail", "fix"] as const) assert.ok(f[k].length > 10, `${f.id}.${k}`);
  });

  test("demo mode: one informational finding", () => {
    const fs = diagnose({ ...ctx(hardened((c) => delete c.audit)), demo: true, path: undefined });
    assert.deepEqual(ids(fs), ["mode.demo:info"]);
  });

  test("isLoopback", () => {
    for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]", "LOCALHOST"]) assert.ok(isLoopback(h), h);
    for (const h of ["0.0.0.0", "::", "10.0.0.1", "192.168.1.1", "example.com", "128.0.0.1", "::ffff:127.0.0.1x"]) assert.ok(!isLoopback(h), h);
  });
});

describe("serve's tamper warning", () => {
  test("no witness and master keys in the data directory: a warning naming both and the fixes", () => {
    const w = tamperWarning(ctx(hardened((c) => {
      delete c.audit;
      delete c.crypto;
    })));
    assert.ok(w);
    assert.match(w, /no external witness/);
    assert.ok(w.includes(join(dataDir, "master-keys.json")), w);
    assert.match(w, /audit\.witnesses/);
    assert.match(w, /crypto\.masterKey/);
  });

  for (const [what, patch, env] of [
    ["a witness", (c: Raw) => delete c.crypto, {}],
    ["master keys from the environment", (c: Raw) => delete c.audit, {}],
    ["WARDGATE_MASTER_KEYS set", (c: Raw) => {
      delete c.audit;
      delete c.crypto;
    }, { WARDGATE_MASTER_KEYS: "1:AAAA" }],
    ["audit off (doctor reports that instead)", (c: Raw) => {
      c.audit = { enabled: false };
      delete c.crypto;
    }, {}],
  ] as const) {
    test(`no warning with ${what}`, () => {
      assert.equal(tamperWarning(ctx(hardened(patch), env)), undefined);
    });
  }

  test("no warning in demo mode", () => {
    assert.equal(tamperWarning({ ...ctx(hardened((c) => {
      delete c.audit;
      delete c.crypto;
    })), demo: true }), undefined);
  });
});

describe("the starter config", () => {
  const starter = (text: string) => {
    const raw = parse(text) as Record<string, unknown>;
    return ctx({ ...raw, dataDir });
  };

  test("as written (a try-out), doctor lists the missing witness, the master keys' place and the demo model", () => {
    const found = ids(diagnose(starter(STARTER_CONFIG)));
    for (const id of ["audit.witness:high", "crypto.master-keys-in-data-dir:medium", "models.demo:medium"]) assert.ok(found.includes(id), `${id} in ${found}`);
    assert.ok(tamperWarning(starter(STARTER_CONFIG)), "serve would warn");
  });

  test("its commented witness and master-key settings, uncommented, clear those findings", () => {
    const lines = STARTER_CONFIG.split("\n");
    const uncomment = (from: string, count: number, indent: string) => {
      const i = lines.findIndex((l) => l.includes(from));
      assert.ok(i > 0, from);
      for (let j = i; j < i + count; j++) lines[j] = lines[j]!.replace(new RegExp(`^${indent}# ?`), indent);
    };
    uncomment("# witnesses:", 4, "  ");
    uncomment("# crypto:", 2, "");
    const fixed = starter(lines.join("\n"));
    const found = ids(diagnose(fixed));
    assert.ok(!found.some((f) => f.startsWith("audit.witness") || f.startsWith("crypto.")), `${found}`);
    assert.equal(fixed.config.audit.witnesses.length, 2);
    assert.equal(fixed.config.crypto.masterKey?.provider, "env");
    assert.equal(tamperWarning(fixed), undefined);
  });
});
