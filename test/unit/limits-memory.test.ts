/** The in-memory LimitBackend: the shared conformance suite, plus sweeping (memory stays bounded). */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MemoryLimitBackend } from "../../src/limits/memory-backend.js";
import { limitBackendConformance } from "./limits-conformance.js";

limitBackendConformance("memory", () => new MemoryLimitBackend());

describe("memory backend housekeeping", () => {
  test("ended windows, expired leases and expired reservations are swept", async () => {
    const b = new MemoryLimitBackend({ sweepEveryMs: 1_000 });
    const t = 1_700_000_040_000;
    for (let i = 0; i < 1_000; i++) {
      await b.charge([{ key: `req:key:k${i}`, limit: 10, windowMs: 1_000, amount: 1 }], t);
      await b.acquire([{ key: `conc:key:k${i}`, limit: 10 }], `lease${i}`, 500, t);
      await b.reserve([{ key: `budget:key:k${i}`, limit: 10, amount: 1 }], `res${i}`, 500, t);
    }
    assert.deepEqual(b.size(), { windows: 1_000, leases: 1_000, budgets: 1_000 });
    await b.charge([], t + 5_000);
    assert.deepEqual(b.size(), { windows: 0, leases: 0, budgets: 0 });
    await b.close();
  });

  test("budgets with settled spending are kept for their period", async () => {
    const b = new MemoryLimitBackend({ sweepEveryMs: 1_000 });
    const t = 1_700_000_040_000;
    await b.reserve([{ key: "budget:team:eng:2023-11", limit: 100, amount: 10 }], "r", 500, t);
    await b.settle(["budget:team:eng:2023-11"], "r", 7);
    await b.charge([], t + 60_000);
    assert.deepEqual(await b.budget("budget:team:eng:2023-11"), { limit: 100, spent: 7, reserved: 0 });
    await b.close();
  });

  test("a window is still counted for a caller whose clock lags just behind the sweep", async () => {
    const b = new MemoryLimitBackend({ sweepEveryMs: 1_000 });
    const t = 1_700_000_040_000;
    const c = { key: "req:key:lag", limit: 1, windowMs: 1_000, amount: 1 };
    assert.equal((await b.charge([c], t + 999)).ok, true);
    await b.charge([], t + 1_999); // sweeps: the window ended 999 ms ago, less than one sweep interval
    assert.equal((await b.charge([c], t + 999)).ok, false, "the lagging caller's window still holds its count");
    await b.close();
  });

  test("a closed backend refuses to serve", async () => {
    const b = new MemoryLimitBackend();
    await b.close();
    await assert.rejects(b.ping());
    await assert.rejects(b.charge([], 1));
  });
});
