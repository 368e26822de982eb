/**
 * Short-lived tokens: glob coverage (a token's grants must be within its
 * key's), minting, and authentication bound to the parent key (revocation,
 * expiry, IP allow-list, disabled principal), on a real SQLite store.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { AuthResult } from "../../src/identity/authenticator.js";
import { issueKey, type NewKeyInput } from "../../src/identity/gateway-keys.js";
import { KeyUsageTracker } from "../../src/identity/key-usage.js";
import { globCovers, mintToken, parseToken, TokenRequestError } from "../../src/identity/tokens.js";
import { TokenAuthenticator } from "../../src/identity/tokens-authenticator.js";
import { type OpenedStores, storeBackends } from "../fixtures/store-backends.js";

const IP = "127.0.0.1";

function ok(r: AuthResult) {
  if (!r.ok) assert.fail(`expected success, got ${r.denial.code}: ${r.denial.message}`);
  return r.principal;
}

function refused(r: AuthResult, status: number, code: string, message?: RegExp) {
  assert.equal(r.ok, false, `expected ${code}`);
  if (r.ok) return;
  assert.equal(r.denial.status, status);
  assert.equal(r.denial.code, code);
  assert.equal(r.denial.reasons[0]?.source, "identity:token");
  if (message) assert.match(r.denial.message, message);
}

describe("globCovers: every name the inner glob matches, the outer matches", () => {
  const cases: [outer: string, inner: string, covers: boolean][] = [
    ["gpt-4o", "gpt-4o", true],
    ["gpt-4o", "gpt-4", false],
    ["*", "anything", true],
    ["*", "gpt-*", true],
    ["*", "?", true],
    ["gpt-*", "gpt-4o", true],
    ["gpt-*", "gpt-4o*", true],
    ["gpt-*", "gpt-*", true],
    ["gpt-4o*", "gpt-*", false],
    ["gpt-4o*", "gpt-4o-mini", true],
    ["gpt-4o", "gpt-4?", false],
    ["gpt-4?", "gpt-4o", true],
    ["gpt-4?", "gpt-4?", true],
    ["gpt-4?", "gpt-4*", false],
    ["a?c", "a*c", false], // the string "a*c" matches a?c, but the glob a*c matches "abbc"
    ["a*", "a?", true],
    ["*-mini", "gpt-4o-mini", true],
    ["*-mini", "*-mini", true],
    ["*-mini", "*", false],
    ["*a*", "*a*a*", true],
    ["claude-*", "gpt-*", false],
    ["demo", "*", false],
  ];
  for (const [outer, inner, covers] of cases) {
    test(`${outer} ${covers ? "covers" : "does not cover"} ${inner}`, () => {
      assert.equal(globCovers(outer, inner), covers);
    });
  }
});

for (const backend of storeBackends) describe(`tokens (${backend.name})`, { skip: backend.skip }, () => {
  let store: OpenedStores;
  // Whole seconds: token expiries are.
  let now = Math.floor(Date.now() / 1000) * 1000;
  let auth: TokenAuthenticator;
  const issue = async (input: Partial<NewKeyInput> = {}) => issueKey(store.keys, { principal: "svc", models: ["gpt-4o*", "demo"], routes: ["fraud"], ...input });

  before(async () => {
    store = await backend.open();
    auth = new TokenAuthenticator(store.tokens, store.keys, () => now, store.org);
  });
  after(async () => {
    await store.close();
  });

  test("a minted token authenticates as the key's principal with the token's grants", async () => {
    const { record: key } = await issue({ tenantId: "default", principal: "svc" });
    const { token, record } = await mintToken(store.tokens, key, { models: ["gpt-4o-mini"], now });
    assert.match(token, /^wgt_[0-9a-f]{16}_[0-9a-f]{64}$/);
    assert.equal(record.expiresAt, now + 900_000, "default ttl 900 s");
    assert.notEqual(record.secretHash, parseToken(token)!.secret, "only the hash is stored");
    const p = ok(await auth.authenticate(token, IP));
    assert.equal(p.id, "svc");
    assert.equal(p.via, "token");
    assert.equal(p.key?.id, key.id);
    assert.deepEqual(p.scope, { models: ["gpt-4o-mini"], routes: ["fraud"] }, "routes default to the key's");
  });

  test("grants must be covered by the key's; the error names the missing grant", async () => {
    const { record: key } = await issue();
    for (const models of [["claude-3"], ["gpt-*"], ["*"]]) {
      await assert.rejects(mintToken(store.tokens, key, { models }), (err: unknown) => {
        assert.ok(err instanceof TokenRequestError);
        assert.equal(err.code, "grant_not_held");
        assert.equal(err.param, "models");
        assert.ok(err.message.includes(`Missing grant: model:${models[0]}`));
        return true;
      });
    }
    await assert.rejects(mintToken(store.tokens, key, { routes: ["other"] }), /Missing grant: route:other/);
    // An empty list is a subset: a token that can call nothing of that kind.
    const { record } = await mintToken(store.tokens, key, { models: [], routes: [] });
    assert.deepEqual([record.models, record.routes], [[], []]);
  });

  test("ttl_seconds: 1..3600 whole seconds; bad grants are reported by field", async () => {
    const { record: key } = await issue();
    for (const ttl of [0, 3601, 1.5, -1, Number.NaN, "60" as unknown as number]) {
      await assert.rejects(mintToken(store.tokens, key, { ttlSeconds: ttl }), /ttl_seconds: expected a whole number of seconds from 1 to 3600/);
    }
    await assert.rejects(mintToken(store.tokens, key, { models: "demo" as unknown as string[] }), /models: expected an array/);
    await assert.rejects(mintToken(store.tokens, key, { models: ["bad name!"] }), /models: expected names or globs/);
    const { record } = await mintToken(store.tokens, key, { ttlSeconds: 3600, now });
    assert.equal(record.expiresAt, now + 3_600_000);
  });

  test("a token never outlives its key (and expires on a whole second)", async () => {
    const { record: key } = await issue({ now, expiresAt: now + 60_500 });
    const { record } = await mintToken(store.tokens, key, { ttlSeconds: 3600, now });
    assert.equal(record.expiresAt, now + 60_000);
  });

  test("expiry (injected clock, boundary included)", async () => {
    const { record: key } = await issue();
    const { token, record } = await mintToken(store.tokens, key, { ttlSeconds: 60, now });
    ok(await auth.authenticate(token, IP));
    const saved = now;
    now = record.expiresAt - 1;
    ok(await auth.authenticate(token, IP));
    now = record.expiresAt;
    refused(await auth.authenticate(token, IP), 401, "expired_token", /expired at/);
    now = saved;
  });

  test("revoking the parent key ends its tokens on the next request", async () => {
    const { record: key } = await issue();
    const { token } = await mintToken(store.tokens, key, { now });
    ok(await auth.authenticate(token, IP));
    await store.keys.revoke(key.id, Date.now());
    refused(await auth.authenticate(token, IP), 401, "revoked_api_key", new RegExp(`wg_${key.id}, from which this token was minted, has been revoked`));
  });

  test("the parent key expiring (e.g. after a rotation's overlap) ends its tokens", async () => {
    const { record: key } = await issue();
    const { token } = await mintToken(store.tokens, key, { now });
    ok(await auth.authenticate(token, IP));
    await store.keys.setExpiry(key.id, now - 1);
    refused(await auth.authenticate(token, IP), 401, "expired_api_key");
  });

  test("the parent key's IP allow-list applies to its tokens", async () => {
    const { record: key } = await issue({ ipAllow: ["10.0.0.0/8", "2001:db8::/32"] });
    const { token } = await mintToken(store.tokens, key, { now });
    ok(await auth.authenticate(token, "10.1.2.3"));
    ok(await auth.authenticate(token, "2001:db8::7"));
    const r = await auth.authenticate(token, "8.8.8.8");
    refused(r, 403, "ip_not_allowed", /8\.8\.8\.8 .*IP allow-list of its key/);
  });

  test("a disabled principal's tokens are refused", async () => {
    await store.org.ensureTenant("default");
    await store.org.putPrincipal({ tenantId: "default", id: "to-disable", kind: "service", teamId: null, roles: ["r"], createdAt: now, disabledAt: null });
    const { record: key } = await issue({ principal: "to-disable" });
    const { token } = await mintToken(store.tokens, key, { now });
    assert.deepEqual(ok(await auth.authenticate(token, IP)).roles, ["r"]);
    await store.org.disablePrincipal("default", "to-disable", now);
    refused(await auth.authenticate(token, IP), 401, "disabled_principal");
  });

  test("a wrong secret or unknown id gives the same answer, even when cached", async () => {
    const { record: key } = await issue();
    const { token } = await mintToken(store.tokens, key, { now });
    ok(await auth.authenticate(token, IP));
    const wrong = token.slice(0, -1) + (token.endsWith("0") ? "1" : "0");
    const unknown = `wgt_${"0".repeat(16)}_${"a".repeat(64)}`;
    const a = await auth.authenticate(wrong, IP);
    const b = await auth.authenticate(unknown, IP);
    refused(a, 401, "invalid_token");
    assert.deepEqual(a, b);
    refused(await auth.authenticate(`wg_${key.id}_${"a".repeat(64)}`, IP), 401, "invalid_token");
  });

  test("a gateway key's hash never verifies as a token (and a token is no key)", async () => {
    const { key } = await issue();
    refused(await auth.authenticate(key, IP), 401, "invalid_token");
  });

  test("minting drops expired tokens from the table", async () => {
    const { record: key } = await issue();
    const old = await mintToken(store.tokens, key, { ttlSeconds: 1, now: now - 10_000 });
    assert.ok(await store.tokens.get(old.record.id));
    await mintToken(store.tokens, key, { now });
    assert.equal(await store.tokens.get(old.record.id), undefined);
  });

  test("a token's use is recorded as its parent key's last use", async () => {
    const usage = new KeyUsageTracker(store.keys);
    const tracked = new TokenAuthenticator(store.tokens, store.keys, () => now, store.org, usage);
    const { record: key } = await issue();
    const { token } = await mintToken(store.tokens, key, { now });
    ok(await tracked.authenticate(token, "192.0.2.9"));
    await usage.stop();
    const after = await store.keys.get(key.id);
    assert.equal(after?.lastUsedAt, now);
    assert.equal(after?.lastUsedIp, "192.0.2.9");
  });
});
