/**
 * verifyLog over rows in memory: a clean log passes, and every kind of
 * tampering is reported with the index (or index range) where it is.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { generateSigner, parseVerifierKey, signCheckpoint } from "../../src/audit/checkpoint.js";
import { canonicalize } from "../../src/audit/jcs.js";
import { Frontier, hashLeaf } from "../../src/audit/merkle.js";
import { type ProblemKind, readSeq, type VerifyCheckpoint, type VerifyInput, type VerifyRow, verifyLog } from "../../src/audit/verify.js";

const ORIGIN = "wardgate.test/audit";
const signer = generateSigner(ORIGIN);
const verifiers = [parseVerifierKey(signer.verifierKey())];
const N = 20;
const EVERY = 5;

const body = (seq: number, extra: Record<string, unknown> = {}) =>
  canonicalize({ v: 1, seq, at: new Date(1_764_000_000_000 + seq).toISOString(), tenant: "acme", kind: "gateway.request", status: 200, ...extra });
const row = (idx: number, text: string): VerifyRow => ({ idx, body: text, leafHash: hashLeaf(Buffer.from(text)) });

/** A clean log of N events with a checkpoint every EVERY events. */
function cleanLog(): { rows: VerifyRow[]; checkpoints: VerifyCheckpoint[]; notes: Map<number, string> } {
  const rows = Array.from({ length: N }, (_, i) => row(i, body(i)));
  const frontier = new Frontier();
  const checkpoints: VerifyCheckpoint[] = [];
  const notes = new Map<number, string>();
  for (const r of rows) {
    frontier.append(r.leafHash);
    if (frontier.size % EVERY === 0) {
      const root = frontier.root();
      const note = signCheckpoint({ origin: ORIGIN, size: frontier.size, root }, signer);
      checkpoints.push({ size: frontier.size, root, note });
      notes.set(frontier.size, note);
    }
  }
  return { rows, checkpoints, notes };
}

async function verify(rows: VerifyRow[], checkpoints: VerifyCheckpoint[], extra: Partial<VerifyInput> = {}) {
  async function* stream() {
    for (const r of rows) yield r;
  }
  return verifyLog({ rows: stream(), checkpoints, stateSize: N, verifiers, origin: ORIGIN, ...extra });
}

const kinds = (problems: { kind: ProblemKind; index?: number; lastIndex?: number; size?: number }[]) =>
  problems.map((p) => `${p.kind}@${p.index ?? ""}${p.lastIndex !== undefined && p.lastIndex !== p.index ? `..${p.lastIndex}` : ""}${p.size !== undefined ? `#${p.size}` : ""}`);

describe("verifyLog", () => {
  test("a clean log verifies, with every checkpoint", async () => {
    const { rows, checkpoints } = cleanLog();
    const report = await verify(rows, checkpoints);
    assert.deepEqual(report.problems, []);
    assert.equal(report.ok, true);
    assert.equal(report.rows, N);
    assert.deepEqual(report.checkpoints, { total: 4, verified: 4, latest: { size: 20, root: Buffer.from(checkpoints[3]!.root).toString("hex") } });
    assert.equal(report.root, Buffer.from(checkpoints[3]!.root).toString("hex"));
  });

  test("the empty log verifies", async () => {
    const report = await verifyLog({ rows: [], checkpoints: [], stateSize: 0, verifiers, origin: ORIGIN });
    assert.equal(report.ok, true);
  });

  test("a body edited without its leaf hash: modified at that index", async () => {
    const { rows, checkpoints } = cleanLog();
    rows[7] = { ...rows[7]!, body: body(7, { status: 403 }) };
    const report = await verify(rows, checkpoints);
    assert.equal(report.ok, false);
    assert.deepEqual(kinds(report.problems), ["checkpoint-root@5..9#10", "modified@7"]);
  });

  test("a body edited with its leaf hash rewritten: modified, located to the range between checkpoints", async () => {
    const { rows, checkpoints } = cleanLog();
    rows[12] = row(12, body(12, { status: 403 }));
    const report = await verify(rows, checkpoints);
    assert.deepEqual(kinds(report.problems), ["checkpoint-root@10..14#15", "modified@10..14"]);
    assert.match(report.problems[0]!.message, /and at 1 later checkpoint/);
  });

  test("a stored leaf hash edited alone: modified at that index, the tree is still right", async () => {
    const { rows, checkpoints } = cleanLog();
    rows[3] = { ...rows[3]!, leafHash: hashLeaf(Buffer.from("other")) };
    const report = await verify(rows, checkpoints);
    assert.deepEqual(kinds(report.problems), ["modified@3"]);
  });

  test("a deleted row: the first missing index", async () => {
    const { rows, checkpoints } = cleanLog();
    rows.splice(8, 1);
    const report = await verify(rows, checkpoints);
    assert.deepEqual(kinds(report.problems), ["checkpoint-root@5..9#10", "deleted@8"]);
  });

  test("deleted rows with the rest renumbered to close the gap: deleted at the index", async () => {
    const { rows, checkpoints } = cleanLog();
    const renumbered = rows.filter((r) => r.idx !== 8 && r.idx !== 9).map((r, i) => ({ ...r, idx: i }));
    const report = await verify(renumbered, checkpoints);
    const ks = kinds(report.problems);
    assert.ok(ks.includes("deleted@8..9"), ks.join());
    assert.ok(ks.includes("truncated@18..19"), ks.join());
  });

  test("two rows swapped: reordered at both indices", async () => {
    const { rows, checkpoints } = cleanLog();
    const a = rows[4]!;
    rows[4] = { ...rows[11]!, idx: 4 };
    rows[11] = { ...a, idx: 11 };
    const report = await verify(rows, checkpoints);
    assert.deepEqual(kinds(report.problems), ["checkpoint-root@0..4#5", "reordered@4", "reordered@11"]);
    assert.match(report.problems.find((p) => p.index === 4 && p.kind === "reordered")!.message, /seq 11/);
  });

  test("two adjacent rows swapped: reordered at both", async () => {
    const { rows, checkpoints } = cleanLog();
    const a = rows[16]!;
    rows[16] = { ...rows[17]!, idx: 16 };
    rows[17] = { ...a, idx: 17 };
    const report = await verify(rows, checkpoints);
    assert.deepEqual(kinds(report.problems), ["checkpoint-root@15..19#20", "reordered@16", "reordered@17"]);
  });

  test("a row inserted with the rest renumbered: inserted at that index", async () => {
    const { rows, checkpoints } = cleanLog();
    // The forger gives the new row the seq of its place; the rows after it keep theirs.
    const shifted = [...rows.slice(0, 6), row(6, body(6, { kind: "admin.auth.login" })), ...rows.slice(6).map((r) => ({ ...r, idx: r.idx + 1 }))];
    const report = await verify(shifted, checkpoints, { stateSize: N + 1 });
    assert.deepEqual(kinds(report.problems), ["checkpoint-root@5..9#10", "inserted@6"]);
  });

  test("a row appended beyond the recorded size: inserted at that index", async () => {
    const { rows, checkpoints } = cleanLog();
    rows.push(row(N, body(N)));
    const report = await verify(rows, checkpoints);
    assert.deepEqual(kinds(report.problems), [`inserted@${N}`]);
  });

  test("a truncated tail: truncated from the first missing index", async () => {
    const { rows, checkpoints } = cleanLog();
    const report = await verify(rows.slice(0, 17), checkpoints);
    assert.deepEqual(kinds(report.problems), ["truncated@17..19", "truncated@17..19#20"]);
  });

  test("a tail truncated along with the recorded size is still caught by the checkpoints", async () => {
    const { rows, checkpoints } = cleanLog();
    const report = await verify(rows.slice(0, 12), checkpoints, { stateSize: 12 });
    assert.deepEqual(kinds(report.problems), ["truncated@12..19#20"]);
  });

  test("a checkpoint signature replaced: checkpoint-signature at its size", async () => {
    const { rows, checkpoints } = cleanLog();
    const other = generateSigner(ORIGIN);
    checkpoints[1] = { ...checkpoints[1]!, note: signCheckpoint({ origin: ORIGIN, size: 10, root: Buffer.from(checkpoints[1]!.root) }, other) };
    const report = await verify(rows, checkpoints);
    assert.deepEqual(kinds(report.problems), ["checkpoint-signature@#10"]);
    assert.equal(report.checkpoints.verified, 3);
  });

  test("a signature byte flipped: checkpoint-signature", async () => {
    const { rows, checkpoints } = cleanLog();
    const note = checkpoints[2]!.note;
    const sig = note.slice(note.lastIndexOf(" ") + 1, -1);
    const flipped = Buffer.from(sig, "base64");
    flipped[10]! ^= 1;
    checkpoints[2] = { ...checkpoints[2]!, note: note.replace(sig, flipped.toString("base64")) };
    assert.deepEqual(kinds((await verify(rows, checkpoints)).problems), ["checkpoint-signature@#15"]);
  });

  test("a checkpoint's root column changed: it disagrees with its note", async () => {
    const { rows, checkpoints } = cleanLog();
    checkpoints[0] = { ...checkpoints[0]!, root: hashLeaf(Buffer.from("x")) };
    assert.deepEqual(kinds((await verify(rows, checkpoints)).problems), ["checkpoint-signature@#5"]);
  });

  test("a checkpoint signed for another origin is refused", async () => {
    const { rows, checkpoints } = cleanLog();
    const report = await verify(rows, checkpoints, { origin: "elsewhere/audit" });
    assert.equal(report.problems.filter((p) => p.kind === "checkpoint-signature").length, 4);
  });

  test("a body that is not canonical (leaf hash recomputed): not-canonical at the index", async () => {
    const { rows, checkpoints } = cleanLog();
    rows[2] = row(2, JSON.stringify({ seq: 2, v: 1, at: "x", tenant: "acme", kind: "gateway.request" }, null, 1));
    const report = await verify(rows, checkpoints);
    assert.ok(kinds(report.problems).includes("not-canonical@2"));
    rows[2] = row(2, "not json");
    assert.ok(kinds((await verify(rows, checkpoints)).problems).includes("not-canonical@2"));
  });

  test("the canonical check: integer-like keys in JCS order pass; unsorted keys, -0, spaces and lone surrogates do not", async () => {
    const check = async (text: string) => {
      const rows = [row(0, text)];
      return (await verifyLog({ rows, checkpoints: [], stateSize: 1, verifiers, origin: ORIGIN })).problems.map((p) => p.kind);
    };
    assert.deepEqual(await check('{"10":1,"9":2,"seq":0}'), []);
    assert.deepEqual(await check(canonicalize({ seq: 0, s: "caf\u00e9 \ud83d\ude00" })), []);
    assert.deepEqual(await check('{"seq":0,"a":1}'), ["not-canonical"]);
    assert.deepEqual(await check('{"n":-0,"seq":0}'), ["not-canonical"]);
    assert.deepEqual(await check('{"seq": 0}'), ["not-canonical"]);
    assert.deepEqual(await check('{"s":"\\ud800","seq":0}'), ["not-canonical"]);
    assert.deepEqual(await check('{"n":1.0,"seq":0}'), ["not-canonical"]);
    // A tampered row nested deep enough to overflow a recursive walk is a finding, not a crash.
    const deep = `{"d":${"[".repeat(300_000)}${"]".repeat(300_000)},"seq":0}`;
    assert.deepEqual(await check(deep), ["not-canonical"]);
  });

  test("without the canonical check, seq is still read and moves are still found", async () => {
    const { rows, checkpoints } = cleanLog();
    const a = rows[4]!;
    rows[4] = { ...rows[11]!, idx: 4 };
    rows[11] = { ...a, idx: 11 };
    const report = await verify(rows, checkpoints, { checkCanonical: false });
    assert.deepEqual(kinds(report.problems), ["checkpoint-root@0..4#5", "reordered@4", "reordered@11"]);
  });

  test("the problem list is capped, the rest counted", async () => {
    const { rows, checkpoints } = cleanLog();
    const edited = rows.map((r) => ({ ...r, body: body(r.idx, { status: 500 }) }));
    const report = await verify(edited, checkpoints, { maxProblems: 3 });
    assert.equal(report.problems.length, 3);
    assert.ok(report.unlisted > 0);
    assert.equal(report.ok, false);
  });

  test("a recorded root that the rows after the last checkpoint do not produce", async () => {
    const { rows, checkpoints } = cleanLog();
    const report = await verify(rows, checkpoints.slice(0, 3), { stateRoot: hashLeaf(Buffer.from("x")) });
    assert.deepEqual(kinds(report.problems), ["modified@15..19"]);
    const all = await verify(rows, checkpoints, { stateRoot: hashLeaf(Buffer.from("x")) });
    assert.deepEqual(kinds(all.problems), ["modified@#20"], "the events are intact: the recorded root alone was changed");
    assert.equal((await verify(rows, checkpoints, { stateRoot: Buffer.from(checkpoints[3]!.root) })).ok, true);
  });
});

describe("verifyLog with a saved checkpoint", () => {
  test("the log only grew from the saved size", async () => {
    const { rows, checkpoints, notes } = cleanLog();
    const report = await verify(rows, checkpoints, { savedCheckpoint: notes.get(10)! });
    assert.equal(report.ok, true);
    assert.equal(report.saved?.grew, true);
    assert.match(report.saved!.message, /only grew from size 10/);
  });

  test("a saved checkpoint at a size no stored checkpoint has (the stored ones deleted)", async () => {
    const { rows, notes } = cleanLog();
    const report = await verify(rows, [], { savedCheckpoint: notes.get(15)! });
    assert.equal(report.saved?.grew, true);
    assert.equal(report.ok, true);
  });

  test("history rewritten (rows and every stored checkpoint re-signed by the attacker's key): inconsistent with the saved one", async () => {
    const { rows, notes } = cleanLog();
    rows[3] = row(3, body(3, { status: 403 }));
    const report = await verify(rows, [], { savedCheckpoint: notes.get(10)! });
    assert.equal(report.saved?.grew, false);
    assert.deepEqual(kinds(report.problems), ["inconsistent-with-saved@#10"]);
  });

  test("the log is now smaller than the saved checkpoint", async () => {
    const { rows, checkpoints, notes } = cleanLog();
    const report = await verify(rows.slice(0, 12), checkpoints.slice(0, 2), { stateSize: 12, savedCheckpoint: notes.get(20)! });
    assert.equal(report.saved?.grew, false);
    assert.deepEqual(kinds(report.problems), ["inconsistent-with-saved@12#20", "truncated@12..19#20"]);
  });

  test("a saved checkpoint with a bad signature", async () => {
    const { rows, checkpoints } = cleanLog();
    const forged = signCheckpoint({ origin: ORIGIN, size: 10, root: Buffer.from(checkpoints[1]!.root) }, generateSigner(ORIGIN));
    const report = await verify(rows, checkpoints, { savedCheckpoint: forged });
    assert.deepEqual(kinds(report.problems), ["inconsistent-with-saved@"]);
    assert.equal(report.saved, undefined);
  });
});

describe("readSeq", () => {
  test("reads the top-level seq from canonical text", () => {
    assert.equal(readSeq(body(123456)), 123456);
    assert.equal(readSeq('{"seq":0}'), 0);
  });
  test("a nested or quoted seq does not fool it", () => {
    assert.equal(readSeq(canonicalize({ actor: { seq: 9 }, seq: 4 })), 4);
    assert.equal(readSeq(canonicalize({ a: 'x"seq":7', seq: 5 })), 5);
    assert.equal(readSeq(canonicalize({ a: 'x,"seq":7' })), undefined);
    assert.equal(readSeq(canonicalize({ actor: { seq: 9 } })), undefined);
    assert.equal(readSeq('{"seq":-1}'), undefined);
    assert.equal(readSeq('{"seq":"3"}'), undefined);
  });
});
