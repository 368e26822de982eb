/** Export of audit events: JSON Lines as stored, and the OCSF 1.x mapping per kind. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { exportLine, exportStream, parseSince, toOcsf } from "../../src/audit/export.js";
import { canonicalize } from "../../src/audit/jcs.js";

const AT = "2026-11-26T06:00:00.000Z";
const admin = (action: string, outcome: string, extra: Record<string, unknown> = {}) =>
  ({ v: 1, seq: 7, at: AT, tenant: "acme", kind: `admin.${action}`, actor: "acc_1", action, target: "acc_2", outcome, ip: "203.0.113.9", detail: { factor: "password" }, adminSeq: 3, ...extra });
const request = {
  v: 1,
  seq: 42,
  at: AT,
  tenant: "acme",
  kind: "gateway.request",
  reqId: "req_abc",
  actor: { principal: "svc-billing", via: "gateway-key", keyId: "key_1", team: "eng" },
  client: { ip: "198.51.100.4" },
  endpoint: "chat.completions",
  model: "gpt-4o-mini",
  status: 403,
  outcome: "denied",
  code: "policy_denied",
  usage: { prompt: 10, completion: 0, total: 10 },
  reasons: [{ source: "policy:key-grants", verdict: "deny", message: "model not granted" }],
};

describe("OCSF mapping", () => {
  test("admin sign-in is Authentication [3002] Logon, with its status, time, actor and source", () => {
    const e = toOcsf(admin("auth.login", "success"));
    assert.equal(e.class_uid, 3002);
    assert.equal(e.category_uid, 3);
    assert.equal(e.activity_id, 1);
    assert.equal(e.type_uid, 300201);
    assert.equal(e.status_id, 1);
    assert.equal(e.severity_id, 1);
    assert.equal(e.time, Date.parse(AT));
    assert.deepEqual(e.actor, { user: { uid: "acc_1", type: "Admin" } });
    assert.deepEqual(e.src_endpoint, { ip: "203.0.113.9" });
    const metadata = e.metadata as Record<string, unknown>;
    assert.deepEqual(metadata.product, { name: "Wardgate", vendor_name: "Wardgate" });
    assert.equal(metadata.uid, "7");
    assert.equal(metadata.version, "1.3.0");
    assert.deepEqual(e.unmapped, { detail: { factor: "password" }, adminSeq: 3, target: "acc_2" });
  });

  test("a failed sign-in is a Failure of medium severity; logout is Logoff", () => {
    const failed = toOcsf(admin("auth.login", "failure"));
    assert.equal(failed.status_id, 2);
    assert.equal(failed.severity_id, 3);
    assert.equal(toOcsf(admin("auth.logout-all", "success")).activity_id, 2);
    assert.equal(toOcsf(admin("auth.lockout", "success")).activity_id, 99);
  });

  test("account changes are Account Change [3001]", () => {
    assert.deepEqual([toOcsf(admin("admins.create", "success")).class_uid, toOcsf(admin("admins.create", "success")).activity_id], [3001, 1]);
    assert.equal(toOcsf(admin("admins.disable", "success")).activity_id, 5);
    assert.equal(toOcsf(admin("auth.totp-enroll", "success")).class_uid, 3001);
    assert.equal(toOcsf(admin("auth.totp-enroll", "success")).activity_id, 10);
    assert.equal(toOcsf(admin("principals.update", "success")).class_uid, 3001);
  });

  test("other admin actions are API Activity [6003] with the verb's activity", () => {
    const e = toOcsf(admin("keys.revoke", "denied"));
    assert.equal(e.class_uid, 6003);
    assert.equal(e.category_uid, 6);
    assert.equal(e.activity_id, 4);
    assert.equal(e.status_id, 2);
    assert.deepEqual(e.api, { operation: "keys.revoke", service: { name: "wardgate-admin" } });
    assert.equal(toOcsf(admin("keys.create", "success")).activity_id, 1);
    assert.equal(toOcsf(admin("events.export", "success")).activity_id, 2);
    assert.equal(toOcsf(admin("kill-switches.engage", "success")).activity_id, 1);
    assert.equal(toOcsf(admin("toString", "success")).class_uid, 6003);
  });

  test("a gateway request is API Activity [6003] with the request, response and caller", () => {
    const e = toOcsf(request);
    assert.equal(e.class_uid, 6003);
    assert.equal(e.type_uid, 600302);
    assert.equal(e.status_id, 2);
    assert.deepEqual(e.api, { operation: "chat.completions", service: { name: "gpt-4o-mini" }, request: { uid: "req_abc" }, response: { code: 403, error: "policy_denied" } });
    assert.deepEqual(e.src_endpoint, { ip: "198.51.100.4" });
    const actor = e.actor as { user: Record<string, unknown> };
    assert.equal(actor.user.uid, "svc-billing");
    assert.equal(actor.user.credential_uid, "key_1");
    assert.deepEqual(e.unmapped, { client: request.client, usage: request.usage, reasons: request.reasons });
    assert.equal(toOcsf({ ...request, status: 200, outcome: "ok" }).status_id, 1, "the gateway's outcome for a served request");
    assert.equal(toOcsf({ ...request, status: 502, outcome: "upstream_error" }).status_id, 2);
    assert.equal(toOcsf({ ...request, status: 200, outcome: "client_closed" }).status_id, 2);
    assert.deepEqual(toOcsf({ ...request, client: "192.0.2.1" }).src_endpoint, { ip: "192.0.2.1" });
  });

  test("an event of an unknown kind still maps, with an unknown status", () => {
    const e = toOcsf({ v: 1, seq: 1, at: AT, tenant: "acme", kind: "audit.gap", lost: 12 });
    assert.equal(e.class_uid, 6003);
    assert.equal(e.activity_id, 99);
    assert.equal(e.status_id, 0);
    assert.deepEqual(e.unmapped, { lost: 12 });
  });
});

describe("export stream", () => {
  test("jsonl lines are the stored canonical text, byte for byte", async () => {
    const bodies = [canonicalize(request), canonicalize(admin("auth.login", "success"))];
    let out = "";
    for await (const chunk of exportStream(bodies.map((body) => ({ body })), "jsonl", 1)) out += chunk;
    assert.equal(out, `${bodies[0]}\n${bodies[1]}\n`);
  });

  test("ocsf lines are one JSON object each", async () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({ body: canonicalize({ ...request, seq: i }) }));
    const chunks: string[] = [];
    for await (const chunk of exportStream(rows, "ocsf")) chunks.push(chunk);
    assert.equal(chunks.length, 3);
    const lines = chunks.join("").trimEnd().split("\n");
    assert.equal(lines.length, 600);
    assert.equal(JSON.parse(lines[599]!).metadata.uid, "599");
    assert.throws(() => exportLine("not json", "ocsf"));
  });
});

describe("parseSince", () => {
  const now = Date.parse(AT);
  test("durations back from now and ISO times", () => {
    assert.equal(parseSince("24h", now), "2026-11-25T06:00:00.000Z");
    assert.equal(parseSince("15m", now), "2026-11-26T05:45:00.000Z");
    assert.equal(parseSince("7d", now), "2026-11-19T06:00:00.000Z");
    assert.equal(parseSince("2026-11-01", now), "2026-11-01T00:00:00.000Z");
  });
  test("anything else is refused", () => {
    for (const bad of ["yesterday", "24", "-1h", "2026-13-45", ""]) assert.equal(parseSince(bad, now), undefined, bad);
  });
});
