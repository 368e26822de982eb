/**
 * The producer side of the audit log: what an event is, the recorder the
 * gateway hands events to, and the queue that writes them in batches.
 */
import type { AuditStore, StoredCheckpoint } from "./audit-store.js";
import type { Checkpointer } from "./checkpointer.js";
import { CanonicalJsonError } from "./jcs.js";

/** An event before it is appended: JSON values only. `at` defaults to the time of recording. */
export interface AuditEventInput {
  kind: string;
  tenant: string;
  at?: string;
  [field: string]: unknown;
}

export interface AuditRecorder {
  /** Queues an event; never blocks, never throws. false = refused (queue full / writer failing). */
  record(event: AuditEventInput): boolean;
  /** Whether a new data-plane request may be admitted now (the fail-closed check). */
  admits(): boolean;
}

/** Where each new checkpoint goes after it is stored (witnesses: a file, an HTTP endpoint). */
export interface CheckpointPublisher {
  readonly name: string;
  publish(cp: StoredCheckpoint, store: AuditStore): Promise<void>;
}

export type QueueFullPolicy = "fail-closed" | "serve-unaudited";

export interface AuditLogOptions {
  store: AuditStore;
  /** Events that may wait to be written; at this many, onQueueFull decides. */
  queue: number;
  onQueueFull: QueueFullPolicy;
  /** Events per write transaction. */
  maxEvents: number;
  /** How long the first event of a batch may wait for others. */
  maxDelayMs: number;
  checkpointer?: Checkpointer;
  /** Injected in tests. */
  now?: () => number;
  /** Write failures and checkpoint problems, for the operator's log (never thrown at a request). */
  onError?: (err: unknown, what: string) => void;
  /** First retry after a failed write; doubles up to 5 s. */
  retryMs?: number;
}

export interface AuditLogStats {
  queued: number;
  /** Events lost and not yet reported by an audit.gap event. */
  lost: number;
  failing: boolean;
}

const MAX_RETRY_MS = 5000;

/**
 * The audit log's writer. `record` only pushes onto a bounded queue (no
 * promise, no serialisation, no hashing on the request's path); a batch is
 * canonicalised, hashed and appended in one transaction when `maxEvents`
 * are waiting or `maxDelayMs` after the first, one write at a time.
 *
 * When the queue reaches `queue` events or a write fails: under fail-closed
 * `admits()` turns false, so new requests are refused while events of
 * requests already admitted are still taken (up to twice `queue`); under
 * serve-unaudited requests go on, events beyond `queue` are counted as lost,
 * and an `audit.gap` event saying how many (per tenant, and when) is written
 * with the next batch. A failed write keeps its events and is retried with
 * back-off; the first success admits requests again.
 */
export class AuditLog implements AuditRecorder {
  private queue: AuditEventInput[] = [];
  private times: number[] = [];
  private readonly hardLimit: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
  private writing: Promise<void> | undefined;
  private failing = false;
  private retryDelay: number;
  private lost = 0;
  private lostByTenant = new Map<string, number>();
  private lostSince = 0;
  private lostUntil = 0;
  private closed = false;
  private readonly flushNow = () => {
    this.immediate = undefined;
    this.timer = undefined;
    this.write();
  };

  constructor(private readonly opts: AuditLogOptions) {
    this.now = opts.now ?? Date.now;
    this.hardLimit = opts.onQueueFull === "fail-closed" ? opts.queue * 2 : opts.queue;
    this.retryDelay = opts.retryMs ?? 100;
  }

  record(event: AuditEventInput): boolean {
    const q = this.queue;
    if (this.closed || q.length >= this.hardLimit) {
      this.countLost(event);
      return false;
    }
    q.push(event);
    this.times.push(this.now());
    if (this.writing === undefined && !this.failing) this.schedule();
    return true;
  }

  admits(): boolean {
    if (this.opts.onQueueFull === "serve-unaudited") return !this.closed;
    return !this.failing && !this.closed && this.queue.length < this.opts.queue;
  }

  stats(): AuditLogStats {
    return { queued: this.queue.length, lost: this.lost, failing: this.failing };
  }

  /** Writes everything queued; rejects if the store cannot be written. */
  async flush(): Promise<void> {
    for (;;) {
      if (this.writing) {
        await this.writing;
        continue;
      }
      if (this.queue.length === 0 && this.lost === 0) return;
      this.clearTimers();
      this.write();
      await this.writing;
      if (this.failing) throw new Error(`audit: the log cannot be written; ${this.queue.length} events are still queued`);
    }
  }

  /** Refuses further events, writes what is queued, and takes a last checkpoint. */
  async close(): Promise<void> {
    this.closed = true;
    try {
      await this.flush();
    } finally {
      this.clearTimers();
      await this.opts.checkpointer?.close();
    }
  }

  private schedule(): void {
    if (this.queue.length >= this.opts.maxEvents) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.immediate ??= setImmediate(this.flushNow);
    } else if (this.timer === undefined && this.immediate === undefined) {
      this.timer = setTimeout(this.flushNow, this.opts.maxDelayMs);
    }
  }

  private clearTimers(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.immediate) clearImmediate(this.immediate);
    this.immediate = undefined;
  }

  private countLost(event: AuditEventInput): void {
    const t = this.now();
    if (this.lost === 0) this.lostSince = t;
    this.lostUntil = t;
    this.lost++;
    const tenant = typeof event.tenant === "string" ? event.tenant : "default";
    this.lostByTenant.set(tenant, (this.lostByTenant.get(tenant) ?? 0) + 1);
  }

  /** The audit.gap event for what was lost so far (and the counters reset). */
  private takeGap(): AuditEventInput {
    const gap: AuditEventInput = {
      kind: "audit.gap",
      tenant: "default",
      lost: this.lost,
      byTenant: Object.fromEntries(this.lostByTenant),
      since: new Date(this.lostSince).toISOString(),
      until: new Date(this.lostUntil).toISOString(),
    };
    this.lost = 0;
    this.lostByTenant = new Map();
    return gap;
  }

  /** Starts one batch's write (if none is running). */
  private write(): void {
    if (this.writing !== undefined || (this.queue.length === 0 && this.lost === 0)) return;
    const n = Math.min(this.queue.length, this.opts.maxEvents);
    const batch = this.queue.splice(0, n);
    const times = this.times.splice(0, n);
    for (let i = 0; i < n; i++) {
      const e = batch[i]!;
      if (e.at === undefined) e.at = new Date(times[i]!).toISOString();
    }
    if (this.lost > 0) {
      batch.push(this.takeGap());
      times.push(this.now());
    }
    this.writing = this.append(batch, times).then(
      (ok) => this.written(ok, batch, times),
      (err: unknown) => this.written(err, batch, times),
    );
  }

  /** Appends; a batch refused for one event that is not JSON is written one by one instead. */
  private async append(batch: AuditEventInput[], times: number[]): Promise<true> {
    try {
      const { size } = await this.opts.store.append(batch);
      this.opts.checkpointer?.appended(size);
      return true;
    } catch (err) {
      if (!(err instanceof CanonicalJsonError)) throw err;
    }
    for (let i = 0; i < batch.length; i++) {
      try {
        await this.appendOne(batch[i]!);
      } catch (err) {
        // The rest go back to the queue with the failure.
        batch.splice(0, i);
        times.splice(0, i);
        throw err;
      }
    }
    return true;
  }

  private async appendOne(e: AuditEventInput): Promise<void> {
    let size: number;
    try {
      ({ size } = await this.opts.store.append([e]));
    } catch (err) {
      if (!(err instanceof CanonicalJsonError)) throw err;
      // Kept as a record that something was refused, without the content that could not be written.
      const tenant = typeof e.tenant === "string" && e.tenant ? e.tenant : "default";
      ({ size } = await this.opts.store.append([
        { kind: "audit.invalid", tenant, at: typeof e.at === "string" ? e.at : undefined, refusedKind: String(e.kind), error: err.message },
      ]));
    }
    this.opts.checkpointer?.appended(size);
  }

  private written(result: unknown, batch: AuditEventInput[], times: number[]): void {
    this.writing = undefined;
    if (result === true) {
      this.failing = false;
      this.retryDelay = this.opts.retryMs ?? 100;
      if (this.queue.length > 0 || this.lost > 0) this.schedule();
      return;
    }
    if (!this.failing) this.opts.onError?.(result, "write");
    this.failing = true;
    // Nothing is dropped: the batch goes back to the front of the queue, in order, and is retried.
    this.queue = batch.concat(this.queue);
    this.times = times.concat(this.times);
    if (!this.closed) {
      this.clearTimers();
      this.timer = setTimeout(this.flushNow, this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
    }
  }
}
