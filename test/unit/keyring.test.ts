/**
 * The keyring: per-tenant envelope encryption, rotation, rewrap and
 * retirement, and opening today's secret-box values.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, test } from "node:test";
import { Keyring, KeyringError, type MasterKeyVersion } from "../../src/crypto/keyring.js";
import { keyId, secretBox } from "../../src/crypto/secret-box.js";

const key1 = randomBytes(32);
const fresh = () => new Keyring([{ version: 1, state: "active", key: key1 }]);

/** An error that names no key: neither base64 nor hex of any key in play. */
function assertNoKeyMaterial(err: unknown, ...keys: Uint8Array[]): true {
  const text = `${(err as Error).message} ${(err as Error).stack ?? ""}`;
  for (const k of keys) {
    const b = Buffer.from(k);
    for (const enc of [b.toString("base64"), b.toString("base64url"), b.toString("hex")]) {
      assert.ok(!text.includes(enc.slice(0, 12)), `error leaks key material: ${text}`);
    }
  }
  return true;
}

/** Flips one bit of the sealed body's last byte. */
function tamper(ct: string): string {
  const i = ct.lastIndexOf(".");
  const raw = Buffer.from(ct.slice(i + 1), "base64url");
  raw[raw.length - 1]! ^= 1;
  return ct.slice(0, i + 1) + raw.toString("base64url");
}

describe("Keyring seal/open", () => {
  test("round trip per tenant, with format, version, key id and tenant in the header", () => {
    const kr = fresh();
    for (const tenant of ["acme", "globex", "tenant.with.dots"]) {
      const ct = kr.seal(tenant, `secret for ${tenant}`, "row-1");
      const [format, version, kid] = ct.split(".");
      assert.equal(format, "wgk1");
      assert.equal(version, "1");
      assert.equal(kid, keyId(key1));
      assert.equal(ct.split(".").length, 5);
      assert.equal(kr.open(tenant, ct, "row-1").toString(), `secret for ${tenant}`);
    }
    assert.notEqual(kr.seal("acme", "x", "a"), kr.seal("acme", "x", "a"), "a random IV each time");
  });

  test("a value sealed for tenant A does not open for tenant B, even with the header edited", () => {
    const kr = fresh();
    const ct = kr.seal("tenant-a", "only A", "row-1");
    assert.throws(() => kr.open("tenant-b", ct, "row-1"), /sealed for another tenant/);
    const parts = ct.split(".");
    parts[3] = Buffer.from("tenant-b").toString("base64url");
    assert.throws(() => kr.open("tenant-b", parts.join("."), "row-1"), /does not open/);
  });

  test("the wrong additional data is refused", () => {
    const kr = fresh();
    const ct = kr.seal("acme", "seed", "account-1");
    assert.throws(() => kr.open("acme", ct, "account-2"), /does not open/);
  });

  test("a tampered, truncated or malformed value is refused", () => {
    const kr = fresh();
    const ct = kr.seal("acme", "seed", "account-1");
    assert.throws(() => kr.open("acme", tamper(ct), "account-1"), /does not open/);
    assert.throws(() => kr.open("acme", ct.slice(0, ct.lastIndexOf(".") + 10), "account-1"), /truncated/);
    assert.throws(() => kr.open("acme", ct.replace(/^wgk1\.1\./, "wgk1.01."), "account-1"), /version/);
    assert.throws(() => kr.open("acme", "plain text", "account-1"), /known format/);
    assert.throws(() => kr.open("acme", `${ct}.extra`, "account-1"), /known format/);
  });

  test("a wrong master key fails clearly, naming the version and key ids, never the key", () => {
    const ct = fresh().seal("acme", "seed", "a");
    const other = randomBytes(32);
    const wrong = new Keyring([{ version: 1, state: "active", key: other }]);
    assert.throws(
      () => wrong.open("acme", ct, "a"),
      (err: Error) => err instanceof KeyringError && /master version 1/.test(err.message) && /wrong master key/.test(err.message) && assertNoKeyMaterial(err, key1, other),
    );
  });

  test("a missing master key or a bad keyring is refused at construction", () => {
    assert.throws(() => new Keyring([]), /no master key versions/);
    assert.throws(() => new Keyring([{ version: 1, state: "active", key: randomBytes(16) }]), /version 1: expected 32 bytes/);
    assert.throws(() => new Keyring([{ version: 1, state: "decrypt-only", key: key1 }]), /exactly one active/);
    assert.throws(
      () =>
        new Keyring([
          { version: 1, state: "decrypt-only", key: key1 },
          { version: 2, state: "active", key: key1 },
        ]),
      /repeats the key/,
    );
    assert.throws(() => fresh().seal("", "x", "a"), /tenant id is required/);
  });

  test("an unknown version fails naming the version", () => {
    const ct = fresh().seal("acme", "seed", "a").replace(/^wgk1\.1\./, "wgk1.7.");
    assert.throws(() => fresh().open("acme", ct, "a"), (err: Error) => /version 7, which is not in the keyring/.test(err.message) && assertNoKeyMaterial(err, key1));
  });
});

describe("Keyring rotation", () => {
  test("data sealed before a rotation still opens after it, and needs a rewrap", () => {
    const kr = fresh();
    const before = kr.seal("acme", "old secret", "row-1");
    assert.equal(kr.needsRewrap(before), false);
    assert.equal(kr.rotate(), 2);
    assert.equal(kr.activeVersion, 2);
    assert.deepEqual(
      kr.versions().map((v) => [v.version, v.state]),
      [
        [1, "decrypt-only"],
        [2, "active"],
      ],
    );
    assert.equal(kr.open("acme", before, "row-1").toString(), "old secret");
    assert.equal(kr.needsRewrap(before), true);
    const after = kr.seal("acme", "new secret", "row-2");
    assert.match(after, /^wgk1\.2\./);
    assert.equal(kr.needsRewrap(after), false);
  });

  test("after rewrap and retirement of the old version nothing needs the old key", () => {
    const kr = fresh();
    const rows = new Map<string, { tenant: string; value: string }>();
    for (let i = 0; i < 5; i++) rows.set(`row-${i}`, { tenant: i % 2 ? "acme" : "globex", value: kr.seal(i % 2 ? "acme" : "globex", `secret ${i}`, `row-${i}`) });
    kr.rotate();
    const count = (version: number) => [...rows.values()].filter((r) => kr.sealedBy(r.value).version === version).length;

    assert.throws(() => kr.retire(1, count), /version 1 still seals 5 stored value\(s\)/);
    assert.throws(() => kr.retire(2, count), /is active/);

    for (const [aad, row] of rows) {
      const rewrapped = kr.rewrap(row.tenant, row.value, aad);
      assert.equal(typeof rewrapped, "string");
      assert.match(rewrapped, /^wgk1\.2\./);
      rows.set(aad, { ...row, value: rewrapped });
    }
    assert.equal(count(1), 0);
    kr.retire(1, count);
    assert.deepEqual(kr.versions()[0], { version: 1, state: "retired", keyId: undefined });
    assert.equal(kr.export()[0]!.key, undefined, "a retired version keeps no key");

    // A keyring without version 1's key at all opens everything.
    const v2 = kr.export().find((v) => v.version === 2)!;
    const withoutOld = new Keyring([{ version: 1, state: "retired" }, v2]);
    for (const [aad, row] of rows) assert.equal(withoutOld.open(row.tenant, row.value, aad).toString(), `secret ${aad.slice(4)}`);
  });

  test("a value sealed by a retired version fails naming the version", () => {
    const kr = fresh();
    const old = kr.seal("acme", "seed", "a");
    kr.rotate();
    kr.retire(1, () => 0);
    assert.throws(() => kr.open("acme", old, "a"), (err: Error) => /master key version 1, which is retired/.test(err.message) && assertNoKeyMaterial(err, key1));
  });

  test("rewrap refuses a value for another tenant or owner, and leaves a current value alone", () => {
    const kr = fresh();
    const ct = kr.seal("acme", "seed", "a");
    kr.rotate();
    assert.throws(() => kr.rewrap("globex", ct, "a"), /another tenant/);
    assert.throws(() => kr.rewrap("acme", ct, "b"), /does not open/);
    const current = kr.rewrap("acme", ct, "a");
    assert.equal(kr.rewrap("acme", current, "a"), current);
  });

  test("rotate takes a given key, refuses one already present, and retire of an unknown version is refused", () => {
    const kr = fresh();
    const given = randomBytes(32);
    assert.equal(kr.rotate(given), 2);
    assert.equal(kr.versions()[1]!.keyId, keyId(given));
    assert.throws(() => kr.rotate(key1), /already in the keyring/);
    assert.throws(() => kr.rotate(randomBytes(31)), /expected 32 bytes/);
    assert.throws(() => kr.retire(9, () => 0), /version 9 is not in the keyring/);
  });

  test("versions() and the export round-trip; versions() shows no key", () => {
    const kr = fresh();
    kr.rotate();
    assert.ok(!JSON.stringify(kr.versions()).includes(key1.toString("base64")));
    const copy = new Keyring(kr.export() as MasterKeyVersion[]);
    assert.equal(copy.open("acme", kr.seal("acme", "x", "a"), "a").toString(), "x");
  });
});

describe("Keyring and legacy secret-box values", () => {
  test("wgsb1 values open when the keyring holds that key, and rewrap into wgk1", () => {
    const legacy = secretBox(key1).seal("JBSWY3DPEHPK3PXP", "account-7");
    const kr = fresh();
    assert.equal(kr.open("acme", legacy, "account-7").toString(), "JBSWY3DPEHPK3PXP");
    assert.deepEqual(kr.sealedBy(legacy), { format: "wgsb1", version: 1, keyId: keyId(key1) });
    assert.equal(kr.needsRewrap(legacy), true, "even under the active version: the format is old");
    assert.throws(() => kr.open("acme", legacy, "account-8"), /legacy secret box: value does not open/);

    const moved = kr.rewrap("acme", legacy, "account-7");
    assert.match(moved, /^wgk1\.1\./);
    assert.equal(kr.needsRewrap(moved), false);
    assert.equal(kr.open("acme", moved, "account-7").toString(), "JBSWY3DPEHPK3PXP");
  });

  test("a wgsb1 value still opens after a rotation, and rewraps to the new version", () => {
    const legacy = secretBox(key1).seal("seed", "account-1");
    const kr = fresh();
    kr.rotate();
    assert.equal(kr.open("acme", legacy, "account-1").toString(), "seed");
    assert.match(kr.rewrap("acme", legacy, "account-1"), /^wgk1\.2\./);
  });

  test("a wgsb1 value under a key the keyring does not hold fails naming the key id only", () => {
    const other = randomBytes(32);
    const legacy = secretBox(other).seal("seed", "account-1");
    assert.throws(
      () => fresh().open("acme", legacy, "account-1"),
      (err: Error) => err.message.includes(keyId(other)) && /no master key version/.test(err.message) && assertNoKeyMaterial(err, key1, other),
    );
  });
});
