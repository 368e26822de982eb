/**
 * The behaviours every LimitBackend must have (src/limits/backend.ts), as one
 * suite each backend runs from its own test file:
 *
 *   limitBackendConformance("memory", () => new MemoryLimitBackend());
 *   limitBackendConformance("redis", () => makeRedisBackend(), { skip: redisDown && "Redis unreachable" });
 *
 * Windows use the injected `now` (rollover is tested with a fake clock).
 * The whole-admission and whole-settlement operations (admit, finish) are
 * optional: their tests are skipped for a backend without them.
 * Lease and reservation expiry is tested with the real clock (Date.now() and
 * a short sleep), so a backend that expires them by its server's clock
 * passes too. Counter names are unique per test, so one backend (or one
 * Redis prefix) may be shared by all tests.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, test } from "node:test";
import type { AdmitRequest, FinishRequest, LimitBackend, WindowCharge } from "../../src/limits/backend.js";

export interface ConformanceOptions {
  /** Skip the whole suite, with the reason shown (e.g. "Redis unreachable at 127.0.0.1:6379"). */
  skip?: string | boolean;
}

/** 2023-11-14T22:14:00Z: a whole minute, so a 60 s window starts here. */
const T0 = 1_700_000_040_000;
const MINUTE = 60_000;

export function limitBackendConformance(
  name: string,
  makeBackend: () => LimitBackend | Promise<LimitBackend>,
  options: ConformanceOptions = {},
): void {
  describe(`LimitBackend conformance: ${name}`, { skip: options.skip || false }, () => {
    const open: LimitBackend[] = [];
    const backend = async (): Promise<LimitBackend> => {
      const b = await makeBackend();
      open.push(b);
      return b;
    };
    afterEach(async () => {
      for (const b of open.splice(0)) await b.close();
    });
    /** A counter name no other test (or earlier run) uses. */
    const k = (label: string): string => `conf:${label}:${randomUUID()}`;
    const req = (key: string, limit: number, amount = 1, windowMs = MINUTE): WindowCharge => ({ key, limit, windowMs, amount });

    describe("fixed windows", () => {
      test("admits up to the limit, then refuses naming the counter and the end of its window", async () => {
        const b = await backend();
        const key = k("req");
        for (let i = 0; i < 3; i++) assert.deepEqual(await b.charge([req(key, 3)], T0 + 1_000), { ok: true });
        const refused = await b.charge([req(key, 3)], T0 + 15_000);
        assert.deepEqual(refused, { ok: false, key, limit: 3, retryAfterMs: 45_000 });
      });

      test("an amount larger than the room left is refused whole; a smaller one still fits", async () => {
        const b = await backend();
        const key = k("tok");
        assert.deepEqual(await b.charge([req(key, 100, 90)], T0), { ok: true });
        assert.equal((await b.charge([req(key, 100, 11)], T0)).ok, false, "90 + 11 > 100");
        assert.deepEqual(await b.charge([req(key, 100, 10)], T0), { ok: true }, "the refused 11 was not counted");
        assert.equal((await b.charge([req(key, 100, 1)], T0)).ok, false);
        assert.equal((await b.charge([req(key, 5, 6)], T0)).ok, false, "more than the whole limit never fits");
      });

      test("all-or-nothing: one full counter refuses the request and the others are not charged", async () => {
        const b = await backend();
        const [key, team, tenant] = [k("key"), k("team"), k("tenant")];
        assert.deepEqual(await b.charge([req(team, 1)], T0), { ok: true });
        const refused = await b.charge([req(key, 2), req(team, 1), req(tenant, 2)], T0);
        assert.equal(refused.ok, false);
        assert.equal(refused.ok === false && refused.key, team, "names the counter without room");
        // Had the refused request counted on key or tenant, these would no longer both fit.
        assert.deepEqual(await b.charge([req(key, 2, 2), req(tenant, 2, 2)], T0), { ok: true });
        assert.equal((await b.charge([req(key, 2)], T0)).ok, false);
      });

      test("the same counter named twice in one request counts twice before deciding", async () => {
        const b = await backend();
        const key = k("dup");
        const refused = await b.charge([req(key, 1), req(key, 1)], T0);
        assert.equal(refused.ok, false, "1 + 1 > 1");
        assert.deepEqual(await b.charge([req(key, 1)], T0), { ok: true }, "and nothing was counted");
      });

      test("windows are aligned to the epoch and roll over with the clock", async () => {
        const b = await backend();
        const key = k("roll");
        assert.deepEqual(await b.charge([req(key, 1)], T0 + MINUTE - 1), { ok: true }, "last ms of the first window");
        const refused = await b.charge([req(key, 1)], T0 + MINUTE - 1);
        assert.deepEqual(refused, { ok: false, key, limit: 1, retryAfterMs: 1 });
        assert.deepEqual(await b.charge([req(key, 1)], T0 + MINUTE), { ok: true }, "a new window at the boundary");
        assert.equal((await b.charge([req(key, 1)], T0 + 2 * MINUTE - 1)).ok, false);
        assert.deepEqual(await b.charge([req(key, 1)], T0 + 5 * MINUTE + 30_000), { ok: true }, "after idle windows");
      });

      test("windows of different lengths on different counters are independent", async () => {
        const b = await backend();
        const [perSecond, perHour] = [k("s"), k("h")];
        const both = (now: number) => b.charge([req(perSecond, 2, 1, 1_000), req(perHour, 3, 1, 3_600_000)], now);
        // T0 is not a whole hour: the hour window started 14 minutes earlier.
        assert.deepEqual(await both(T0), { ok: true });
        assert.deepEqual(await both(T0), { ok: true });
        assert.deepEqual(await both(T0 + 999), { ok: false, key: perSecond, limit: 2, retryAfterMs: 1 });
        assert.deepEqual(await both(T0 + 1_000), { ok: true });
        assert.deepEqual(await both(T0 + 2_000), { ok: false, key: perHour, limit: 3, retryAfterMs: 46 * MINUTE - 2_000 });
      });

      test("add() counts usage after the fact: never refused, may go over, and the next request waits", async () => {
        const b = await backend();
        const key = k("usage");
        assert.deepEqual(await b.charge([req(key, 100, 60)], T0), { ok: true });
        await b.add([req(key, 100, 500)], T0 + 1);
        const refused = await b.charge([req(key, 100, 1)], T0 + 2);
        assert.deepEqual(refused, { ok: false, key, limit: 100, retryAfterMs: MINUTE - 2 });
        assert.deepEqual(await b.charge([req(key, 100, 1)], T0 + MINUTE), { ok: true }, "until the window rolls over");
      });

      test("an empty list of charges is admitted", async () => {
        const b = await backend();
        assert.deepEqual(await b.charge([], T0), { ok: true });
        await b.add([], T0);
      });

      test("500 concurrent requests: exactly the limit is admitted", async () => {
        const b = await backend();
        const key = k("burst");
        const results = await Promise.all(Array.from({ length: 500 }, () => b.charge([req(key, 137)], T0)));
        assert.equal(results.filter((r) => r.ok).length, 137);
      });

      test("bad inputs are refused, not guessed at", async () => {
        const b = await backend();
        const key = k("bad");
        await assert.rejects(b.charge([req(key, 10, -1)], T0), "negative amount");
        await assert.rejects(b.charge([req(key, 10, 1.5)], T0), "fractional amount");
        await assert.rejects(b.charge([req(key, Number.NaN, 1)], T0), "NaN limit");
        await assert.rejects(b.charge([req(key, 10, 1, 0)], T0), "empty window");
        await assert.rejects(b.charge([req("", 10, 1)], T0), "empty key");
        await assert.rejects(b.add([req(key, 10, -5)], T0), "add cannot subtract");
        assert.deepEqual(await b.charge([req(key, 1)], T0), { ok: true }, "nothing was counted by the refused calls");
      });
    });

    describe("concurrency leases", () => {
      test("takes a slot of every counter up to the limit; release frees it; all-or-nothing", async () => {
        const b = await backend();
        const [key, team] = [k("ckey"), k("cteam")];
        const slots = [
          { key, limit: 2 },
          { key: team, limit: 1 },
        ];
        const now = Date.now();
        assert.deepEqual(await b.acquire(slots, "a", 60_000, now), { ok: true });
        assert.deepEqual(await b.acquire(slots, "b", 60_000, now), { ok: false, key: team, limit: 1 });
        // "b" was refused on team, so it took nothing on key: two more fit there.
        assert.deepEqual(await b.acquire([{ key, limit: 2 }], "c", 60_000, now), { ok: true });
        assert.deepEqual(await b.acquire([{ key, limit: 2 }], "d", 60_000, now), { ok: false, key, limit: 2 });
        await b.release(slots, "a");
        assert.deepEqual(await b.acquire(slots, "b", 60_000, now), { ok: true });
      });

      test("release is idempotent and an unknown lease frees nothing", async () => {
        const b = await backend();
        const key = k("cidem");
        const slot = [{ key, limit: 1 }];
        const now = Date.now();
        assert.deepEqual(await b.acquire(slot, "a", 60_000, now), { ok: true });
        await b.release(slot, "nobody");
        assert.equal((await b.acquire(slot, "b", 60_000, now)).ok, false, "a's slot is still held");
        await b.release(slot, "a");
        await b.release(slot, "a");
        assert.deepEqual(await b.acquire(slot, "b", 60_000, now), { ok: true });
        assert.equal((await b.acquire(slot, "c", 60_000, now)).ok, false, "a double release did not free b's slot");
      });

      test("a lease not released within its ttl (a crashed node) is freed", async () => {
        const b = await backend();
        const key = k("cttl");
        const slot = [{ key, limit: 1 }];
        assert.deepEqual(await b.acquire(slot, "crashed", 150, Date.now()), { ok: true });
        assert.equal((await b.acquire(slot, "next", 60_000, Date.now())).ok, false);
        await sleep(300);
        assert.deepEqual(await b.acquire(slot, "next", 60_000, Date.now()), { ok: true });
      });

      test("200 concurrent acquires: exactly the limit get a slot", async () => {
        const b = await backend();
        const key = k("cburst");
        const now = Date.now();
        const results = await Promise.all(Array.from({ length: 200 }, (_, i) => b.acquire([{ key, limit: 17 }], `l${i}`, 60_000, now)));
        assert.equal(results.filter((r) => r.ok).length, 17);
      });

      test("bad inputs are refused", async () => {
        const b = await backend();
        const slot = [{ key: k("cbad"), limit: 1 }];
        await assert.rejects(b.acquire(slot, "", 1_000, Date.now()), "empty lease id");
        await assert.rejects(b.acquire(slot, "a", 0, Date.now()), "no ttl");
        await assert.rejects(b.acquire([{ key: k("cbad"), limit: -1 }], "a", 1_000, Date.now()), "negative limit");
      });
    });

    describe("budgets", () => {
      test("reserves within the budget, refuses beyond it naming spent and reserved; settle frees the rest", async () => {
        const b = await backend();
        const key = k("budget");
        const now = Date.now();
        assert.deepEqual(await b.budget(key), { limit: undefined, spent: 0, reserved: 0 }, "unknown budget");
        assert.deepEqual(await b.reserve([{ key, limit: 1_000, amount: 700 }], "r1", 60_000, now), { ok: true });
        assert.deepEqual(await b.budget(key), { limit: 1_000, spent: 0, reserved: 700 });
        assert.deepEqual(await b.reserve([{ key, limit: 1_000, amount: 301 }], "r2", 60_000, now), {
          ok: false,
          key,
          limit: 1_000,
          spent: 0,
          reserved: 700,
        });
        await b.settle([key], "r1", 250);
        assert.deepEqual(await b.budget(key), { limit: 1_000, spent: 250, reserved: 0 });
        assert.deepEqual(await b.reserve([{ key, limit: 1_000, amount: 750 }], "r2", 60_000, now), { ok: true }, "exactly to the limit");
        assert.equal((await b.reserve([{ key, limit: 1_000, amount: 1 }], "r3", 60_000, now)).ok, false);
      });

      test("all-or-nothing across budgets (key, team, tenant)", async () => {
        const b = await backend();
        const [team, tenant] = [k("bteam"), k("btenant")];
        const now = Date.now();
        assert.deepEqual(await b.reserve([{ key: tenant, limit: 100, amount: 90 }], "other", 60_000, now), { ok: true });
        const refused = await b.reserve(
          [
            { key: team, limit: 100, amount: 20 },
            { key: tenant, limit: 100, amount: 20 },
          ],
          "r",
          60_000,
          now,
        );
        assert.equal(refused.ok, false);
        assert.equal(refused.ok === false && refused.key, tenant);
        assert.equal((await b.budget(team)).reserved, 0, "nothing held on the team budget");
      });

      test("an upstream overrun is counted in full; settle with nothing reserved still counts the spending", async () => {
        const b = await backend();
        const key = k("overrun");
        assert.deepEqual(await b.reserve([{ key, limit: 1_000, amount: 100 }], "r1", 60_000, Date.now()), { ok: true });
        await b.settle([key], "r1", 180);
        assert.deepEqual(await b.budget(key), { limit: 1_000, spent: 180, reserved: 0 });
        await b.settle([key], "expired-long-ago", 20);
        assert.equal((await b.budget(key)).spent, 200);
      });

      test("a reservation not settled within its ttl is freed", async () => {
        const b = await backend();
        const key = k("bttl");
        assert.deepEqual(await b.reserve([{ key, limit: 100, amount: 100 }], "crashed", 150, Date.now()), { ok: true });
        assert.equal((await b.reserve([{ key, limit: 100, amount: 1 }], "next", 60_000, Date.now())).ok, false);
        await sleep(300);
        assert.deepEqual(await b.reserve([{ key, limit: 100, amount: 100 }], "next", 60_000, Date.now()), { ok: true });
        assert.deepEqual(await b.budget(key), { limit: 100, spent: 0, reserved: 100 });
      });

      test("500 concurrent reservations never overshoot, and settling frees the rest", async () => {
        const b = await backend();
        const [team, tenant] = [k("bburst-team"), k("bburst-tenant")];
        const now = Date.now();
        const results = await Promise.all(
          Array.from({ length: 500 }, (_, i) =>
            b.reserve(
              [
                { key: team, limit: 100_000, amount: 300 },
                { key: tenant, limit: 1_000_000, amount: 300 },
              ],
              `r${i}`,
              60_000,
              now,
            ),
          ),
        );
        const admitted = results.flatMap((r, i) => (r.ok ? [i] : []));
        assert.equal(admitted.length, 333, "⌊100000 / 300⌋");
        assert.deepEqual(await b.budget(team), { limit: 100_000, spent: 0, reserved: 99_900 });
        await Promise.all(admitted.map((i) => b.settle([team, tenant], `r${i}`, 100)));
        assert.deepEqual(await b.budget(team), { limit: 100_000, spent: 33_300, reserved: 0 });
        assert.deepEqual(await b.budget(tenant), { limit: 1_000_000, spent: 33_300, reserved: 0 });
        const more = await Promise.all(
          Array.from({ length: 500 }, (_, i) => b.reserve([{ key: team, limit: 100_000, amount: 300 }], `s${i}`, 60_000, now)),
        );
        assert.equal(more.filter((r) => r.ok).length, 222, "⌊(100000 − 33300) / 300⌋: the freed room is reusable, no more");
      });

      test("bad inputs are refused", async () => {
        const b = await backend();
        const key = k("bbad");
        const now = Date.now();
        await assert.rejects(b.reserve([{ key, limit: 100, amount: -1 }], "r", 60_000, now), "negative amount");
        await assert.rejects(b.reserve([{ key, limit: 100, amount: 0.5 }], "r", 60_000, now), "fractional amount");
        await assert.rejects(b.reserve([{ key, limit: 100, amount: 1 }], "", 60_000, now), "empty id");
        await assert.rejects(b.settle([key], "r", -10), "negative actual");
        await assert.rejects(b.settle([key], "r", Number.POSITIVE_INFINITY), "infinite actual");
        assert.deepEqual(await b.budget(key), { limit: undefined, spent: 0, reserved: 0 }, "nothing recorded");
      });
    });

    describe("whole admission (admit): slots, budgets and windows in one step", () => {
      /** A backend with admit(), or the test is skipped (it is optional in the contract). */
      const withAdmit = async (t: { skip: (why: string) => void }): Promise<(LimitBackend & Required<Pick<LimitBackend, "admit">>) | undefined> => {
        const b = await backend();
        if (!b.admit) {
          t.skip("the backend has no admit()");
          return undefined;
        }
        return b as LimitBackend & Required<Pick<LimitBackend, "admit">>;
      };
      /** One request's admission: a slot, a budget reservation and a request-window charge. */
      const one = (
        id: string,
        p: { slot?: string; slotLimit?: number; budget?: string; budgetLimit?: number; amount?: number; win?: string; winLimit?: number; now?: number },
      ): AdmitRequest => ({
        slots: p.slot ? [{ key: p.slot, limit: p.slotLimit ?? 1 }] : [],
        leaseId: id,
        reservations: p.budget ? [{ key: p.budget, limit: p.budgetLimit ?? 1_000, amount: p.amount ?? 100 }] : [],
        reservationId: id,
        charges: p.win ? [req(p.win, p.winLimit ?? 1)] : [],
        ttlMs: 60_000,
        now: p.now ?? Date.now(),
      });

      test("admits when every counter has room and takes all of them; release and settle undo as for the single calls", async (t) => {
        const b = await withAdmit(t);
        if (!b) return;
        const [slot, budget, win] = [k("aslot"), k("abudget"), k("awin")];
        const now = Date.now();
        const p = { slot, slotLimit: 1, budget, budgetLimit: 1_000, amount: 600, win, winLimit: 2, now };
        assert.deepEqual(await b.admit(one("r1", p)), { ok: true });
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "other", 60_000, now), { ok: false, key: slot, limit: 1 }, "the slot is held");
        assert.deepEqual(await b.budget(budget), { limit: 1_000, spent: 0, reserved: 600 }, "the reservation is held");
        assert.deepEqual(await b.charge([req(win, 2)], now), { ok: true }, "one charge was counted: one more fits");
        assert.equal((await b.charge([req(win, 2)], now)).ok, false);
        await b.release([{ key: slot, limit: 1 }], "r1");
        await b.settle([budget], "r1", 250);
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "other", 60_000, now), { ok: true }, "released under the lease id");
        assert.deepEqual(await b.budget(budget), { limit: 1_000, spent: 250, reserved: 0 }, "settled under the reservation id");
      });

      test("a refusal by a window leaves no slot and no reservation behind", async (t) => {
        const b = await withAdmit(t);
        if (!b) return;
        const [slot, budget, win] = [k("wslot"), k("wbudget"), k("wwin")];
        assert.deepEqual(await b.charge([req(win, 1)], T0), { ok: true }, "the window is full");
        const refused = await b.admit(one("r", { slot, budget, budgetLimit: 1_000, amount: 1_000, win, winLimit: 1, now: T0 + 15_000 }));
        assert.deepEqual(refused, { ok: false, kind: "window", key: win, limit: 1, retryAfterMs: 45_000 });
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "other", 60_000, T0 + 15_000), { ok: true }, "no slot was taken");
        assert.deepEqual(await b.budget(budget), { limit: undefined, spent: 0, reserved: 0 }, "no reservation was made");
        assert.deepEqual(await b.reserve([{ key: budget, limit: 1_000, amount: 1_000 }], "other", 60_000, T0 + 15_000), { ok: true });
      });

      test("a refusal by a budget leaves no slot and no window charge behind", async (t) => {
        const b = await withAdmit(t);
        if (!b) return;
        const [slot, budget, win] = [k("bslot"), k("bbudget"), k("bwin")];
        const now = Date.now();
        assert.deepEqual(await b.reserve([{ key: budget, limit: 1_000, amount: 400 }], "held", 60_000, now), { ok: true });
        await b.settle([budget], "held", 300);
        assert.deepEqual(await b.reserve([{ key: budget, limit: 1_000, amount: 500 }], "held2", 60_000, now), { ok: true });
        const refused = await b.admit(one("r", { slot, budget, budgetLimit: 1_000, amount: 201, win, winLimit: 1, now }));
        assert.deepEqual(refused, { ok: false, kind: "budget", key: budget, limit: 1_000, spent: 300, reserved: 500 });
        assert.deepEqual(await b.charge([req(win, 1)], now), { ok: true }, "the window was not charged");
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "other", 60_000, now), { ok: true }, "no slot was taken");
        assert.deepEqual(await b.budget(budget), { limit: 1_000, spent: 300, reserved: 500 }, "nothing more was reserved");
      });

      test("a refusal by a slot leaves no reservation and no window charge behind", async (t) => {
        const b = await withAdmit(t);
        if (!b) return;
        const [slot, budget, win] = [k("sslot"), k("sbudget"), k("swin")];
        const now = Date.now();
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "held", 60_000, now), { ok: true });
        const refused = await b.admit(one("r", { slot, slotLimit: 1, budget, budgetLimit: 100, amount: 100, win, winLimit: 1, now }));
        assert.deepEqual(refused, { ok: false, kind: "concurrency", key: slot, limit: 1 });
        assert.deepEqual(await b.budget(budget), { limit: undefined, spent: 0, reserved: 0 });
        assert.deepEqual(await b.charge([req(win, 1)], now), { ok: true });
      });

      test("refusals name the first counter without room in admission order: slots, then budgets, then windows", async (t) => {
        const b = await withAdmit(t);
        if (!b) return;
        const [key, team, bkey, bteam, wkey, wteam] = [k("okey"), k("oteam"), k("obkey"), k("obteam"), k("owkey"), k("owteam")];
        const now = T0 + 1_000;
        // Everything full but key's slot, bkey's budget and wkey's window.
        assert.deepEqual(await b.acquire([{ key: team, limit: 1 }], "x", 60_000, now), { ok: true });
        assert.deepEqual(await b.reserve([{ key: bteam, limit: 100, amount: 100 }], "x", 60_000, now), { ok: true });
        assert.deepEqual(await b.charge([req(wteam, 1)], now), { ok: true });
        const all = (slotLimit: number, budgetLimit: number, winLimit: number): AdmitRequest => ({
          slots: [
            { key, limit: 5 },
            { key: team, limit: slotLimit },
          ],
          leaseId: "r",
          reservations: [
            { key: bkey, limit: 1_000, amount: 50 },
            { key: bteam, limit: budgetLimit, amount: 50 },
          ],
          reservationId: "r",
          charges: [req(wkey, 5), req(wteam, winLimit)],
          ttlMs: 60_000,
          now,
        });
        assert.deepEqual(await b.admit(all(1, 100, 1)), { ok: false, kind: "concurrency", key: team, limit: 1 });
        assert.deepEqual(await b.admit(all(2, 100, 1)), { ok: false, kind: "budget", key: bteam, limit: 100, spent: 0, reserved: 100 });
        assert.deepEqual(await b.admit(all(2, 150, 1)), { ok: false, kind: "window", key: wteam, limit: 1, retryAfterMs: 59_000 });
        assert.deepEqual(await b.admit(all(2, 150, 2)), { ok: true });
        assert.deepEqual(await b.budget(bkey), { limit: 1_000, spent: 0, reserved: 50 }, "taken once, by the admitted call only");
        assert.deepEqual(await b.acquire([{ key, limit: 1 }], "y", 60_000, now), { ok: false, key, limit: 1 }, "one lease on key: the admitted call's");
        assert.deepEqual(await b.charge([req(wkey, 2)], now), { ok: true }, "one charge on wkey: the admitted call's");
        assert.equal((await b.charge([req(wkey, 2)], now)).ok, false);
      });

      test("windows follow the caller's clock: they roll over with `now`", async (t) => {
        const b = await withAdmit(t);
        if (!b) return;
        const win = k("rwin");
        const at = (now: number) => b.admit({ ...one(`r${now}`, { win, winLimit: 1, now }) });
        assert.deepEqual(await at(T0 + MINUTE - 1), { ok: true });
        assert.deepEqual(await at(T0 + MINUTE - 1), { ok: false, kind: "window", key: win, limit: 1, retryAfterMs: 1 });
        assert.deepEqual(await at(T0 + MINUTE), { ok: true }, "a new window at the boundary");
      });

      test("a lease and a reservation not released within the ttl are freed", async (t) => {
        const b = await withAdmit(t);
        if (!b) return;
        const [slot, budget] = [k("tslot"), k("tbudget")];
        assert.deepEqual(await b.admit({ ...one("crashed", { slot, budget, budgetLimit: 100, amount: 100 }), ttlMs: 150 }), { ok: true });
        assert.equal((await b.admit(one("next", { slot }))).ok, false);
        await sleep(300);
        assert.deepEqual(await b.admit(one("next", { slot, budget, budgetLimit: 100, amount: 100 })), { ok: true });
        assert.deepEqual(await b.budget(budget), { limit: 100, spent: 0, reserved: 100 });
      });

      test("many concurrent admits never exceed a slot limit, a budget or a window; the refused take nothing", async (t) => {
        const b = await withAdmit(t);
        if (!b) return;
        const now = Date.now();
        // Three bursts, each bound by a different kind; the other two counters show what the refused ones did not take.
        const burst = async (p: Parameters<typeof one>[1], n: number) => {
          const results = await Promise.all(Array.from({ length: n }, (_, i) => b.admit(one(`r${i}`, { ...p, now }))));
          return results.filter((r) => r.ok).length;
        };
        const s = { slot: k("cslot"), budget: k("cbudget"), win: k("cwin") };
        assert.equal(await burst({ ...s, slotLimit: 17, budgetLimit: 1_000_000, amount: 100, winLimit: 30 }, 200), 17, "bound by the slot");
        assert.deepEqual(await b.budget(s.budget), { limit: 1_000_000, spent: 0, reserved: 1_700 });
        assert.deepEqual(await b.charge([req(s.win, 30, 13)], now), { ok: true }, "17 charged: 13 more fit");
        assert.equal((await b.charge([req(s.win, 30)], now)).ok, false);

        const bb = { slot: k("cslot"), budget: k("cbudget"), win: k("cwin") };
        assert.equal(await burst({ ...bb, slotLimit: 100, budgetLimit: 10_000, amount: 300, winLimit: 100 }, 200), 33, "⌊10000 / 300⌋");
        assert.deepEqual(await b.budget(bb.budget), { limit: 10_000, spent: 0, reserved: 9_900 });
        assert.deepEqual(await b.charge([req(bb.win, 100, 67)], now), { ok: true }, "33 charged: 67 more fit");
        assert.equal((await b.charge([req(bb.win, 100)], now)).ok, false);
        assert.deepEqual(await b.acquire([{ key: bb.slot, limit: 34 }], "x", 60_000, now), { ok: true }, "33 leases held: one more fits in 34");
        assert.equal((await b.acquire([{ key: bb.slot, limit: 34 }], "y", 60_000, now)).ok, false);

        const w = { slot: k("cslot"), budget: k("cbudget"), win: k("cwin") };
        assert.equal(await burst({ ...w, slotLimit: 100, budgetLimit: 1_000_000, amount: 100, winLimit: 25 }, 200), 25, "bound by the window");
        assert.deepEqual(await b.budget(w.budget), { limit: 1_000_000, spent: 0, reserved: 2_500 });
        assert.deepEqual(await b.acquire([{ key: w.slot, limit: 26 }], "x", 60_000, now), { ok: true }, "25 leases held");
        assert.equal((await b.acquire([{ key: w.slot, limit: 26 }], "y", 60_000, now)).ok, false);
      });

      test("nothing to take is admitted; bad inputs are refused and record nothing", async (t) => {
        const b = await withAdmit(t);
        if (!b) return;
        const base: AdmitRequest = { slots: [], leaseId: "r", reservations: [], reservationId: "r", charges: [], ttlMs: 1_000, now: T0 };
        assert.deepEqual(await b.admit(base), { ok: true });
        const [slot, budget, win] = [k("xslot"), k("xbudget"), k("xwin")];
        const good = one("r", { slot, budget, win, now: T0 });
        await assert.rejects(b.admit({ ...good, leaseId: "" }), "empty lease id");
        await assert.rejects(b.admit({ ...good, reservationId: "" }), "empty reservation id");
        await assert.rejects(b.admit({ ...good, ttlMs: 0 }), "no ttl");
        await assert.rejects(b.admit({ ...good, now: -1 }), "bad now");
        await assert.rejects(b.admit({ ...good, charges: [req(win, 1, -1)] }), "negative charge");
        await assert.rejects(b.admit({ ...good, reservations: [{ key: budget, limit: 100, amount: 0.5 }] }), "fractional amount");
        await assert.rejects(b.admit({ ...good, slots: [{ key: slot, limit: -1 }] }), "negative slot limit");
        assert.deepEqual(await b.budget(budget), { limit: undefined, spent: 0, reserved: 0 }, "nothing reserved");
        assert.deepEqual(await b.charge([req(win, 1)], T0), { ok: true }, "nothing charged");
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "other", 60_000, T0), { ok: true }, "no slot taken");
      });
    });

    describe("whole settlement (finish): release, settle and add in one step", () => {
      /** A backend with finish(), or the test is skipped (it is optional in the contract). */
      const withFinish = async (t: { skip: (why: string) => void }): Promise<(LimitBackend & Required<Pick<LimitBackend, "finish">>) | undefined> => {
        const b = await backend();
        if (!b.finish) {
          t.skip("the backend has no finish()");
          return undefined;
        }
        return b as LimitBackend & Required<Pick<LimitBackend, "finish">>;
      };
      const none: FinishRequest = { slots: [], leaseId: "r", budgetKeys: [], reservationId: "r", actual: 0, charges: [], now: T0 };

      test("releases the lease, settles each budget once to `actual` and frees its reservation, adds the charges to the caller's windows", async (t) => {
        const b = await withFinish(t);
        if (!b) return;
        const [slot, team, tenant, perMinute, perSecond] = [k("fslot"), k("fteam"), k("ftenant"), k("fmin"), k("fsec")];
        const now = Date.now();
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "r1", 60_000, now), { ok: true });
        const items = [
          { key: team, limit: 1_000, amount: 600 },
          { key: tenant, limit: 5_000, amount: 600 },
        ];
        assert.deepEqual(await b.reserve(items, "r1", 60_000, now), { ok: true });
        assert.deepEqual(await b.reserve([{ key: tenant, limit: 5_000, amount: 100 }], "other", 60_000, now), { ok: true });
        assert.deepEqual(await b.charge([req(perMinute, 100, 10)], T0 + 1_500), { ok: true });
        await b.finish({
          slots: [{ key: slot, limit: 1 }],
          leaseId: "r1",
          budgetKeys: [team, tenant, team],
          reservationId: "r1",
          actual: 250,
          charges: [req(perMinute, 100, 50), req(perSecond, 100, 30, 1_000)],
          now: T0 + 1_500,
        });
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "other", 60_000, now), { ok: true }, "the lease was released");
        assert.deepEqual(await b.budget(team), { limit: 1_000, spent: 250, reserved: 0 }, "settled once although named twice");
        assert.deepEqual(await b.budget(tenant), { limit: 5_000, spent: 250, reserved: 100 }, "only r1's reservation was freed");
        assert.deepEqual(await b.charge([req(perMinute, 100, 40)], T0 + 1_500), { ok: true }, "10 + 50 counted: 40 more fit");
        assert.equal((await b.charge([req(perMinute, 100)], T0 + 1_500)).ok, false);
        assert.deepEqual(await b.charge([req(perSecond, 100, 70, 1_000)], T0 + 1_999), { ok: true }, "30 counted in the second of `now`: 70 more fit");
        assert.equal((await b.charge([req(perSecond, 100, 1, 1_000)], T0 + 1_999)).ok, false);
        assert.deepEqual(await b.charge([req(perSecond, 100, 100, 1_000)], T0 + 999), { ok: true }, "nothing in the second before");
        assert.deepEqual(await b.charge([req(perSecond, 100, 100, 1_000)], T0 + 2_000), { ok: true }, "nor in the one after");
      });

      test("an upstream overrun is counted in full; a reservation already gone still counts `actual`", async (t) => {
        const b = await withFinish(t);
        if (!b) return;
        const key = k("foverrun");
        assert.deepEqual(await b.reserve([{ key, limit: 1_000, amount: 100 }], "r1", 60_000, Date.now()), { ok: true });
        await b.finish({ ...none, budgetKeys: [key], reservationId: "r1", actual: 180 });
        assert.deepEqual(await b.budget(key), { limit: 1_000, spent: 180, reserved: 0 });
        await b.finish({ ...none, budgetKeys: [key], reservationId: "expired-long-ago", actual: 20 });
        assert.equal((await b.budget(key)).spent, 200);
      });

      test("any part may be empty: each part alone does what its single call does", async (t) => {
        const b = await withFinish(t);
        if (!b) return;
        await b.finish(none);
        const [slot, budget, win] = [k("eslot"), k("ebudget"), k("ewin")];
        const now = Date.now();
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "r", 60_000, now), { ok: true });
        assert.deepEqual(await b.reserve([{ key: budget, limit: 1_000, amount: 500 }], "r", 60_000, now), { ok: true });

        await b.finish({ ...none, slots: [{ key: slot, limit: 1 }] });
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "other", 60_000, now), { ok: true }, "released");
        assert.deepEqual(await b.budget(budget), { limit: 1_000, spent: 0, reserved: 500 }, "the budget untouched");

        await b.finish({ ...none, budgetKeys: [budget], actual: 70 });
        assert.deepEqual(await b.budget(budget), { limit: 1_000, spent: 70, reserved: 0 }, "settled");
        assert.equal((await b.acquire([{ key: slot, limit: 1 }], "third", 60_000, now)).ok, false, "other's lease untouched");

        await b.finish({ ...none, charges: [req(win, 5, 5)], now: T0 });
        assert.equal((await b.charge([req(win, 5)], T0)).ok, false, "added, never refused: the window is full");
        assert.deepEqual(await b.budget(budget), { limit: 1_000, spent: 70, reserved: 0 }, "no second settlement");
        await b.finish({ ...none, charges: [req(win, 5, 3)], now: T0 });
        assert.equal((await b.charge([req(win, 5)], T0 + MINUTE)).ok, true, "a full window does not refuse an add; the next window is fresh");
      });

      test("refunds take tokens back from the window admission charged, never below zero, never creating a counter", async (t) => {
        const b = await withFinish(t);
        if (!b) return;
        const [win, other, gone] = [k("rwin"), k("rother"), k("rgone")];
        assert.deepEqual(await b.charge([req(win, 1_000, 1_000)], T0 + 5_000), { ok: true }, "the worst case fills the window");
        assert.deepEqual(await b.charge([req(other, 100, 10)], T0 + 5_000), { ok: true });
        // Settled in the next window: the refund goes to the window of refundAt, not of now.
        await b.finish({ ...none, refunds: [req(win, 1_000, 950), req(other, 100, 50), req(gone, 10, 5)], refundAt: T0 + 5_000, now: T0 + MINUTE + 1 });
        assert.deepEqual(await b.charge([req(win, 1_000, 950)], T0 + 6_000), { ok: true }, "950 came back");
        assert.equal((await b.charge([req(win, 1_000, 1)], T0 + 6_000)).ok, false, "and no more");
        assert.deepEqual(await b.charge([req(other, 100, 100)], T0 + 6_000), { ok: true }, "a refund larger than the count leaves zero, not less");
        assert.equal((await b.charge([req(other, 100, 1)], T0 + 6_000)).ok, false);
        assert.deepEqual(await b.charge([req(gone, 10, 10)], T0 + 6_000), { ok: true }, "no counter was created with a negative count");
        assert.equal((await b.charge([req(gone, 10, 1)], T0 + 6_000)).ok, false);
        assert.deepEqual(await b.charge([req(win, 1_000, 1_000)], T0 + MINUTE + 1), { ok: true }, "the window of `now` was not touched");
        await assert.rejects(b.finish({ ...none, refunds: [req(win, 1, -1)], refundAt: T0 }), "a refund cannot add");
        await assert.rejects(b.finish({ ...none, refunds: [req(win, 1, 1)] }), "refunds need refundAt");
      });

      test("bad inputs are refused like the single calls, and nothing is changed", async (t) => {
        const b = await withFinish(t);
        if (!b) return;
        const [slot, budget, win] = [k("fbslot"), k("fbbudget"), k("fbwin")];
        const now = Date.now();
        assert.deepEqual(await b.acquire([{ key: slot, limit: 1 }], "r", 60_000, now), { ok: true });
        assert.deepEqual(await b.reserve([{ key: budget, limit: 1_000, amount: 500 }], "r", 60_000, now), { ok: true });
        const good: FinishRequest = { slots: [{ key: slot, limit: 1 }], leaseId: "r", budgetKeys: [budget], reservationId: "r", actual: 100, charges: [req(win, 1)], now: T0 };
        await assert.rejects(b.finish({ ...good, leaseId: "" }), "empty lease id");
        await assert.rejects(b.finish({ ...good, reservationId: "" }), "empty reservation id");
        await assert.rejects(b.finish({ ...good, actual: -10 }), "negative actual");
        await assert.rejects(b.finish({ ...good, actual: 0.5 }), "fractional actual");
        await assert.rejects(b.finish({ ...good, actual: Number.POSITIVE_INFINITY }), "infinite actual");
        await assert.rejects(b.finish({ ...good, budgetKeys: [budget, ""] }), "empty budget key");
        await assert.rejects(b.finish({ ...good, charges: [req(win, 1, -1)] }), "add cannot subtract");
        await assert.rejects(b.finish({ ...good, charges: [req(win, 1, 1, 0)] }), "empty window");
        await assert.rejects(b.finish({ ...good, slots: [{ key: slot, limit: -1 }] }), "negative slot limit");
        await assert.rejects(b.finish({ ...good, slots: [{ key: "", limit: 1 }] }), "empty slot key");
        await assert.rejects(b.finish({ ...good, now: -1 }), "bad now");
        assert.equal((await b.acquire([{ key: slot, limit: 1 }], "other", 60_000, now)).ok, false, "the lease is still held");
        assert.deepEqual(await b.budget(budget), { limit: 1_000, spent: 0, reserved: 500 }, "nothing settled");
        assert.deepEqual(await b.charge([req(win, 1)], T0), { ok: true }, "nothing added");
      });
    });

    test("ping resolves while the backend can serve", async () => {
      const b = await backend();
      await b.ping();
    });
  });
}
