/**
 * Signs the log's state as a checkpoint every N events or T milliseconds
 * (whichever comes first, and only when the log has grown), stores it, and
 * hands it to each publisher (witnesses) in order. The state is read from
 * the store, so appends by other processes are covered too.
 */
import type { AuditStore, StoredCheckpoint } from "./audit-store.js";
import { type NoteSigner, signCheckpoint } from "./checkpoint.js";
import type { CheckpointPublisher } from "./log.js";

export interface CheckpointerOptions {
  store: AuditStore;
  signer: NoteSigner;
  origin: string;
  everyEvents: number;
  everyMs: number;
  publishers?: readonly CheckpointPublisher[];
  /** Injected in tests. */
  now?: () => number;
  /** Failures to sign, store or publish (logged by the caller; never thrown at the log). */
  onError?: (err: unknown, what: string) => void;
}

export class Checkpointer {
  private readonly now: () => number;
  private lastSize = 0;
  private lastAt: number;
  private queued: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  /** One chain per publisher: checkpoints reach each witness in size order. */
  private readonly publishing = new Map<CheckpointPublisher, Promise<void>>();

  constructor(private readonly opts: CheckpointerOptions) {
    this.now = opts.now ?? Date.now;
    this.lastAt = this.now();
  }

  /** Reads the latest stored checkpoint and starts the timer. */
  async start(): Promise<this> {
    this.lastSize = (await this.opts.store.latestCheckpoint())?.size ?? 0;
    this.lastAt = this.now();
    const period = Math.max(10, Math.min(this.opts.everyMs, 1000));
    this.timer = setInterval(() => void this.tick(), period).unref();
    return this;
  }

  /** After an append: a checkpoint once N events have accumulated. */
  appended(size: number): void {
    if (size - this.lastSize >= this.opts.everyEvents) void this.checkpoint();
  }

  /** The timer: a checkpoint once T has passed and the log has grown. */
  async tick(): Promise<StoredCheckpoint | undefined> {
    if (this.now() - this.lastAt < this.opts.everyMs) return undefined;
    return this.checkpoint();
  }

  /** Checkpoints the store's current state now, if it is larger than the last checkpoint. */
  checkpoint(): Promise<StoredCheckpoint | undefined> {
    // One at a time, in order: a request while one runs waits for it and then checks again.
    const next = this.queued.then(() =>
      this.make().catch((err: unknown) => {
        this.opts.onError?.(err, "checkpoint");
        return undefined;
      }),
    );
    this.queued = next;
    return next;
  }

  private async make(): Promise<StoredCheckpoint | undefined> {
    const { store, signer, origin } = this.opts;
    const { size, root } = await store.state();
    this.lastAt = this.now();
    if (size <= this.lastSize) return undefined;
    const cp: StoredCheckpoint = { size, root, at: new Date(this.now()).toISOString(), note: signCheckpoint({ origin, size, root }, signer) };
    await store.addCheckpoint(cp);
    this.lastSize = size;
    for (const p of this.opts.publishers ?? []) {
      const chain = (this.publishing.get(p) ?? Promise.resolve()).then(() =>
        p.publish(cp, store).catch((err: unknown) => this.opts.onError?.(err, `publish to ${p.name}`)),
      );
      this.publishing.set(p, chain);
    }
    return cp;
  }

  /** Stops the timer, takes a last checkpoint of what was written, and waits for the publishers. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.checkpoint();
    await Promise.all(this.publishing.values());
  }
}
