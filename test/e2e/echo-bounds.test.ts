/**
 * Caller-supplied strings are bounded before they reach the error body, the
 * request log and the audit event (issue 13: a 921 KB model name from a key
 * with no grants made a 2.7 MB audit row, a 922 KB log line and a 1.8 MB
 * error body). Each attack sends one huge value where the gateway echoes it
 * and checks the size of all three outputs.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import { sign, signingKey } from "../fixtures/jwt-issuer.js";
import { startGateway, type TestGateway } from "./harness.js";

/** Upper bounds: far above any legitimate line, far below the attack's size. */
const MAX_ERROR_BODY = 4096;
const MAX_LOG_LINE = 4096;
const MAX_AUDIT_EVENT = 8192;

let gw: TestGateway;
let noGrants: string;
let demoKey: string;
let idp: Awaited<ReturnType<typeof signingKey>>;

before(async () => {
  idp = await signingKey("idp-echo");
  gw = await startGateway({
    providers: { demo: { type: "demo" }, scoring: { type: "http", baseUrl: "http://127.0.0.1:1" } },
    models: [{ name: "demo", provider: "demo" }],
    routes: [{ name: "score", provider: "scoring", methods: ["POST"] }],
    auth: {
      jwt: [{ name: "idp", issuer: "https://idp.example.test/", audiences: ["wardgate"], jwks: { keys: [idp.jwk] }, claims: { team: "team", roles: "roles" } }],
    },
    policies: [
      { id: "keys-demo", subjects: ["via:gateway-key"], actions: ["invoke", "use-tool"], resources: ["model:demo", "tool:lookup"] },
      { id: "eng-demo", subjects: ["team:eng"], actions: ["invoke"], resources: ["model:demo"] },
    ],
  });
  noGrants = await gw.issue({ models: [] });
  demoKey = await gw.issue({ models: ["demo"] });
});

after(async () => {
  await gw.close();
});

/** A string of `n` characters that is not a repetition of one character (no trivial compression, varied code points). */
function huge(n: number, seed = 1, ascii = false): string {
  let s = "";
  let x = seed;
  while (s.length < n) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += String.fromCharCode(97 + (x % 26)) + (ascii ? "" : (x % 7 === 0 ? "é" : "") + (x % 11 === 0 ? "😀" : ""));
  }
  return s.slice(0, n);
}

interface Sent {
  status: number;
  body: string;
  reqId: string;
}

async function send(method: "GET" | "POST", path: string, credential: string, body?: unknown, headers: Record<string, string> = {}): Promise<Sent> {
  const res = await request(`${gw.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${credential}`, ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.body.text();
  return { status: res.statusCode, body: text, reqId: String(res.headers["x-request-id"]) };
}

/** The request's log line and audit event, found by its request id. */
async function outputsOf(reqId: string): Promise<{ line: string; event: string }> {
  await gw.gw.auditLog!.flush();
  const line = (await gw.logText()).split("\n").find((l) => l.includes(`"reqId":"${reqId}"`));
  assert.ok(line, `no log line for ${reqId}`);
  let event: string | undefined;
  for await (const r of gw.store.audit.scan()) if (r.body.includes(`"reqId":"${reqId}"`)) event = r.body;
  assert.ok(event, `no audit event for ${reqId}`);
  return { line, event };
}

async function assertBounded(r: Sent, status: number, attack: string): Promise<void> {
  assert.equal(r.status, status, r.body.slice(0, 300));
  assert.ok(Buffer.byteLength(r.body) <= MAX_ERROR_BODY, `error body of ${Buffer.byteLength(r.body)} bytes echoes the ${attack}`);
  JSON.parse(r.body); // still one well-formed error
  const { line, event } = await outputsOf(r.reqId);
  assert.ok(Buffer.byteLength(line) <= MAX_LOG_LINE, `log line of ${Buffer.byteLength(line)} bytes echoes the ${attack}`);
  assert.ok(Buffer.byteLength(event) <= MAX_AUDIT_EVENT, `audit event of ${Buffer.byteLength(event)} bytes echoes the ${attack}`);
  JSON.parse(line);
  JSON.parse(event);
}

describe("caller-supplied strings are bounded in errors, logs and audit events", () => {
  test("a 700 KB model name from a key with no grants", async () => {
    const model = huge(700_000);
    const r = await send("POST", "/v1/chat/completions", noGrants, { model, messages: [{ role: "user", content: "hi" }] });
    await assertBounded(r, 403, "model name");
    const err = JSON.parse(r.body).error as { message: string };
    assert.ok(err.message.includes(model.slice(0, 50)), "the start of the name is still shown");
    assert.match(err.message, /700000/, "the marker gives the original length");
  });

  test("a 700 KB model name that no model has, from a key that may call any", async () => {
    const any = await gw.issue({ models: ["*"] });
    const r = await send("POST", "/v1/chat/completions", any, { model: huge(700_000, 2), messages: [{ role: "user", content: "hi" }] });
    assert.ok(r.status === 403 || r.status === 404, r.body.slice(0, 200));
    await assertBounded(r, r.status, "model name");
  });

  test("a 500 KB tool name", async () => {
    const tools = [{ type: "function", function: { name: huge(500_000, 3), parameters: { type: "object" } } }];
    const r = await send("POST", "/v1/chat/completions", demoKey, { model: "demo", messages: [{ role: "user", content: "hi" }], tools });
    await assertBounded(r, 403, "tool name");
  });

  test("a 4,000-character model id in the URL (12 KB encoded)", async () => {
    const r = await send("GET", `/v1/models/${encodeURIComponent(huge(4_000, 4))}`, noGrants);
    await assertBounded(r, 404, "path");
  });

  test("a 12 KB unknown path, and an unknown route name", async () => {
    await assertBounded(await send("POST", `/v1/${huge(12_000, 5, true)}`, demoKey, {}), 404, "path");
    await assertBounded(await send("POST", `/inference/${huge(12_000, 6, true)}/x`, demoKey, {}), 404, "route name");
  });

  test("a JWT whose team and roles claims fill the header", async () => {
    const token = await sign(idp, { iss: "https://idp.example.test/", aud: "wardgate", sub: huge(256, 7), team: huge(5_000, 8), roles: [huge(2_000, 9), huge(2_000, 10)] });
    const r = await send("POST", "/v1/chat/completions", token, { model: "demo", messages: [{ role: "user", content: "hi" }] });
    await assertBounded(r, 403, "JWT claims");
  });

  test("an 8 KB classification header is refused without echoing it", async () => {
    const r = await send("POST", "/v1/chat/completions", demoKey, { model: "demo", messages: [{ role: "user", content: "hi" }] }, { "x-wardgate-classification": huge(8_000, 11, true) });
    await assertBounded(r, 400, "header");
  });
});
