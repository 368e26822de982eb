/**
 * The relay of `serve --workers` output (cli/line-relay.ts): several workers'
 * lines, arriving in arbitrary pieces, reach the primary's output whole and in
 * each worker's order; a slow target pauses the sources; a target that is gone
 * does not stop the sources from being drained.
 */
import assert from "node:assert/strict";
import { PassThrough, Writable } from "node:stream";
import { test } from "node:test";
import fc from "fast-check";
import { relayLines } from "../../src/cli/line-relay.js";

/** A target that takes one write per turn of the event loop (a slow reader), collecting what it was given. */
function slowTarget(): { target: Writable; text: () => string } {
  const parts: Buffer[] = [];
  const target = new Writable({
    highWaterMark: 64,
    write(chunk: Buffer, _enc, cb) {
      parts.push(chunk);
      setImmediate(cb);
    },
  });
  return { target, text: () => Buffer.concat(parts).toString("utf8") };
}

test("lines from several sources, cut anywhere, arrive whole and in each source's order", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(fc.string({ unit: "grapheme-ascii", maxLength: 40 }).map((s) => s.replaceAll("\n", " ")), { maxLength: 30 }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
      async (sources, cuts) => {
        const { target, text } = slowTarget();
        const inputs = sources.map((lines, i) => ({ stream: new PassThrough(), data: Buffer.from(lines.map((l) => `${i}:${l}\n`).join("")) }));
        const relays = inputs.map((s) => relayLines(s.stream, target));
        // Interleave the sources' bytes in pieces of the given sizes.
        const offsets = inputs.map(() => 0);
        for (let k = 0; offsets.some((o, i) => o < inputs[i]!.data.length); k++) {
          const i = k % inputs.length;
          const size = cuts[k % cuts.length]!;
          const s = inputs[i]!;
          if (offsets[i]! < s.data.length) s.stream.write(s.data.subarray(offsets[i], offsets[i]! + size));
          offsets[i]! += size;
          if (k % 7 === 0) await new Promise((r) => setImmediate(r));
        }
        for (const s of inputs) s.stream.end();
        await Promise.all(relays);
        await new Promise<void>((r) => target.end(r));
        const out = text().split("\n").slice(0, -1);
        sources.forEach((lines, i) => {
          assert.deepEqual(
            out.filter((l) => l.startsWith(`${i}:`)),
            lines.map((l) => `${i}:${l}`),
          );
        });
        assert.equal(out.length, sources.flat().length, "no line cut into pieces");
      },
    ),
    { numRuns: 60 },
  );
});

test("a line longer than the held maximum is passed on, not held without bound", async () => {
  const { target, text } = slowTarget();
  const src = new PassThrough();
  const relay = relayLines(src, target);
  const long = "x".repeat(200 * 1024);
  src.write(long);
  for (let turns = 0; text().length < 64 * 1024; turns++) {
    assert.ok(turns < 10_000, "passed on before its end arrived");
    await new Promise((r) => setImmediate(r));
  }
  src.end("\n");
  await relay;
  await new Promise<void>((r) => target.end(r));
  assert.equal(text(), `${long}\n`);
});

test("a destroyed target (its reader exited): the sources are still drained to their end", async () => {
  const target = new Writable({ write: (_c, _e, cb) => cb() });
  target.on("error", () => undefined);
  target.destroy();
  const src = new PassThrough({ highWaterMark: 16 });
  const relay = relayLines(src, target);
  for (let i = 0; i < 1000; i++) src.write(`line ${i}\n`);
  src.end();
  await relay;
});
