/**
 * The limits attacks of issue 13, end to end through the gateway (the openai
 * client; fetch for Anthropic's /v1/messages) against the mock upstream:
 * aborted streams settle to at least their reservation, size fields sent as
 * strings are refused before anything is reserved or forwarded, token
 * windows hold the worst case of requests in flight, a reply claiming more
 * than its reservation is charged at most the reservation plus the margin
 * (and recorded), a usage without whole-number counts is replaced by the
 * counted text, and a generic route charges the tokens its pointers find.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import OpenAI from "openai";
import { promptTokens, textTokens } from "../../src/limits/cost.js";
import { budgetKey } from "../../src/limits/rules.js";
import { OVERRUN_MARGIN } from "../../src/limits/settlement.js";
import { O200K_WITH_MARGIN, withMargin } from "../../src/limits/tokenizer.js";
import { type MockUpstream, type Received, startMockUpstream } from "../fixtures/mock-upstream.js";
import { portReachable, REDIS_URL } from "../fixtures/redis.js";
import { fullConfig, startGateway, type TestGateway } from "./harness.js";

/** 1000 USD per million tokens: one token costs 1000 micro-units. */
const PRICE = { input: 1000, output: 1000, currency: "USD" };
const TOKEN = 1000;

async function until(cond: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) assert.fail("condition not reached in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A gateway with one daily budget per principal over priced mock-model and claude-test. */
async function budgeted(upstream: MockUpstream, amount: number, extra: Record<string, unknown> = {}): Promise<TestGateway> {
  const cfg = fullConfig(upstream.url, { budgets: [{ id: "daily", scope: "principal", amount, currency: "USD", period: "day" }], guard: { profile: "off" }, ...extra });
  cfg.models = [
    { name: "mock-model", provider: "mock", price: PRICE },
    { name: "claude-test", provider: "claude", price: PRICE },
  ];
  return startGateway(cfg);
}

/** The budget's settled spending once nothing is reserved any more. */
async function settledSpend(h: TestGateway, principal = "tester"): Promise<number> {
  const key = budgetKey({ id: "daily", scope: "principal", period: "day" }, `default/${principal}`, Date.now());
  await until(async () => (await h.gw.limitBackend!.budget(key)).reserved === 0);
  return (await h.gw.limitBackend!.budget(key)).spent;
}

const openai = async (h: TestGateway, models = ["mock-model"], principal = "tester") =>
  new OpenAI({ apiKey: await h.issue({ models, principal }), baseURL: `${h.url}/v1`, maxRetries: 0 });

describe("limits: settlement and reservation attacks (issue 13)", () => {
  let upstream: MockUpstream;
  before(async () => {
    upstream = await startMockUpstream();
  });
  after(async () => {
    await upstream.close();
  });

  test("an aborted Anthropic stream settles to its reservation, not message_start's output_tokens: 1", async () => {
    const h = await budgeted(upstream, 100);
    try {
      const deltas = 279;
      const script = upstream.script({
        contentType: "text/event-stream",
        hold: true, // still generating when the caller leaves
        chunks: [
          `event: message_start\ndata: ${JSON.stringify({ type: "message_start", message: { id: "m", type: "message", role: "assistant", content: [], model: "claude-test", usage: { input_tokens: 10, output_tokens: 1 } } })}\n\n`,
          `event: content_block_start\ndata: ${JSON.stringify({ type: "content_block_start", index: 0, content_block: { type: "text", text: "" } })}\n\n`,
          ...Array.from({ length: deltas }, () => `event: content_block_delta\ndata: ${JSON.stringify({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "word " } })}\n\n`),
        ],
      });
      const body = { model: "claude-test", max_tokens: 500, stream: true, messages: [{ role: "user", content: script }] };
      const abort = new AbortController();
      const res = await fetch(`${h.url}/v1/messages`, {
        method: "POST",
        headers: { "x-api-key": await h.issue({ models: ["claude-test"] }), "content-type": "application/json", "anthropic-version": "2023-06-01" },
        body: JSON.stringify(body),
        signal: abort.signal,
      });
      assert.equal(res.status, 200);
      const reader = res.body!.getReader();
      let seen = "";
      while ((seen.match(/text_delta/g) ?? []).length < deltas) {
        const { value, done } = await reader.read();
        assert.ok(!done, "the stream ended early");
        seen += new TextDecoder().decode(value);
      }
      abort.abort();
      await reader.cancel().catch(() => {});
      const reserved = (promptTokens("messages", body, O200K_WITH_MARGIN) + 500) * TOKEN;
      const spent = await settledSpend(h);
      assert.ok(withMargin(O200K_WITH_MARGIN, textTokens("word ".repeat(deltas))) < 500, "precondition: less was delivered than reserved");
      assert.equal(spent, reserved, `settled to the reservation (message_start alone would say ${11 * TOKEN})`);
    } finally {
      await h.close();
    }
  });

  test("an aborted OpenAI stream with include_usage settles to its reservation too", async () => {
    const h = await budgeted(upstream, 100);
    try {
      const o = await openai(h);
      const messages = [{ role: "user" as const, content: "long-stream" }];
      const s = await o.chat.completions.create({ model: "mock-model", messages, max_tokens: 300, stream: true, stream_options: { include_usage: true } });
      let n = 0;
      for await (const _ of s) if (++n === 3) break; // leaving the loop aborts the request
      const spent = await settledSpend(h);
      assert.equal(spent, (promptTokens("chat", { messages }, O200K_WITH_MARGIN) + 300) * TOKEN);
    } finally {
      await h.close();
    }
  });

  test('size fields as strings ("n": "9", "best_of": "5", "max_completion_tokens": "8000") are refused with 400 before anything is reserved or forwarded', async () => {
    // An upstream that coerces types (vLLM-style) and bills n × max_completion_tokens.
    const coercing = upstream.script({
      contentType: "application/json",
      body: (req: Received) => {
        const b = JSON.parse(req.body) as Record<string, unknown>;
        const perChoice = Number(b.max_completion_tokens ?? b.max_tokens ?? 16);
        const choices = Math.max(Number(b.n ?? 1), Number(b.best_of ?? 1));
        return JSON.stringify({ object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "length" }], usage: { prompt_tokens: 10, completion_tokens: perChoice * choices, total_tokens: 10 + perChoice * choices } });
      },
    });
    const budget = 5; // USD: 5000 tokens' worth
    const h = await budgeted(upstream, budget);
    try {
      const o = await openai(h);
      const messages = [{ role: "user" as const, content: coercing }];
      const before = upstream.received.length;
      const cases: [Record<string, unknown>, string][] = [
        [{ max_tokens: 1, n: "9" }, "n"],
        [{ max_tokens: 1, best_of: "5" }, "best_of"],
        [{ max_tokens: 1, max_completion_tokens: "8000" }, "max_completion_tokens"],
        [{ max_output_tokens: "8000" }, "max_output_tokens"],
      ];
      // Twenty in parallel, five of each shape.
      const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => o.chat.completions.create({ model: "mock-model", messages, ...cases[i % 4]![0] } as never)));
      results.forEach((r, i) => {
        assert.equal(r.status, "rejected", `request ${i} was forwarded`);
        const err = (r as PromiseRejectedResult).reason as InstanceType<typeof OpenAI.APIError>;
        assert.equal(err.status, 400);
        const e = err.error as { type: string; code: string; param: string; message: string };
        assert.equal(e.type, "invalid_request_error");
        assert.equal(e.param, cases[i % 4]![1]);
        assert.match(e.message, /expected a positive integer/);
      });
      assert.equal(upstream.received.length, before, "nothing reached the upstream");
      assert.equal(await settledSpend(h), 0);
      // The Anthropic endpoint's max_tokens likewise.
      const res = await fetch(`${h.url}/v1/messages`, {
        method: "POST",
        headers: { "x-api-key": await h.issue({ models: ["claude-test"] }), "content-type": "application/json", "anthropic-version": "2023-06-01" },
        body: JSON.stringify({ model: "claude-test", max_tokens: "4000", messages: [{ role: "user", content: "hi" }] }),
      });
      assert.equal(res.status, 400);
      assert.match(((await res.json()) as { error: { message: string } }).error.message, /'max_tokens'/);
      // Numbers are reserved in full: 20 parallel requests of n 9 × 100 tokens against a budget for 5 of them never overshoot.
      const numeric = await Promise.allSettled(Array.from({ length: 20 }, () => o.chat.completions.create({ model: "mock-model", messages, max_tokens: 1, max_completion_tokens: 100, n: 9 })));
      assert.ok(numeric.some((r) => r.status === "fulfilled") && numeric.some((r) => r.status === "rejected"));
      const spent = await settledSpend(h);
      assert.ok(spent <= budget * 1_000_000, `spent ${spent} of ${budget * 1_000_000}`);
    } finally {
      await h.close();
    }
  });

  for (const backend of ["memory", "redis"] as const) {
    test(`token windows (${backend}): parallel requests without max_tokens are admitted for their worst case, and the rest is refunded`, async (t) => {
      if (backend === "redis" && !(await portReachable(6379))) {
        t.skip("Redis is not reachable at 127.0.0.1:6379");
        return;
      }
      const id = `tpm-${randomBytes(4).toString("hex")}`;
      const h = await startGateway(
        fullConfig(upstream.url, { limits: [{ id, scope: "principal", tokens: { limit: 1_000, window: "1h" } }], guard: { profile: "off" }, ...(backend === "redis" ? { limitsBackend: REDIS_URL } : {}) }),
      );
      try {
        const o = await openai(h);
        const slow = [{ role: "user" as const, content: "slow-300" }];
        const before = upstream.received.length;
        const burst = await Promise.allSettled(Array.from({ length: 6 }, () => o.chat.completions.create({ model: "mock-model", messages: slow })));
        const served = burst.filter((r) => r.status === "fulfilled").length;
        assert.equal(served, 1, `${served} of 6 passed a 1000-token window (each may produce up to the whole window)`);
        for (const r of burst.filter((r) => r.status === "rejected")) assert.equal(((r as PromiseRejectedResult).reason as { status: number }).status, 429);
        const sent = JSON.parse(upstream.received.at(before)!.body) as { max_completion_tokens: number };
        assert.equal(sent.max_completion_tokens, 1_000 - promptTokens("chat", { messages: slow }, O200K_WITH_MARGIN), "max output lowered to what fits the window");
        // The mock reports 10 + 5 tokens: the rest of the worst case comes back to the window.
        await until(async () => {
          try {
            await o.chat.completions.create({ model: "mock-model", messages: [{ role: "user", content: "hi" }], max_tokens: 900 });
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
  }

  test("a reply reporting 1,000,000 completion tokens for max_tokens 20 is charged at most its reservation plus the margin, and recorded", async () => {
    const liar = upstream.script({
      contentType: "application/json",
      body: JSON.stringify({ object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: 1_000_000, total_tokens: 1_000_010 } }),
    });
    const h = await budgeted(upstream, 10);
    try {
      const o = await openai(h);
      const messages = [{ role: "user" as const, content: liar }];
      await o.chat.completions.create({ model: "mock-model", messages, max_tokens: 20 });
      const reserved = (promptTokens("chat", { messages }, O200K_WITH_MARGIN) + 20) * TOKEN;
      const spent = await settledSpend(h);
      assert.equal(spent, reserved + Math.ceil(reserved * OVERRUN_MARGIN), `spent ${spent}, reserved ${reserved}`);
      await until(async () => (await h.logText()).includes("charged above its reservation"));
      assert.match(await h.logText(), /"reportedTokens":1000010/);
      assert.equal(h.gw.limitOverruns, 1);
      // The finding is on the request's audit event.
      await until(async () => {
        for await (const r of h.store.audit.scan()) {
          const e = JSON.parse(r.body) as { reasons?: { source: string; verdict: string }[] };
          if (e.reasons?.some((x) => x.source === "limits:overrun" && x.verdict === "flag")) return true;
        }
        return false;
      });
    } finally {
      await h.close();
    }
  });

  test("usage with only total_tokens (or fractions) settles to the counted text, not to nothing", async () => {
    const content = "a reply of some length that the upstream does not count properly";
    const scripts = [{ total_tokens: 500 }, { prompt_tokens: 10.5, completion_tokens: 3.2 }].map((usage) =>
      upstream.script({ contentType: "application/json", body: JSON.stringify({ object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }], usage }) }),
    );
    const h = await budgeted(upstream, 10);
    try {
      const o = await openai(h);
      let expected = 0;
      for (const s of scripts) {
        const messages = [{ role: "user" as const, content: s }];
        await o.chat.completions.create({ model: "mock-model", messages, max_tokens: 200 });
        expected += (promptTokens("chat", { messages }, O200K_WITH_MARGIN) + withMargin(O200K_WITH_MARGIN, textTokens(content))) * TOKEN;
        assert.equal(await settledSpend(h), expected);
      }
    } finally {
      await h.close();
    }
  });

  test("a generic route that declares its usage pointers is charged to token limits", async () => {
    const h = await startGateway(
      fullConfig(upstream.url, {
        routes: [{ name: "llm", provider: "fraud", methods: ["POST"], usage: { promptTokens: "/usage/input", completionTokens: "/usage/output" } }],
        limits: [{ id: "route-tpm", scope: "principal", tokens: { limit: 1_000, window: "1h" } }],
        guard: { profile: "off" },
      }),
    );
    try {
      const key = await h.issue({ routes: ["llm"] } as never);
      const script = upstream.script({ contentType: "application/json", body: JSON.stringify({ text: "generated", usage: { input: 300, output: 400 } }) });
      const call = () => fetch(`${h.url}/inference/llm/generate`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ script }) });
      // 700 tokens charged per reply once settled (a route reserves nothing at admission): the window
      // of 1000 refuses once two replies are counted. Without the pointers nothing is ever counted.
      let served = 0;
      await until(async () => {
        const status = (await call()).status;
        if (status === 200) served++;
        return status === 429;
      });
      assert.ok(served >= 2, `refused after ${served} replies: 700 tokens fit in 1000`);
    } finally {
      await h.close();
    }
  });
});
