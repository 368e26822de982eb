/**
 * A private key is one unit (issue 13): the secrets detector flags a block
 * that never ends across its whole body, past the RFC 1421 headers of a
 * legacy encrypted key; the stream guard holds everything after a BEGIN
 * line until its END line, and stops a block that never ends past its cap.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { guardSchema } from "../../src/config/guard-schema.js";
import { PEM_HOLD_MAX, SseGuard } from "../../src/gateway/sse-guard.js";
import { detectSecrets } from "../../src/guard/detectors/secrets.js";
import { Guard } from "../../src/guard/engine.js";
import { resolveProfile } from "../../src/guard/profiles.js";
import { Pseudonyms } from "../../src/guard/pseudonyms.js";

const body = (bytes: number, width = 64) => randomBytes(bytes).toString("base64").match(new RegExp(`.{1,${width}}`, "g"))!.join("\n");

describe("the secrets detector: an unterminated private key", () => {
  test("the finding covers the whole body, however long (not only its first kilobytes)", () => {
    const b = body(20_000);
    const text = `key:\n-----BEGIN PRIVATE KEY-----\n${b}\n`;
    const f = detectSecrets(text).find((x) => x.detector === "secrets.private-key");
    assert.ok(f, "flagged");
    assert.equal(f.end, text.trimEnd().length, "the span reaches the last line of the body");
  });

  test("a legacy encrypted key with Proc-Type and DEK-Info headers, cut off", () => {
    const text = `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${randomBytes(16).toString("hex").toUpperCase()}\n\n${body(400)}`;
    assert.ok(detectSecrets(text).some((x) => x.detector === "secrets.private-key"));
  });

  test("JSON-escaped line ends (a key inside a tool call's arguments)", () => {
    const text = JSON.stringify({ key: `-----BEGIN OPENSSH PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n${body(300)}` });
    assert.ok(detectSecrets(text).some((x) => x.detector === "secrets.private-key"));
  });

  test("certificates and prose about keys are not findings", () => {
    assert.ok(!detectSecrets(`-----BEGIN CERTIFICATE-----\n${body(600)}\n-----END CERTIFICATE-----`).some((x) => x.detector === "secrets.private-key"));
    assert.ok(!detectSecrets("A PEM file starts with -----BEGIN PRIVATE KEY----- and then lines of base64.").some((x) => x.detector === "secrets.private-key"));
  });
});

describe("the stream guard holds a private key whole", () => {
  const guard = new Guard(resolveProfile("standard", guardSchema.parse({})));

  async function stream(pieces: string[]): Promise<{ text: string; raw: string }> {
    const ev = (content: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}\n\n`;
    const sse = new SseGuard({
      guard,
      endpoint: "chat.completions",
      pseudonyms: new Pseudonyms(),
      leak: undefined,
      holdBack: 16,
      onBlock: (f) => `data: {"error":{"code":"blocked","detector":${JSON.stringify(f[0]!.detector)}}}\n\n`,
      onFindings: () => undefined,
    });
    let raw = "";
    for await (const c of Readable.from([...pieces.map(ev), "data: [DONE]\n\n"]).pipe(sse)) raw += String(c);
    const text = raw
      .split("\n\n")
      .filter((e) => e.startsWith('data: {"choices"'))
      .map((e) => (JSON.parse(e.slice(6)) as { choices: { delta: { content: string } }[] }).choices[0]!.delta.content)
      .join("");
    return { text, raw };
  }

  const tokens = (s: string) => s.match(/[\s\S]{1,5}/g)!;

  test("nothing after the BEGIN line leaves before the END line; then the block is redacted whole", async () => {
    const b = body(3000);
    const { text } = await stream(tokens(`Here:\n-----BEGIN EC PRIVATE KEY-----\n${b}\n-----END EC PRIVATE KEY-----\nDone.`));
    assert.match(text, /^Here:\n\[PRIVATE_KEY_1\]\nDone\.$/);
  });

  test("an armor line cut into one-character tokens is still recognised (minimum hold-back)", async () => {
    const b = body(2000);
    const { text } = await stream([...`ok -----BEGIN PRIVATE KEY-----\n`].concat(tokens(b)));
    assert.ok(!b.split("\n").some((line) => text.includes(line.slice(0, 20))), text.slice(0, 200));
  });

  test(`a block that runs past ${PEM_HOLD_MAX} characters without an END stops the stream`, async () => {
    const b = body(PEM_HOLD_MAX);
    const { text, raw } = await stream(["before ", "-----BEGIN PRIVATE KEY-----\n", ...b.match(/[\s\S]{1,500}/g)!]);
    assert.match(raw, /"detector":"secrets.private-key"/);
    assert.ok(!raw.includes("[DONE]"));
    assert.ok(!text.includes(b.slice(0, 40)));
  });

  test("a streamed certificate is judged whole: its base64 lines are not mistaken for tokens", async () => {
    const cert = `-----BEGIN CERTIFICATE-----\n${body(900)}\n-----END CERTIFICATE-----`;
    const { text } = await stream(tokens(cert));
    assert.equal(text, cert);
  });
});
