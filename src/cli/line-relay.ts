/**
 * Copies a worker's output to the primary's, whole lines at a time. Workers
 * of `serve --workers` write to pipes of their own rather than to the
 * primary's inherited stdout: libuv makes a child's stdio blocking when it
 * spawns one, and node restores the flag at each exit, on the description
 * every holder of the pipe shares. A blocking write to a full pipe then holds
 * a thread for good, and a process cannot exit while it waits for that
 * thread. Relayed here, several workers' lines never interleave mid-line,
 * and a reader that stops reading pauses the workers' pipes (their writes are
 * non-blocking and their logs bounded) instead of stalling anyone's thread.
 */
import type { Readable, Writable } from "node:stream";

/** A line longer than this is passed on in pieces rather than held whole. */
const MAX_HELD_BYTES = 64 * 1024;

/** The sources paused until a target drains: one 'drain' listener per target, however many workers. */
const waiting = new WeakMap<Writable, Set<Readable>>();

function pauseUntilDrained(from: Readable, to: Writable): void {
  let sources = waiting.get(to);
  if (!sources) {
    const paused = new Set<Readable>();
    sources = paused;
    waiting.set(to, paused);
    to.once("drain", () => {
      waiting.delete(to);
      for (const r of paused) r.resume();
    });
  }
  sources.add(from);
  from.pause();
}

/** Relays `from` to `to` line by line with back-pressure; resolves when `from` has ended (or failed). */
export function relayLines(from: Readable, to: Writable): Promise<void> {
  let held: Buffer = Buffer.alloc(0);
  const write = (chunk: Buffer) => {
    // A target that is gone (its reader exited) drops what it is given; the workers carry on.
    if (!to.destroyed && !to.write(chunk)) pauseUntilDrained(from, to);
  };
  from.on("data", (chunk: Buffer) => {
    const data = held.length ? Buffer.concat([held, chunk]) : chunk;
    const end = data.lastIndexOf(0x0a) + 1;
    if (end > 0) write(data.subarray(0, end));
    held = data.subarray(end);
    if (held.length > MAX_HELD_BYTES) {
      write(held);
      held = Buffer.alloc(0);
    }
  });
  return new Promise((resolve) => {
    const done = () => {
      if (held.length) write(held);
      held = Buffer.alloc(0);
      resolve();
    };
    from.once("end", done);
    from.once("error", done);
  });
}
