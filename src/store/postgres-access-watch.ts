/**
 * Hears other nodes' access changes on PostgreSQL (issue 6): a counter that
 * moves whenever a key, policy, kill switch, … may have changed anywhere, for
 * PostgresStore.changeToken(). Gateways drop their caches when it moves, so a
 * revocation reaches every node within about a second.
 *
 * Three sources, each covering the others' gaps:
 * - LISTEN on a dedicated connection (not a pool client: a pool would hand it
 *   to queries and drop it when idle): migration 0012's triggers NOTIFY at
 *   commit. Milliseconds.
 * - A resync every `resyncMs` that reads access_generation.gen and moves the
 *   counter when it differs from the last value seen: a lost notification (or
 *   a silently dead connection) costs at most one interval. It also checks the
 *   LISTEN connection is alive; while that is down it reads through the pool.
 * - The connection itself: losing it moves the counter (what we missed is
 *   unknown, so caches must not trust what they hold), and so does getting it
 *   back. Reconnects back off from `minBackoffMs` doubling to `maxBackoffMs`.
 *
 * Nothing here throws out of a timer or an event: a server that is down makes
 * the counter move and healthy() false, never crashes the process.
 */
import pg from "pg";
import { withLoopDeadline } from "../core/loop-deadline.js";
import { ACCESS_CHANNEL } from "./migrations/0012-postgres-access-notify.js";

export interface AccessWatchOptions {
  /** How often the counter is re-read in case a notification was lost (default 1000 ms). */
  resyncMs?: number;
  /** First reconnect delay after the LISTEN connection is lost (default 100 ms), doubling up to… */
  minBackoffMs?: number;
  /** …this (default 5000 ms). */
  maxBackoffMs?: number;
  /** Shown in pg_stat_activity, so operators (and tests) can find the connection (default "wardgate-access-watch"). */
  applicationName?: string;
}

/** What the resync falls back on while the LISTEN connection is down (a pg.Pool). */
export interface Queryable {
  query(text: string): Promise<{ rows: unknown[] }>;
}

const READ_GEN = "SELECT gen::text AS gen FROM access_generation WHERE id = 1";

export class AccessWatch {
  private generation = 0;
  private client: pg.Client | undefined;
  private connected = false;
  private closed = false;
  /** The counter's value as last read or notified (text: int8 may exceed a number). */
  private lastSeen: string | undefined;
  /** Counts notifications, so a resync whose read raced one discards its (possibly older) value. */
  private notifications = 0;
  private resyncing = false;
  private backoffMs: number;
  private resyncTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private readonly resyncMs: number;
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly applicationName: string;

  private constructor(
    private readonly url: string,
    private readonly fallback: Queryable | undefined,
    options: AccessWatchOptions,
  ) {
    this.resyncMs = options.resyncMs ?? 1000;
    this.minBackoffMs = options.minBackoffMs ?? 100;
    this.maxBackoffMs = options.maxBackoffMs ?? 5000;
    this.applicationName = options.applicationName ?? "wardgate-access-watch";
    this.backoffMs = this.minBackoffMs;
  }

  /**
   * Connects and listens. Never rejects: a server that cannot be reached now is
   * retried in the background (the store's own open has just reached it, so
   * this is a race with an outage, and the resync covers the gap meanwhile).
   */
  static async start(url: string, fallback?: Queryable, options: AccessWatchOptions = {}): Promise<AccessWatch> {
    const watch = new AccessWatch(url, fallback, options);
    if (!(await watch.connect())) watch.scheduleReconnect();
    watch.resyncTimer = setInterval(() => void watch.resync(), watch.resyncMs);
    watch.resyncTimer.unref();
    return watch;
  }

  /** Moves whenever access may have changed on any node. */
  token(): string {
    return String(this.generation);
  }

  /** Whether the LISTEN connection is up (for readiness): when false, changes arrive by resync only. */
  healthy(): boolean {
    return this.connected;
  }

  /**
   * Resolves once every notification for a change committed before the call has
   * been heard (and counted): the server sends pending notifications ahead of a
   * query's answer. The store's own writes come back this way too, a moment after
   * they moved its own counter; tests wait here for the token to settle.
   */
  async sync(): Promise<void> {
    await this.client?.query("SELECT 1").catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.resyncTimer);
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }

  /** One attempt: connect, LISTEN, read the counter. True when listening. */
  private async connect(): Promise<boolean> {
    let client: pg.Client;
    try {
      client = new pg.Client({ connectionString: this.url, application_name: this.applicationName, connectionTimeoutMillis: 5000, keepAlive: true });
    } catch {
      return false; // a URL pg cannot parse: retried like an outage, never thrown out of a timer
    }
    // Without an 'error' listener a terminated backend would be an uncaught exception.
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    client.on("notification", (msg) => {
      if (client !== this.client || msg.channel !== ACCESS_CHANNEL) return;
      this.notifications++;
      this.generation++;
      if (msg.payload) this.lastSeen = msg.payload;
    });
    try {
      await client.connect();
      // LISTEN before the read: a change between the two is heard, not missed.
      await client.query(`LISTEN ${ACCESS_CHANNEL}`);
      const { rows } = await client.query<{ gen: string }>(READ_GEN);
      if (this.closed) throw new Error("closed while connecting"); // close() has run: this client must not outlive it
      this.lastSeen = rows[0]?.gen;
    } catch {
      // Its 'error'/'end' listeners ignore it: it never became this.client.
      await client.end().catch(() => undefined);
      return false;
    }
    this.client = client;
    this.connected = true;
    this.backoffMs = this.minBackoffMs;
    return true;
  }

  /** The LISTEN connection failed or ended: distrust caches, and reconnect. */
  private lost(client: pg.Client): void {
    if (client !== this.client) return; // already handled ('error' then 'end'), or an old client
    this.client = undefined;
    this.connected = false;
    this.generation++;
    client.end().catch(() => undefined);
    if (!this.closed) this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.maxBackoffMs);
    this.reconnectTimer = setTimeout(async () => {
      this.reconnectTimer = undefined;
      if (this.closed) return;
      if (await this.connect()) this.generation++; // what happened while we were away is unknown
      else this.scheduleReconnect();
    }, delay);
    this.reconnectTimer.unref();
  }

  /** The safety net: re-read the counter and move ours if it differs from what we last saw. */
  private async resync(): Promise<void> {
    if (this.closed || this.resyncing) return;
    const via = this.client ?? this.fallback;
    if (!via) return;
    this.resyncing = true;
    const heard = this.notifications;
    try {
      // A read unanswered for 2 s (or one interval, if longer) means a dead peer no event reported
      // (a partition): a shorter wait would give up on a server that is merely busy.
      // Time this process was stalled does not count (core/loop-deadline.ts): a busy gateway is not a dead peer.
      const gen = await withLoopDeadline(via.query(READ_GEN), "resync read", { timeoutMs: Math.max(this.resyncMs, 2000) });
      const value = (gen.rows[0] as { gen?: string } | undefined)?.gen;
      if (this.closed || heard !== this.notifications) return; // a notification raced the read: it moved the counter
      if (value !== this.lastSeen) {
        this.lastSeen = value;
        this.generation++;
      }
    } catch {
      if (this.closed) return;
      // Cannot tell: assume changed. A LISTEN connection that cannot answer is dead even if no event said so.
      this.generation++;
      if (this.client && via === this.client) this.lost(this.client);
    } finally {
      this.resyncing = false;
    }
  }
}
