/** The secret box: AES-256-GCM with version and key id, bound to its additional data; the key file is private or refused. */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { keyId, loadKeyFile, parseMasterKey, secretBox } from "../../src/crypto/secret-box.js";

test("seal/open round-trips; the ciphertext names version and key, and differs each time", () => {
  const key = randomBytes(32);
  const box = secretBox(key);
  const a = box.seal("JBSWY3DPEHPK3PXP", "admin-totp:adm_1");
  const b = box.seal("JBSWY3DPEHPK3PXP", "admin-totp:adm_1");
  assert.notEqual(a, b);
  assert.ok(a.startsWith(`wgsb1.${keyId(key)}.`));
  assert.ok(!a.includes("JBSWY3DPEHPK3PXP"));
  assert.equal(box.open(a, "admin-totp:adm_1").toString(), "JBSWY3DPEHPK3PXP");
});

test("a value sealed for one owner, altered, or sealed under another key does not open", () => {
  const box = secretBox(randomBytes(32));
  const sealed = box.seal("secret", "admin-totp:adm_1");
  assert.throws(() => box.open(sealed, "admin-totp:adm_2"), /does not open/);
  const body = Buffer.from(sealed.split(".")[2]!, "base64url");
  body[body.length - 1]! ^= 1;
  assert.throws(() => box.open(`${sealed.split(".").slice(0, 2).join(".")}.${body.toString("base64url")}`, "admin-totp:adm_1"), /does not open/);
  assert.throws(() => secretBox(randomBytes(32)).open(sealed, "admin-totp:adm_1"), /not the current master key/);
  assert.throws(() => box.open("plain text", "x"), /not a sealed value/);
});

test("the master key from the environment must be base64 of 32 bytes", () => {
  assert.equal(parseMasterKey(randomBytes(32).toString("base64")).length, 32);
  assert.throws(() => parseMasterKey("c2hvcnQ="), /WARDGATE_MASTER_KEY: expected base64 of 32 random bytes/);
});

test("the key file is created with mode 0600 on first use, reused after, and refused when group or others can read it", () => {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-key-"));
  const path = join(dir, "sub", "master.key");
  const k1 = loadKeyFile(path);
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.deepEqual(loadKeyFile(path), k1);
  chmodSync(path, 0o644);
  assert.throws(() => loadKeyFile(path), /mode 0644 lets group or others access it/);
  chmodSync(path, 0o600);
  writeFileSync(path, "not a key");
  assert.throws(() => loadKeyFile(path), /expected base64 of 32 bytes/);
  assert.ok(readFileSync(path, "utf8") === "not a key", "a bad file is never overwritten");
});
