/**
 * JWT claims → Principal, the verified-token cache (exp/nbf rechecked on a
 * hit, bounded, capped by the JWKS cache age, dropped when the store
 * changes), inline JWKS, and the dispatcher that tells keys, tokens and JWTs
 * apart.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { authSchema, type JwtIssuerConfig } from "../../src/config/auth-schema.js";
import { type AuthResult, KeyAuthenticator } from "../../src/identity/authenticator.js";
import { ClientAuthenticator } from "../../src/identity/client-auth.js";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { JwtAuthenticator } from "../../src/identity/jwt.js";
import { TokenAuthenticator } from "../../src/identity/tokens-authenticator.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { AUDIENCE, ISSUER, type SigningKey, sign, signingKey } from "../fixtures/jwt-issuer.js";

function inline(key: SigningKey, extra: Record<string, unknown> = {}): JwtIssuerConfig {
  return authSchema.parse({ jwt: [{ name: "idp", issuer: ISSUER, audiences: [AUDIENCE], jwks: { keys: [key.jwk] }, ...extra }] }).jwt[0]!;
}

function ok(r: AuthResult) {
  if (!r.ok) assert.fail(`expected success, got ${r.denial.code}: ${r.denial.message}`);
  return r.principal;
}

function refusedWith(r: AuthResult, code: string, message?: RegExp) {
  assert.equal(r.ok, false, `expected ${code}`);
  if (r.ok) return;
  assert.equal(r.denial.code, code);
  if (message) assert.match(r.denial.message, message);
}

describe("JWT claims → principal", () => {
  let key: SigningKey;
  let store: SqliteStore;
  before(async () => {
    key = await signingKey("k1", "ES256");
    store = await SqliteStore.open(":memory:");
  });
  after(async () => {
    await store.close();
  });

  test("defaults: sub is the principal, tenant default, no team or roles, scope null without grants", async () => {
    const auth = new JwtAuthenticator([inline(key)]);
    const p = ok(await auth.authenticate(await sign(key, { sub: "svc-reporting", email: "x@example.com" })));
    assert.equal(p.id, "svc-reporting");
    assert.equal(p.tenant, "default");
    assert.equal(p.team, null);
    assert.deepEqual(p.roles, []);
    assert.equal(p.scope, null);
    assert.equal(p.via, "jwt");
    assert.equal(p.key, undefined);
    assert.equal(p.claims?.email, "x@example.com");
  });

  test("configured claims: principal, team, roles as array or string, fixed tenant, grants as scope", async () => {
    const auth = new JwtAuthenticator([
      inline(key, { tenant: "acme", claims: { principal: "email", team: "grp", roles: "roles" }, grants: { models: ["gpt-4o*"], routes: ["fraud"] } }),
    ]);
    const p = ok(await auth.authenticate(await sign(key, { email: "alice@acme.test", grp: "eng", roles: ["analyst", "admin"] })));
    assert.equal(p.id, "alice@acme.test");
    assert.equal(p.tenant, "acme");
    assert.equal(p.team, "eng");
    assert.deepEqual(p.roles, ["analyst", "admin"]);
    assert.deepEqual(p.scope, { models: ["gpt-4o*"], routes: ["fraud"] });
    const q = ok(await auth.authenticate(await sign(key, { email: "bob@acme.test", roles: "viewer" })));
    assert.deepEqual(q.roles, ["viewer"]);
    assert.equal(q.team, null, "team claim configured but absent: no team");
  });

  test("tenant from a claim; a claim that is not a tenant id is refused", async () => {
    const auth = new JwtAuthenticator([inline(key, { tenantClaim: "org" })]);
    assert.equal(ok(await auth.authenticate(await sign(key, { org: "globex" }))).tenant, "globex");
    refusedWith(await auth.authenticate(await sign(key, { org: "no spaces allowed" })), "invalid_token", /'org' claim is not a valid tenant id/);
    refusedWith(await auth.authenticate(await sign(key, {})), "invalid_token", /'org' claim/);
  });

  test("a missing or unusable principal claim is refused", async () => {
    const auth = new JwtAuthenticator([inline(key)]);
    refusedWith(await auth.authenticate(await sign(key, { sub: undefined })), "invalid_token", /no usable 'sub' claim/);
    refusedWith(await auth.authenticate(await sign(key, { sub: "evil\nline" })), "invalid_token", /'sub'/);
    refusedWith(await auth.authenticate(await sign(key, { sub: "x".repeat(257) })), "invalid_token", /'sub'/);
  });

  test("roles of the wrong type are refused, not ignored", async () => {
    const auth = new JwtAuthenticator([inline(key, { claims: { roles: "roles" } })]);
    refusedWith(await auth.authenticate(await sign(key, { roles: [1, 2] })), "invalid_token", /'roles' claim must be a string or an array of strings/);
    refusedWith(await auth.authenticate(await sign(key, { roles: { admin: true } })), "invalid_token", /'roles'/);
  });

  test("a stored principal supplies team and roles the token does not map, and a disabled one is refused", async () => {
    await store.org.ensureTenant("default");
    await store.org.createTeam({ tenantId: "default", id: "payments", name: "Payments", createdAt: Date.now() });
    await store.org.putPrincipal({ tenantId: "default", id: "carol", kind: "user", teamId: "payments", roles: ["approver"], createdAt: Date.now(), disabledAt: null });
    const auth = new JwtAuthenticator([inline(key)], { org: store.org, changeToken: () => store.changeToken() });
    const token = await sign(key, { sub: "carol" });
    const p = ok(await auth.authenticate(token));
    assert.equal(p.team, "payments");
    assert.deepEqual(p.roles, ["approver"]);
    // Disabling her moves the store's change token: the cached verdict is dropped at once.
    await store.org.disablePrincipal("default", "carol", Date.now());
    refusedWith(await auth.authenticate(token), "disabled_principal", /'carol' is disabled/);
  });
});

describe("verified-token cache", () => {
  let key: SigningKey;
  before(async () => {
    key = await signingKey("k1", "EdDSA");
  });

  test("a hit answers synchronously with the same principal", async () => {
    const auth = new JwtAuthenticator([inline(key)]);
    const token = await sign(key);
    const first = auth.authenticate(token);
    assert.ok(first instanceof Promise, "a cold token is verified asynchronously");
    const p = ok(await first);
    const second = auth.authenticate(token);
    assert.ok(!(second instanceof Promise), "a cached token is answered synchronously");
    assert.equal(ok(second), p);
    assert.equal(auth.cachedCount, 1);
  });

  test("exp is rechecked on every hit (injected clock), with the configured tolerance", async () => {
    let now = Date.now();
    const auth = new JwtAuthenticator([inline(key, { clockToleranceSec: 5 })], { now: () => now });
    const exp = Math.floor(now / 1000) + 60;
    const token = await sign(key, { exp });
    ok(await auth.authenticate(token));
    now = exp * 1000 + 4_999; // within tolerance
    ok(auth.authenticate(token) as AuthResult);
    now = exp * 1000 + 5_000;
    refusedWith(await auth.authenticate(token), "invalid_token", /expired \(exp\)/);
    assert.equal(auth.cachedCount, 0, "the expired entry is gone");
  });

  test("nbf is rechecked on a hit: a clock moved back refuses a cached token", async () => {
    let now = Date.now();
    const auth = new JwtAuthenticator([inline(key, { clockToleranceSec: 0 })], { now: () => now });
    const nbf = Math.floor(now / 1000);
    const token = await sign(key, { nbf });
    ok(await auth.authenticate(token));
    now = nbf * 1000 - 1;
    refusedWith(auth.authenticate(token) as AuthResult, "invalid_token", /not valid yet/);
  });

  test("bounded: the oldest entry is dropped when full", async () => {
    const auth = new JwtAuthenticator([inline(key)], { maxCached: 3 });
    const tokens = await Promise.all([1, 2, 3, 4].map((i) => sign(key, { sub: `u${i}` })));
    for (const t of tokens) ok(await auth.authenticate(t));
    assert.equal(auth.cachedCount, 3);
    assert.ok(auth.authenticate(tokens[0]!) instanceof Promise, "the first token was evicted");
    assert.ok(!(auth.authenticate(tokens[3]!) instanceof Promise), "the newest is still cached");
  });

  test("a remote issuer's entries live no longer than its JWKS cache age, then re-verify", async () => {
    let now = Date.now();
    const { startJwksServer } = await import("../fixtures/jwt-issuer.js");
    const jwks = await startJwksServer([key]);
    try {
      const cfg = authSchema.parse({ jwt: [{ name: "idp", issuer: ISSUER, audiences: [AUDIENCE], jwksUri: jwks.url, jwksCacheMaxAgeSec: 60 }] }).jwt[0]!;
      const auth = new JwtAuthenticator([cfg], { now: () => now });
      const token = await sign(key, { exp: Math.floor(now / 1000) + 3600 });
      ok(await auth.authenticate(token));
      assert.ok(!(auth.authenticate(token) instanceof Promise));
      now += 61_000;
      const again = auth.authenticate(token);
      assert.ok(again instanceof Promise, "past the JWKS cache age the token is verified afresh");
      ok(await again);
    } finally {
      await jwks.close();
    }
  });

  test("a refused token is never cached", async () => {
    const auth = new JwtAuthenticator([inline(key)]);
    const bad = await sign(key, { aud: "other" });
    refusedWith(await auth.authenticate(bad), "invalid_token");
    assert.equal(auth.cachedCount, 0);
  });
});

describe("ClientAuthenticator dispatch", () => {
  let store: SqliteStore;
  let key: SigningKey;
  let auth: ClientAuthenticator;
  before(async () => {
    store = await SqliteStore.open(":memory:");
    key = await signingKey("k1");
    auth = new ClientAuthenticator(
      new KeyAuthenticator(store.keys),
      new TokenAuthenticator(store.tokens, store.keys),
      new JwtAuthenticator([inline(key, { grants: { models: ["demo"] } })]),
    );
  });
  after(async () => {
    await store.close();
  });

  test("wg_ → gateway key, JWT shape → JWT, anything else → the key errors as before", async () => {
    const { key: gk } = await issueKey(store.keys, { principal: "svc", models: ["demo"] });
    assert.equal(ok(await auth.authenticate(gk, "127.0.0.1")).via, "gateway-key");
    assert.equal(ok(await auth.authenticate(await sign(key), "127.0.0.1")).via, "jwt");
    refusedWith(await auth.authenticate(undefined, "127.0.0.1"), "missing_api_key");
    refusedWith(await auth.authenticate("sk-proj-abc", "127.0.0.1"), "invalid_api_key");
    refusedWith(await auth.authenticate("wg_", "127.0.0.1"), "invalid_api_key");
    refusedWith(await auth.authenticate("wgt_123", "127.0.0.1"), "invalid_token", /Invalid gateway token/);
  });

  test("without configured issuers a JWT is refused outright", async () => {
    const none = new ClientAuthenticator(new KeyAuthenticator(store.keys), new TokenAuthenticator(store.tokens, store.keys), new JwtAuthenticator([]));
    refusedWith(await none.authenticate(await sign(key), "127.0.0.1"), "invalid_token", /no issuer is configured/);
  });
});

describe("auth config", () => {
  const parse = (entry: Record<string, unknown>) => authSchema.safeParse({ jwt: [{ name: "idp", issuer: ISSUER, audiences: [AUDIENCE], jwksUri: "https://idp.example.test/jwks", ...entry }] });
  const problems = (r: ReturnType<typeof parse>) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));

  test("defaults", () => {
    const r = parse({});
    assert.ok(r.success);
    const c = r.data.jwt[0]!;
    assert.deepEqual(c.algorithms, ["RS256", "ES256", "EdDSA"]);
    assert.equal(c.clockToleranceSec, 30);
    assert.equal(c.claims.principal, "sub");
    assert.equal(c.grants, undefined);
  });

  test("alg none and HS* are refused with the reason", () => {
    assert.match(problems(parse({ algorithms: ["RS256", "none"] })).join("\n"), /jwt\.0\.algorithms\.1: .*"none" is refused/);
    assert.match(problems(parse({ algorithms: ["HS256"] })).join("\n"), /jwt\.0\.algorithms\.0: .*shared secret is not an identity provider/);
  });

  test("jwksUri must be https, or http on localhost only", () => {
    assert.match(problems(parse({ jwksUri: "http://idp.example.test/jwks" })).join("\n"), /jwt\.0\.jwksUri: expected an https URL/);
    assert.ok(parse({ jwksUri: "http://127.0.0.1:9999/jwks" }).success);
    assert.ok(parse({ jwksUri: "http://localhost:9999/jwks" }).success);
  });

  test("exactly one of jwksUri or jwks; inline keys must be public", () => {
    assert.match(problems(parse({ jwks: { keys: [{ kty: "RSA", n: "x", e: "AQAB" }] } })).join("\n"), /exactly one of jwksUri or jwks/);
    assert.match(problems(parse({ jwksUri: undefined })).join("\n"), /exactly one of jwksUri or jwks/);
    assert.match(problems(parse({ jwksUri: undefined, jwks: { keys: [{ kty: "RSA", n: "x", e: "AQAB", d: "secret" }] } })).join("\n"), /jwks\.keys\.0\.d: expected a public key/);
    assert.match(problems(parse({ jwksUri: undefined, jwks: { keys: [{ kty: "oct", k: "c2VjcmV0" }] } })).join("\n"), /symmetric keys are refused/);
  });

  test("at least one audience; tenant and tenantClaim exclusive; duplicate issuers refused", () => {
    assert.match(problems(parse({ audiences: [] })).join("\n"), /jwt\.0\.audiences: expected at least one audience/);
    assert.match(problems(parse({ tenant: "a", tenantClaim: "org" })).join("\n"), /either tenant or tenantClaim/);
    const dup = authSchema.safeParse({
      jwt: [
        { name: "a", issuer: ISSUER, audiences: ["x"], jwksUri: "https://a.test/jwks" },
        { name: "b", issuer: ISSUER, audiences: ["y"], jwksUri: "https://b.test/jwks" },
      ],
    });
    assert.match(problems(dup).join("\n"), /jwt\.1\.issuer: duplicate issuer/);
  });

  test("unknown keys are errors (strict)", () => {
    assert.match(problems(parse({ audience: "x" })).join("\n"), /audience/);
  });
});

test("the README's auth example validates", async () => {
  const { readFileSync } = await import("node:fs");
  const { resolve } = await import("node:path");
  const { parse } = await import("yaml");
  const { parseConfig } = await import("../../src/config/load.js");
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Client authentication"), readme.indexOf("## Guard"));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(yaml, "README has a yaml block under Client authentication");
  const cfg = parseConfig(parse(yaml));
  const idp = cfg.auth.jwt[0]!;
  assert.equal(idp.issuer, "https://login.example.com/");
  assert.deepEqual(idp.algorithms, ["RS256", "ES256"]);
  assert.deepEqual(idp.claims, { principal: "email", team: "team", roles: "groups" });
  assert.deepEqual(idp.grants, { models: ["gpt-4o*"], routes: [] });
});
