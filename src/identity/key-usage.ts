/**
 * Last-used time and address of gateway keys. Writing on every request would
 * put a database write on the hot path, so uses are noted in memory (one
 * entry per key, updated in place) and flushed to the store every few
 * seconds and on shutdown. The store keeps only the newest use per key.
 */
import type { KeyStore, KeyUse } from "./key-store.js";

export const DEFAULT_FLUSH_INTERVAL_MS = 5_000;

export class KeyUsageTracker {
  private pending = new Map<string, KeyUse>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly keys: Pick<KeyStore, "recordUse">,
    /** Called when a flush fails; the uses are kept for the next one. */
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Notes a use; allocation-free once the key has an entry in this interval. */
  note(id: string, at: number, ip: string): void {
    const u = this.pending.get(id);
    if (u === undefined) this.pending.set(id, { id, at, ip });
    else if (at >= u.at) {
      u.at = at;
      u.ip = ip;
    }
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Flushes every `intervalMs` until stop(); the timer does not keep the process alive. */
  start(intervalMs = DEFAULT_FLUSH_INTERVAL_MS): this {
    this.timer ??= setInterval(() => void this.flush(), intervalMs).unref();
    return this;
  }

  /** Writes what was noted since the last flush. Concurrent calls share one write. */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await this.keys.recordUse([...batch.values()]);
    } catch (err) {
      // Keep them (newest wins) for the next attempt; losing a last-used time must not fail requests.
      for (const u of batch.values()) this.note(u.id, u.at, u.ip);
      this.onError(err);
    }
  }

  /** Stops the timer and writes what is left. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
