/**
 * Limits and budgets end to end, through the official openai client: a
 * requests-per-window limit refuses the next request with 429, Retry-After
 * and a message naming the limit (and nothing reaches the upstream); a
 * concurrency limit refuses a second stream while the first flows and admits
 * again once it ended; a budget refuses once the reserved worst case would
 * not fit and is never overshot; the forwarded max_tokens is lowered to what
 * was reserved; the counters can live in Redis; and a counter store that is
 * down refuses with 503 limits_unavailable.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { promptTokens, textTokens } from "../../src/limits/cost.js";
import { budgetKey } from "../../src/limits/rules.js";
import { O200K_WITH_MARGIN, withMargin } from "../../src/limits/tokenizer.js";
import { type MockUpstream, startMockUpstream } from "../fixtures/mock-upstream.js";
import { fullConfig, startGateway, type TestGateway } from "./harness.js";
import { portReachable, REDIS_URL } from "../fixtures/redis.js";

async function client(h: TestGateway, models = ["demo", "mock-model"]): Promise<OpenAI> {
  return new OpenAI({ apiKey: await h.issue({ models }), baseURL: `${h.url}/v1`, maxRetries: 0 });
}
const ask = (o: OpenAI, model = "demo", extra: Record<string, unknown> = {}) =>
  o.chat.completions.create({ model, messages: [{ role: "user", content: "hello" }], ...extra } as OpenAI.ChatCompletionCreateParamsNonStreaming);

interface Refusal {
  status: number;
  code: string;
  type: string;
  message: string;
  retryAfter: string | null;
}

async function refusal(p: Promise<unknown>): Promise<Refusal> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof OpenAI.APIError, String(err));
    const e = err.error as { code: string; type: string; message: string };
    return { status: err.status!, code: e.code, type: e.type, message: e.message, retryAfter: err.headers?.get?.("retry-after") ?? null };
  }
  assert.fail("expected a refusal");
}

async function until(cond: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) assert.fail("condition not reached in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe("limits and budgets end to end", () => {
  let upstream: MockUpstream;
  before(async () => {
    upstream = await startMockUpstream();
  });
  after(async () => {
    await upstream.close();
  });

  test("no limits configured: no counter store at all", async () => {
    const h = await startGateway(fullConfig(upstream.url));
    try {
      assert.equal(h.gw.limitBackend, undefined);
      const o = await client(h);
      const r = await ask(o);
      assert.equal(r.object, "chat.completion");
    } finally {
      await h.close();
    }
  });

  test("requests per window: the (N+1)th gets 429 with Retry-After naming the limit, and never reaches the upstream", async () => {
    const h = await startGateway(fullConfig(upstream.url, { limits: [{ id: "per-minute", scope: "principal", requests: { limit: 3, window: "1m" } }] }));
    try {
      assert.equal(h.gw.limitBackend?.kind, "memory");
      const o = await client(h);
      const before = upstream.received.length;
      for (let i = 0; i < 3; i++) await ask(o, "mock-model");
      assert.equal(upstream.received.length, before + 3);
      const r = await refusal(ask(o, "mock-model"));
      assert.equal(r.status, 429);
      assert.equal(r.type, "rate_limit_error");
      assert.equal(r.code, "rate_limit_exceeded");
      assert.match(r.message, /'per-minute'/);
      assert.match(r.message, /3 requests per 1m/);
      assert.ok(r.retryAfter !== null && Number(r.retryAfter) >= 1 && Number(r.retryAfter) <= 60, `retry-after ${r.retryAfter}`);
      assert.equal(upstream.received.length, before + 3, "the refused request reached the upstream");
      // Model listing calls no upstream and is not limited.
      const models = await o.models.list();
      assert.ok(models.data.length > 0);
    } finally {
      await h.close();
    }
  });

  test("concurrency: a second stream is refused while the first flows; admitted again once it ended", async () => {
    // Guard off: the standard profile holds back a short reply's text, which would hide the stream's pace.
    const cfg = fullConfig(upstream.url, { limits: [{ id: "one-at-a-time", scope: "principal", concurrent: 1 }], guard: { profile: "off" } });
    (cfg.providers as Record<string, unknown>).demo = { type: "demo", chunkDelayMs: 40 };
    const h = await startGateway(cfg);
    try {
      const o = await client(h);
      const first = await o.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "say: one two three four five six seven eight nine ten" }], stream: true });
      const r = await refusal(ask(o));
      assert.equal(r.status, 429);
      assert.match(r.message, /Concurrency limit 'one-at-a-time'/);
      assert.ok(r.retryAfter !== null);
      let chunks = 0;
      for await (const _ of first) chunks++;
      assert.ok(chunks > 1, "the first stream delivered");
      // The slot is released by the record stage, in the background.
      await until(async () => {
        try {
          await ask(o);
          return true;
        } catch (err) {
          if (err instanceof OpenAI.APIError && err.status === 429) return false;
          throw err;
        }
      });
    } finally {
      await h.close();
    }
  });

  test("budget: refused once the reserved worst case would not fit, and never overshot", async () => {
    const cfg = fullConfig(upstream.url, {
      budgets: [{ id: "daily", scope: "principal", amount: 0.5, currency: "USD", period: "day" }],
      limitsDefaults: { maxOutputTokens: 100 },
      guard: { profile: "off" },
    });
    (cfg.providers as Record<string, unknown>).demo = { type: "demo", chunkDelayMs: 30 };
    // 1000 USD per million tokens: 1000 micro-units a token; a request reserves (prompt + 100) × 1000.
    (cfg.models as Record<string, unknown>[]) = [{ name: "demo", provider: "demo", price: { input: 1000, output: 1000, currency: "USD" } }];
    const h = await startGateway(cfg);
    try {
      const o = await client(h, ["demo"]);
      const backend = h.gw.limitBackend!;
      const key = budgetKey({ id: "daily", scope: "principal", period: "day" }, "default/tester", Date.now());
      // A burst of slow streams in parallel: reservations, not settled spending, decide admission.
      const stream = async () => {
        const s = await o.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "say: one two three four five" }], stream: true, stream_options: { include_usage: true } });
        for await (const _ of s) {
          // drain
        }
      };
      const burst = await Promise.allSettled(Array.from({ length: 8 }, stream));
      const served = burst.filter((r) => r.status === "fulfilled").length;
      const refused = burst.filter((r) => r.status === "rejected");
      assert.ok(served >= 1 && refused.length >= 1, `served ${served}, refused ${refused.length}`);
      for (const r of refused) {
        const err = (r as PromiseRejectedResult).reason as InstanceType<typeof OpenAI.APIError>;
        assert.equal(err.status, 429);
        assert.equal((err.error as { code: string }).code, "insufficient_quota");
        assert.match((err.error as { message: string }).message, /Budget 'daily'/);
      }
      await until(async () => (await backend.budget(key)).reserved === 0);
      // Then one at a time until the budget has no room for another worst case.
      let last: Refusal | undefined;
      for (let i = 0; i < 20 && !last; i++) {
        try {
          await ask(o);
        } catch (err) {
          last = await refusal(Promise.reject(err));
        }
      }
      assert.ok(last, "the budget never refused");
      assert.equal(last.status, 429);
      assert.equal(last.code, "insufficient_quota");
      assert.ok(last.retryAfter !== null);
      await until(async () => (await backend.budget(key)).reserved === 0);
      const state = await backend.budget(key);
      assert.ok(state.spent > 0, "spending was settled");
      assert.ok(state.spent <= 500_000, `overshot: spent ${state.spent} of 500000`);
      // Settled to the reported usage, not the worst case: more than the worst-case count fitted.
      assert.ok(state.spent + 150 * 1000 > 500_000, "refused although a worst case still fitted");
    } finally {
      await h.close();
    }
  });

  test("the forwarded max_tokens is lowered to what was reserved", async () => {
    const h = await startGateway(
      fullConfig(upstream.url, { limits: [{ id: "tpm", scope: "principal", tokens: { limit: 1_000_000, window: "1m" } }], limitsDefaults: { maxOutputTokens: 50 } }),
    );
    try {
      const o = await client(h);
      const sent = () => JSON.parse(upstream.received.at(-1)!.body) as Record<string, unknown>;
      await ask(o, "mock-model", { max_tokens: 1000 });
      assert.equal(sent().max_tokens, 50);
      await ask(o, "mock-model", { max_completion_tokens: 4000 });
      assert.equal(sent().max_completion_tokens, 50);
      await ask(o, "mock-model");
      assert.equal(sent().max_completion_tokens, 50, "no limit named: the reserved one is set");
      await ask(o, "mock-model", { max_tokens: 10 });
      assert.equal(sent().max_tokens, 10, "a smaller limit is kept");
      assert.equal(sent().max_completion_tokens, undefined);
    } finally {
      await h.close();
    }
  });

  test("the Anthropic endpoint's max_tokens is lowered too", async () => {
    const h = await startGateway(
      fullConfig(upstream.url, { limits: [{ id: "tpm", scope: "principal", tokens: { limit: 1_000_000, window: "1m" } }], limitsDefaults: { maxOutputTokens: 50 } }),
    );
    try {
      const key = await h.issue({ models: ["claude-test"] });
      const res = await fetch(`${h.url}/v1/messages`, {
        method: "POST",
        headers: { "x-api-key": key, "content-type": "application/json", "anthropic-version": "2023-06-01" },
        body: JSON.stringify({ model: "claude-test", max_tokens: 4000, messages: [{ role: "user", content: "hi" }] }),
      });
      assert.equal(res.status, 200, await res.text());
      assert.equal((JSON.parse(upstream.received.at(-1)!.body) as { max_tokens: number }).max_tokens, 50);
    } finally {
      await h.close();
    }
  });

  test("auditing off: the budget still settles to the reported usage, not the worst case", async () => {
    const cfg = fullConfig(upstream.url, {
      budgets: [{ id: "daily", scope: "principal", amount: 10, currency: "USD", period: "day" }],
      limitsDefaults: { maxOutputTokens: 1000 },
      audit: { enabled: false },
    });
    (cfg.models as Record<string, unknown>[]) = [{ name: "demo", provider: "demo", price: { input: 1000, output: 1000, currency: "USD" } }];
    const h = await startGateway(cfg);
    try {
      assert.equal(h.gw.auditLog, undefined);
      const o = await client(h, ["demo"]);
      const r = await ask(o);
      const used = (r.usage!.prompt_tokens + r.usage!.completion_tokens) * 1000;
      const key = budgetKey({ id: "daily", scope: "principal", period: "day" }, "default/tester", Date.now());
      await until(async () => (await h.gw.limitBackend!.budget(key)).spent > 0);
      const state = await h.gw.limitBackend!.budget(key);
      assert.equal(state.reserved, 0);
      assert.equal(state.spent, used);
    } finally {
      await h.close();
    }
  });

  test("no usage reported: the budget settles to the tokens counted from the delivered text, not the reservation", async () => {
    const cfg = fullConfig(upstream.url, {
      budgets: [{ id: "daily", scope: "principal", amount: 10, currency: "USD", period: "day" }],
      limitsDefaults: { maxOutputTokens: 1000 },
      guard: { profile: "off" },
    });
    // 1000 USD per million tokens: 1000 micro-units a token.
    (cfg.models as Record<string, unknown>[]) = [{ name: "mock-model", provider: "mock", price: { input: 1000, output: 1000, currency: "USD" } }];
    const h = await startGateway(cfg);
    try {
      const o = await client(h, ["mock-model"]);
      const backend = h.gw.limitBackend!;
      const key = budgetKey({ id: "daily", scope: "principal", period: "day" }, "default/tester", Date.now());
      const settled = async () => {
        await until(async () => (await backend.budget(key)).reserved === 0);
        return (await backend.budget(key)).spent;
      };
      const messages = [{ role: "user" as const, content: "tell me a story" }];
      // mock-model is no OpenAI model: counted with o200k plus the safety margin (limits/tokenizer.ts).
      const prompt = promptTokens("chat", { messages }, O200K_WITH_MARGIN);
      const counted = (text: string) => withMargin(O200K_WITH_MARGIN, textTokens(text));
      // A stream without stream_options.include_usage: the mock reports no usage at all.
      const s = await o.chat.completions.create({ model: "mock-model", messages, stream: true });
      let text = "";
      for await (const c of s) text += c.choices[0]?.delta.content ?? "";
      assert.equal(text, "tok0 tok1 tok2 tok3 tok4 ");
      const spent = await settled();
      assert.equal(spent, (prompt + counted(text)) * 1000, "price × (prompt + counted completion tokens)");
      assert.ok(spent < (prompt + 1000) * 1000, "not the reservation");
      // A whole reply without a usage object: its message is counted the same way.
      const r = await ask(o, "mock-model", { messages: [{ role: "user", content: "no-usage" }] });
      assert.equal(r.usage, undefined);
      const after = await settled();
      assert.equal(after - spent, (promptTokens("chat", { messages: [{ role: "user", content: "no-usage" }] }, O200K_WITH_MARGIN) + counted(r.choices[0]!.message.content!)) * 1000);
    } finally {
      await h.close();
    }
  });

  test("no usage reported: the tokens-per-window limit is charged the counted completion tokens, no more, no less", async () => {
    const story = [{ role: "user" as const, content: "tell me a story" }];
    const prompt = promptTokens("chat", { messages: story }, O200K_WITH_MARGIN);
    const completion = withMargin(O200K_WITH_MARGIN, textTokens("tok0 tok1 tok2 tok3 tok4 ")); // the mock's stream
    const small = [{ role: "user" as const, content: "a" }];
    const smallPrompt = promptTokens("chat", { messages: small }, O200K_WITH_MARGIN);
    // The window is charged each request's worst case (prompt + max_tokens) at admission and settled to
    // what was counted: after the stream, a follow-up whose worst case fills the rest exactly fits, and
    // one a token larger does not.
    const limit = 1_000;
    // A budget too, only to see when the settlement (one step with the window refund) has landed.
    const cfg = fullConfig(upstream.url, {
      limits: [{ id: "tpm", scope: "principal", tokens: { limit, window: "1h" } }],
      budgets: [{ id: "daily", scope: "principal", amount: 1_000, currency: "USD", period: "day" }],
      guard: { profile: "off" },
    });
    (cfg.models as Record<string, unknown>[]) = [{ name: "mock-model", provider: "mock", price: { input: 1, output: 1, currency: "USD" } }];
    const h = await startGateway(cfg);
    try {
      for (const [principal, extra, fits] of [
        ["fits", 0, true],
        ["over", 1, false],
      ] as const) {
        const o = new OpenAI({ apiKey: await h.issue({ principal, models: ["mock-model"] }), baseURL: `${h.url}/v1`, maxRetries: 0 });
        const s = await o.chat.completions.create({ model: "mock-model", messages: story, stream: true, max_tokens: 100 });
        for await (const _ of s) {
          // drain
        }
        const rest = limit - prompt - completion - smallPrompt + extra;
        // The settle stage runs in the background once the stream ended: wait until it has landed.
        const key = budgetKey({ id: "daily", scope: "principal", period: "day" }, `default/${principal}`, Date.now());
        await until(async () => {
          const b = await h.gw.limitBackend!.budget(key);
          return b.reserved === 0 && b.spent > 0;
        });
        const p = ask(o, "mock-model", { messages: small, max_tokens: rest });
        if (fits) assert.equal((await p).object, "chat.completion", "charged more than the counted tokens");
        else assert.equal((await refusal(p)).status, 429, "charged less than the counted tokens");
      }
    } finally {
      await h.close();
    }
  });

  test("Redis backend: the counters live in Redis", async (t) => {
    if (!(await portReachable(6379))) {
      t.skip("Redis is not reachable at 127.0.0.1:6379");
      return;
    }
    const id = `e2e-${randomBytes(6).toString("hex")}`;
    const h = await startGateway(fullConfig(upstream.url, { limitsBackend: REDIS_URL, limits: [{ id, scope: "principal", requests: { limit: 2, window: "1m" } }] }));
    try {
      assert.equal(h.gw.limitBackend?.kind, "redis");
      const o = await client(h);
      await ask(o);
      await ask(o);
      const r = await refusal(ask(o));
      assert.equal(r.status, 429);
      assert.match(r.message, new RegExp(`'${id}'`));
      assert.ok(r.retryAfter !== null);
    } finally {
      await h.close();
    }
  });

  test("a counter store that is down refuses with 503 limits_unavailable (fail closed)", async () => {
    const port = await closedPort();
    const h = await startGateway(fullConfig(upstream.url, { limitsBackend: `redis://127.0.0.1:${port}`, limits: [{ id: "rpm", scope: "principal", requests: { limit: 100, window: "1m" } }] }));
    try {
      const o = await client(h);
      const before = upstream.received.length;
      const r = await refusal(ask(o, "mock-model"));
      assert.equal(r.status, 503);
      assert.equal(r.code, "limits_unavailable");
      assert.equal(upstream.received.length, before);
    } finally {
      await h.close();
    }
  });
});
