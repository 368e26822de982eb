/** Admission and settling over the memory backend: all-or-nothing across kinds, undo on refusal, settle to the true cost. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { LimitRule } from "../../src/config/limits-schema.js";
import { admit, finish } from "../../src/limits/admission.js";
import type { LimitBackend } from "../../src/limits/backend.js";
import { MemoryLimitBackend } from "../../src/limits/memory-backend.js";
import { type LimitSubject, LimitRules } from "../../src/limits/rules.js";

const NOW = Date.parse("2026-11-26T08:30:00Z");
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
    await finish(b, first.admitted, { completionTokens: 5, costMicros: 100 }, NOW);
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

  test("completion tokens count after the fact; without usage the worst case is spent", async () => {
    const b = new MemoryLimitBackend();
    const rules = new LimitRules(
      [rule({ id: "tpm", scope: "key", tokens: { limit: 100, window: 60_000 } })],
      [{ id: "eng", scope: "team", match: "*", amount: 10_000, currency: "USD", period: "month" }],
    );
    const c = rules.forRequest(alice, NOW);
    const a = await admit(b, c, input("t1", { promptTokens: 40 }));
    assert.ok(a.ok);
    await finish(b, a.admitted, { completionTokens: 50, costMicros: 90 }, NOW);
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

  test("a backend that fails mid-way: what was taken is undone and the error reaches the caller", async () => {
    const mem = new MemoryLimitBackend();
    const broken: LimitBackend = Object.assign(Object.create(mem) as LimitBackend, {
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
});
