/**
 * /admin/v1/audit over real HTTP: a tenant's events only, checkpoints, and
 * proofs that verify against the signed checkpoints with the RFC 9162
 * verifiers (so a client needs nothing but the verifier key to check them).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { generateSigner, parseVerifierKey, signCheckpoint, verifyCheckpoint } from "../../src/audit/checkpoint.js";
import { hashLeaf, verifyConsistency, verifyInclusion } from "../../src/audit/merkle.js";
import { type AdminClient, enrol, type Harness, makeAdmin, signIn, startHarness } from "./helpers.js";

const ORIGIN = "wardgate.test/audit";
const signer = generateSigner(ORIGIN);
const verifier = parseVerifierKey(signer.verifierKey());
const b64 = (s: string) => Buffer.from(s, "base64");

describe("admin audit API", () => {
  let h: Harness;
  let auditor: AdminClient;
  let keyManager: AdminClient;
  /** Indexes of the "default" tenant's gateway events, and of another tenant's. */
  const ours: number[] = [];
  const theirs: number[] = [];

  async function checkpoint(): Promise<number> {
    const { size, root } = await h.store.audit.state();
    await h.store.audit.addCheckpoint({ size, root, at: new Date().toISOString(), note: signCheckpoint({ origin: ORIGIN, size, root }, signer) });
    return size;
  }

  before(async () => {
    h = await startHarness();
    await makeAdmin(h, "auditor@example.com", "auditor");
    await makeAdmin(h, "keys@example.com", "key-manager");
    auditor = await signIn(h, "auditor@example.com", (await enrol(h, "auditor@example.com")).secret);
    keyManager = await signIn(h, "keys@example.com", (await enrol(h, "keys@example.com")).secret);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5; i++) {
        const tenant = i % 2 ? "other" : "default";
        const { size } = await h.store.audit.append([{ kind: "gateway.request", tenant, reqId: `r${round}-${i}`, status: 200 }]);
        (tenant === "default" ? ours : theirs).push(size - 1);
      }
      await checkpoint();
    }
  });
  after(() => h.close());

  test("events: only this tenant's, in log order, with the canonical body and its leaf hash", async () => {
    const r = await auditor.get("/audit/events?kind=gateway.request&limit=1000");
    assert.equal(r.status, 200, r.text);
    const events = r.body.events as { idx: number; body: string; leafHash: string; kind: string }[];
    assert.deepEqual(events.map((e) => e.idx), ours);
    for (const e of events) {
      assert.deepEqual(b64(e.leafHash), hashLeaf(Buffer.from(e.body)));
      assert.equal(JSON.parse(e.body).tenant, "default");
    }
    const page = await auditor.get(`/audit/events?kind=gateway.request&after=${ours[1]}&limit=2`);
    assert.deepEqual(page.body.events.map((e: { idx: number }) => e.idx), ours.slice(2, 4));
    assert.equal((await auditor.get("/audit/events?limit=0")).status, 400);
    assert.equal((await auditor.get("/audit/events?tenant=other")).status, 400, "no way to ask for another tenant");
  });

  test("checkpoints: in size order, signed; latest", async () => {
    const list = await auditor.get("/audit/checkpoints");
    assert.equal(list.status, 200);
    const sizes = list.body.checkpoints.map((c: { size: number }) => c.size);
    assert.deepEqual(sizes, [...sizes].sort((a: number, b: number) => a - b));
    for (const c of list.body.checkpoints) assert.equal(verifyCheckpoint(c.note, [verifier], ORIGIN).size, c.size);
    const latest = await auditor.get("/audit/checkpoints/latest");
    assert.equal(latest.body.size, sizes.at(-1));
    const after = await auditor.get(`/audit/checkpoints?after=${sizes.at(-2)}`);
    assert.deepEqual(after.body.checkpoints.map((c: { size: number }) => c.size), [sizes.at(-1)]);
  });

  test("inclusion proof of one of our events verifies against the latest signed checkpoint", async () => {
    const latest = (await auditor.get("/audit/checkpoints/latest")).body;
    const cp = verifyCheckpoint(latest.note, [verifier], ORIGIN);
    for (const index of [ours[0]!, ours.at(-1)!]) {
      const r = await auditor.get(`/audit/proofs/inclusion?index=${index}`);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.size, cp.size);
      assert.equal(r.body.checkpoint, latest.note);
      assert.ok(verifyInclusion(b64(r.body.leafHash), index, cp.size, r.body.proof.map(b64), cp.root));
    }
    // Against an earlier checkpoint's size.
    const first = (await auditor.get("/audit/checkpoints")).body.checkpoints[0];
    const early = await auditor.get(`/audit/proofs/inclusion?index=${ours[0]}&size=${first.size}`);
    assert.ok(verifyInclusion(b64(early.body.leafHash), ours[0]!, first.size, early.body.proof.map(b64), b64(first.root)));
  });

  test("another tenant's event is not found, whether or not it exists; bad sizes are refused", async () => {
    const theirsProof = await auditor.get(`/audit/proofs/inclusion?index=${theirs[0]}`);
    assert.equal(theirsProof.status, 404);
    assert.equal(theirsProof.body.error.code, "not_found");
    assert.equal((await auditor.get("/audit/proofs/inclusion?index=999999")).status, 404);
    assert.equal((await auditor.get(`/audit/proofs/inclusion?index=${ours.at(-1)}&size=${ours.at(-1)}`)).status, 400);
    assert.equal((await auditor.get(`/audit/proofs/inclusion?index=${ours[0]}&size=999999`)).status, 400);
    assert.equal((await auditor.get("/audit/proofs/inclusion")).status, 400);
    assert.equal((await auditor.get("/audit/proofs/inclusion?index=-1")).status, 400);
  });

  test("consistency proof between two signed checkpoints verifies; after more appends too", async () => {
    const [a, b] = (await auditor.get("/audit/checkpoints")).body.checkpoints as { size: number; root: string }[];
    const r = await auditor.get(`/audit/proofs/consistency?from=${a!.size}&to=${b!.size}`);
    assert.equal(r.status, 200, r.text);
    assert.ok(verifyConsistency(a!.size, b!.size, b64(a!.root), b64(b!.root), r.body.proof.map(b64)));
    // The log grows; the served tree is extended with the new leaves.
    await h.store.audit.append([{ kind: "gateway.request", tenant: "default", reqId: "late" }]);
    const size = await checkpoint();
    const latest = (await auditor.get("/audit/checkpoints/latest")).body;
    assert.equal(latest.size, size);
    const grown = await auditor.get(`/audit/proofs/consistency?from=${a!.size}`);
    assert.equal(grown.body.to, size);
    assert.ok(verifyConsistency(a!.size, size, b64(a!.root), b64(latest.root), grown.body.proof.map(b64)));
    assert.equal((await auditor.get(`/audit/proofs/consistency?from=${size + 1}`)).status, 400);
  });

  test("a role without audit:read is refused", async () => {
    for (const path of ["/audit/events", "/audit/checkpoints", "/audit/checkpoints/latest", "/audit/proofs/consistency?from=1", `/audit/proofs/inclusion?index=${ours[0]}`]) {
      const r = await keyManager.get(path);
      assert.equal(r.status, 403, path);
      assert.equal(r.body.error.code, "permission_denied");
    }
  });
});
