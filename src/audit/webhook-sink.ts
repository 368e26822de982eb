/**
 * Live delivery of the audit log to a SIEM's HTTP intake: batches of events
 * in log order, as JSON Lines or OCSF, POSTed to a webhook.
 *
 * Delivery is at least once and in order: the next index to send (the
 * cursor) is kept in the store and moved only after the receiver answered
 * 2xx, so a restart resumes where the last acknowledged batch ended and
 * nothing is skipped; a crash between the answer and the cursor write sends
 * that batch again (receivers deduplicate on `metadata.uid` / `seq`, which is
 * the log index). A failing receiver is retried with exponential back-off and
 * jitter, forever: the log keeps everything meanwhile.
 */
import { Agent, request } from "undici";
import type { AuditStore, StoredAuditEvent } from "./audit-store.js";
import { type ExportFormat, exportLine } from "./export.js";

export interface WebhookSinkOptions {
  url: string;
  format: ExportFormat;
  headers?: Record<string, string>;
  /** Events per request (default 100). */
  batch?: number;
  /** PEM CA bundle to trust for the receiver's certificate. */
  ca?: string;
  /** Cursor name in the store (default `webhook:<url>`). */
  name?: string;
  /** How often to look for new events when idle (default 1 s); `notify()` wakes it sooner. */
  pollMs?: number;
  /** First retry delay and its cap (default 500 ms, 60 s). */
  backoffMs?: { initial: number; max: number };
  timeoutMs?: number;
}

export interface WebhookSinkEvents {
  /** A failed delivery (logged by the caller; never the headers, which may hold a token). */
  onError?(error: Error, attempt: number): void;
  onDelivered?(from: number, to: number): void;
}

export class WebhookSink {
  readonly name: string;
  private readonly dispatcher: Agent;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly store: AuditStore,
    private readonly options: WebhookSinkOptions,
    private readonly events: WebhookSinkEvents = {},
  ) {
    this.name = options.name ?? `webhook:${options.url}`;
    const timeout = options.timeoutMs ?? 30_000;
    this.dispatcher = new Agent({ connect: { timeout, ...(options.ca ? { ca: options.ca } : {}) }, headersTimeout: timeout, bodyTimeout: timeout });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** New events were appended: deliver without waiting for the next poll. */
  notify(): void {
    this.wake?.();
  }

  /** Stops after the request in flight (its cursor is written if it succeeded). */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.dispatcher.close();
  }

  /**
   * Sends the next batch from the cursor once; returns how many events were
   * delivered (0 when there was nothing new). Throws when the receiver fails.
   */
  async deliverOnce(): Promise<number> {
    const from = await this.store.sinkCursor(this.name);
    const rows: StoredAuditEvent[] = [];
    for await (const row of this.store.scan({ from, to: from + (this.options.batch ?? 100) })) rows.push(row);
    if (rows.length === 0) return 0;
    const last = rows[rows.length - 1]!.idx;
    const body = rows.map((r) => exportLine(r.body, this.options.format)).join("");
    const res = await request(this.options.url, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-ndjson", "x-wardgate-audit-range": `${rows[0]!.idx}-${last}`, ...this.options.headers },
      dispatcher: this.dispatcher,
    });
    await res.body.dump();
    if (res.statusCode < 200 || res.statusCode > 299) throw new Error(`${this.name}: the receiver answered HTTP ${res.statusCode}`);
    await this.store.setSinkCursor(this.name, last + 1);
    this.events.onDelivered?.(rows[0]!.idx, last);
    return rows.length;
  }

  private async run(): Promise<void> {
    const { initial, max } = this.options.backoffMs ?? { initial: 500, max: 60_000 };
    let attempt = 0;
    while (this.running) {
      let delivered: number;
      try {
        delivered = await this.deliverOnce();
        attempt = 0;
      } catch (e) {
        attempt++;
        this.events.onError?.(e as Error, attempt);
        // Full jitter: many gateways retrying one SIEM do not retry in step.
        const ceiling = Math.min(max, initial * 2 ** Math.min(attempt - 1, 30));
        await this.sleep(ceiling / 2 + Math.random() * (ceiling / 2));
        continue;
      }
      if (delivered === 0) await this.sleep(this.options.pollMs ?? 1000);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
    });
  }
}
