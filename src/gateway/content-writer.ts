/**
 * Writes kept prompt and response text (retention encrypted/redacted) off
 * the response path: the record stage queues the plaintext, and a batch is
 * sealed with the keyring and stored in one transaction at most `delayMs`
 * later. The queue is bounded; what does not fit is dropped and counted in a
 * warning (the audit event still holds each part's SHA-256).
 */
import type { Logger } from "pino";
import { type ContentPart, type ContentStore, contentAad, type StoredContent, type StoredContentMode } from "../audit/content-store.js";
import type { Keyring } from "../crypto/keyring.js";

export interface PlainContent {
  reqId: string;
  part: ContentPart;
  tenantId: string;
  at: string;
  mode: StoredContentMode;
  text: string | Buffer;
}

export interface ContentWriterOptions {
  maxQueue?: number;
  maxBatch?: number;
  delayMs?: number;
}

export class ContentWriter {
  private queue: PlainContent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private dropped = 0;
  private readonly maxQueue: number;
  private readonly maxBatch: number;
  private readonly delayMs: number;

  constructor(
    private readonly store: ContentStore,
    private readonly keyring: Keyring,
    private readonly log: Logger,
    opts: ContentWriterOptions = {},
  ) {
    this.maxQueue = opts.maxQueue ?? 10_000;
    this.maxBatch = opts.maxBatch ?? 256;
    this.delayMs = opts.delayMs ?? 50;
  }

  /** Queues one exchange's parts; false when the queue is full (they are dropped). */
  enqueue(parts: readonly PlainContent[]): boolean {
    if (this.queue.length + parts.length > this.maxQueue) {
      this.dropped += parts.length;
      return false;
    }
    this.queue.push(...parts);
    if (this.queue.length >= this.maxBatch) this.schedule(0);
    else this.schedule(this.delayMs);
    return true;
  }

  private schedule(delay: number): void {
    if (this.timer && delay > 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
    this.timer.unref();
  }

  /** Writes everything queued so far (batches in order); resolves when it is stored or reported lost. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(async () => {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          await this.store.put(batch.map((c) => this.seal(c)));
        } catch (err) {
          this.dropped += batch.length;
          this.log.error({ err: (err as Error).message, lost: batch.length }, "could not store kept exchange content");
        }
      }
      if (this.dropped > 0) {
        this.log.warn({ dropped: this.dropped }, "exchange content not kept (queue full or store failing); the audit events keep its hashes");
        this.dropped = 0;
      }
    });
    return this.writing;
  }

  private seal(c: PlainContent): StoredContent {
    return { reqId: c.reqId, part: c.part, tenantId: c.tenantId, at: c.at, mode: c.mode, sealed: this.keyring.seal(c.tenantId, c.text, contentAad(c.reqId, c.part)) };
  }
}
