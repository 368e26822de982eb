/**
 * The loop monitor (core/loop-monitor.ts) and the timeouts built on it
 * (core/loop-deadline.ts): a stall of this process is measured, counts
 * against nothing, and a wait still ends after its responsive time or its
 * wall-clock ceiling. Stalls are real busy-waits; bounds allow for a machine
 * that is itself busy (a stall can only be measured longer, never shorter).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { LoopAwareTimeoutError, LoopDeadline, withLoopDeadline } from "../../src/core/loop-deadline.js";
import { LoopMonitor, processLoop, TICK_MS } from "../../src/core/loop-monitor.js";

/** Holds the event loop (and so every timer and socket of this process) for `ms`. */
function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

/** Resolves with how the deadline ended: [elapsed, stalled] as reported, and when. */
function expiry(d: (onExpire: (elapsed: number, stalled: number) => void) => LoopDeadline): Promise<{ elapsed: number; stalled: number }> {
  return new Promise((resolve) => {
    d((elapsed, stalled) => resolve({ elapsed, stalled }));
  });
}

describe("loop monitor", () => {
  test("a stall in progress counts at once; lateness within a tick does not; nothing moves once released", () => {
    let t = 1_000;
    const m = new LoopMonitor({ tickMs: 10, clock: () => t });
    const release = m.acquire();
    try {
      const s0 = m.stalledMs();
      t += 9; // an ordinary wait for the next tick
      assert.equal(m.stalledMs() - s0, 0);
      t += 491; // 500 ms since the last tick: 490 of them stalled, seen before the late tick runs
      assert.equal(m.stalledMs() - s0, 490);
    } finally {
      release();
    }
    const frozen = m.stalledMs();
    t += 10_000;
    assert.equal(m.stalledMs(), frozen, "a released monitor measures nothing");
  });

  test("a real busy-wait is measured as a stall, never as more than the time that passed", async () => {
    const release = processLoop.acquire();
    try {
      // The histogram measures a delay between two of its own ticks: wait until it has ticked.
      for (let i = 0; processLoop.delay({ reset: false }).samples === 0; i++) {
        assert.ok(i < 1_000, "monitorEventLoopDelay ticks");
        await sleep(TICK_MS);
      }
      const t0 = performance.now();
      const s0 = processLoop.stalledMs();
      busyWait(300);
      const stalledNow = processLoop.stalledMs() - s0;
      assert.ok(stalledNow >= 300 - TICK_MS - 3, `the stall in progress is seen (${stalledNow} ms)`);
      await sleep(3 * TICK_MS); // the late tick has run: the stall is in the total now
      const stalled = processLoop.stalledMs() - s0;
      const elapsed = performance.now() - t0;
      assert.ok(stalled >= 300 - TICK_MS - 3 && stalled <= elapsed + TICK_MS, `stalled ${stalled} ms of ${elapsed} ms`);
      const delay = processLoop.delay();
      assert.ok(delay.max >= 200, `monitorEventLoopDelay saw the stall (max ${delay.max} ms)`);
    } finally {
      release();
    }
  });

  test("one monitor per process: it runs while anyone holds it, and releasing twice is harmless", () => {
    const m = new LoopMonitor();
    const a = m.acquire();
    const b = m.acquire();
    assert.equal(m.running, true);
    a();
    a();
    assert.equal(m.running, true, "still held by b");
    b();
    assert.equal(m.running, false);
  });
});

describe("loop-aware deadline", () => {
  test("with the loop free it expires after its timeout", async () => {
    const release = processLoop.acquire();
    try {
      const t0 = performance.now();
      const { elapsed, stalled } = await expiry((cb) => new LoopDeadline({ timeoutMs: 100 }, cb));
      assert.ok(performance.now() - t0 >= 99, "not early");
      assert.ok(elapsed - stalled >= 99, `100 ms of responsive time passed (${elapsed} − ${stalled})`);
    } finally {
      release();
    }
  });

  test("time the process was stalled does not count: it waits out the rest after the stall", async () => {
    const release = processLoop.acquire();
    try {
      const p = expiry((cb) => new LoopDeadline({ timeoutMs: 100 }, cb));
      busyWait(300); // three times the timeout, all of it stalled
      const { elapsed, stalled } = await p;
      assert.ok(stalled >= 300 - TICK_MS - 3, `the stall was subtracted (${stalled} ms)`);
      assert.ok(elapsed - stalled >= 99, `and 100 ms of responsive time followed (${elapsed} − ${stalled})`);
      assert.ok(elapsed >= 380, `so it ended well after the stall (${elapsed} ms)`);
    } finally {
      release();
    }
  });

  test("the wall-clock ceiling ends a wait however long the process is stalled", async () => {
    const release = processLoop.acquire();
    try {
      const p = expiry((cb) => new LoopDeadline({ timeoutMs: 100, ceilingMs: 250 }, cb));
      busyWait(400);
      const { elapsed } = await p;
      assert.ok(elapsed >= 400, `at the first chance after the stall (${elapsed} ms)`);
    } finally {
      release();
    }
  });

  test("clear() stops it", async () => {
    let fired = false;
    const d = new LoopDeadline({ timeoutMs: 20 }, () => {
      fired = true;
    });
    d.clear();
    await sleep(60);
    assert.equal(fired, false);
  });

  test("withLoopDeadline: the work's value, or a LoopAwareTimeoutError after onTimeout; a late failure is swallowed", async () => {
    assert.equal(await withLoopDeadline(Promise.resolve(7), "work", { timeoutMs: 50 }), 7);
    await assert.rejects(withLoopDeadline(Promise.reject(new Error("boom")), "work", { timeoutMs: 50 }), /boom/);
    let onTimeout = 0;
    let fail!: (err: Error) => void;
    const late = new Promise<never>((_, reject) => {
      fail = reject;
    });
    await assert.rejects(
      withLoopDeadline(late, "work", { timeoutMs: 30 }, () => onTimeout++),
      (err: unknown) => err instanceof LoopAwareTimeoutError && /^work timed out after \d+ ms/.test(err.message),
    );
    assert.equal(onTimeout, 1);
    fail(new Error("too late")); // handled: no unhandled rejection fails the run
    await sleep(0);
  });
});
