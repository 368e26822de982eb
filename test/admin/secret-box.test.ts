/** The secret box (the pre-keyring format): AES-256-GCM with version and key id, bound to its additional data. */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { keyId, secretBox } from "../../src/crypto/secret-box.js";

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
