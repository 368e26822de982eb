/**
 * Inspects a streamed (SSE) reply as it flows, without ever holding the
 * whole response.
 *
 * Events are parsed and their generated text collected per choice. Every
 * `inspectEvery` new characters the guard runs over a bounded window of the
 * latest text; events are released to the caller only up to `holdBack`
 * characters behind what has been inspected, so anything a detector can
 * still find (a link being spelled out, a secret half-emitted) has not left
 * yet. On a block the held events are dropped, the upstream call is
 * cancelled and the stream ends with a well-formed SSE error event; a
 * redaction (or the reversal of pseudonyms) rewrites the held events'
 * text before they leave.
 */
import { Transform, type TransformCallback } from "node:stream";
import { createParser, type EventSourceMessage, type EventSourceParser } from "eventsource-parser";
import type { Reason } from "../core/decision.js";
import type { Guard, GuardFinding } from "../guard/engine.js";
import { PLACEHOLDER, type Pseudonyms } from "../guard/pseudonyms.js";
import type { TextDetector } from "../guard/types.js";
import type { Endpoint } from "./exchange.js";

/** One piece of generated text inside a held event, with its place in its choice's text. */
interface Piece {
  key: string;
  /** Offsets in the choice's upstream text. */
  start: number;
  end: number;
  text: string;
  /** Replacements inside this piece (piece-relative offsets), applied when it is released. */
  rewrites: { from: number; to: number; with: string }[];
  set(text: string): void;
}

interface HeldEvent {
  msg: EventSourceMessage;
  json: unknown;
  pieces: Piece[];
}

/** The generated text of one choice: a bounded tail of what arrived, and how far it has been inspected. */
interface ChoiceText {
  tail: string;
  /** Offset of tail[0] in the whole choice text. */
  tailStart: number;
  length: number;
  inspected: number;
}

export interface SseGuardOptions {
  guard: Guard;
  endpoint: Endpoint;
  pseudonyms: Pseudonyms;
  leak: TextDetector | undefined;
  holdBack: number;
  /** Called once when a finding blocks the stream; returns the SSE error event to end with. */
  onBlock(findings: GuardFinding[], reasons: Reason[]): string;
  /** Findings that flagged or redacted, for the log. */
  onFindings(findings: GuardFinding[], reasons: Reason[]): void;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The text pieces of one event, for OpenAI chat/completions and Anthropic messages streams. */
function piecesOf(endpoint: Endpoint, json: unknown): { key: string; text: string; set(t: string): void }[] {
  const out: { key: string; text: string; set(t: string): void }[] = [];
  if (!isObject(json)) return out;
  if (endpoint === "messages") {
    const d = json.delta;
    if (json.type === "content_block_delta" && isObject(d) && typeof d.text === "string") {
      out.push({ key: String(json.index ?? 0), text: d.text, set: (t) => (d.text = t) });
    }
    return out;
  }
  if (!Array.isArray(json.choices)) return out;
  json.choices.forEach((c, i) => {
    if (!isObject(c)) return;
    const key = String(typeof c.index === "number" ? c.index : i);
    const delta = c.delta;
    if (isObject(delta)) {
      if (typeof delta.content === "string") out.push({ key, text: delta.content, set: (t) => (delta.content = t) });
      if (Array.isArray(delta.tool_calls)) {
        for (const call of delta.tool_calls) {
          const fn = isObject(call) ? call.function : undefined;
          if (isObject(fn) && typeof fn.arguments === "string") {
            out.push({ key: `${key}.tool${String((call as Json).index ?? 0)}`, text: fn.arguments, set: (t) => (fn.arguments = t) });
          }
        }
      }
    }
    if (typeof c.text === "string") out.push({ key, text: c.text, set: (t) => (c.text = t) });
  });
  return out;
}

function applyRewrites(p: Piece): string {
  let out = "";
  let i = 0;
  for (const r of [...p.rewrites].sort((a, b) => a.from - b.from)) {
    out += p.text.slice(i, r.from) + r.with;
    i = r.to;
  }
  return out + p.text.slice(i);
}

function serialize(e: HeldEvent): string {
  let s = "";
  if (e.msg.event) s += `event: ${e.msg.event}\n`;
  if (e.msg.id) s += `id: ${e.msg.id}\n`;
  // Re-encoded only when a piece was rewritten; otherwise the upstream's bytes go out as they came.
  const data = e.pieces.some((p) => p.rewrites.length > 0) ? JSON.stringify(e.json) : e.msg.data;
  for (const line of data.split("\n")) s += `data: ${line}\n`;
  return `${s}\n`;
}

export class SseGuard extends Transform {
  private readonly parser: EventSourceParser;
  private readonly held: HeldEvent[] = [];
  private readonly choices = new Map<string, ChoiceText>();
  private readonly acted = new Set<string>();
  private readonly window: number;
  private readonly inspectEvery: number;
  private blocked = false;
  /** Serialised events released but not yet pushed. */
  private out = "";

  /** True once a finding has ended the stream. */
  get isBlocked(): boolean {
    return this.blocked;
  }

  constructor(private readonly opts: SseGuardOptions) {
    super({ decodeStrings: false });
    // The window must hold a whole finding (a URL, a key) plus context; inspecting every
    // holdBack/2 characters keeps the rescanned share small (about window / inspectEvery).
    this.window = 2 * opts.holdBack + 256;
    this.inspectEvery = Math.max(32, opts.holdBack >> 1);
    this.parser = createParser({ onEvent: (msg) => this.onEvent(msg) });
  }

  override _transform(chunk: Buffer | string, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.blocked) {
      this.parser.feed(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
      this.flushOut();
    }
    cb();
  }

  override _flush(cb: TransformCallback): void {
    if (!this.blocked) {
      this.inspect();
      if (!this.blocked) this.release(true);
      this.flushOut();
    }
    cb();
  }

  /** Ends the stream early (the upstream broke off): inspects and releases what is held, then `last`. */
  endWith(last: string): void {
    if (this.blocked) return;
    this.inspect();
    if (this.blocked) return;
    this.release(true);
    this.blocked = true; // nothing more is read
    this.flushOut();
    this.push(last);
    this.push(null);
  }

  private onEvent(msg: EventSourceMessage): void {
    if (this.blocked) return;
    let json: unknown;
    if (msg.data !== "[DONE]") {
      try {
        json = JSON.parse(msg.data);
      } catch {
        json = undefined;
      }
    }
    const event: HeldEvent = { msg, json, pieces: [] };
    let fresh = 0;
    for (const p of piecesOf(this.opts.endpoint, json)) {
      const c = this.choice(p.key);
      const piece: Piece = { key: p.key, start: c.length, end: c.length + p.text.length, text: p.text, rewrites: [], set: p.set };
      c.tail += p.text;
      c.length += p.text.length;
      if (c.tail.length > this.window) {
        c.tailStart += c.tail.length - this.window;
        c.tail = c.tail.slice(-this.window);
      }
      fresh = Math.max(fresh, c.length - c.inspected);
      event.pieces.push(piece);
    }
    this.held.push(event);
    const last = msg.data === "[DONE]" || (isObject(json) && json.type === "message_stop");
    if (fresh >= this.inspectEvery || last) {
      this.inspect();
      if (!this.blocked) this.release(last);
    } else if (event.pieces.length === 0 && this.held.length === 1) {
      this.release(false); // nothing pending ahead of a text-less event: let it go
    }
  }

  private choice(key: string): ChoiceText {
    let c = this.choices.get(key);
    if (!c) {
      c = { tail: "", tailStart: 0, length: 0, inspected: 0 };
      this.choices.set(key, c);
    }
    return c;
  }

  /** Runs the guard over each choice's window; acts on findings that touch text not yet released. */
  private inspect(): void {
    for (const [key, c] of this.choices) {
      if (c.inspected === c.length) continue;
      const releasedUpTo = this.releasedEnd.get(key) ?? 0;
      if (this.opts.pseudonyms.size > 0) this.restorePseudonyms(key, c, releasedUpTo);
      const result = this.opts.guard.inspect("response", [{ path: `stream:${key}`, role: "response", text: c.tail }], {
        pseudonyms: this.opts.pseudonyms,
        leak: this.opts.leak,
      });
      c.inspected = c.length;
      const fresh = result.findings.filter((f) => {
        const end = c.tailStart + f.end;
        // A redaction is redone when its span grows (a token still arriving); other findings count once.
        const id = `${key}:${f.detector}:${c.tailStart + f.start}${f.action === "redact" ? `-${end}` : ""}`;
        if (end <= releasedUpTo || this.acted.has(id)) return false; // already sent, or already handled
        this.acted.add(id);
        return true;
      });
      if (fresh.length === 0) continue;
      const reasons = result.reasons.filter((r) => fresh.some((f) => `guard:${f.detector}` === r.source));
      if (fresh.some((f) => f.action === "block")) {
        this.block(fresh, reasons);
        return;
      }
      for (const f of fresh) {
        if (f.action !== "redact") continue;
        const placeholder = this.opts.pseudonyms.placeholder(f.label, c.tail.slice(f.start, f.end));
        this.rewrite(key, c.tailStart + f.start, c.tailStart + f.end, placeholder);
      }
      this.opts.onFindings(fresh, reasons);
    }
  }

  /** Replaces [start, end) of a choice's held text: the first overlapping piece gets the replacement, the rest lose their part. */
  private rewrite(key: string, start: number, end: number, replacement: string): void {
    let placed = false;
    for (const e of this.held) {
      for (const p of e.pieces) {
        if (p.key !== key || p.end <= start || p.start >= end) continue;
        const from = Math.max(start, p.start) - p.start;
        const to = Math.min(end, p.end) - p.start;
        const overlap = p.rewrites.find((r) => r.from < to && from < r.to);
        if (overlap) {
          // The same span seen again, longer: widen the earlier replacement instead of adding one.
          overlap.from = Math.min(overlap.from, from);
          overlap.to = Math.max(overlap.to, to);
        } else p.rewrites.push({ from, to, with: placed ? "" : replacement });
        placed = true;
      }
    }
  }

  /** Placeholders the model echoed back, turned into the caller's originals (pseudonymisation). */
  private restorePseudonyms(key: string, c: ChoiceText, releasedUpTo: number): void {
    for (const m of c.tail.matchAll(PLACEHOLDER)) {
      const original = this.opts.pseudonyms.original(m[0]);
      const start = c.tailStart + m.index;
      const end = start + m[0].length;
      if (original === undefined || start < releasedUpTo || this.acted.has(`${key}:restore:${start}`)) continue;
      this.acted.add(`${key}:restore:${start}`);
      this.rewrite(key, start, end, original);
    }
  }

  /** Per choice: the end of the text already sent to the caller. */
  private readonly releasedEnd = new Map<string, number>();

  /** Sends held events, in order, whose text ends at least holdBack behind the inspected text. */
  private release(all: boolean): void {
    while (this.held.length > 0) {
      const e = this.held[0]!;
      if (!all && e.pieces.some((p) => p.end > this.choice(p.key).inspected - this.opts.holdBack)) break;
      this.held.shift();
      for (const p of e.pieces) {
        if (p.rewrites.length > 0) p.set(applyRewrites(p));
        this.releasedEnd.set(p.key, p.end);
      }
      this.out += serialize(e);
    }
  }

  /** Released events leave in one write per upstream chunk, not one per event: fewer system calls. */
  private flushOut(): void {
    if (this.out.length === 0) return;
    this.push(this.out);
    this.out = "";
  }

  private block(findings: GuardFinding[], reasons: Reason[]): void {
    this.blocked = true;
    this.held.length = 0;
    this.flushOut(); // what was released before the violation, then the error
    this.push(this.opts.onBlock(findings, reasons));
    this.push(null);
  }
}
