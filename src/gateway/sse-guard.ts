/**
 * Inspects a streamed reply (SSE, or NDJSON from a route) as it flows,
 * without ever holding the whole response.
 *
 * Frames are read by gateway/apis (framing.ts) and every text the model
 * emitted in them is collected per key (a choice's content, its reasoning,
 * a tool call's arguments, an Anthropic content block…; apis/index.ts).
 * Every `inspectEvery` new characters the guard runs over a bounded window
 * of each key's latest text; frames are released to the caller only up to
 * `holdBack` characters behind what has been inspected, so anything a
 * detector can still find (a link being spelled out, a secret half-emitted)
 * has not left yet.
 *
 * A PEM block is judged as one unit: from its `-----BEGIN …-----` line,
 * everything after it is held until its END line (or the end of the
 * stream) and then inspected whole. A private key that grows past
 * PEM_HOLD_MAX without ending stops the stream (fail closed); a public
 * block (a certificate) that long is inspected as ordinary text.
 *
 * On a block the held frames are dropped, the upstream call is cancelled
 * and the stream ends with a well-formed error event; a redaction (or the
 * reversal of pseudonyms) rewrites the held frames' text before they leave
 * and drops the per-token copies of that text (logprobs). A frame that
 * cannot be read (data that is not JSON, nested too deep, too large) ends
 * the stream the same way, unless the route says `uninspectable: pass`.
 * The output depends only on the bytes, never on how they were chunked.
 */
import { StringDecoder } from "node:string_decoder";
import { Transform, type TransformCallback } from "node:stream";
import type { Reason } from "../core/decision.js";
import { isPrivatePemLabel } from "../guard/detectors/secrets.js";
import type { Guard, GuardFinding } from "../guard/engine.js";
import { categoryEnabled } from "../guard/profiles.js";
import { PLACEHOLDER, type Pseudonyms } from "../guard/pseudonyms.js";
import type { TextDetector } from "../guard/types.js";
import { type Frame, type FrameReader, type Framing, frameReader, serializeFrame } from "./apis/framing.js";
import { isUnreadable, type JsonDoc, type ModelText, readFrame, serializeDoc } from "./apis/index.js";
import type { Endpoint } from "./exchange.js";

/** One piece of model text inside a held frame, with its place in its key's text. */
interface Piece {
  key: string;
  /** Offsets in the key's upstream text. */
  start: number;
  end: number;
  text: string;
  /** Replacements inside this piece (piece-relative offsets), applied when it is released. */
  rewrites: { from: number; to: number; with: string }[];
  set(text: string): void;
  dropTrace: (() => void) | undefined;
}

interface HeldFrame {
  frame: Frame;
  doc: JsonDoc | undefined;
  pieces: Piece[];
  chars: number;
}

/** The text of one key: a bounded tail of what arrived, how far it has been inspected and released. */
interface KeyText {
  /** Where this text is, for explanations: the path of its first piece (never raw model output). */
  label: string;
  tail: string;
  /** Offset of tail[0] in the whole text. */
  tailStart: number;
  length: number;
  inspected: number;
  /** The end of the text already sent to the caller. */
  released: number;
  /** An open PEM block: where it begins, the END line that closes it, whether it is secret (a private key). */
  pem: { from: number; end: string; secret: boolean } | undefined;
  /** Text before this offset has been searched for PEM armor lines. */
  scanned: number;
  /** JSON source (tool arguments): the guard reads it with its escapes decoded. */
  json: boolean;
}

export interface SseGuardOptions {
  guard: Guard;
  endpoint: Endpoint;
  pseudonyms: Pseudonyms;
  leak: TextDetector | undefined;
  /** The request's distinctive tokens (Guard.conversationTokens). */
  conversation?: ReadonlySet<string> | undefined;
  holdBack: number;
  /** How the stream is framed (default: SSE). */
  framing?: Framing;
  /** A frame that cannot be read: end the stream (default) or let it pass unread. */
  uninspectable?: "refuse" | "pass";
  /** Called once when a finding blocks the stream; returns the error event to end with. */
  onBlock(findings: GuardFinding[], reasons: Reason[]): string;
  /** Called once when a frame that cannot be read ends the stream; returns the error event to end with. */
  onUninspectable?(why: string): string;
  /** Findings that flagged or redacted, for the log. */
  onFindings(findings: GuardFinding[], reasons: Reason[]): void;
}

/** An open private key longer than this (characters) is not held any longer: the stream is stopped. */
export const PEM_HOLD_MAX = 64 * 1024;
/** Frames held at once beyond this many characters stop the stream (fail closed). */
const MAX_HELD_CHARS = 4 * 1024 * 1024;
/** Distinct texts (keys) in one stream beyond this: the stream cannot be inspected. */
const MAX_KEYS = 4096;
/** Enough to hold back a whole armor line ("-----BEGIN ENCRYPTED PRIVATE KEY-----") before it is recognised. */
const MIN_HOLD_BACK = 80;
/** The armor line of secrets.ts, bounded (five words of at most 16). */
const PEM_BEGIN = /-----BEGIN ([A-Z0-9]{1,16}(?: [A-Z0-9]{1,16}){0,4})-----/g;
const PEM_HEADER_MAX = 96;

function applyRewrites(p: Piece): string {
  let out = "";
  let i = 0;
  for (const r of [...p.rewrites].sort((a, b) => a.from - b.from)) {
    out += p.text.slice(i, r.from) + r.with;
    i = r.to;
  }
  return out + p.text.slice(i);
}

export class SseGuard extends Transform {
  private readonly reader: FrameReader;
  private readonly decoder = new StringDecoder("utf8");
  private readonly framing: Framing;
  private readonly held: HeldFrame[] = [];
  private heldChars = 0;
  private readonly keys = new Map<string, KeyText>();
  private readonly acted = new Set<string>();
  private readonly holdBack: number;
  private readonly window: number;
  /** Text kept before the inspected end, so a finding across it is seen whole. */
  private readonly context: number;
  private readonly inspectEvery: number;
  /** Whether the profile looks for secrets in responses: only then are PEM blocks held whole. */
  private readonly holdsPem: boolean;
  /** A PEM block closed in the last frame: its unit is inspected now. */
  private pemClosed = false;
  private stopped = false;
  /** Serialised frames released but not yet pushed. */
  private out = "";

  /** True once a finding (or a frame that cannot be read) has ended the stream. */
  get isBlocked(): boolean {
    return this.stopped;
  }

  constructor(private readonly opts: SseGuardOptions) {
    super({ decodeStrings: false });
    this.framing = opts.framing ?? "sse";
    this.holdBack = Math.max(opts.holdBack, MIN_HOLD_BACK);
    // The window must hold a whole finding (a URL, a key) plus context; inspecting every
    // holdBack/2 characters keeps the rescanned share small (about window / inspectEvery).
    this.window = 2 * this.holdBack + 256;
    this.inspectEvery = Math.max(32, this.holdBack >> 1);
    this.context = this.window - this.inspectEvery;
    this.holdsPem = categoryEnabled(opts.guard.profile.response, "secrets");
    this.reader = frameReader(
      this.framing,
      (f) => this.onFrame(f),
      () => this.stopUnreadable("a stream event larger than the guard reads"),
    );
  }

  override _transform(chunk: Buffer | string, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.stopped) {
      this.reader.feed(typeof chunk === "string" ? chunk : this.decoder.write(chunk));
      this.flushOut();
    }
    cb();
  }

  override _flush(cb: TransformCallback): void {
    if (!this.stopped) {
      this.reader.feed(this.decoder.end());
      this.reader.end();
      if (!this.stopped) this.inspect(true);
      if (!this.stopped) this.release(true);
      this.flushOut();
    }
    cb();
  }

  /** Ends the stream early (the upstream broke off): inspects and releases what is held, then `last`. */
  endWith(last: string): void {
    if (this.stopped) return;
    this.inspect(true);
    if (this.stopped) return;
    this.release(true);
    this.stopped = true; // nothing more is read
    this.flushOut();
    this.push(last);
    this.push(null);
  }

  private onFrame(frame: Frame): void {
    if (this.stopped) return;
    const read = readFrame(this.opts.endpoint, this.framing, frame);
    const held: HeldFrame = { frame, doc: read.doc, pieces: [], chars: frame.data.length };
    let fresh = 0;
    if (isUnreadable(read.texts)) {
      if (this.opts.uninspectable !== "pass") {
        this.stopUnreadable(read.texts.unreadable);
        return;
      }
      held.doc = undefined; // passes as it came, unread
    } else {
      for (const t of read.texts) {
        const c = this.keyText(t.key, t.path);
        if (c === undefined) {
          this.stopUnreadable(`more than ${MAX_KEYS} texts in one stream`);
          return;
        }
        held.pieces.push(this.append(c, t));
        if (this.stopped) return;
        fresh = Math.max(fresh, c.length - c.inspected);
      }
    }
    this.held.push(held);
    this.heldChars += held.chars;
    if (this.heldChars > MAX_HELD_CHARS) {
      this.stopUnreadable("more text held back than the guard keeps");
      return;
    }
    if (fresh >= this.inspectEvery || read.last || this.pemClosed) {
      this.pemClosed = false;
      this.inspect(read.last);
      if (!this.stopped) this.release(read.last);
    } else if (held.pieces.length === 0 && this.held.length === 1) {
      this.release(false); // nothing pending ahead of a text-less frame: let it go
    }
  }

  private keyText(key: string, label: string): KeyText | undefined {
    let c = this.keys.get(key);
    if (!c) {
      if (this.keys.size >= MAX_KEYS) return undefined;
      c = { label, tail: "", tailStart: 0, length: 0, inspected: 0, released: 0, pem: undefined, scanned: 0, json: false };
      this.keys.set(key, c);
    }
    return c;
  }

  private append(c: KeyText, t: ModelText): Piece {
    if (t.json) c.json = true;
    if (t.whole && c.length > 0) {
      // Complete items (citations, keys) are separated, as a reader sees them, not run together.
      c.tail += "\n";
      c.length += 1;
    }
    const piece: Piece = { key: t.key, start: c.length, end: c.length + t.text.length, text: t.text, rewrites: [], set: t.set, dropTrace: t.dropTrace };
    c.tail += t.text;
    c.length += t.text.length;
    if (this.holdsPem) this.scanPem(c);
    this.trim(c);
    return piece;
  }

  /** Keeps the uninspected text, the context before it and an open key block; drops the rest of the tail. */
  private trim(c: KeyText): void {
    let keepFrom = Math.min(c.length - this.window, c.inspected - this.context);
    if (c.pem) keepFrom = Math.min(keepFrom, c.pem.from - this.context);
    if (keepFrom > c.tailStart) {
      c.tail = c.tail.slice(keepFrom - c.tailStart);
      c.tailStart = keepFrom;
    }
  }

  /**
   * Follows PEM armor in the new text: opens a held unit at BEGIN, closes it at its END line. A private
   * key is judged whole; so is a certificate, whose base64 would otherwise look like random tokens.
   */
  private scanPem(c: KeyText): void {
    for (;;) {
      const from = Math.max(c.scanned, c.tailStart) - c.tailStart;
      if (c.pem === undefined) {
        PEM_BEGIN.lastIndex = from;
        const m = PEM_BEGIN.exec(c.tail);
        if (m === null) {
          // An armor line still arriving is searched again with the next text.
          c.scanned = Math.max(c.scanned, c.length - PEM_HEADER_MAX);
          return;
        }
        c.scanned = c.tailStart + m.index + m[0].length;
        c.pem = { from: c.tailStart + m.index, end: `-----END ${m[1]}-----`, secret: isPrivatePemLabel(m[1]!) };
        continue;
      }
      const i = c.tail.indexOf(c.pem.end, from);
      if (i === -1) {
        c.scanned = Math.max(c.scanned, c.length - c.pem.end.length + 1);
        if (c.length - c.pem.from > PEM_HOLD_MAX) {
          // Too long to hold: a private key stops the stream; a public block is inspected as any text.
          if (c.pem.secret) this.blockOpenKey(c.label);
          else c.pem = undefined;
        }
        return;
      }
      c.scanned = c.tailStart + i + c.pem.end.length;
      c.pem = undefined;
      this.pemClosed = true;
    }
  }

  /**
   * Runs the guard over each key's window; acts on findings that touch text
   * not yet released. An open PEM block is inspected only whole:
   * at its END line, or when `final` (the stream ends).
   */
  private inspect(final: boolean): void {
    for (const [key, c] of this.keys) {
      if (c.inspected === c.length || (c.pem && !final)) continue;
      const releasedUpTo = c.released;
      if (this.opts.pseudonyms.size > 0) this.restorePseudonyms(key, c, releasedUpTo);
      const result = this.opts.guard.inspect("response", [{ path: `stream:${c.label}`, role: "response", text: c.tail, json: c.json }], {
        pseudonyms: this.opts.pseudonyms,
        leak: this.opts.leak,
        conversation: this.opts.conversation,
        allFindings: true, // every redaction is applied from the findings below
      });
      c.inspected = c.length;
      const tailStart = c.tailStart;
      const tail = c.tail;
      this.trim(c);
      const fresh = result.findings.filter((f) => {
        const end = tailStart + f.end;
        // A redaction is redone when its span grows (a token still arriving); other findings count once.
        const id = `${key}:${f.detector}:${tailStart + f.start}${f.action === "redact" ? `-${end}` : ""}`;
        if (end <= releasedUpTo || this.acted.has(id)) return false; // already sent, or already handled
        this.acted.add(id);
        return true;
      });
      if (fresh.length === 0) continue;
      const sources = new Set(fresh.map((f) => `guard:${f.detector}`));
      const reasons = result.reasons.filter((r) => sources.has(r.source));
      if (fresh.some((f) => f.action === "block")) {
        this.block(fresh, reasons);
        return;
      }
      for (const f of fresh) {
        if (f.action !== "redact") continue;
        const placeholder = this.opts.pseudonyms.placeholder(f.label, tail.slice(f.start, f.end));
        this.rewrite(key, tailStart + f.start, tailStart + f.end, placeholder);
      }
      this.opts.onFindings(fresh, reasons);
    }
  }

  /** Replaces [start, end) of a key's held text: the first overlapping piece gets the replacement, the rest lose their part. */
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
  private restorePseudonyms(key: string, c: KeyText, releasedUpTo: number): void {
    for (const m of c.tail.matchAll(PLACEHOLDER)) {
      const original = this.opts.pseudonyms.original(m[0]);
      const start = c.tailStart + m.index;
      const end = start + m[0].length;
      if (original === undefined || start < releasedUpTo || this.acted.has(`${key}:restore:${start}`)) continue;
      this.acted.add(`${key}:restore:${start}`);
      this.rewrite(key, start, end, original);
    }
  }

  /** Whether a held piece may leave: inspected, holdBack behind, and not inside an open key block. */
  private releasable(p: Piece): boolean {
    const c = this.keys.get(p.key)!;
    return p.end <= c.inspected - this.holdBack && (c.pem === undefined || p.end <= c.pem.from);
  }

  /** Sends held frames, in order, whose text may leave (all of them when the stream is ending). */
  private release(all: boolean): void {
    while (this.held.length > 0) {
      const e = this.held[0]!;
      if (!all && !e.pieces.every((p) => this.releasable(p))) break;
      this.held.shift();
      this.heldChars -= e.chars;
      let rewritten = false;
      for (const p of e.pieces) {
        if (p.rewrites.length > 0) {
          p.set(applyRewrites(p));
          // The tokens of a rewritten text (logprobs) would spell what was removed.
          p.dropTrace?.();
          rewritten = true;
        }
        const c = this.keys.get(p.key)!;
        c.released = Math.max(c.released, p.end);
      }
      // Re-encoded only when a piece was rewritten; otherwise the upstream's data goes out as it came.
      const data = rewritten && e.doc ? serializeDoc(e.doc) : e.frame.data;
      if (data === undefined) {
        this.stopUnreadable("a stream event nested too deep to write back");
        return;
      }
      this.out += serializeFrame(this.framing, e.frame, data);
    }
  }

  /** Released frames leave in one write per upstream chunk, not one per frame: fewer system calls. */
  private flushOut(): void {
    if (this.out.length === 0) return;
    this.push(this.out);
    this.out = "";
  }

  /** Ends the stream: what was released before, then `last`; everything held is dropped. */
  private stop(last: string): void {
    this.stopped = true;
    this.held.length = 0;
    this.flushOut(); // what was released before the violation, then the error
    this.push(last);
    this.push(null);
  }

  private block(findings: GuardFinding[], reasons: Reason[]): void {
    this.stop(this.opts.onBlock(findings, reasons));
  }

  private stopUnreadable(why: string): void {
    if (this.stopped) return;
    const fallback = () => `data: ${JSON.stringify({ error: { code: "guard_response_uninspectable", message: why } })}\n\n`;
    this.stop((this.opts.onUninspectable ?? fallback)(why));
  }

  /** A private key still open past PEM_HOLD_MAX: holding more would be unbounded, passing it would leak it. */
  private blockOpenKey(label: string): void {
    if (this.stopped) return;
    const message = `A private key block in the response ran past ${PEM_HOLD_MAX} characters without its END line; the stream is stopped.`;
    const finding: GuardFinding = { detector: "secrets.private-key", score: 1, start: 0, end: 0, label: "PRIVATE_KEY", message, field: `stream:${label}`, action: "block", threshold: 0 };
    this.block([finding], [{ source: "guard:secrets.private-key", verdict: "block", score: 1, message }]);
  }
}
