/**
 * GET /admin/v1/budgets over real HTTP: each tenant's admin sees the budget
 * state of its own keys, principals, teams and tenant (never another
 * tenant's, never the shared model budgets); filters; a role without
 * budgets:read is refused; bad filters are 400s in the admin error shape;
 * an admin app without the gateway's counters says so (503); and the
 * listener `wardgate serve` starts is handed the gateway's counter store.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pino } from "pino";
import { startAdminListener } from "../../src/cli/admin.js";
import { parseConfig } from "../../src/config/load.js";
import { budgetSchema } from "../../src/config/limits-schema.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { issueKey } from "../../src/identity/gateway-keys.js";
import { MemoryLimitBackend } from "../../src/limits/memory-backend.js";
import { budgetKey } from "../../src/limits/rules.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { AdminClient, Clock, enrol, type Harness, makeAdmin, ORIGIN, startHarness } from "./helpers.js";

const BUDGETS = [
  { id: "per-key", scope: "key", amount: 1, period: "month" },
  { id: "eng", scope: "team", match: "eng", amount: 5, period: "week" },
  { id: "org", scope: "tenant", amount: 100, period: "total" },
  { id: "people", scope: "principal", amount: 2, period: "day" },
  { id: "gpt", scope: "model", amount: 1000 },
].map((b) => budgetSchema.parse(b));
const rule = (id: string) => BUDGETS.find((b) => b.id === id)!;

interface Row {
  budget: string;
  scope: string;
  subject: string;
  limit: string;
  spent: string;
  reserved: string;
  remaining: string;
  currency: string;
  period: string;
  periodKey: string;
  periodEnd: string | null;
}

describe("GET /admin/v1/budgets", () => {
  let h: Harness;
  const backend = new MemoryLimitBackend();
  let auditorA: AdminClient;
  let ownerB: AdminClient;
  let keyManager: AdminClient;
  let keyA: string;
  let keyB: string;

  /** Spends `spent` and holds `held` (micro-units) on a budget's counter for `subject` (as in counter names). */
  async function use(id: string, subject: string, spent: number, held = 0): Promise<void> {
    const b = rule(id);
    const key = budgetKey(b, subject, h.clock.t);
    await backend.reserve([{ key, limit: b.amount, amount: spent }], `s-${key}`, 60_000, h.clock.t);
    await backend.settle([key], `s-${key}`, spent);
    if (held > 0) await backend.reserve([{ key, limit: b.amount, amount: held }], `h-${key}`, 3_600_000, h.clock.t);
  }

  before(async () => {
    h = await startHarness({}, { budgets: { rules: BUDGETS, backend } });
    const now = h.clock.t;
    for (const tenantId of ["tenant-a", "tenant-b"]) {
      await h.store.org.ensureTenant(tenantId);
      await h.store.org.createTeam({ tenantId, id: "eng", name: "Engineering", createdAt: now });
      await h.store.org.createTeam({ tenantId, id: "sales", name: "Sales", createdAt: now });
      await h.store.org.putPrincipal({ tenantId, id: "alice", kind: "user", teamId: "eng", roles: [], createdAt: now, disabledAt: null });
    }
    keyA = (await issueKey(h.store.keys, { tenantId: "tenant-a", principal: "svc-a", models: ["*"], now })).record.id;
    keyB = (await issueKey(h.store.keys, { tenantId: "tenant-b", principal: "svc-b", models: ["*"], now })).record.id;
    await makeAdmin(h, "auditor-a@example.com", "auditor", "tenant-a");
    await makeAdmin(h, "owner-b@example.com", "owner", "tenant-b");
    await makeAdmin(h, "keys-a@example.com", "key-manager", "tenant-a");
    auditorA = (await enrol(h, "auditor-a@example.com")).client;
    ownerB = (await enrol(h, "owner-b@example.com")).client;
    keyManager = (await enrol(h, "keys-a@example.com")).client;
    await use("per-key", `tenant-a/${keyA}`, 250_000, 100_000);
    await use("per-key", `tenant-b/${keyB}`, 900_000);
    await use("eng", "tenant-a/eng", 1_500_000);
    await use("org", "tenant-a", 12_345_678);
    await use("org", "tenant-b", 99_000_000);
    await use("people", "tenant-a/alice", 150);
    await use("gpt", "gpt-4o", 7_000_000);
  });
  after(() => h.close());

  const list = async (c: AdminClient, query = ""): Promise<Row[]> => {
    const r = await c.get(`/budgets${query}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.truncated, false);
    return r.body.budgets;
  };
  const find = (rows: Row[], budget: string, subject: string) => rows.find((r) => r.budget === budget && r.subject === subject);

  test("an admin sees its tenant's budgets per key, principal, team and tenant, in exact currency units", async () => {
    const rows = await list(auditorA);
    const key = find(rows, "per-key", `wg_${keyA}`)!;
    assert.deepEqual(key, {
      budget: "per-key",
      scope: "key",
      subject: `wg_${keyA}`,
      currency: "USD",
      limit: "1.00",
      spent: "0.25",
      reserved: "0.10",
      remaining: "0.65",
      period: "month",
      periodKey: "2026-01",
      periodEnd: "2026-02-01T00:00:00.000Z",
    });
    assert.equal(find(rows, "eng", "tenant-a/eng")!.spent, "1.50");
    assert.equal(find(rows, "eng", "tenant-a/eng")!.periodKey, "2026-W02");
    assert.equal(find(rows, "eng", "tenant-a/sales"), undefined, "the team budget matches eng only");
    const org = find(rows, "org", "tenant-a")!;
    assert.deepEqual([org.limit, org.spent, org.remaining, org.periodKey, org.periodEnd], ["100.00", "12.345678", "87.654322", "total", null]);
    assert.equal(find(rows, "people", "tenant-a/alice")!.spent, "0.00015");
    assert.equal(find(rows, "people", "tenant-a/svc-a")!.spent, "0.00", "a principal known from its key, nothing spent");
    // Nothing of tenant B, and no model budget (its counter is shared by every tenant).
    assert.ok(rows.every((r) => !r.subject.includes("tenant-b") && r.subject !== `wg_${keyB}`), JSON.stringify(rows));
    assert.ok(rows.every((r) => r.scope !== "model"));
  });

  test("tenant isolation: B's admin sees B's spending only, and cannot name A's key or tenant", async () => {
    const rows = await list(ownerB);
    assert.equal(find(rows, "per-key", `wg_${keyB}`)!.spent, "0.90");
    assert.equal(find(rows, "org", "tenant-b")!.spent, "99.00");
    assert.equal(find(rows, "eng", "tenant-b/eng")!.spent, "0.00");
    assert.ok(rows.every((r) => !r.subject.includes("tenant-a") && r.subject !== `wg_${keyA}`));
    assert.deepEqual(await list(ownerB, `?scope=key&subject=wg_${keyA}`), []);
    assert.deepEqual(await list(ownerB, "?scope=tenant&subject=tenant-a"), []);
    // A principal or team id is read in the caller's tenant: B's alice, not A's.
    assert.deepEqual(
      (await list(ownerB, "?scope=principal&subject=alice")).map((r) => [r.subject, r.spent]),
      [["tenant-b/alice", "0.00"]],
    );
  });

  test("filters: by scope, and by scope and subject (a key by wg_ id or bare id)", async () => {
    const teams = await list(auditorA, "?scope=team");
    assert.deepEqual(
      teams.map((r) => r.subject),
      ["tenant-a/eng"],
    );
    for (const id of [`wg_${keyA}`, keyA]) {
      const rows = await list(auditorA, `?scope=key&subject=${id}`);
      assert.deepEqual(
        rows.map((r) => [r.budget, r.subject, r.spent]),
        [["per-key", `wg_${keyA}`, "0.25"]],
      );
    }
    // A principal nothing lists (known from JWTs only) can still be asked about.
    assert.deepEqual(
      (await list(auditorA, "?scope=principal&subject=jwt-user")).map((r) => r.subject),
      ["tenant-a/jwt-user"],
    );
  });

  test("bad filters are 400s in the admin error shape", async () => {
    for (const [query, pattern] of [
      ["?scope=galaxy", /scope/],
      ["?scope=model", /scope/],
      ["?subject=alice", /needs scope/],
      ["?scope=key&subject=not-a-key", /gateway key id/],
      ["?scope=team&subject=bad%20id", /expected 1-128 characters/],
      ["?colour=blue", /colour: unknown field/],
    ] as const) {
      const r = await auditorA.get(`/budgets${query}`);
      assert.equal(r.status, 400, `${query}: ${r.text}`);
      assert.equal(r.body.error.type, "invalid_request_error", query);
      assert.equal(r.body.error.code, "invalid_request", query);
      assert.match(r.body.error.message, pattern, query);
    }
  });

  test("a role without budgets:read is refused (403)", async () => {
    const r = await keyManager.get("/budgets");
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, "permission_denied");
    assert.match(r.body.error.message, /budgets:read/);
  });
});

describe("GET /admin/v1/budgets without the gateway's counters", () => {
  test("budgets configured but no counter store: 503 budgets_unavailable, not zeros; none configured: an empty list", async () => {
    for (const [budgets, status] of [
      [{ rules: BUDGETS, backend: undefined }, 503],
      [undefined, 200],
    ] as const) {
      const h = await startHarness({}, budgets ? { budgets } : {});
      try {
        await makeAdmin(h, "owner@example.com", "owner");
        const { client } = await enrol(h, "owner@example.com");
        const r = await client.get("/budgets");
        assert.equal(r.status, status, r.text);
        if (status === 503) assert.equal(r.body.error.code, "budgets_unavailable");
        else assert.deepEqual(r.body, { budgets: [], truncated: false });
      } finally {
        await h.close();
      }
    }
  });
});

describe("the admin listener of serve (startAdminListener) reads the running gateway's counters", () => {
  test("GET /budgets shows what the gateway's backend holds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-budgets-listener-"));
    const store = await SqliteStore.open(join(dir, "wardgate.db"));
    const config = parseConfig({
      dataDir: dir,
      admin: { host: "127.0.0.1", port: 0, origin: ORIGIN },
      providers: { demo: { type: "demo" } },
      models: [{ name: "demo", provider: "demo", price: { input: 1, output: 1, currency: "USD" } }],
      budgets: [{ id: "daily", scope: "tenant", amount: 3, period: "day" }],
    });
    const backend = new MemoryLimitBackend();
    const key = budgetKey(config.budgets[0]!, "default", Date.now());
    await backend.reserve([{ key, limit: 3_000_000, amount: 1_250_000 }], "r1", 60_000, Date.now());
    const server = await startAdminListener(config, store, new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]), pino({ level: "silent" }), undefined, backend);
    try {
      // The parts of the test harness enrol() uses, on the real clock (the listener has no injected one).
      const h = { store, clock: new Clock(Date.now()), client: () => new AdminClient(server!.url) } as unknown as Harness;
      await makeAdmin(h, "owner@example.com", "owner");
      const { client } = await enrol(h, "owner@example.com");
      const r = await client.get("/budgets");
      assert.equal(r.status, 200, r.text);
      assert.deepEqual(
        r.body.budgets.map((b: Row) => [b.budget, b.subject, b.spent, b.reserved, b.remaining]),
        [["daily", "default", "0.00", "1.25", "1.75"]],
      );
    } finally {
      await server?.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
