/** The `admin:` configuration: defaults, units, and errors naming the key. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, parseConfig } from "../../src/config/load.js";

test("defaults: enabled on 127.0.0.1:8788, origin from the port, 30m idle, 12h absolute, 5m step-up, 5 failures, 1m..1h", () => {
  const { admin } = parseConfig({});
  assert.deepEqual(admin, {
    enabled: true,
    host: "127.0.0.1",
    port: 8788,
    origin: "http://localhost:8788",
    rpId: "localhost",
    rpName: "Wardgate",
    sessionIdle: 30 * 60_000,
    sessionAbsolute: 12 * 3_600_000,
    stepUpWindow: 5 * 60_000,
    lockout: { maxFailures: 5, base: 60_000, max: 3_600_000 },
  });
  assert.equal(parseConfig({ admin: { port: 9000 } }).admin.origin, "http://localhost:9000");
});

test("durations take units; an origin and rpId can be set", () => {
  const { admin } = parseConfig({
    admin: { origin: "https://admin.example.com", rpId: "example.com", sessionIdle: "15m", stepUpWindow: "2m", lockout: { maxFailures: "3", base: "30s", max: "2h" } },
  });
  assert.equal(admin.origin, "https://admin.example.com");
  assert.equal(admin.sessionIdle, 15 * 60_000);
  assert.deepEqual(admin.lockout, { maxFailures: 3, base: 30_000, max: 7_200_000 });
});

test("bad values are errors naming the key", () => {
  const problems = (raw: unknown) => {
    try {
      parseConfig(raw);
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      return err.problems.join("\n");
    }
    assert.fail("expected a ConfigError");
  };
  assert.match(problems({ admin: { port: "eighty" } }), /admin\.port: /);
  assert.match(problems({ admin: { colour: "blue" } }), /admin\.colour: unknown key/);
  assert.match(problems({ admin: { origin: "https://admin.example.com/path" } }), /admin\.origin: expected an origin/);
  assert.match(problems({ admin: { sessionIdle: "soon" } }), /admin\.sessionIdle: expected admin\.sessionIdle as milliseconds or a duration/);
  assert.match(problems({ admin: { lockout: { maxFailures: 0 } } }), /admin\.lockout\.maxFailures/);
});
