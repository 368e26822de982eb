/**
 * Keys that JavaScript treats specially ("__proto__", "constructor",
 * "prototype") arriving from outside — wardgate.yaml, request and reply
 * bodies — must neither change what a config means nor stop a redaction.
 *
 * JSON.parse and the YAML parser keep such a key as an ordinary own
 * property. Copying it into a fresh object with `out[key] = value` calls
 * the `__proto__` setter instead: the value becomes the copy's prototype
 * (a strict schema then reads `trustProxy` through it without seeing a key
 * it does not know), and writing a string there does nothing at all (a
 * redaction written back in place is silently lost).
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { ConfigError, loadConfigFile, parseConfig } from "../../src/config/load.js";
import { redactedDocument } from "../../src/gateway/content-redact.js";
import { requestFields } from "../../src/gateway/guard-fields.js";
import { isUnreadable, replyTexts } from "../../src/gateway/apis/index.js";

const dir = mkdtempSync(join(tmpdir(), "wardgate-proto-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function yamlConfig(text: string): () => unknown {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return () => loadConfigFile(file);
}

describe("wardgate.yaml: reserved keys", () => {
  test("server: { __proto__: { trustProxy: true } } is refused, naming the path, not turned into trustProxy: true", () => {
    const load = yamlConfig("server:\n  __proto__:\n    trustProxy: true\n");
    assert.throws(load, (err: unknown) => {
      assert.ok(err instanceof ConfigError, String(err));
      assert.match(err.message, /server\.__proto__: .*reserved/);
      return true;
    });
  });

  for (const [where, text, path] of [
    ["top level", "__proto__:\n  dataDir: /tmp/elsewhere\n", /^ {2}__proto__: /m],
    ["flow mapping", "server: { __proto__: { host: 0.0.0.0 } }\n", /server\.__proto__: /],
    ["inside an array", "models:\n  - name: m\n    provider: demo\n    __proto__: { guard: off }\nproviders: { demo: { type: demo } }\n", /models\[0\]\.__proto__: /],
    ["constructor", "server:\n  constructor:\n    prototype:\n      trustProxy: true\n", /server\.constructor: /],
    ["prototype", "audit:\n  prototype: { enabled: false }\n", /audit\.prototype: /],
    ["a record's key", "providers:\n  constructor: { type: demo }\n", /providers\.constructor: /],
  ] as const) {
    test(`refused: ${where}`, () => {
      assert.throws(yamlConfig(text), (err: unknown) => err instanceof ConfigError && path.test(err.message));
    });
  }

  test("an object built in code (JSON.parse keeps __proto__ as an own key) is refused the same way", () => {
    const raw = JSON.parse('{"server":{"__proto__":{"trustProxy":true}}}');
    assert.throws(() => parseConfig(raw), (err: unknown) => err instanceof ConfigError && /server\.__proto__: /.test(err.message));
  });

  test("the refusal does not echo the value (it may hold an interpolated secret)", () => {
    const raw = JSON.parse(`{"server":{"__proto__":{"host":"$\{SECRET}"}}}`);
    assert.throws(
      () => parseConfig(raw, { SECRET: "s3cr3t-value" }),
      (err: unknown) => err instanceof ConfigError && !err.message.includes("s3cr3t-value"),
    );
  });

  test("a model or route naming an inherited property as its provider is refused (no such provider)", () => {
    for (const name of ["constructor", "toString", "hasOwnProperty", "valueOf"]) {
      assert.throws(
        () => parseConfig({ providers: { demo: { type: "demo" } }, models: [{ name: "m", provider: name }] }),
        (err: unknown) => err instanceof ConfigError && new RegExp(`models\\[0\\]\\.provider: expected one of the configured providers .*got "${name}"`).test(err.message),
        name,
      );
      assert.throws(
        () => parseConfig({ providers: { fraud: { type: "http", baseUrl: "http://127.0.0.1:9" } }, routes: [{ name: "r", provider: name }] }),
        (err: unknown) => err instanceof ConfigError && new RegExp(`routes\\[0\\]\\.provider: expected one of the configured providers .*got "${name}"`).test(err.message),
        name,
      );
    }
  });

  test("ordinary configs still load", () => {
    const c = parseConfig({ server: { trustProxy: false }, providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }] });
    assert.equal(c.server.trustProxy, false);
    assert.equal(Object.getPrototypeOf(c.server), Object.prototype);
  });
});

describe("replies: a redacted JSON key is renamed as an own property", () => {
  test("renaming keys around a __proto__ key neither drops it nor sets the prototype", () => {
    const SECRET = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
    const doc = { json: JSON.parse(`{"__proto__":{"polluted":true},"${SECRET}":"x"}`) as Record<string, unknown> };
    const texts = replyTexts("inference", doc);
    assert.ok(!isUnreadable(texts));
    const key = texts.find((t) => t.text === SECRET && t.path.endsWith("#key"));
    assert.ok(key, "the key is a text");
    key.set("[SECRET]");
    const out = doc.json;
    assert.deepEqual(Object.keys(out), ["__proto__", "[SECRET]"]);
    assert.equal(Object.getPrototypeOf(out), Object.prototype, "the prototype is untouched");
    assert.equal((out as { polluted?: unknown }).polluted, undefined);
  });
});

describe("bodies: text under a __proto__ key is redacted like any other", () => {
  const SECRET = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
  const redact = (t: string) => t.replaceAll(SECRET, "[SECRET]");

  test("a generic route's JSON reply: the redaction written back reaches the serialised body", () => {
    for (const text of [`{"__proto__":"${SECRET}"}`, `{"data":{"__proto__":"${SECRET}"}}`, `[{"__proto__":"${SECRET}","b":"x"}]`]) {
      const doc = { json: JSON.parse(text) as unknown };
      const fields = replyTexts("inference", doc);
      assert.ok(!isUnreadable(fields));
      const f = fields.find((x) => x.text === SECRET);
      assert.ok(f, `found in ${text}`);
      f.set(redact(f.text));
      const out = JSON.stringify(doc.json);
      assert.ok(!out.includes(SECRET), `redacted: ${out}`);
      assert.ok(out.includes("[SECRET]"), out);
    }
  });

  test("a route's inspected request pointer through a __proto__ key: the redaction is written back", () => {
    const body = JSON.parse(`{"input":{"__proto__":{"text":"${SECRET}"}}}`);
    const fields = requestFields("inference", body, { prompts: ["/input/__proto__/text"], documents: [] });
    assert.equal(fields.length, 1);
    fields[0]!.set(redact(fields[0]!.text));
    assert.ok(!JSON.stringify(body).includes(SECRET));
  });

  test("a kept redacted document keeps (masked) what was under a __proto__ key instead of dropping it", () => {
    const doc = redactedDocument(Buffer.from(`{"a":"x","__proto__":{"note":"${SECRET}"},"b":{"__proto__":"${SECRET}"}}`), "application/json", false, redact)!;
    const parsed = JSON.parse(doc);
    assert.ok(!doc.includes(SECRET), doc);
    assert.deepEqual(Object.keys(parsed), ["a", "__proto__", "b"]);
    assert.equal(Object.getOwnPropertyDescriptor(parsed.b, "__proto__")?.value, "[SECRET]");
    assert.equal(Object.getPrototypeOf(parsed.b), Object.prototype, "the copy's prototype is untouched");
  });
});
