/**
 * core/client-address.ts, fuzzed: whatever the peer and the header, the
 * answer is a valid IP (or "" for a socket without an address); the header
 * counts only through a trusted peer; the answer is the right-most entry
 * that is not a trusted proxy, and never anything to the left of it.
 */
import assert from "node:assert/strict";
import { isIP } from "node:net";
import { describe, test } from "node:test";
import fc from "fast-check";
import { clientAddress, TrustedProxies, validIp } from "../../src/core/client-address.js";
import { addressKey } from "../../src/gateway/connections.js";

const TRUSTED = new TrustedProxies(["10.0.0.0/8", "192.168.1.1", "fd00::/8"]);

const v4 = fc.oneof(
  fc.ipV4(),
  fc.tuple(fc.nat({ max: 255 }), fc.nat({ max: 255 })).map(([a, b]) => `10.${a}.${b}.1`), // trusted
  fc.constant("192.168.1.1"),
);
const v6 = fc.oneof(fc.ipV6(), fc.constant("fd00::7"), fc.ipV4().map((a) => `::ffff:${a}`));
const garbage = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("<script>x</script>", "unknown", "10.1.2.3:80", "[::1]", "fe80::1%eth0", "010.1.2.3", "1.2.3", "", " "),
  fc.ipV4().map((a) => `${a}:8080`),
  fc.ipV6().map((a) => `[${a}]`),
);
const entry = fc.oneof({ weight: 3, arbitrary: v4 }, { weight: 2, arbitrary: v6 }, { weight: 1, arbitrary: garbage });
const header = fc.tuple(fc.array(entry, { maxLength: 8 }), fc.constantFrom(",", ", ", " , ")).map(([es, sep]) => es.join(sep));
const peer = fc.oneof(v4, v6, fc.constantFrom("::1", "127.0.0.1", "::ffff:10.0.0.9"), garbage, fc.constant(undefined));

/** The reference: split, walk from the right, stop at the first untrusted, give up on anything invalid. */
function reference(p: string | undefined, h: string | undefined): string {
  const from = p === undefined ? undefined : validIp(p);
  if (from === undefined) return "";
  if (h === undefined || !TRUSTED.has(from)) return from;
  if (h === "") return from;
  const entries = h.split(",").map((e) => e.trim());
  let client = from;
  for (let i = entries.length - 1; i >= 0; i--) {
    const ip = validIp(entries[i]!);
    if (ip === undefined) return from;
    client = ip;
    if (!TRUSTED.has(ip)) return ip;
  }
  return client;
}

describe("clientAddress", () => {
  test("always a valid IP address, or '' for a socket without one", () => {
    fc.assert(
      fc.property(peer, fc.option(header, { nil: undefined }), (p, h) => {
        const got = clientAddress(p, h, TRUSTED);
        if (p === undefined || validIp(p) === undefined) assert.equal(got, "");
        else {
          assert.notEqual(isIP(got), 0, `not an IP: ${JSON.stringify(got)}`);
          assert.ok(!got.includes("%") && !got.startsWith("::ffff:"));
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("agrees with the reference walk", () => {
    fc.assert(
      fc.property(peer, fc.option(header, { nil: undefined }), (p, h) => {
        assert.equal(clientAddress(p, h, TRUSTED), reference(p, h));
      }),
      { numRuns: 2000 },
    );
  });

  test("the header counts only when the peer is a trusted proxy", () => {
    fc.assert(
      fc.property(fc.ipV4().filter((a) => !TRUSTED.has(a)), header, (p, h) => {
        assert.equal(clientAddress(p, h, TRUSTED), p);
      }),
    );
    assert.equal(clientAddress("10.0.0.1", "203.0.113.7", new TrustedProxies([])), "10.0.0.1");
  });

  test("what the client writes left of the appended address never wins", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.ipV4().filter((a) => !TRUSTED.has(a)), (written, real) => {
        const h = [...written, real].join(", ");
        assert.equal(clientAddress("192.168.1.1", h, TRUSTED), real);
      }),
    );
  });

  test("a long run of trusted entries is not walked to its end", () => {
    const h = `203.0.113.7, ${Array.from({ length: 100 }, (_, i) => `10.0.0.${i % 250}`).join(", ")}`;
    assert.equal(clientAddress("10.0.0.1", h, TRUSTED), "10.0.0.1");
    assert.equal(clientAddress("10.0.0.1", "203.0.113.7, 10.0.0.2, 10.0.0.3", TRUSTED), "203.0.113.7");
  });

  test("an all-trusted chain gives its left-most address (an internal caller through the proxy)", () => {
    assert.equal(clientAddress("10.0.0.1", "10.9.9.9, 10.0.0.2", TRUSTED), "10.9.9.9");
  });
});

describe("addressKey (per-address connection counting)", () => {
  test("IPv4 counts per address, IPv6 per /64", () => {
    assert.equal(addressKey("203.0.113.7"), "203.0.113.7");
    assert.equal(addressKey("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
    assert.equal(addressKey("2001:db8:1:2::ffff"), "2001:db8:1:2::/64");
    assert.equal(addressKey("2001:db8::1"), "2001:db8:0:0::/64");
    assert.equal(addressKey("::1"), "0:0:0:0::/64");
    fc.assert(
      fc.property(fc.ipV6(), (a) => {
        const k = addressKey(a.toLowerCase());
        assert.match(k, /^([0-9a-f]{1,4}:){4}:\/64$/);
      }),
    );
  });
});
