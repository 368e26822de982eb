/**
 * JWT bearer tokens end to end: a real gateway configured with an issuer
 * whose JWKS is served over HTTP on 127.0.0.1, called with the official
 * openai client passing the JWT as its apiKey.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { request } from "undici";
import { AUDIENCE, ISSUER, type JwksServer, type SigningKey, sign, signingKey, startJwksServer } from "../fixtures/jwt-issuer.js";
import { startGateway, type TestGateway } from "./harness.js";

let jwks: JwksServer;
let idpKey: SigningKey;
let gw: TestGateway;

const client = (apiKey: string) => new OpenAI({ apiKey, baseURL: `${gw.url}/v1`, maxRetries: 0 });
const ask = (apiKey: string, model = "demo") => client(apiKey).chat.completions.create({ model, messages: [{ role: "user", content: "Hello there" }] });

before(async () => {
  idpKey = await signingKey("idp-1");
  jwks = await startJwksServer([idpKey]);
  gw = await startGateway({
    providers: { demo: { type: "demo" } },
    models: [
      { name: "demo", provider: "demo" },
      { name: "demo-2", provider: "demo" },
    ],
    auth: {
      jwt: [
        {
          name: "test-idp",
          issuer: ISSUER,
          audiences: [AUDIENCE],
          jwksUri: jwks.url,
          jwksCooldownSec: 0,
          claims: { team: "team", roles: "roles" },
          grants: { models: ["demo"] },
        },
      ],
    },
  });
});

after(async () => {
  await gw.close();
  await jwks.close();
});

describe("JWT bearer tokens through the openai client", () => {
  test("a valid JWT calls the demo model; the request log names the principal", async () => {
    const token = await sign(idpKey, { sub: "alice@example.com", team: "eng", roles: ["analyst"] });
    const r = await ask(token);
    assert.equal(r.object, "chat.completion");
    assert.match(r.choices[0]!.message.content ?? "", /Hello there/);
    // Cached now: a second call with the same token works without a new verification.
    assert.equal((await ask(token)).object, "chat.completion");
    const log = await gw.logText();
    const lines = log.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const mine = lines.filter((l) => l.principal === "alice@example.com");
    assert.equal(mine.length, 2);
    assert.equal(mine[0]!.status, 200);
    assert.equal(mine[0]!.grant, "policy:rule/default:credential-grants (model:demo)", "the implicit policy allowed it, within the JWT issuer's grants");
    assert.equal(mine[0]!.via, "jwt");
    assert.equal(mine[0]!.tenant, "default");
    assert.equal(mine[0]!.keyId, undefined);
    assert.ok(!log.includes(token.split(".")[2]!), "the token never reaches the log");
  });

  test("a model outside the issuer's grants → 403 model_not_granted", async () => {
    const token = await sign(idpKey, { sub: "alice@example.com" });
    await assert.rejects(ask(token, "demo-2"), (err: unknown) => {
      assert.ok(err instanceof OpenAI.PermissionDeniedError);
      assert.equal(err.code, "model_not_granted");
      assert.match(err.message, /Missing grant: model:demo-2/);
      return true;
    });
  });

  test("/v1/models lists only what the issuer grants", async () => {
    const token = await sign(idpKey);
    const list = await client(token).models.list();
    assert.deepEqual(
      list.data.map((m) => m.id),
      ["demo"],
    );
  });

  for (const [name, claims, message] of [
    ["expired", { exp: Math.floor(Date.now() / 1000) - 3600 }, /expired \(exp\)/],
    ["wrong audience", { aud: "someone-else" }, /audience \(aud\)/],
    ["unknown issuer", { iss: "https://evil.example/" }, /issuer \(iss\) is not trusted/],
  ] as const) {
    test(`${name} → 401 invalid_token, OpenAI-shaped, with the reason`, async () => {
      const token = await sign(idpKey, claims);
      await assert.rejects(ask(token), (err: unknown) => {
        assert.ok(err instanceof OpenAI.AuthenticationError, String(err));
        assert.equal(err.status, 401);
        assert.equal(err.code, "invalid_token");
        assert.equal((err.error as { type?: string }).type, "authentication_error");
        assert.match(err.message, message);
        return true;
      });
    });
  }

  test("the issuer rotates its signing key: tokens with the new kid are accepted without a restart", async () => {
    const next = await signingKey("idp-2");
    const token = await sign(next, { sub: "bob" });
    await assert.rejects(ask(token), (err: unknown) => err instanceof OpenAI.AuthenticationError && /kid/.test(err.message));
    jwks.serve([idpKey, next]);
    assert.equal((await ask(token)).object, "chat.completion");
    jwks.serve([next]); // old key withdrawn
    assert.equal((await ask(await sign(next, { sub: "carol" }))).object, "chat.completion");
  });

  test("a JWT cannot mint short-lived tokens (gateway key only)", async () => {
    const token = await sign(idpKey);
    const res = await request(`${gw.url}/v1/wardgate/tokens`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{}",
    });
    const body = (await res.body.json()) as { error: { code: string; type: string } };
    assert.equal(res.statusCode, 403);
    assert.equal(body.error.code, "gateway_key_required");
    assert.equal(body.error.type, "permission_error");
  });

  test("gateway keys keep working next to JWTs", async () => {
    const key = await gw.issue({ models: ["demo"] });
    assert.equal((await ask(key)).object, "chat.completion");
  });
});
