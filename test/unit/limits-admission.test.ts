/** Admission and settling over the memory backend: all-or-nothing across kinds, undo on refusal, settle to the true cost. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { LimitRule } from "../../src/config/limits-schema.js";
import { admit, finish } from "../../src/limits/admission.js";
import type { LimitBackend } from "../../src/limits/backend.js";
import { MemoryLimitBackend } from "../../src/limits/memory-backend.js";
import { type LimitSubject, LimitRules } from "../../src/limits/rules.js";

const NOW = Date.parse("2026-11-26T08:30:00Z");

/**
 * The same memory backend seen without its whole-admission and whole-settlement operations: admission falls
 * back to acquire, reserve, charge and settling to release, settle, add.
 */
const threeCalls = (mem: MemoryLimitBackend): LimitBackend => Object.assign(Object.create(mem) as LimitBackend, { admit: undefined, finish: undefined });
const alice: LimitSubject = { tenantId: "default", keyId: "k1", principalId: "alice", teamId: "eng", model: "gpt-4o" };
const rule = (r: Partial<LimitRule> & Pick<LimitRule, "id" | "scope">): LimitRule => ({ match: "*", ...r });
const input = (id: string, extra: Partial<{ promptTokens: number; worstCaseMicros: number }> = {}) => ({
  id,
  promptTokens: 10,
  worstCaseMicros: 400,
  holdTtlMs: 60_000,
  now: NOW,
  ...extra,
});

describe("admit and finish", () => {
  test("a budget refusal releases the slot it took; a rate refusal also frees the reservation", async () => {
    const b = new MemoryLimitBackend();
    const rules = new LimitRules(
      [rule({ id: "one", scope: "principal", concurrent: 1 }), rule({ id: "rpm", scope: "key", requests: { limit: 1, window: 60_000 } })],
      [{ id: "eng", scope: "team", match: "*", amount: 1_000, currency: "USD", period: "month" }],
    );
    const c = rules.forRequest(alice, NOW);
    const tooDear = await admit(b, c, input("r1", { worstCaseMicros: 1_001 }));
    assert.equal(tooDear.ok, false);
    assert.equal(!tooDear.ok && tooDear.denial.code, "insufficient_quota");
    const first = await admit(b, c, input("r2"));
    assert.ok(first.ok, "the refused request's slot was released");
    await finish(b, first.admitted, { tokens: 15, micros: 100 }, NOW);
    const limited = await admit(b, c, input("r3"));
    assert.equal(!limited.ok && limited.denial.code, "rate_limit_exceeded");
    assert.match(!limited.ok ? limited.denial.message : "", /Rate limit 'rpm'/);
    assert.equal(!limited.ok && limited.denial.headers?.["retry-after"], "60", "the window started at NOW");
    const state = await b.budget(c.budgets[0]!.key);
    assert.deepEqual(state, { limit: 1_000, spent: 100, reserved: 0 }, "r3's reservation was freed, r1 never held one");
    assert.ok((await admit(b, c, { ...input("r4"), now: NOW + 60_000 })).ok, "nothing else held: the next window admits");
  });

  test("a concurrency refusal names the limit; finish releases the slot", async () => {
    const b = new MemoryLimitBackend();
    const c = new LimitRules([rule({ id: "two", scope: "team", concurrent: 2 })], []).forRequest(alice, NOW);
    const a1 = await admit(b, c, input("a1"));
    const a2 = await admit(b, c, input("a2"));
    const a3 = await admit(b, c, input("a3"));
    assert.ok(a1.ok && a2.ok);
    assert.equal(!a3.ok && a3.denial.message, "Concurrency limit 'two' reached for team default/eng: 2 requests at a time. Retry after 1 s.");
    await finish(b, a1.admitted, undefined, NOW);
    assert.ok((await admit(b, c, input("a3"))).ok);
  });

  test("tokens beyond the admission charge count after the fact; without usage the worst case is spent", async () => {
    const b = new MemoryLimitBackend();
    const rules = new LimitRules(
      [rule({ id: "tpm", scope: "key", tokens: { limit: 100, window: 60_000 } })],
      [{ id: "eng", scope: "team", match: "*", amount: 10_000, currency: "USD", period: "month" }],
    );
    const c = rules.forRequest(alice, NOW);
    const a = await admit(b, c, input("t1", { promptTokens: 40 }));
    assert.ok(a.ok);
    await finish(b, a.admitted, { tokens: 90, micros: 90 }, NOW);
    const over = await admit(b, c, input("t2", { promptTokens: 11 }));
    assert.equal(!over.ok && over.denial.code, "rate_limit_exceeded", "40 + 50 + 11 > 100");
    const fits = await admit(b, c, input("t3", { promptTokens: 10 }));
    assert.ok(fits.ok);
    await finish(b, fits.admitted, undefined, NOW);
    assert.deepEqual(await b.budget(c.budgets[0]!.key), { limit: 10_000, spent: 90 + 400, reserved: 0 });
  });

  test("nothing reported or counted: the token limits are charged the output bound (fail safe)", async () => {
    const b = new MemoryLimitBackend();
    const c = new LimitRules([rule({ id: "tpm", scope: "key", tokens: { limit: 100, window: 60_000 } })], []).forRequest(alice, NOW);
    const a = await admit(b, c, { ...input("u1", { promptTokens: 10 }), completionTokens: 50 });
    assert.ok(a.ok);
    assert.equal(a.admitted.promptTokens, 10);
    await finish(b, a.admitted, undefined, NOW);
    const over = await admit(b, c, input("u2", { promptTokens: 41 }));
    assert.equal(!over.ok && over.denial.code, "rate_limit_exceeded", "10 + 50 + 41 > 100");
    assert.ok((await admit(b, c, input("u3", { promptTokens: 40 }))).ok);
  });

  test("a backend without admit() (three calls) fails mid-way: what was taken is undone and the error reaches the caller", async () => {
    const mem = new MemoryLimitBackend();
    const broken: LimitBackend = Object.assign(Object.create(mem) as LimitBackend, {
      admit: undefined,
      charge: async () => {
        throw new Error("redis down");
      },
    });
    const rules = new LimitRules(
      [rule({ id: "one", scope: "key", concurrent: 1, requests: { limit: 5, window: 60_000 } })],
      [{ id: "eng", scope: "team", match: "*", amount: 1_000, currency: "USD", period: "month" }],
    );
    const c = rules.forRequest(alice, NOW);
    await assert.rejects(admit(broken, c, input("x")), /redis down/);
    assert.deepEqual(await mem.budget(c.budgets[0]!.key), { limit: 1_000, spent: 0, reserved: 0 });
    assert.ok((await admit(mem, c, input("y"))).ok, "the slot was released");
  });

  test("admit() in one call is used when the backend has it; a failing one takes nothing and the error reaches the caller", async () => {
    const mem = new MemoryLimitBackend();
    let calls = 0;
    const counting: LimitBackend = Object.assign(Object.create(mem) as LimitBackend, {
      admit: (req: Parameters<NonNullable<LimitBackend["admit"]>>[0]) => {
        calls++;
        return mem.admit(req);
      },
      acquire: () => assert.fail("acquire called"),
      reserve: () => assert.fail("reserve called"),
      charge: () => assert.fail("charge called"),
    });
    const rules = new LimitRules(
      [rule({ id: "one", scope: "key", concurrent: 1, requests: { limit: 5, window: 60_000 } })],
      [{ id: "eng", scope: "team", match: "*", amount: 1_000, currency: "USD", period: "month" }],
    );
    const c = rules.forRequest(alice, NOW);
    assert.ok((await admit(counting, c, input("a"))).ok);
    assert.equal(calls, 1);
    const broken: LimitBackend = Object.assign(Object.create(mem) as LimitBackend, {
      admit: async () => {
        throw new Error("redis down");
      },
    });
    await assert.rejects(admit(broken, c, input("x")), /redis down/);
    assert.deepEqual(await mem.budget(c.budgets[0]!.key), { limit: 1_000, spent: 0, reserved: 400 }, "only a's reservation");
  });

  test("finish() in one call is used when the backend has it; a failing one reaches the caller", async () => {
    const mem = new MemoryLimitBackend();
    const seen: Parameters<NonNullable<LimitBackend["finish"]>>[0][] = [];
    const counting: LimitBackend = Object.assign(Object.create(mem) as LimitBackend, {
      finish: (req: Parameters<NonNullable<LimitBackend["finish"]>>[0]) => {
        seen.push(req);
        return mem.finish(req);
      },
      release: () => assert.fail("release called"),
      settle: () => assert.fail("settle called"),
      add: () => assert.fail("add called"),
    });
    const rules = new LimitRules(
      [rule({ id: "one", scope: "key", concurrent: 1, tokens: { limit: 100, window: 60_000 } })],
      [{ id: "eng", scope: "team", match: "*", amount: 1_000, currency: "USD", period: "month" }],
    );
    const c = rules.forRequest(alice, NOW);
    const a = await admit(counting, c, input("a", { promptTokens: 10 }));
    assert.ok(a.ok);
    await finish(counting, a.admitted, { tokens: 40, micros: 120 }, NOW);
    assert.equal(seen.length, 1, "one backend call");
    assert.deepEqual(seen[0], {
      slots: c.concurrency,
      leaseId: "a",
      budgetKeys: [c.budgets[0]!.key],
      reservationId: "a",
      actual: 120,
      charges: [{ ...c.tokens[0]!, amount: 30 }],
      refunds: [],
      refundAt: NOW,
      now: NOW,
    });
    assert.deepEqual(await mem.budget(c.budgets[0]!.key), { limit: 1_000, spent: 120, reserved: 0 });
    assert.ok((await admit(mem, c, input("b", { promptTokens: 60 }))).ok, "the slot was released; 10 + 30 + 60 tokens fit");
    assert.equal((await admit(mem, c, input("c", { promptTokens: 1 }))).ok, false, "concurrency 1: b holds the slot");

    const noTokens = new LimitRules([rule({ id: "rpm", scope: "key", requests: { limit: 5, window: 60_000 } })], []).forRequest(alice, NOW);
    const r = await admit(counting, noTokens, input("d"));
    assert.ok(r.ok);
    await finish(counting, r.admitted, undefined, NOW);
    assert.equal(seen.length, 1, "nothing to release, settle or add: no call");

    const broken: LimitBackend = Object.assign(Object.create(mem) as LimitBackend, {
      finish: async () => {
        throw new Error("redis down");
      },
    });
    const b = await admit(mem, new LimitRules([], [{ id: "eng", scope: "team", match: "*", amount: 1_000, currency: "USD", period: "month" }]).forRequest(alice, NOW), input("e"));
    assert.ok(b.ok);
    await assert.rejects(finish(broken, b.admitted, undefined, NOW), /redis down/);
  });

  test("one call or three, a refusal names the same limit with the same Retry-After", async () => {
    const rules = new LimitRules(
      [
        rule({ id: "conc", scope: "principal", concurrent: 1 }),
        rule({ id: "rpm", scope: "key", requests: { limit: 2, window: 60_000 } }),
        rule({ id: "tpm", scope: "team", tokens: { limit: 100, window: 60_000 } }),
      ],
      [
        { id: "eng", scope: "team", match: "*", amount: 1_000, currency: "USD", period: "month" },
        { id: "key", scope: "key", match: "*", amount: 500, currency: "USD", period: "day" },
      ],
    );
    const c = rules.forRequest(alice, NOW);
    // The same sequence against two fresh backends, one admitting in one call and one in three.
    const run = async (b: LimitBackend) => {
      const out: string[] = [];
      const step = async (id: string, extra: Parameters<typeof input>[1] = {}, at = NOW) => {
        const r = await admit(b, c, { ...input(id, extra), now: at });
        out.push(r.ok ? "ok" : `${r.denial.code} ${r.denial.message} ${r.denial.headers?.["retry-after"]}`);
        return r;
      };
      const held = await step("h1", { worstCaseMicros: 300 });
      await step("c1"); // the concurrency slot is held
      if (held.ok) await finish(b, held.admitted, { tokens: 10, micros: 300 }, NOW);
      await step("b1", { worstCaseMicros: 201 }); // the key's day budget: 300 + 201 > 500
      await step("t1", { promptTokens: 101, worstCaseMicros: 10 }); // the team's tokens
      const second = await step("r2", { worstCaseMicros: 10 });
      if (second.ok) await finish(b, second.admitted, { tokens: 10, micros: 10 }, NOW);
      await step("r3", { worstCaseMicros: 10 }, NOW + 30_000); // the key's requests: 2 per minute
      return out;
    };
    const one = await run(new MemoryLimitBackend());
    const three = await run(threeCalls(new MemoryLimitBackend()));
    assert.deepEqual(one, three);
    assert.equal(one.filter((o) => o === "ok").length, 2);
    assert.match(one[1]!, /Concurrency limit 'conc'/);
    assert.match(one[2]!, /^insufficient_quota/);
    assert.match(one[3]!, /Rate limit 'tpm'/);
    assert.match(one[5]!, /Rate limit 'rpm'.* 30$/);
  });

  test("token windows are charged the worst case at admission and refunded the difference at settlement", async () => {
    const b = new MemoryLimitBackend();
    const c = new LimitRules([rule({ id: "tpm", scope: "key", tokens: { limit: 1_000, window: 60_000 } })], []).forRequest(alice, NOW);
    // Six parallel requests of 8 prompt tokens with a 1000-token output bound: only one fits the window.
    const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => admit(b, c, { ...input(`p${i}`, { promptTokens: 8 }), completionTokens: 1_000 - 8 })));
    assert.equal(burst.filter((r) => r.ok).length, 1, "the window holds the worst case of the one admitted");
    const first = burst.find((r) => r.ok)!;
    assert.ok(first.ok);
    // It used 8 + 42 tokens: 950 come back to the window it was charged in, even if settled a little later.
    await finish(b, first.admitted, { tokens: 50, micros: 0 }, NOW + 1_000);
    const next = await admit(b, c, { ...input("q", { promptTokens: 8 }), completionTokens: 942, now: NOW + 1_000 });
    assert.ok(next.ok, "50 + 950 fit in 1000");
    const over = await admit(b, c, { ...input("r", { promptTokens: 1 }), now: NOW + 1_000 });
    assert.equal(over.ok, false, "the window is full: the refund did not over-credit it");
    // A refund never takes a window below zero, and one whose window ended is not carried into the next.
    if (next.ok) await finish(b, next.admitted, { tokens: 0, micros: 0 }, NOW + 61_000);
    const fresh = await admit(b, c, { ...input("s", { promptTokens: 1_000 }), now: NOW + 61_000 });
    assert.ok(fresh.ok, "the next window starts at zero");
    const full = await admit(b, c, { ...input("t", { promptTokens: 1 }), now: NOW + 61_000 });
    assert.equal(full.ok, false, "the ended window's refund was not credited to the new one");
  });
});
