/**
 * LimitBackend over Redis (issue 6): the counters of many gateway nodes in one
 * place, each operation one Lua script (redis-scripts.ts) so checks and
 * changes are atomic and all-or-nothing across nodes.
 *
 * Keys: `{<prefix>}:<kind>:…`. The prefix is the hash tag, so all of one
 * deployment's limit keys live in one Redis Cluster slot and every multi-key
 * script is valid there; the price is that one shard holds all limit state
 * (small: a few hashes and sorted sets per active key/team/tenant). Different
 * prefixes (deployments, test runs) land in different slots.
 *
 *   {p}:w:<windowMs>:<windowStart>:<name>   integer: a fixed-window counter, PEXPIREd after its window
 *   {p}:c:<name>              zset leaseId → expiry: concurrency slots
 *   {p}:b:<name>              hash {spent, reserved, limit}: a budget (no expiry: its name carries the period)
 *   {p}:br:<name> / {p}:ba:<name>   zset reservationId → expiry / hash reservationId → amount
 *
 * Clocks: windows follow the caller's `now` (epoch-aligned, as the contract
 * says; skewed nodes count in neighbouring windows, each window its own key, so
 * no node can reset another's count). Lease and reservation expiry follows the
 * Redis server's clock (TIME in the scripts) and ignores `now`: a hold from a
 * crashed node must be freed at the same instant for every node, whatever their
 * own clocks say.
 *
 * Failure: no offline queue, a short command timeout and no resending of
 * commands whose fate is unknown, so an operation rejects promptly
 * (LimitBackendUnavailableError) while Redis is unreachable and the gateway can
 * fail closed; the client keeps reconnecting by itself with a capped backoff.
 * The command timeout counts only time this process was responsive (issue 14,
 * core/loop-deadline.ts; ioredis's own commandTimeout is off): a gateway whose
 * event loop is starved (its own load, a machine short of CPU) must not take
 * the replies waiting in its socket for a dead Redis and refuse every request.
 * A lost connection still fails at once, and a stall past ten times the
 * timeout fails anyway.
 * A server that stops answering without closing the socket (a network
 * partition, a frozen host) never fires "close": after two timeouts in a row
 * the backend drops the connection itself, so operations fail at once instead
 * of each waiting out the timeout, and the reconnect loop takes over. Scripts
 * are run by SHA1 and re-sent on NOSCRIPT (evalCached), so a restarted Redis
 * with an empty script cache serves again without a gateway restart.
 *
 * A settlement that fails (the request was forwarded and paid, Redis went
 * away meanwhile) is kept and re-run when Redis is ready again: otherwise its
 * reservation would expire with holdTtl and the money spent would never be
 * counted, letting the budget overshoot by what was in flight at the outage.
 * One whose fate is unknown (sent, then the connection dropped) is re-run too:
 * counted twice at worst (the budget refuses a little early), never forgotten.
 * A whole settlement (finish: release + settle + add in one script) that fails
 * is kept and re-run the same way, whole: see finish().
 */
import { Redis } from "ioredis";
import { LoopAwareTimeoutError, withLoopDeadline } from "../core/loop-deadline.js";
import { processLoop } from "../core/loop-monitor.js";
import type {
  AcquireResult,
  AdmitOpResult,
  AdmitRequest,
  BudgetReservation,
  BudgetState,
  ChargeResult,
  ConcurrencySlot,
  FinishRequest,
  LimitBackend,
  ReserveResult,
  WindowCharge,
} from "./backend.js";
import {
  checkActual,
  checkBudgetKeys,
  checkCharges,
  checkId,
  checkNow,
  checkReservations,
  checkSlots,
  checkTtl,
  windowStart,
  checkAdmitRequest,
  checkFinishRequest,
} from "./check-input.js";
import { ACQUIRE, ADD, ADMIT, BUDGET, CHARGE, FINISH, type LuaScript, RELEASE, RESERVE, SETTLE } from "./redis-scripts.js";

export interface RedisLimitBackendOptions {
  /** redis:// or rediss:// URL (ioredis syntax: user, password, db). */
  url: string;
  /** Hash tag and namespace of every key; letters, digits and `._:-`. Default "wardgate". */
  prefix?: string;
  /** How long one command may take before it rejects, not counting time this process was stalled. Default 1000. */
  commandTimeoutMs?: number;
  /** How long the first connection may take before operations reject. Default 1000. */
  connectTimeoutMs?: number;
  /** Longest pause between reconnection attempts. Default 2000. */
  maxReconnectDelayMs?: number;
}

/** Redis could not serve an operation (unreachable, timed out, or replied with an error): fail closed. */
export class LimitBackendUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LimitBackendUnavailableError";
  }
}

/** Failed settlements (settle or finish) kept for re-running; beyond this (a very long outage under load) the oldest are dropped. */
const MAX_UNSETTLED = 100_000;

/** Timeouts in a row after which a connection that looks open is dropped and re-established. */
const TIMEOUTS_BEFORE_RECONNECT = 2;

/** Lease sets outlive their last lease by this much (the leases themselves expire by score). */
const SLACK_MS = 1000;
const PREFIX = /^[A-Za-z0-9._:-]{1,64}$/;

export class RedisLimitBackend implements LimitBackend {
  readonly kind = "redis" as const;
  readonly #client: Redis;
  readonly #prefix: string;
  readonly #connectTimeoutMs: number;
  readonly #commandTimeoutMs: number;
  readonly #releaseLoop: () => void;
  /** Set when a connection attempt fails, cleared when one succeeds: while set, operations reject at once. */
  #lastError: Error | undefined;
  #closed = false;
  #connecting: Promise<void> | undefined;
  #timeouts = 0;
  /**
   * Set when the backend drops a connection that keeps timing out, cleared when a new one is ready. The
   * dropped one may still look "ready" for a while (a frozen peer never answers the close; ioredis
   * destroys it after 2 s), and auto-pipelined commands would queue behind its unanswered ones.
   */
  #dropped = false;
  /** Failed settlements as they were sent (script, keys, arguments), to be sent again as they are. */
  #unsettled: Settlement[] = [];
  #resettling = false;
  #resettleAgain = false;

  constructor(options: RedisLimitBackendOptions) {
    const prefix = options.prefix ?? "wardgate";
    if (!PREFIX.test(prefix)) {
      throw new RangeError(`limits redis prefix: expected 1-64 letters, digits or "._:-", got ${JSON.stringify(prefix)}`);
    }
    if (typeof options.url !== "string" || !/^rediss?:\/\/[^\s]+$/.test(options.url)) {
      throw new RangeError("limits redis url: expected redis://host[:port][/db] or rediss://…");
    }
    this.#prefix = `{${prefix}}`;
    this.#commandTimeoutMs = positiveInt("commandTimeoutMs", options.commandTimeoutMs ?? 1000);
    this.#connectTimeoutMs = positiveInt("connectTimeoutMs", options.connectTimeoutMs ?? 1000);
    const maxDelay = positiveInt("maxReconnectDelayMs", options.maxReconnectDelayMs ?? 2000);
    this.#client = new Redis(options.url, {
      enableOfflineQueue: false,
      // 0: commands in flight when the connection drops reject at once instead of waiting for a reconnect.
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      // No commandTimeout: #timed() applies one that does not count this process's own stalls.
      connectTimeout: this.#connectTimeoutMs,
      retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 10), maxDelay),
      lazyConnect: false,
      // Commands issued in the same tick (many requests' admissions, one request's settlement) leave in
      // one write: measured by bench/limits.ts, about a quarter less CPU per request in the gateway and
      // in redis-server. Each command still succeeds or fails on its own.
      enableAutoPipelining: true,
    });
    this.#releaseLoop = processLoop.acquire();
    this.#client.on("error", (err: Error) => {
      this.#lastError = err;
    });
    // A clean shutdown of Redis closes the socket without an error event; it means "down" all the same.
    this.#client.on("close", () => {
      this.#lastError ??= new Error("connection closed");
    });
    this.#client.on("ready", () => {
      this.#lastError = undefined;
      this.#dropped = false;
      this.#timeouts = 0;
      void this.#resettle();
    });
  }

  async charge(charges: readonly WindowCharge[], now: number): Promise<ChargeResult> {
    checkNow(now);
    checkCharges(charges);
    if (charges.length === 0) return { ok: true };
    const r = (await this.#run(CHARGE, charges.map((c) => this.#windowKey(c, now)), [now, ...windowArgs(charges)])) as number[];
    const i = r[0]!;
    if (i === 0) return { ok: true };
    const c = charges[i - 1]!;
    return { ok: false, key: c.key, limit: c.limit, retryAfterMs: Math.max(1, r[1]!) };
  }

  async add(charges: readonly WindowCharge[], now: number): Promise<void> {
    checkNow(now);
    checkCharges(charges);
    if (charges.length === 0) return;
    await this.#run(ADD, charges.map((c) => this.#windowKey(c, now)), [now, ...windowArgs(charges)]);
  }

  /** `now` is not used: leases expire by the Redis server's clock. */
  async acquire(slots: readonly ConcurrencySlot[], leaseId: string, ttlMs: number, _now: number): Promise<AcquireResult> {
    checkSlots(slots);
    checkId("leaseId", leaseId);
    checkTtl(ttlMs);
    if (slots.length === 0) return { ok: true };
    const keys = slots.map((s) => this.#key("c", s.key));
    const i = (await this.#run(ACQUIRE, keys, [SLACK_MS, leaseId, ttlMs, ...slots.map((s) => s.limit)])) as number;
    if (i === 0) return { ok: true };
    const s = slots[i - 1]!;
    return { ok: false, key: s.key, limit: s.limit };
  }

  async release(slots: readonly ConcurrencySlot[], leaseId: string): Promise<void> {
    checkSlots(slots);
    checkId("leaseId", leaseId);
    if (slots.length === 0) return;
    await this.#run(RELEASE, slots.map((s) => this.#key("c", s.key)), [leaseId]);
  }

  /** `now` is not used: reservations expire by the Redis server's clock. */
  async reserve(items: readonly BudgetReservation[], reservationId: string, ttlMs: number, _now: number): Promise<ReserveResult> {
    checkReservations(items);
    checkId("reservationId", reservationId);
    checkTtl(ttlMs);
    if (items.length === 0) return { ok: true };
    const keys = items.flatMap((b) => this.#budgetKeys(b.key));
    const args = [reservationId, ttlMs, ...items.flatMap((b) => [b.limit, b.amount])];
    const r = (await this.#run(RESERVE, keys, args)) as number[];
    const i = r[0]!;
    if (i === 0) return { ok: true };
    const b = items[i - 1]!;
    return { ok: false, key: b.key, limit: b.limit, spent: r[1]!, reserved: r[2]! };
  }

  /**
   * acquire + reserve + charge in one script (one round trip): all or nothing, refusals in that order.
   * Windows follow `now`; the lease and the reservation expire by the Redis server's clock.
   */
  async admit(req: AdmitRequest): Promise<AdmitOpResult> {
    const { slots, leaseId, reservations, reservationId, charges, ttlMs, now } = req;
    checkAdmitRequest(req);
    if (slots.length + reservations.length + charges.length === 0) return { ok: true };
    const keys = [
      ...slots.map((s) => this.#key("c", s.key)),
      ...reservations.flatMap((b) => this.#budgetKeys(b.key)),
      ...charges.map((c) => this.#windowKey(c, now)),
    ];
    const args = [
      now,
      SLACK_MS,
      leaseId,
      reservationId,
      ttlMs,
      slots.length,
      reservations.length,
      charges.length,
      ...slots.map((s) => s.limit),
      ...reservations.flatMap((b) => [b.limit, b.amount]),
      ...windowArgs(charges),
    ];
    const r = (await this.#run(ADMIT, keys, args)) as number[];
    switch (r[0]) {
      case 0:
        return { ok: true };
      case 1: {
        const s = slots[r[1]! - 1]!;
        return { ok: false, kind: "concurrency", key: s.key, limit: s.limit };
      }
      case 2: {
        const b = reservations[r[1]! - 1]!;
        return { ok: false, kind: "budget", key: b.key, limit: b.limit, spent: r[2]!, reserved: r[3]! };
      }
      case 3: {
        const c = charges[r[1]! - 1]!;
        return { ok: false, kind: "window", key: c.key, limit: c.limit, retryAfterMs: Math.max(1, r[2]!) };
      }
      default:
        throw new LimitBackendUnavailableError(`limits backend: Redis admit: unexpected reply ${JSON.stringify(r)}`);
    }
  }

  async settle(keys: readonly string[], reservationId: string, actual: number): Promise<void> {
    checkId("reservationId", reservationId);
    checkActual(actual);
    checkBudgetKeys(keys);
    // One settlement per budget even if a name is listed twice: settling twice would spend twice.
    const unique = [...new Set(keys)];
    if (unique.length === 0) return;
    await this.#settlement({ script: SETTLE, keys: unique.flatMap((k) => this.#budgetKeys(k)), args: [reservationId, actual] });
  }

  /**
   * release + settle + add in one script (one reply instead of three). Windows follow `now`. A failure
   * is kept and re-run whole when Redis is back, like a failed settle: the budget part must never be
   * forgotten. Re-running the other two parts is acceptable: a release is idempotent (the lease id is
   * the request's own; removing it again removes nothing), and an add counted twice (the first run
   * applied, its reply lost) errs on the refusing side, as the budget part does.
   */
  async finish(req: FinishRequest): Promise<void> {
    const { slots, leaseId, budgetKeys, reservationId, actual, charges, now } = req;
    checkFinishRequest(req);
    // One settlement per budget even if a name is listed twice: settling twice would spend twice.
    const budgets = [...new Set(budgetKeys)];
    const refunds = req.refunds ?? [];
    if (slots.length + budgets.length + charges.length + refunds.length === 0) return;
    const keys = [
      ...slots.map((s) => this.#key("c", s.key)),
      ...budgets.flatMap((k) => this.#budgetKeys(k)),
      ...charges.map((c) => this.#windowKey(c, now)),
      ...refunds.map((c) => this.#windowKey(c, req.refundAt!)),
    ];
    const args = [
      now,
      leaseId,
      reservationId,
      actual,
      slots.length,
      budgets.length,
      charges.length,
      refunds.length,
      ...windowArgs(charges),
      ...refunds.map((c) => c.amount),
    ];
    await this.#settlement({ script: FINISH, keys, args });
  }

  /** Settlements that failed and wait for Redis to come back (re-run on reconnect). */
  get unsettled(): number {
    return this.#unsettled.length;
  }

  async budget(key: string): Promise<BudgetState> {
    const r = (await this.#run(BUDGET, this.#budgetKeys(key), [])) as number[];
    return { limit: r[0] === 1 ? r[1]! : undefined, spent: r[2]!, reserved: r[3]! };
  }

  async ping(): Promise<void> {
    await this.#ready();
    try {
      await this.#timed(this.#client.ping(), "ping");
      this.#timeouts = 0;
    } catch (err) {
      this.#timedOut(err);
      throw unavailable(err);
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      if (this.#client.status === "ready") {
        try {
          await this.#resettle(); // a last chance for settlements that failed during an outage
          await this.#timed(this.#client.quit(), "quit");
          return;
        } catch {
          // fall through: drop the connection
        }
      }
      this.#client.disconnect();
    } finally {
      this.#releaseLoop();
    }
  }

  #key(kind: string, name: string): string {
    if (typeof name !== "string" || name.length === 0) throw new RangeError(`limit counter name: expected a non-empty string, got ${JSON.stringify(name)}`);
    return `${this.#prefix}:${kind}:${name}`;
  }

  #windowKey(c: WindowCharge, now: number): string {
    return this.#key(`w:${c.windowMs}:${windowStart(now, c.windowMs)}`, c.key);
  }

  #budgetKeys(name: string): string[] {
    return [this.#key("b", name), this.#key("br", name), this.#key("ba", name)];
  }

  /** Resolves when the client can take a command; rejects at once while Redis is known to be down. */
  async #ready(): Promise<void> {
    const client = this.#client;
    if (client.status === "ready" && !this.#dropped) return;
    if (this.#closed || client.status === "end") throw new LimitBackendUnavailableError("limits backend: the Redis client is closed");
    if (this.#lastError) throw unavailable(this.#lastError);
    // First connection still in progress (startup): wait for it, but not longer than connectTimeoutMs.
    // One shared wait, however many operations arrive meanwhile.
    this.#connecting ??= new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        clearTimeout(timer);
        client.off("ready", onReady);
        client.off("error", onError);
        this.#connecting = undefined;
        if (err) reject(unavailable(err));
        else resolve();
      };
      const onReady = () => done();
      const onError = (err: Error) => done(err);
      const timer = setTimeout(() => done(new Error(`not connected after ${this.#connectTimeoutMs} ms`)), this.#connectTimeoutMs);
      client.once("ready", onReady);
      client.once("error", onError);
    });
    return this.#connecting;
  }

  /** EVALSHA, falling back to EVAL (which also caches the script) when the server does not know it yet. */
  async #run(script: LuaScript, keys: string[], args: (string | number)[]): Promise<unknown> {
    await this.#ready();
    try {
      const r = await this.#timed(evalCached(this.#client, script, keys, args), "command");
      this.#timeouts = 0;
      return r;
    } catch (err) {
      this.#timedOut(err);
      throw unavailable(err, script.name);
    }
  }

  /** Runs a settlement; one that fails is kept (as sent: same keys, same window) and re-run when Redis is back. */
  async #settlement(s: Settlement): Promise<void> {
    try {
      await this.#run(s.script, s.keys, s.args);
    } catch (err) {
      this.#unsettled.push(s);
      if (this.#unsettled.length > MAX_UNSETTLED) this.#unsettled.shift();
      const why = err instanceof Error ? err.message : String(err);
      throw new LimitBackendUnavailableError(`${why} (kept: re-run when Redis is back)`, { cause: err });
    }
  }

  /** Re-runs the failed settlements once Redis is ready again; those that fail again wait for the next time. */
  async #resettle(): Promise<void> {
    if (this.#resettling) {
      this.#resettleAgain = true; // reconnected while a run was going: run once more after it
      return;
    }
    this.#resettling = true;
    try {
      do {
        this.#resettleAgain = false;
        const batch = this.#unsettled.splice(0);
        const failed: typeof batch = [];
        await Promise.all(batch.map((s) => this.#run(s.script, s.keys, s.args).catch(() => failed.push(s))));
        this.#unsettled = failed.concat(this.#unsettled);
        if (this.#unsettled.length > MAX_UNSETTLED) this.#unsettled.splice(0, this.#unsettled.length - MAX_UNSETTLED);
      } while (this.#resettleAgain && this.#unsettled.length > 0 && !this.#closed);
    } finally {
      this.#resettling = false;
    }
  }

  /**
   * A command's reply within commandTimeoutMs of responsive time (core/loop-deadline.ts). The command
   * is not withdrawn on timeout (nothing can withdraw it once written): its late reply is ignored,
   * as ioredis's own timeout does. Unlike that timeout, ioredis still counts it as pending, so the
   * auto-pipelined commands after it are sent only when it is answered or its connection closes:
   * replies come in order anyway, and a connection that keeps timing out is dropped (#timedOut).
   */
  #timed<T>(command: Promise<T>, what: string): Promise<T> {
    return withLoopDeadline(command, what, { timeoutMs: this.#commandTimeoutMs });
  }

  /** Counts command timeouts; a connection that keeps timing out is treated as down and re-established. */
  #timedOut(err: unknown): void {
    if (!(err instanceof LoopAwareTimeoutError)) return;
    if (++this.#timeouts < TIMEOUTS_BEFORE_RECONNECT || this.#closed) return;
    this.#timeouts = 0;
    this.#lastError = err;
    this.#dropped = true;
    this.#client.disconnect(true);
  }
}

/** Runs a script by its SHA1, sending the source only when Redis answers NOSCRIPT (first use, restart, SCRIPT FLUSH). */
export async function evalCached(client: Redis, script: LuaScript, keys: string[], args: (string | number)[]): Promise<unknown> {
  try {
    return await client.evalsha(script.sha1, keys.length, ...keys, ...args);
  } catch (err) {
    if (err instanceof Error && err.message.startsWith("NOSCRIPT")) return client.eval(script.source, keys.length, ...keys, ...args);
    throw err;
  }
}

/** A settlement (SETTLE or FINISH) as sent to Redis. */
interface Settlement {
  script: LuaScript;
  keys: string[];
  args: (string | number)[];
}

function windowArgs(charges: readonly WindowCharge[]): number[] {
  return charges.flatMap((c) => [c.limit, c.windowMs, c.amount]);
}

function unavailable(err: unknown, op?: string): LimitBackendUnavailableError {
  if (err instanceof LimitBackendUnavailableError) return err;
  const why = err instanceof Error ? err.message : String(err);
  return new LimitBackendUnavailableError(`limits backend: Redis ${op ? `${op} ` : ""}failed: ${why}`, { cause: err });
}

function positiveInt(name: string, v: number): number {
  if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`${name}: expected a positive integer, got ${v}`);
  return v;
}
