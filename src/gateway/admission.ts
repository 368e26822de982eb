/**
 * Load shedding: how many requests one process serves at once, how many wait
 * for a slot, and for how long. Beyond that a request is answered
 * `503 overloaded` with `Retry-After: 1` at once, before any stage runs (no
 * authentication, no body read), so a gateway past its capacity stays fast
 * for the requests it accepts instead of slowing every one of them down until
 * they all time out.
 *
 * A request holds its slot from admission until its reply ends or its client
 * leaves (a stream holds it for the whole stream). Waiting requests start in
 * arrival order; one timer, armed for the oldest, sheds those that waited
 * longer than `maxQueueMs`. A waiting request whose client leaves gives its
 * place up at once.
 *
 * Optionally the event loop's delay gates starting requests too
 * (`maxEventLoopDelayMs`): while the process is too starved to run what it
 * has, new requests wait in the queue instead of adding to the backlog (one
 * still runs at a time), and are shed if it does not recover within their wait.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { LoopDelay } from "./loop-delay.js";

export interface AdmissionLimits {
  maxInFlight: number;
  maxQueued: number;
  maxQueueMs: number;
}

interface Waiter {
  res: ServerResponse;
  start: () => void;
  deadline: number;
  /** The client left while waiting; skipped when its turn comes. */
  gone: boolean;
  onClose: () => void;
}

const HEADERS = {
  "content-type": "application/json",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "retry-after": "1",
};
const ERROR = { message: "The gateway is overloaded; retry shortly.", type: "server_error", param: null, code: "overloaded" };
const OPENAI_BODY = JSON.stringify({ error: ERROR });
/** Anthropic clients read `type: "error"` at the top (as errors.ts writes it for the messages endpoint). */
const ANTHROPIC_BODY = JSON.stringify({ type: "error", error: ERROR });
/** A body up to this size is read and dropped so the connection can be kept; a larger or chunked one closes it. */
const DRAIN_MAX_BYTES = 64 * 1024;
const WARN_EVERY_MS = 10_000;

export class Admission {
  private running = 0;
  private readonly queue: Waiter[] = [];
  private head = 0;
  private waiting = 0;
  private timer: NodeJS.Timeout | undefined;
  private shed = 0;
  private shedSinceWarn = 0;
  private warnedAt = Number.NEGATIVE_INFINITY;
  private lastShedAt = Number.NEGATIVE_INFINITY;
  private closed = false;

  constructor(
    private readonly limits: AdmissionLimits,
    private readonly log: Logger,
    /** When set, requests start only while the loop's recent delay is under its threshold. */
    private readonly loop?: LoopDelay,
  ) {
    loop?.onRecover(() => this.drain());
  }

  /** Requests holding a slot. */
  get inFlight(): number {
    return this.running;
  }

  /** Requests waiting for a slot. */
  get queued(): number {
    return this.waiting;
  }

  /** Requests answered 503 overloaded since start. */
  get shedCount(): number {
    return this.shed;
  }

  /** Whether a request was shed within the last second (for /readyz's detail). */
  get shedding(): boolean {
    return performance.now() - this.lastShedAt < 1000;
  }

  /**
   * Runs `start` now if a slot is free (and nobody waits before it), later
   * when one frees up, or answers 503 overloaded. Every `start` that runs
   * must be matched by one release() when its reply ends.
   */
  admit(req: IncomingMessage, res: ServerResponse, start: () => void): void {
    if (this.waiting === 0 && this.running < this.limits.maxInFlight && !this.starved()) {
      this.running++;
      start();
      return;
    }
    if (this.closed || this.waiting >= this.limits.maxQueued) {
      this.refuse(req, res, this.closed);
      return;
    }
    const w: Waiter = { res, start, deadline: performance.now() + this.limits.maxQueueMs, gone: false, onClose: () => this.leave(w) };
    res.once("close", w.onClose);
    this.queue.push(w);
    this.waiting++;
    if (this.timer === undefined) this.arm();
  }

  /** A started request's reply ended: its slot goes to the oldest waiting request. */
  release(): void {
    this.running--;
    this.drain();
  }

  /**
   * Shutdown: waiting requests are answered 503 (connection closed) at once;
   * during the grace period a request that finds a free slot is still served, none waits.
   */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    for (let w = this.next(); w; w = this.next()) this.refuse(w.res.req, w.res, true);
  }

  /**
   * The loop lags while requests run: starting more would only slow them all.
   * With none running the lag is not ours (a neighbour, GC): one may start,
   * so a starved process serves one at a time rather than nothing.
   */
  private starved(): boolean {
    return this.running > 0 && this.loop?.lagging === true;
  }

  private drain(): void {
    while (this.waiting > 0 && this.running < this.limits.maxInFlight && !this.starved()) {
      const w = this.next()!;
      this.running++;
      w.start();
    }
    if (this.waiting === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  /** Takes the oldest waiter whose client is still there off the queue. */
  private next(): Waiter | undefined {
    while (this.head < this.queue.length) {
      const w = this.queue[this.head]!;
      this.queue[this.head++] = undefined as unknown as Waiter;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      if (w.gone) continue;
      w.res.off("close", w.onClose);
      this.waiting--;
      return w;
    }
    return undefined;
  }

  private leave(w: Waiter): void {
    if (w.gone) return;
    w.gone = true;
    this.waiting--;
  }

  /** One timer for the whole queue: its head is the oldest, so the first deadline due. */
  private arm(): void {
    const w = this.peek();
    if (!w) {
      this.timer = undefined;
      return;
    }
    this.timer = setTimeout(() => this.expire(), Math.max(0, w.deadline - performance.now()));
    this.timer.unref();
  }

  private peek(): Waiter | undefined {
    while (this.head < this.queue.length && this.queue[this.head]!.gone) this.queue[this.head++] = undefined as unknown as Waiter;
    return this.queue[this.head];
  }

  private expire(): void {
    const now = performance.now();
    for (let w = this.peek(); w && w.deadline <= now; w = this.peek()) {
      this.next();
      this.refuse(w.res.req, w.res, false);
    }
    this.arm();
  }

  /** The cheap answer: a static body, no request id, no exchange, no audit event (nothing was done). */
  private refuse(req: IncomingMessage, res: ServerResponse, close: boolean): void {
    this.shed++;
    this.shedSinceWarn++;
    const now = performance.now();
    this.lastShedAt = now;
    if (now - this.warnedAt >= WARN_EVERY_MS) {
      this.warnedAt = now;
      this.log.warn({ shed: this.shedSinceWarn, inFlight: this.running, queued: this.waiting }, "overloaded: requests shed (server.maxInFlight / maxQueued / maxQueueMs)");
      this.shedSinceWarn = 0;
    }
    if (res.headersSent || res.destroyed) return;
    const body = req.url?.startsWith("/v1/messages") ? ANTHROPIC_BODY : OPENAI_BODY;
    // node:http reads and drops an unread body to keep the connection; worth it only for a small one.
    const length = Number(req.headers["content-length"] ?? 0);
    const keep = !close && req.headers["transfer-encoding"] === undefined && length <= DRAIN_MAX_BYTES;
    res.writeHead(503, { ...HEADERS, "content-length": Buffer.byteLength(body), ...(keep ? {} : { connection: "close" }) });
    res.end(body);
  }
}
