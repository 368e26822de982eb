/**
 * Verifying an audit log from its rows alone: recompute every leaf hash and
 * the tree, check every stored checkpoint's signature and root against the
 * recomputed tree, and (given a checkpoint saved elsewhere) prove the log only
 * grew since. The result names each problem with the index where it is, or
 * the index range between two checkpoints when only a root locates it (an
 * attacker who rewrote a body and its leaf hash together).
 *
 * It streams: one pass over the rows in index order, holding the Frontier
 * (one hash per set bit of the size) and a few numbers, so a million rows
 * need no more memory than ten. `seq` is read from the canonical text without
 * a parse where that is unambiguous; the full canonical check (parse and
 * re-serialise) can be switched off for speed.
 *
 * How rows that moved are told apart, from what each row says about itself
 * (`seq`, written inside the append transaction) against where it now sits
 * (`idx`), in runs of rows with the same offset idx − seq:
 *   - a gap in idx                      → deleted (the first missing index)
 *   - one row out of place              → reordered (index i carries seq j)
 *   - a run shifted up by m (idx > seq) → m rows inserted just before it
 *   - a run shifted down (idx < seq)    → rows deleted and the rest renumbered
 */
import { type NoteVerifier, verifyCheckpoint } from "./checkpoint.js";
import { canonicalize } from "./jcs.js";
import { EMPTY_ROOT, Frontier, hashLeaf } from "./merkle.js";

export interface VerifyRow {
  idx: number;
  /** The JCS canonical text of the event: the leaf's bytes as UTF-8. */
  body: string;
  leafHash: Uint8Array;
}

export interface VerifyCheckpoint {
  size: number;
  root: Uint8Array;
  note: string;
}

export interface VerifyInput {
  rows: AsyncIterable<VerifyRow> | Iterable<VerifyRow>;
  /** Stored checkpoints, any order. */
  checkpoints: readonly VerifyCheckpoint[];
  /** The size the log's state records (audit_state.size). */
  stateSize: number;
  /** The root the log's state records, when known. */
  stateRoot?: Uint8Array;
  verifiers: readonly NoteVerifier[];
  origin: string;
  /** A signed checkpoint kept elsewhere: the log must extend it. */
  savedCheckpoint?: string;
  /** Parse and re-serialise every body (default true); off, only `seq` is read. */
  checkCanonical?: boolean;
  /** At most this many problems are listed (default 1000); the rest are counted. */
  maxProblems?: number;
}

export type ProblemKind =
  | "modified"
  | "deleted"
  | "reordered"
  | "inserted"
  | "truncated"
  | "checkpoint-signature"
  | "checkpoint-root"
  | "not-canonical"
  | "inconsistent-with-saved";

export interface VerifyProblem {
  kind: ProblemKind;
  /** The index the problem is at, or the first of a range. */
  index?: number;
  /** The last index of a range (inclusive), when the problem is only located to a range. */
  lastIndex?: number;
  /** The checkpoint size concerned (checkpoint and saved-checkpoint problems). */
  size?: number;
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  /** Rows read. */
  rows: number;
  stateSize: number;
  /** MTH of the rows as read, hex. */
  root: string;
  checkpoints: { total: number; verified: number; latest?: { size: number; root: string } };
  /** With a saved checkpoint: whether the log is an append-only extension of it. */
  saved?: { size: number; root: string; grew: boolean; message: string };
  problems: VerifyProblem[];
  /** Problems found beyond `maxProblems`, not listed. */
  unlisted: number;
}

/** A run of consecutive rows whose idx − seq is the same nonzero offset. */
interface Run {
  start: number;
  offset: number;
  length: number;
  firstSeq: number;
}

export async function verifyLog(input: VerifyInput): Promise<VerifyReport> {
  const checkCanonical = input.checkCanonical ?? true;
  const maxProblems = input.maxProblems ?? 1000;
  const problems: VerifyProblem[] = [];
  let unlisted = 0;
  const report = (p: VerifyProblem) => {
    if (problems.length < maxProblems) problems.push(p);
    else unlisted++;
  };
  // Index of the first row-level problem: a root mismatch at a larger size is explained by it.
  let firstRowProblem = Number.POSITIVE_INFINITY;
  const rowProblem = (p: VerifyProblem & { index: number }) => {
    firstRowProblem = Math.min(firstRowProblem, p.index);
    report(p);
  };

  // Checkpoints: the signed note is the truth; the size and root columns must agree with it.
  const byStoredSize = [...input.checkpoints].sort((a, b) => a.size - b.size);
  const trusted: { size: number; root: Buffer }[] = [];
  for (const cp of byStoredSize) {
    try {
      const signed = verifyCheckpoint(cp.note, input.verifiers, input.origin);
      if (signed.size !== cp.size || !signed.root.equals(Buffer.from(cp.root))) {
        report({ kind: "checkpoint-signature", size: cp.size, message: `checkpoint at size ${cp.size}: the stored size/root do not match its signed note (size ${signed.size})` });
      }
      trusted.push({ size: signed.size, root: signed.root });
    } catch (e) {
      report({ kind: "checkpoint-signature", size: cp.size, message: `checkpoint at size ${cp.size}: ${(e as Error).message}` });
    }
  }
  trusted.sort((a, b) => a.size - b.size);

  let saved: { size: number; root: Buffer } | undefined;
  let savedResult: VerifyReport["saved"];
  if (input.savedCheckpoint !== undefined) {
    try {
      const cp = verifyCheckpoint(input.savedCheckpoint, input.verifiers, input.origin);
      saved = { size: cp.size, root: cp.root };
    } catch (e) {
      report({ kind: "inconsistent-with-saved", message: `saved checkpoint: ${(e as Error).message}` });
    }
  }

  const frontier = new Frontier();
  let nextCheckpoint = 0;
  let lastMatched = 0; // size of the last checkpoint whose root matched
  let rootMismatch: VerifyProblem | undefined;
  let laterMismatches = 0;

  const checkRootsAt = (size: number) => {
    while (nextCheckpoint < trusted.length && trusted[nextCheckpoint]!.size === size) {
      const cp = trusted[nextCheckpoint++]!;
      const root = size === 0 ? EMPTY_ROOT : frontier.root();
      if (root.equals(cp.root)) {
        if (!rootMismatch) lastMatched = size;
        continue;
      }
      if (rootMismatch) {
        laterMismatches++;
        continue;
      }
      rootMismatch = { kind: "checkpoint-root", size, index: lastMatched, lastIndex: size - 1, message: `the rows do not produce the signed root at size ${size}` };
      report(rootMismatch);
    }
    if (saved && saved.size === size) {
      const root = size === 0 ? EMPTY_ROOT : frontier.root();
      savedResult = root.equals(saved.root)
        ? { size, root: saved.root.toString("hex"), grew: true, message: `the log only grew from size ${size}` }
        : { size, root: saved.root.toString("hex"), grew: false, message: `the first ${size} events no longer produce the saved checkpoint's root` };
      if (!savedResult.grew) report({ kind: "inconsistent-with-saved", size, message: savedResult.message });
    }
  };

  checkRootsAt(0);
  let expected = 0; // the idx the next row should have
  let run: Run | undefined;
  const endRun = () => {
    if (!run) return;
    const { start, offset, length, firstSeq } = run;
    run = undefined;
    if (length === 1) {
      rowProblem({ kind: "reordered", index: start, message: `index ${start} carries the event with seq ${firstSeq}` });
    } else if (offset > 0) {
      const first = start - offset;
      rowProblem({ kind: "inserted", index: first, lastIndex: start - 1, message: offset === 1 ? `an event was inserted at index ${first}` : `${offset} events were inserted at ${first}..${start - 1}` });
    } else {
      rowProblem({ kind: "deleted", index: start, lastIndex: start - offset - 1, message: `events with seq ${start}..${start - offset - 1} were deleted and the rows after renumbered from index ${start}` });
    }
  };

  for await (const row of input.rows) {
    const idx = row.idx;
    if (idx > expected) {
      endRun();
      rowProblem({ kind: "deleted", index: expected, lastIndex: idx - 1, message: idx - expected === 1 ? `the event at index ${expected} was deleted` : `events ${expected}..${idx - 1} were deleted` });
    } else if (idx < expected) {
      rowProblem({ kind: "inserted", index: idx, message: `a second row with index ${idx}` });
    }
    expected = idx + 1;

    const bytes = Buffer.from(row.body, "utf8");
    const leaf = hashLeaf(bytes);
    if (!leaf.equals(Buffer.from(row.leafHash))) rowProblem({ kind: "modified", index: idx, message: `the event at index ${idx} was modified: its body does not hash to its stored leaf hash` });

    let seq: number | undefined;
    if (checkCanonical) {
      const parsed = parseCanonical(row.body);
      if (!parsed.canonical) rowProblem({ kind: "not-canonical", index: idx, message: `the event at index ${idx} is not canonical JSON: ${parsed.why}` });
      seq = parsed.seq;
    } else {
      seq = readSeq(row.body);
    }
    if (seq === undefined) {
      if (!checkCanonical) rowProblem({ kind: "not-canonical", index: idx, message: `the event at index ${idx} has no top-level integer seq` });
    } else {
      const offset = idx - seq;
      if (run && (offset !== run.offset || idx !== run.start + run.length)) endRun();
      if (offset !== 0) {
        if (run) run.length++;
        else run = { start: idx, offset, length: 1, firstSeq: seq };
      }
    }

    frontier.append(leaf);
    checkRootsAt(frontier.size);
  }
  endRun();
  const rows = frontier.size;

  if (expected < input.stateSize) {
    report({ kind: "truncated", index: expected, lastIndex: input.stateSize - 1, message: `the log's state records ${input.stateSize} events but the rows end at index ${expected - 1}: ${expected}..${input.stateSize - 1} are gone` });
  } else if (expected > input.stateSize) {
    rowProblem({ kind: "inserted", index: input.stateSize, lastIndex: expected - 1, message: `rows ${input.stateSize}..${expected - 1} lie beyond the log's recorded size ${input.stateSize}` });
  }
  // `expected` is one past the last index: a gap inside the log is a deletion, reported as such.
  const largest = trusted.at(-1)?.size ?? 0;
  if (largest > expected) {
    report({ kind: "truncated", index: expected, lastIndex: largest - 1, size: largest, message: `a signed checkpoint covers ${largest} events but the rows end at index ${expected - 1}` });
  }
  if (rootMismatch && firstRowProblem >= rootMismatch.size!) {
    // Nothing row-level explains it: a body rewritten together with its leaf hash, somewhere in the range.
    const { index, lastIndex, size } = rootMismatch as Required<VerifyProblem>;
    rowProblem({ kind: "modified", index, lastIndex, message: `an event in ${index}..${lastIndex} was modified (its leaf hash rewritten too): the root at size ${size} does not match its signed checkpoint` });
  }
  if (rootMismatch && laterMismatches > 0) rootMismatch.message += ` (and at ${laterMismatches} later checkpoint${laterMismatches === 1 ? "" : "s"})`;
  const finalRoot = frontier.root();
  if (input.stateRoot && expected === input.stateSize && !finalRoot.equals(Buffer.from(input.stateRoot)) && firstRowProblem === Number.POSITIVE_INFINITY && !rootMismatch) {
    const from = trusted.at(-1)?.size ?? 0;
    if (from < rows) rowProblem({ kind: "modified", index: from, lastIndex: rows - 1, message: `the rows after the last checkpoint do not produce the log's recorded root` });
    // Every row is covered by a signed checkpoint that matched: only the recorded root itself was changed.
    else report({ kind: "modified", size: input.stateSize, message: `the log's recorded root was altered; the events match the signed checkpoints` });
  }

  if (saved && !savedResult) {
    const smaller = saved.size > expected;
    savedResult = {
      size: saved.size,
      root: saved.root.toString("hex"),
      grew: false,
      message: smaller ? `the log ends at index ${expected - 1}, before the saved checkpoint's size ${saved.size}` : `rows below the saved checkpoint's size ${saved.size} are missing`,
    };
    report({ kind: "inconsistent-with-saved", size: saved.size, index: Math.min(rows, expected), message: savedResult.message });
    if (smaller) report({ kind: "truncated", index: expected, lastIndex: saved.size - 1, size: saved.size, message: `the saved checkpoint covers ${saved.size} events but the rows end at index ${expected - 1}` });
  }

  const latest = trusted.at(-1);
  problems.sort((a, b) => (a.index ?? a.size ?? 0) - (b.index ?? b.size ?? 0));
  return {
    ok: problems.length === 0 && unlisted === 0,
    rows,
    stateSize: input.stateSize,
    root: finalRoot.toString("hex"),
    checkpoints: { total: input.checkpoints.length, verified: trusted.length, ...(latest ? { latest: { size: latest.size, root: latest.root.toString("hex") } } : {}) },
    ...(savedResult ? { saved: savedResult } : {}),
    problems,
    unlisted,
  };
}

const SEQ_KEY = '"seq":';

/**
 * `seq` from canonical text without parsing it: walk the characters up to the
 * first key `"seq"` at the top level, skipping strings and nested values (a
 * character loop over a few hundred bytes, far cheaper than JSON.parse).
 */
export function readSeq(body: string): number | undefined {
  if (body.charCodeAt(0) !== 0x7b) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      // A key at the top level starts right after `{` or `,`.
      if (depth === 1 && body.startsWith(SEQ_KEY, i)) return readInteger(body, i + SEQ_KEY.length);
      inString = true;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

function readInteger(body: string, from: number): number | undefined {
  let end = from;
  while (end < body.length && body.charCodeAt(end) >= 0x30 && body.charCodeAt(end) <= 0x39) end++;
  const next = body.charCodeAt(end);
  if (end === from || (next !== 0x2c && next !== 0x7d)) return undefined;
  const n = Number(body.slice(from, end));
  return Number.isSafeInteger(n) ? n : undefined;
}

function seqOf(value: unknown): number | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const seq = (value as { seq?: unknown }).seq;
  return Number.isSafeInteger(seq) && (seq as number) >= 0 ? (seq as number) : undefined;
}

/** Object keys in the order they came, strictly ascending by UTF-16 code units, at every depth. */
function keysSorted(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) return value.every(keysSorted);
  let prev: string | undefined;
  for (const k in value) {
    if (prev !== undefined && !(prev < k)) return false;
    prev = k;
    if (!keysSorted((value as Record<string, unknown>)[k])) return false;
  }
  return true;
}

// An escaped lone surrogate survives JSON.stringify but not JCS: such bodies take the full check.
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

function parseCanonical(body: string): { canonical: boolean; why?: string; seq?: number } {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { canonical: false, why: "not JSON" };
  }
  const seq = seqOf(value);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { canonical: false, why: "not an object" };
  if (seq === undefined) return { canonical: false, why: "no top-level integer seq" };
  // Fast path (about 3× cheaper than canonicalize): JCS is JSON.stringify with sorted keys, so text
  // that re-serialises to itself with keys in order is canonical. Anything else gets the full check,
  // which decides (V8 puts integer-like keys first, which the fast path would misjudge).
  try {
    // Inside the try: a tampered row nested deep enough overflows the stack here too, and is reported, not thrown.
    if (JSON.stringify(value) === body && keysSorted(value) && !SURROGATE_ESCAPE.test(body)) return { canonical: true, seq };
    if (canonicalize(value) !== body) return { canonical: false, why: "not in RFC 8785 form", seq };
  } catch (e) {
    return { canonical: false, why: (e as Error).message, seq };
  }
  return { canonical: true, seq };
}
