/**
 * Keeps the gateway's own upstream credentials out of everything relayed to
 * the caller. An upstream that reflects request headers (a debugging echo,
 * a proxy's error page, a 400 quoting the request) would otherwise hand the
 * caller the provider key or a configured service token.
 *
 * Built once at start from the config: every provider's `apiKey` (resolved
 * `{ secret }` references included; Azure sends it as `api-key`, Anthropic
 * as `x-api-key`) and every value of `providers.*.headers` but content
 * negotiation and API version headers (NOT_CREDENTIALS) — with a
 * `Bearer`/`Basic`/… scheme also the token alone, and for `Basic` the
 * decoded `user:password` and the password. Each value is searched for as
 * is, JSON-escaped, percent-encoded (upper- and lower-case hex) and
 * base64/base64url-encoded at each of the three byte alignments it can take
 * inside a longer encoded text (the stable middle of its encoding).
 *
 * A copy that begins with a credential's first 12 bytes is masked as far as
 * it follows the value (an echo cut short keeps none of it). Values shorter
 * than MIN_SECRET are not searched: they would match ordinary text and
 * cannot be told from it. A match is replaced by as many
 * `*` as it has bytes, so a relayed Content-Length stays true and no JSON
 * or SSE framing is broken.
 *
 * Work is linear in the reply: one pass per chunk with a two-byte filter
 * and a four-byte lookup before any compare; a stream keeps back only a
 * tail that could still be the start of a needle, so a value split across
 * two chunks is found whole.
 */
import { Transform, type TransformCallback } from "node:stream";
import type { ProviderConfig } from "../../config/schema.js";

/** Values shorter than this are not credentials the scrubber can tell from text. */
export const MIN_SECRET = 8;
const MASK = 0x2a; // "*"

/** Four bytes at `at` as one number. */
const prefix4 = (b: Buffer, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** The stable part of base64(prefix + value) that depends on the value's bytes only. */
function base64Middle(value: Buffer, offset: number): string {
  const padded = Buffer.concat([Buffer.alloc(offset), value]);
  const b64 = padded.toString("base64").replace(/=+$/, "");
  // Character c carries bits [6c, 6c + 6): keep those entirely inside the value's bytes.
  const first = Math.ceil((offset * 8) / 6);
  const last = Math.floor(((offset + value.length) * 8) / 6); // exclusive
  return b64.slice(first, last);
}

/** The forms a credential can take in a relayed body. */
function formsOf(value: string): string[] {
  const out = new Set<string>([value]);
  out.add(JSON.stringify(value).slice(1, -1));
  out.add(value.replaceAll("/", "\\/"));
  const pct = encodeURIComponent(value);
  out.add(pct);
  out.add(pct.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  out.add(pct.replace(/%20/g, "+"));
  const bytes = Buffer.from(value, "utf8");
  for (let offset = 0; offset < 3; offset++) {
    const b64 = base64Middle(bytes, offset);
    out.add(b64);
    out.add(b64.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...out].filter((f) => f.length >= MIN_SECRET);
}

/** The secret parts of a header value: the value, the token after an auth scheme, and Basic's decoded credentials. */
function headerSecrets(value: string): string[] {
  const out = [value];
  const m = /^\s*([A-Za-z][\w-]*)\s+(\S+)\s*$/.exec(value);
  if (m) {
    out.push(m[2]!);
    if (m[1]!.toLowerCase() === "basic") {
      const decoded = Buffer.from(m[2]!, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon !== -1) out.push(decoded, decoded.slice(colon + 1));
    }
  }
  return out;
}

/**
 * Configured headers that describe the request rather than authenticate it: their values
 * ("application/json", an API version) occur in ordinary replies, where masking would break them.
 */
const NOT_CREDENTIALS = new Set(["accept", "accept-encoding", "accept-language", "content-type", "user-agent", "cache-control", "anthropic-version", "anthropic-beta", "openai-beta"]);

/** Every credential configured for the upstreams: each apiKey and each value of headers (but those above). */
export function configuredCredentials(providers: Record<string, ProviderConfig>): string[] {
  const out: string[] = [];
  for (const p of Object.values(providers)) {
    if (p.type === "demo") continue;
    if ("apiKey" in p && typeof p.apiKey === "string") out.push(p.apiKey);
    for (const [name, v] of Object.entries(p.headers)) if (!NOT_CREDENTIALS.has(name.toLowerCase())) out.push(...headerSecrets(v));
  }
  return out;
}

/** A form to find; `value` set: a credential's first PREFIX bytes, whose match extends as far as the value goes on. */
interface Needle {
  bytes: Buffer;
  value?: Buffer;
}

/** A copy that starts with this many bytes of a credential is masked as far as it matches (a truncated echo). */
const PREFIX = 12;

export class CredentialScrubber {
  private readonly needles: Needle[] = [];
  /** First byte of any needle: only a tail starting with one of these can be a needle split across chunks. */
  private readonly firstBytes = new Uint8Array(256);
  /** First two bytes of any needle, as a 16-bit index: the cheap filter run at every position. */
  private readonly pairs = new Uint8Array(65536);
  /** Needles by their first four bytes, longest first. */
  private readonly byPrefix = new Map<number, Needle[]>();
  private readonly longest: number;

  constructor(credentials: readonly string[]) {
    const forms = new Set<string>();
    const values = new Set<string>();
    for (const c of credentials) {
      if (c.length < MIN_SECRET) continue;
      for (const f of formsOf(c)) forms.add(f);
      if (Buffer.byteLength(c) > PREFIX) values.add(c);
    }
    for (const f of forms) this.needles.push({ bytes: Buffer.from(f, "utf8") });
    for (const v of values) {
      const value = Buffer.from(v, "utf8");
      this.needles.push({ bytes: value.subarray(0, PREFIX), value });
    }
    this.needles.sort((a, b) => b.bytes.length - a.bytes.length);
    for (const n of this.needles) {
      const b = n.bytes;
      this.firstBytes[b[0]!] = 1;
      this.pairs[(b[0]! << 8) | b[1]!] = 1;
      const key = prefix4(b, 0);
      const list = this.byPrefix.get(key);
      if (list) list.push(n);
      else this.byPrefix.set(key, [n]);
    }
    this.longest = this.needles.reduce((m, n) => Math.max(m, n.bytes.length, n.value?.length ?? 0), 0);
  }

  /** Whether anything is configured to scrub. */
  get active(): boolean {
    return this.needles.length > 0;
  }

  /**
   * Masks every credential form in `buf` in one pass: a two-byte filter at
   * each position, a four-byte lookup where it passes, a compare where that
   * does. Overlapping matches are all masked, so no part of any form
   * survives. `open` is where a truncated-copy match runs into the end of
   * `buf` (it may go on in the next chunk), else buf.length.
   */
  private scan(buf: Buffer): { out: Buffer; open: number } {
    let out: Buffer | undefined;
    let open = buf.length;
    const last = buf.length - MIN_SECRET;
    for (let i = 0; i <= last; i++) {
      if (this.pairs[(buf[i]! << 8) | buf[i + 1]!] === 0) continue;
      const candidates = this.byPrefix.get(prefix4(buf, i));
      if (candidates === undefined) continue;
      for (const n of candidates) {
        const len = n.bytes.length;
        if (i + len > buf.length || buf.compare(n.bytes, 0, len, i, i + len) !== 0) continue;
        let end = i + len;
        if (n.value) {
          // A credential's first bytes: mask as far as the copy follows the value.
          const v = n.value;
          while (end < buf.length && end - i < v.length && buf[end] === v[end - i]) end++;
          if (end === buf.length && end - i < v.length) open = Math.min(open, i);
        }
        out ??= Buffer.from(buf);
        out.fill(MASK, i, end);
        break; // the longest form at this position; shorter ones lie inside it
      }
    }
    return { out: out ?? buf, open };
  }

  /** The bytes with every credential form masked (the same buffer when nothing matched). */
  scrub(buf: Buffer): Buffer {
    return this.scan(buf).out;
  }

  scrubText(s: string): string {
    if (!this.active || s.length < MIN_SECRET) return s;
    const buf = Buffer.from(s, "utf8");
    const out = this.scrub(buf);
    return out === buf ? s : out.toString("utf8");
  }

  /** Where a needle may start in the last bytes of `buf` and not be complete yet (buf.length when none can). */
  private holdFrom(buf: Buffer): number {
    for (let p = Math.max(0, buf.length - this.longest + 1); p < buf.length; p++) {
      if (this.firstBytes[buf[p]!] !== 1) continue;
      const rest = buf.length - p;
      for (const { bytes: n } of this.needles) if (n.length > rest && buf.compare(n, 0, rest, p, buf.length) === 0) return p;
    }
    return buf.length;
  }

  /**
   * A pass-through that masks credentials in a streamed body, across chunk
   * boundaries: the tail that could still begin a credential is held (as it
   * came, so it is matched again with the next chunk) together with what was
   * already masked in it.
   */
  stream(): Transform {
    let carry: Buffer | undefined;
    let carryOut: Buffer | undefined;
    const step = (input: Buffer, final: boolean): Buffer | undefined => {
      let { out, open } = this.scan(input);
      if (carryOut?.includes(MASK)) {
        if (out === input) out = Buffer.from(input);
        for (let i = 0; i < carryOut.length; i++) if (carryOut[i] === MASK) out[i] = MASK;
      }
      const keep = final ? input.length : Math.min(open, this.holdFrom(input));
      carry = keep < input.length ? input.subarray(keep) : undefined;
      carryOut = carry ? out.subarray(keep) : undefined;
      return keep > 0 ? out.subarray(0, keep) : undefined;
    };
    return new Transform({
      transform: (chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) => cb(null, step(carry ? Buffer.concat([carry, chunk]) : chunk, false)),
      flush: (cb: TransformCallback) => cb(null, carry ? step(carry, true) : undefined),
    });
  }
}
