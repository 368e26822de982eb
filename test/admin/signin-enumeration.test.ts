/**
 * Account enumeration through sign-in (issue 13): an e-mail with no account
 * must answer exactly like a real account given wrong passwords — status
 * sequence, body, headers, roughly the time — in bursts, one by one, and
 * across a restart (its lockout lives in the store, as an account's does).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DUMMY_HASH, hashPassword } from "../../src/identity/admin/passwords.js";
import { storeBackends } from "../fixtures/store-backends.js";
import { type BackendHarness, makeAdmin, type Response, startHarness, startOn } from "./helpers.js";

const count = (xs: readonly (string | number)[]) => {
  const m = new Map<string | number, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m.entries()].sort(([a], [b]) => String(a).localeCompare(String(b)));
};

/** What a caller can see of an answer, but the date. */
const visible = (r: Response) => ({
  status: r.status,
  body: r.text,
  headers: [...r.headers.entries()].filter(([k]) => k !== "date").sort(([a], [b]) => a.localeCompare(b)),
});

for (const backend of storeBackends) {
  describe(`sign-in of real and unknown e-mails (${backend.name})`, { skip: backend.skip }, () => {
    let h: BackendHarness;
    before(async () => {
      h = await startOn(backend);
    });
    after(() => h?.close());

    test("30 parallel wrong passwords get the same answers for a real account and an unknown e-mail", async () => {
      await makeAdmin(h, "real@example.com", "auditor");
      const burst = (email: string) => Promise.all(Array.from({ length: 30 }, (_, i) => h.client().post("/auth/login", { email, password: `wrong password ${i}` })));
      const real = await burst("real@example.com");
      const unknown = await burst("nobody@example.com");
      assert.deepEqual(count(unknown.map((r) => r.status)), count(real.map((r) => r.status)));
      assert.deepEqual(count(unknown.map((r) => JSON.stringify(visible(r)))), count(real.map((r) => JSON.stringify(visible(r)))), "bodies and headers too");
      assert.ok(real.some((r) => r.status === 429), "the burst locked the account");
    });

    test("one by one, an unknown e-mail locks like a real account, and the lock survives a restart", async () => {
      await makeAdmin(h, "steady@example.com", "auditor");
      const seq = async (email: string, n: number) => {
        const out: Response[] = [];
        for (let i = 0; i < n; i++) out.push(await h.client().post("/auth/login", { email, password: `wrong password ${i}` }));
        return out;
      };
      const real = await seq("steady@example.com", 6);
      const unknown = await seq("ghost@example.com", 6);
      assert.deepEqual(real.map((r) => r.status), [401, 401, 401, 401, 429, 429]);
      assert.deepEqual(unknown.map(visible), real.map(visible));

      await h.restart();
      const [realAfter, unknownAfter] = [await seq("steady@example.com", 1), await seq("ghost@example.com", 1)];
      assert.equal(realAfter[0]!.status, 429, "the real account is still locked");
      assert.deepEqual(unknownAfter.map(visible), realAfter.map(visible), "and so is the unknown e-mail");

      // Both locks end together, and the next lock of each doubles.
      h.clock.advance(61_000);
      const realNext = await seq("steady@example.com", 5);
      const unknownNext = await seq("ghost@example.com", 5);
      assert.equal(realNext.at(-1)!.headers.get("retry-after"), "120");
      assert.deepEqual(unknownNext.map(visible), realNext.map(visible));
    });

    test("the unknown e-mail is not stored in clear", async () => {
      const tables = await h.store.db.introspection.getTables();
      for (const t of tables) {
        if (t.name === "admin_accounts" || t.name.startsWith("kysely_")) continue;
        const text = t.columns.filter((c) => /char|text/i.test(c.dataType)).map((c) => c.name);
        for (const column of text) {
          // biome-ignore lint/suspicious/noExplicitAny: any table of the schema
          const rows = await (h.store.db as any).selectFrom(t.name).select(column).execute();
          assert.ok(!JSON.stringify(rows).includes("ghost@example.com"), `${t.name}.${column}`);
        }
      }
    });
  });
}

describe("sign-in timing of real and unknown e-mails", () => {
  test("unknown e-mails verify against a ready-made hash with the parameters real hashes get (no first-time hashing)", async () => {
    const params = (phc: string) => phc.split("$").slice(1, 4).join("$");
    assert.equal(params(DUMMY_HASH), params(await hashPassword("a long enough password")));
    assert.match(params(DUMMY_HASH), /^argon2id\$v=19\$m=19456,t=2,p=1$/);
  });

  test("a wrong password costs about the same for a real account and an unknown e-mail", async () => {
    const h = await startHarness({ lockout: { maxFailures: 100 } });
    try {
      await makeAdmin(h, "timed@example.com", "auditor");
      const c = h.client();
      const timed = async (email: string) => {
        const t = process.hrtime.bigint();
        const r = await c.post("/auth/login", { email, password: "not the password!" });
        assert.equal(r.status, 401);
        return Number(process.hrtime.bigint() - t) / 1e6;
      };
      await timed("timed@example.com"); // warm-up: the argon2 module, the dummy hash
      const real: number[] = [];
      const unknown: number[] = [];
      // Interleaved, so load on the machine falls on both alike.
      for (let i = 0; i < 9; i++) {
        real.push(await timed("timed@example.com"));
        unknown.push(await timed(`unknown-${i}@example.com`));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const ratio = median(unknown) / median(real);
      assert.ok(ratio > 0.5 && ratio < 2, `median ${median(unknown).toFixed(1)} ms (unknown) vs ${median(real).toFixed(1)} ms (real)`);
    } finally {
      await h.close();
    }
  });
});
