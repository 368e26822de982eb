/**
 * Master-key providers: the environment value, the key file (permissions,
 * creation, legacy one-line files) and Vault transit against a local fake.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { Keyring } from "../../src/crypto/keyring.js";
import {
  loadKeyringFile,
  loadVaultMasterKeys,
  parseMasterKeysValue,
  saveKeyringFile,
  VaultTransit,
  wrapMasterKeys,
} from "../../src/crypto/master-key-providers.js";
import { secretBox } from "../../src/crypto/secret-box.js";
import { type FakeVault, startFakeVault } from "../fixtures/fake-vault.js";

const b64 = (k: Uint8Array) => Buffer.from(k).toString("base64");

describe("parseMasterKeysValue", () => {
  test("one key is version 1, active (today's WARDGATE_MASTER_KEY)", () => {
    const key = randomBytes(32);
    const [v] = parseMasterKeysValue(b64(key));
    assert.deepEqual({ version: v!.version, state: v!.state }, { version: 1, state: "active" });
    assert.deepEqual(Buffer.from(v!.key!), key);
  });

  test("versioned list: the highest is active, the others decrypt-only", () => {
    const k1 = randomBytes(32);
    const k3 = randomBytes(32);
    const versions = parseMasterKeysValue(`3:${b64(k3)}, 1:${b64(k1)}`);
    assert.deepEqual(
      versions.map((v) => [v.version, v.state]),
      [
        [3, "active"],
        [1, "decrypt-only"],
      ],
    );
    const kr = new Keyring(versions);
    assert.equal(kr.activeVersion, 3);
  });

  test("missing or malformed values fail naming the variable, never the value", () => {
    assert.throws(() => parseMasterKeysValue(undefined), /WARDGATE_MASTER_KEYS: no master key given/);
    assert.throws(() => parseMasterKeysValue("  ", "MY_KEYS"), /MY_KEYS: no master key given/);
    const short = b64(randomBytes(16));
    assert.throws(
      () => parseMasterKeysValue(`1:${short}`),
      (err: Error) => /version 1: expected base64 of 32/.test(err.message) && !err.message.includes(short),
    );
    assert.throws(() => parseMasterKeysValue(`x:${b64(randomBytes(32))}`), /entry 1 is not/);
  });
});

describe("key file", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "wardgate-keyring-test-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("created 0600 with a fresh active version 1 when asked, and read back the same", () => {
    const path = join(dir, "sub", "keyring.json");
    assert.throws(() => loadKeyringFile(path), /does not exist/);
    const created = loadKeyringFile(path, { create: true });
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(statSync(join(dir, "sub")).mode & 0o777, 0o700);
    assert.deepEqual(
      created.map((v) => [v.version, v.state]),
      [[1, "active"]],
    );
    assert.deepEqual(loadKeyringFile(path, { create: true }), created);
  });

  test("a file group or others can read is refused, naming the path and mode", () => {
    const path = join(dir, "open.json");
    saveKeyringFile(path, [{ version: 1, state: "active", key: randomBytes(32) }]);
    chmodSync(path, 0o644);
    assert.throws(() => loadKeyringFile(path), (err: Error) => err.message.includes(path) && err.message.includes("0644") && /chmod 600/.test(err.message));
    chmodSync(path, 0o640);
    assert.throws(() => loadKeyringFile(path), /mode 0640/);
  });

  test("rotation and retirement persist: a retired version keeps its number, not its key", () => {
    const path = join(dir, "rotate.json");
    const kr = new Keyring(loadKeyringFile(path, { create: true }));
    const oldKey = kr.export()[0]!.key!;
    kr.rotate();
    kr.retire(1, () => 0);
    saveKeyringFile(path, kr.export());
    assert.equal(statSync(path).mode & 0o777, 0o600);
    const text = readFileSync(path, "utf8");
    assert.ok(!text.includes(b64(oldKey)), "the retired key is gone from the file");
    const again = new Keyring(loadKeyringFile(path));
    assert.deepEqual(
      again.versions().map((v) => [v.version, v.state]),
      [
        [1, "retired"],
        [2, "active"],
      ],
    );
  });

  test("today's one-line secret-box key file reads as version 1, and its values open", () => {
    const path = join(dir, "master.key");
    const key = randomBytes(32);
    writeFileSync(path, `${b64(key)}\n`, { mode: 0o600 });
    const sealed = secretBox(key).seal("seed", "account-1");
    const kr = new Keyring(loadKeyringFile(path));
    assert.equal(kr.open("acme", sealed, "account-1").toString(), "seed");
  });

  test("a malformed file fails naming the path and the entry, never a key", () => {
    const path = join(dir, "bad.json");
    const key = b64(randomBytes(16));
    writeFileSync(path, JSON.stringify({ format: "wardgate-keyring-1", versions: [{ version: 1, state: "active", key }] }), { mode: 0o600 });
    assert.throws(() => loadKeyringFile(path), (err: Error) => err.message.includes(`${path}: versions[0].key`) && !err.message.includes(key));
    writeFileSync(path, "{ nope", { mode: 0o600 });
    assert.throws(() => loadKeyringFile(path), /not valid JSON/);
    writeFileSync(path, JSON.stringify({ format: "other", versions: [] }), { mode: 0o600 });
    assert.throws(() => loadKeyringFile(path), /expected \{"format"/);
  });
});

describe("Vault transit", () => {
  const TOKEN = "s.fake-root-token";
  let vault: FakeVault;
  before(async () => {
    vault = await startFakeVault(TOKEN);
  });
  after(() => vault.close());

  test("wraps master keys through Vault and unwraps them into a working keyring", async () => {
    const transit = new VaultTransit({ address: `${vault.url}/`, token: TOKEN, keyName: "wardgate" });
    const kr = new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
    const sealed = kr.seal("acme", "upstream credential", "provider-openai");
    kr.rotate();
    const wrapped = await wrapMasterKeys(transit, kr.export());
    for (const w of wrapped) assert.match(w.wrapped ?? "", /^vault:v1:/);
    const stored = JSON.stringify(wrapped);
    for (const v of kr.export()) assert.ok(!stored.includes(b64(v.key!)), "no plain key in what is stored");

    const loaded = new Keyring(await loadVaultMasterKeys(transit, wrapped));
    assert.equal(loaded.activeVersion, 2);
    assert.equal(loaded.open("acme", sealed, "provider-openai").toString(), "upstream credential");
    assert.equal(vault.calls.encrypt, 2);
    assert.equal(vault.calls.decrypt, 2);
  });

  test("a wrong token fails clearly, naming the key and address, never the token", async () => {
    const transit = new VaultTransit({ address: vault.url, token: "s.wrong-token", keyName: "wardgate" });
    await assert.rejects(
      () => transit.encrypt(randomBytes(32)),
      (err: Error) => /permission denied \(403\)/.test(err.message) && err.message.includes("key wardgate") && err.message.includes(vault.url) && !err.message.includes("s.wrong-token"),
    );
    await assert.rejects(() => loadVaultMasterKeys(transit, [{ version: 1, state: "active", wrapped: "vault:v1:AAAA" }]), /decrypt .*permission denied/);
  });

  test("a ciphertext from another transit key, an unreachable Vault and a bad key name fail clearly", async () => {
    const a = new VaultTransit({ address: vault.url, token: TOKEN, keyName: "key-a" });
    const b = new VaultTransit({ address: vault.url, token: TOKEN, keyName: "key-b" });
    const wrapped = await a.encrypt(randomBytes(32));
    await assert.rejects(() => b.decrypt(wrapped), /decrypt with key key-b .*status 400: cipher: message authentication failed/);
    const gone = new VaultTransit({ address: "http://127.0.0.1:1", token: TOKEN, keyName: "k" });
    await assert.rejects(() => gone.decrypt(wrapped), /unreachable/);
    assert.throws(() => new VaultTransit({ address: vault.url, token: TOKEN, keyName: "../sys" }), /key name/);
    assert.throws(() => new VaultTransit({ address: vault.url, token: "", keyName: "k" }), /no token/);
  });
});
