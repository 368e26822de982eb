/**
 * Every JWT attack the gateway must refuse, each its own test, against a
 * real issuer: key pairs made here, the JWKS served over HTTP on 127.0.0.1.
 * Each refusal is a 401 `invalid_token` whose message names the failed check
 * and never echoes the token.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { exportSPKI, SignJWT } from "jose";
import { authSchema, type JwtIssuerConfig } from "../../src/config/auth-schema.js";
import type { AuthResult } from "../../src/identity/authenticator.js";
import { JwtAuthenticator } from "../../src/identity/jwt.js";
import { AUDIENCE, b64u, ISSUER, type JwksServer, type SigningKey, sign, signingKey, startJwksServer } from "../fixtures/jwt-issuer.js";

function issuerConfig(jwksUri: string, extra: Record<string, unknown> = {}): JwtIssuerConfig {
  return authSchema.parse({ jwt: [{ name: "idp", issuer: ISSUER, audiences: [AUDIENCE], jwksUri, jwksCooldownSec: 0, ...extra }] }).jwt[0]!;
}

async function refused(r: AuthResult | Promise<AuthResult>, message: RegExp, token: string) {
  const res = await r;
  assert.equal(res.ok, false, "expected the token to be refused");
  if (res.ok) return;
  assert.equal(res.denial.status, 401);
  assert.equal(res.denial.type, "authentication_error");
  assert.equal(res.denial.code, "invalid_token");
  assert.match(res.denial.message, message);
  assert.equal(res.denial.reasons[0]?.source, "identity:jwt");
  const [h, p, s] = token.split(".");
  for (const part of [h, p, s]) if (part && part.length > 8) assert.ok(!res.denial.message.includes(part), "the message must not echo the token");
}

describe("JWT attacks are refused", () => {
  let jwks: JwksServer;
  let good: SigningKey;
  let auth: JwtAuthenticator;

  before(async () => {
    good = await signingKey("k1");
    jwks = await startJwksServer([good]);
    auth = new JwtAuthenticator([issuerConfig(jwks.url)]);
  });
  after(async () => {
    await jwks.close();
  });

  test("control: a well-formed token from the issuer is accepted", async () => {
    const r = await auth.authenticate(await sign(good));
    assert.ok(r.ok, r.ok ? "" : r.denial.message);
    assert.equal(r.principal.id, "alice");
    assert.equal(r.principal.via, "jwt");
  });

  test("wrong audience", async () => {
    const t = await sign(good, { aud: "some-other-api" });
    await refused(auth.authenticate(t), /audience \(aud\)/, t);
  });

  test("missing audience", async () => {
    const t = await sign(good, { aud: undefined });
    await refused(auth.authenticate(t), /"aud" claim is missing|audience/, t);
  });

  test("wrong issuer (not configured)", async () => {
    const t = await sign(good, { iss: "https://evil.example/" });
    await refused(auth.authenticate(t), /issuer \(iss\) is not trusted/, t);
  });

  test("the configured issuer's name on a token signed by someone else's key (same kid)", async () => {
    const forger = await signingKey("k1");
    const t = await sign(forger);
    await refused(auth.authenticate(t), /signature does not verify/, t);
  });

  test("expired", async () => {
    const now = Math.floor(Date.now() / 1000);
    const t = await sign(good, { iat: now - 600, exp: now - 120 });
    await refused(auth.authenticate(t), /expired \(exp\)/, t);
  });

  test("expired, but within the clock tolerance, is still accepted (tolerance 30 s)", async () => {
    const now = Math.floor(Date.now() / 1000);
    const r = await auth.authenticate(await sign(good, { exp: now - 10 }));
    assert.ok(r.ok);
  });

  test("not yet valid (nbf in the future)", async () => {
    const now = Math.floor(Date.now() / 1000);
    const t = await sign(good, { nbf: now + 600 });
    await refused(auth.authenticate(t), /not valid yet \(nbf\)/, t);
  });

  test("alg: none (unsigned)", async () => {
    const now = Math.floor(Date.now() / 1000);
    const t = `${b64u({ alg: "none", typ: "JWT", kid: "k1" })}.${b64u({ iss: ISSUER, aud: AUDIENCE, sub: "alice", exp: now + 300 })}.`;
    await refused(auth.authenticate(t), /algorithm \(alg\) is not allowed/, t);
  });

  test("HS256 signed with the issuer's RS256 public key as the HMAC secret", async () => {
    const pem = await exportSPKI(good.publicKey);
    const now = Math.floor(Date.now() / 1000);
    for (const secret of [pem, pem.trim(), JSON.stringify(good.jwk)]) {
      const t = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: "alice", exp: now + 300 })
        .setProtectedHeader({ alg: "HS256", kid: "k1" })
        .sign(new TextEncoder().encode(secret));
      await refused(auth.authenticate(t), /algorithm \(alg\) is not allowed/, t);
    }
  });

  test("unknown kid is refused; after the issuer rotates to that key it is accepted", async () => {
    const next = await signingKey("k2");
    const t = await sign(next);
    await refused(auth.authenticate(t), /No signing key .* matches the token \(kid\)/, t);
    const before = jwks.fetches;
    jwks.serve([good, next]); // the issuer publishes its new key
    const r = await auth.authenticate(t);
    assert.ok(r.ok, r.ok ? "" : r.denial.message);
    assert.ok(jwks.fetches > before, "the unknown kid made the gateway refetch the JWKS");
    // Tokens signed with the old key still verify while the issuer publishes it.
    assert.ok((await auth.authenticate(await sign(good, { sub: "bob" }))).ok);
  });

  test("an unknown kid refetches at most once per cooldown", async () => {
    const slow = new JwtAuthenticator([issuerConfig(jwks.url, { jwksCooldownSec: 300 })]);
    assert.ok((await slow.authenticate(await sign(good))).ok); // first fetch
    const before = jwks.fetches;
    for (let i = 0; i < 5; i++) {
      const t = await sign(await signingKey(`junk-${i}`));
      await refused(slow.authenticate(t), /kid/, t);
    }
    assert.ok(jwks.fetches - before <= 1, `expected at most one refetch, got ${jwks.fetches - before}`);
  });

  test("tampered payload (signature of the original kept)", async () => {
    const t = await sign(good, { sub: "alice" });
    const [h, , s] = t.split(".");
    const now = Math.floor(Date.now() / 1000);
    const forged = `${h}.${b64u({ iss: ISSUER, aud: AUDIENCE, sub: "admin", iat: now, exp: now + 300 })}.${s}`;
    await refused(auth.authenticate(forged), /signature does not verify/, forged);
  });

  test("tampered header (kid switched)", async () => {
    const t = await sign(good);
    const [, p, s] = t.split(".");
    const forged = `${b64u({ alg: "RS256", kid: "k2" })}.${p}.${s}`;
    await refused(auth.authenticate(forged), /signature|kid/, forged);
  });

  test("missing exp", async () => {
    const t = await sign(good, { exp: undefined });
    await refused(auth.authenticate(t), /no expiry \(exp\)/, t);
  });

  test("an algorithm the issuer is not configured for (ES256 key, issuer allows RS256 only)", async () => {
    const ec = await signingKey("ec1", "ES256");
    jwks.serve([good, ec]);
    const strict = new JwtAuthenticator([issuerConfig(jwks.url, { algorithms: ["RS256"] })]);
    const t = await sign(ec);
    await refused(strict.authenticate(t), /algorithm \(alg\) is not allowed; expected one of RS256/, t);
    jwks.serve([good]);
  });

  test("garbage in JWT shape", async () => {
    for (const t of ["a.b.c", `${b64u("not json")}.${b64u({})}.x`, `${b64u({ alg: "RS256" })}.${b64u("[1]")}.x`]) {
      await refused(auth.authenticate(t), /not a well-formed JWT|issuer/, t);
    }
  });

  test("the JWKS endpoint failing refuses the token with 503 and no URL in the message", async () => {
    const fresh = new JwtAuthenticator([issuerConfig(jwks.url)]);
    jwks.fail(true);
    try {
      const r = await fresh.authenticate(await sign(good));
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.denial.status, 503);
      assert.equal(r.denial.code, "jwks_unavailable");
      assert.ok(!r.denial.message.includes("127.0.0.1"), "no upstream address in the error");
    } finally {
      jwks.fail(false);
    }
  });
});
