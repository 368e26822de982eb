/**
 * A bounded tee of the reply as it is delivered: one extra `data` listener
 * beside the pipe to the caller (no Transform, no copy). It hashes every
 * chunk as it passes (retention `hash` and up), keeps references to the
 * first CAPTURE_LIMIT bytes (for usage and for kept text) and, past that, a
 * short tail (a stream's final usage chunk). Nothing here can slow the pipe:
 * the listener never pauses it and its memory is bounded.
 */
import { createHash, type Hash, hash } from "node:crypto";
import type { Readable } from "node:stream";
import { UsageScan, type TokenUsage } from "./usage.js";

/** Text kept of a reply (and scanned for usage); beyond it the capture is marked truncated. */
export const CAPTURE_LIMIT = 1024 * 1024;
const TAIL_LIMIT = 4096;
/**
 * A stream watched for usage only keeps its head (Anthropic's message_start)
 * and tail (the final usage chunk): thousands of chunk references are not
 * needed to find two small objects.
 */
const HEAD_LIMIT = 4096;

export interface TeeOptions {
  /** Hash every byte (SHA-256). */
  hash: boolean;
  /** Look for token usage in the reply. */
  usage: boolean;
  /** Keep the text (up to CAPTURE_LIMIT) for encrypted or redacted retention. */
  keep: boolean;
}

export class ReplyTee {
  bytes = 0;
  /** Whether the reply was longer than what was kept. */
  truncated = false;
  /** Streaming hash of a reply that keeps nothing. */
  private readonly hash: Hash | undefined;
  /** Streaming hash of a reply that outgrew what is kept (from its first byte). */
  private streamHash: Hash | undefined;
  private kept: Buffer[] = [];
  private keptBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  private digest: string | undefined;
  /** Bytes kept from the start: everything up to CAPTURE_LIMIT, except a stream watched for usage only. */
  private readonly limit: number;

  constructor(
    readonly options: TeeOptions,
    readonly sse: boolean,
    readonly contentType: string,
  ) {
    // Hashed at the end in one shot from the kept bytes while they are the whole reply (the usual
    // case: half the cost of a streaming hash); a streaming hash takes over only if the reply
    // outgrows what is kept.
    this.hash = options.hash && !options.keep && !options.usage ? createHash("sha256") : undefined;
    this.limit = !options.keep && sse ? HEAD_LIMIT : CAPTURE_LIMIT;
  }

  /** Starts listening; call right before piping `body` so no chunk is missed. */
  attach(body: Readable): void {
    // Object-mode bodies (Readable.from) may yield strings; the pipe sends them as UTF-8.
    body.on("data", (chunk: Buffer | string) => this.onData(typeof chunk === "string" ? Buffer.from(chunk) : chunk));
  }

  private onData(chunk: Buffer): void {
    this.bytes += chunk.length;
    this.hash?.update(chunk);
    if (!this.options.keep && !this.options.usage) return;
    if (!this.truncated && this.keptBytes + chunk.length <= this.limit) {
      this.kept.push(chunk);
      this.keptBytes += chunk.length;
      return;
    }
    if (!this.truncated && this.options.hash) {
      // Outgrowing the kept bytes: from here on hash as the bytes pass, starting with those kept.
      this.streamHash = createHash("sha256");
      for (const k of this.kept) this.streamHash.update(k);
      this.streamHash.update(chunk);
    } else this.streamHash?.update(chunk);
    if (!this.truncated) {
      // Keep the part that still fits: the stored text ends exactly at the limit.
      const room = this.limit - this.keptBytes;
      if (room > 0) {
        this.kept.push(chunk.subarray(0, room));
        this.keptBytes += room;
      }
      this.truncated = true;
    }
    if (!this.options.usage) return;
    this.tail.push(chunk);
    this.tailBytes += chunk.length;
    while (this.tail.length > 1 && this.tailBytes - this.tail[0]!.length >= TAIL_LIMIT) this.tailBytes -= this.tail.shift()!.length;
  }

  /** The SHA-256 (hex) of every byte delivered; undefined unless hashing. */
  sha256(): string | undefined {
    if (!this.options.hash) return undefined;
    if (this.digest === undefined) {
      const streaming = this.hash ?? this.streamHash;
      this.digest = streaming ? streaming.digest("hex") : hash("sha256", this.text(), "hex");
    }
    return this.digest;
  }

  /** The kept bytes (the whole reply unless truncated; only its head for a stream watched for usage only). */
  text(): Buffer {
    if (this.kept.length !== 1) this.kept = [Buffer.concat(this.kept, this.keptBytes)];
    return this.kept[0]!;
  }

  /** Token usage the upstream reported, searched in the kept bytes and the tail. */
  usage(): TokenUsage | undefined {
    return this.scan()?.result();
  }

  /** The prompt and completion counts as reported, each undefined when absent (settlement requires both). */
  usageCounts(): { prompt: number | undefined; completion: number | undefined } | undefined {
    return this.scan()?.counts();
  }

  private scan(): UsageScan | undefined {
    if (!this.options.usage) return undefined;
    const scan = new UsageScan();
    scan.scan(this.text());
    if (this.tail.length > 0) scan.scan(Buffer.concat(this.tail, this.tailBytes));
    return scan;
  }

  /** Drops the kept chunks (after the record stage has read them). */
  release(): void {
    this.kept = [];
    this.tail = [];
  }
}
