/**
 * `audit:` in the configuration: defaults, units, the witness and sink
 * shapes, and errors that name the key and say what was expected.
 */
import assert from "node:assert/strict";
import { hostname } from "node:os";
import { describe, test } from "node:test";
import { generateSigner } from "../../src/audit/checkpoint.js";
import { ConfigError, parseConfig } from "../../src/config/load.js";

function problems(audit: unknown): string[] {
  try {
    parseConfig({ audit });
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err.problems;
  }
  assert.fail("expected a ConfigError");
}

describe("audit config", () => {
  test("defaults: on, fail-closed, batches of 512 within 50 ms, checkpoints every 1000 events or 10 s, hash retention, a writer thread", () => {
    const { audit } = parseConfig({});
    assert.deepEqual(audit, {
      enabled: true,
      origin: `${hostname()}/wardgate/audit`,
      queue: 10_000,
      onQueueFull: "fail-closed",
      batch: { maxEvents: 512, maxDelay: 50 },
      checkpoint: { everyEvents: 1000, every: 10_000 },
      retention: "hash",
      writerThread: true,
      witnesses: [],
      sinks: [],
    });
    assert.equal(parseConfig({ audit: { writerThread: "false" } }).audit.writerThread, false);
    assert.throws(() => parseConfig({ audit: { writerThread: "sometimes" } }), /audit\.writerThread/);
  });

  test("every key, with units, witnesses and sinks", () => {
    const witnessKey = generateSigner("witness.example").verifierKey();
    const { audit } = parseConfig({
      audit: {
        enabled: "false",
        origin: "gw1.example.com/wardgate/audit",
        queue: "20000",
        onQueueFull: "serve-unaudited",
        batch: { maxEvents: 100, maxDelay: "20ms" },
        checkpoint: { everyEvents: 50, every: "1m" },
        retention: "encrypted",
        witnesses: [{ file: "./witness/checkpoint" }, { url: "https://witness.example/add-checkpoint", verifierKey: witnessKey, headers: { "X-Token": "t" }, ca: "ca.pem", timeout: "5s" }],
        sinks: [{ webhook: "https://siem.example/ingest", headers: { Authorization: "Bearer x" } }, { name: "raw", webhook: "https://siem.example/raw", format: "jsonl", batch: 10 }],
      },
    });
    assert.equal(audit.enabled, false);
    assert.equal(audit.queue, 20_000);
    assert.deepEqual(audit.batch, { maxEvents: 100, maxDelay: 20 });
    assert.deepEqual(audit.checkpoint, { everyEvents: 50, every: 60_000 });
    assert.equal(audit.witnesses[1]!.timeout, 5000);
    assert.deepEqual(audit.sinks[0], { webhook: "https://siem.example/ingest", format: "ocsf", headers: { Authorization: "Bearer x" }, batch: 100 });
    assert.equal(audit.sinks[1]!.format, "jsonl");
  });

  test("bad values name the key and what was expected", () => {
    assert.deepEqual(problems({ onQueueFull: "drop" }), ['audit.onQueueFull: Invalid option: expected one of "fail-closed"|"serve-unaudited"']);
    assert.deepEqual(problems({ batch: { maxDelay: "soon" } }), ['audit.batch.maxDelay: expected audit.batch.maxDelay as milliseconds or a duration like "10s"']);
    assert.deepEqual(problems({ retention: "all" }), ['audit.retention: Invalid option: expected one of "none"|"hash"|"encrypted"|"redacted"']);
    assert.deepEqual(problems({ origin: "has space" }), ["audit.origin: expected one line without spaces or '+', such as \"gw1.example.com/wardgate/audit\""]);
    assert.equal(problems({ queue: 0 }).length, 1);
    assert.match(problems({ queue: 0 })[0]!, /^audit\.queue: /);
    assert.deepEqual(problems({ checkpoints: {} }), ["audit.checkpoints: unknown key (not part of the configuration schema)"]);
  });

  test("witnesses: exactly one of file or url; an HTTP witness needs a valid verifier key; file witnesses take no HTTP options", () => {
    assert.deepEqual(problems({ witnesses: [{}] }), ["audit.witnesses[0]: expected exactly one of file (a file witness) or url (an HTTP witness)"]);
    assert.deepEqual(problems({ witnesses: [{ file: "a", url: "https://w.example" }] }), ["audit.witnesses[0]: expected exactly one of file (a file witness) or url (an HTTP witness)"]);
    assert.deepEqual(problems({ witnesses: [{ url: "https://w.example" }] }), ["audit.witnesses[0].verifierKey: expected the witness's verifier key: an HTTP witness's cosignature is checked with it"]);
    assert.deepEqual(problems({ witnesses: [{ url: "https://w.example", verifierKey: "w+00000000+AAAA" }] }), [
      "audit.witnesses[0].verifierKey: expected the witness's verifier key <name>+<hex id>+<base64 Ed25519 key>",
    ]);
    assert.deepEqual(problems({ witnesses: [{ file: "a", headers: {} }] }), ["audit.witnesses[0].headers: headers applies to an HTTP witness (url), not a file witness"]);
    assert.deepEqual(problems({ witnesses: [{ url: "ftp://w.example", verifierKey: generateSigner("w").verifierKey() }] }), ["audit.witnesses[0].url: expected an http(s) URL without credentials in it"]);
  });

  test("sinks: a webhook URL, a known format, distinct names", () => {
    assert.deepEqual(problems({ sinks: [{ webhook: "https://u:p@siem.example" }] }), ["audit.sinks[0].webhook: expected an http(s) URL without credentials in it"]);
    assert.deepEqual(problems({ sinks: [{ webhook: "https://siem.example", format: "cef" }] }), ['audit.sinks[0].format: Invalid option: expected one of "jsonl"|"ocsf"']);
    assert.deepEqual(problems({ sinks: [{ webhook: "https://siem.example" }, { webhook: "https://siem.example" }] }), [
      'audit.sinks[1].name: duplicate sink "https://siem.example": give each sink its own name (it keys the sink\'s cursor)',
    ]);
  });
});
