/** The README's configuration example is a valid configuration. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { parseConfig } from "../../src/config/load.js";

test("the README's config example validates", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Configuration"));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(yaml, "README has a yaml block under Configuration");
  const cfg = parseConfig(parse(yaml), { OPENAI_API_KEY: "a", AZURE_KEY: "b", ANTHROPIC_API_KEY: "c", FRAUD_TOKEN: "d" });
  assert.deepEqual(
    cfg.models.map((m) => m.name),
    ["gpt-4o-mini", "gpt-4o", "claude-sonnet", "demo"],
  );
  assert.equal(cfg.routes[0]?.name, "fraud");
  assert.equal(cfg.server.maxBodyBytes, 1024 * 1024);
});

test("the README's guard example validates, and its profile resolves as described", async () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Guard"), readme.indexOf("## Configuration"));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(yaml, "README has a yaml block under Guard");
  const providers = { openai: { type: "openai", baseUrl: "https://api.openai.com/v1" }, search: { type: "http", baseUrl: "http://127.0.0.1:9" } };
  const cfg = parseConfig({ ...parse(yaml), providers });
  const { resolveProfile } = await import("../../src/guard/profiles.js");
  const p = resolveProfile("support-bot", cfg.guard);
  assert.equal(p.request.pii?.action, "redact");
  assert.equal(p.request.injection?.action, "block", "inherited from standard");
  assert.equal(p.response.links?.action, "block");
  assert.equal(cfg.routes[0]?.guard, "strict");
  assert.deepEqual(cfg.routes[0]?.inspect.documents, ["/context/*/text"]);
});

test("the README's audit example validates", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Audit log"), readme.indexOf("## Admin API"));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(yaml, "README has a yaml block under Audit log");
  const cfg = parseConfig(parse(yaml), { SIEM_TOKEN: "t" });
  assert.equal(cfg.audit.origin, "gw1.example.com/wardgate/audit");
  assert.deepEqual(cfg.audit.batch, { maxEvents: 512, maxDelay: 50 });
  assert.deepEqual(cfg.audit.checkpoint, { everyEvents: 1000, every: 10_000 });
  assert.equal(cfg.audit.sinks[0]?.headers.Authorization, "Bearer t");
});

test("the README's audit example validates: witnesses and a SIEM sink", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Verifying the audit log"), readme.indexOf("## Admin API"));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(yaml, "README has a yaml block under Verifying the audit log");
  const cfg = parseConfig({ ...parse(yaml), providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }] }, { SIEM_TOKEN: "t0k" });
  assert.equal(cfg.audit.origin, "gw1.example.com/wardgate/audit");
  assert.deepEqual(cfg.audit.witnesses.map((w) => w.file ?? w.url), ["/mnt/worm/wardgate/checkpoint", "https://witness.example/add-checkpoint"]);
  assert.deepEqual(cfg.audit.sinks[0]?.headers, { Authorization: "Bearer t0k" });
  assert.equal(cfg.audit.sinks[0]?.format, "ocsf");
});

test("the README's master key example validates (the default file provider)", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Encryption at rest and master keys"), readme.indexOf("## CLI reference"));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(yaml, "README has a yaml block under Encryption at rest");
  const cfg = parseConfig(parse(yaml));
  assert.deepEqual(cfg.crypto.masterKey, { provider: "file", path: "/etc/wardgate/master-keys.json" });
  // the commented alternatives are valid too, uncommented one provider at a time
  const lines = yaml.split("\n");
  const alt = (from: string, n: number) => {
    const i = lines.findIndex((l) => l.includes(from));
    return `crypto:\n  masterKey:\n${lines.slice(i, i + n).map((l) => l.replace(/^#/, "").replace(/ {2,}#.*$/, "")).join("\n")}\n`;
  };
  assert.equal(parseConfig(parse(alt("provider: env", 2))).crypto.masterKey?.provider, "env");
  assert.equal(parseConfig(parse(alt("provider: vault", 5))).crypto.masterKey?.provider, "vault");
});

test("the README's limits example validates", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Limits and budgets"), readme.indexOf("## Audit log"));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(yaml, "README has a yaml block under Limits and budgets");
  const cfg = parseConfig(parse(yaml), { OPENAI_API_KEY: "k" });
  assert.deepEqual(
    cfg.limits.map((l) => l.id),
    ["per-key", "one-stream-each"],
  );
  assert.equal(cfg.limits[0]?.requests?.window, 60_000);
  assert.equal(cfg.budgets[0]?.amount, 500_000_000);
  assert.equal(cfg.limitsBackend, "memory");
  assert.deepEqual(cfg.limitsDefaults, { maxOutputTokens: 4096, holdTtl: 15 * 60_000 });
});
