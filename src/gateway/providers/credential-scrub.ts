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
 * Values shorter than MIN_SECRET are not searched: they would match
 * ordinary text and cannot be told from it. A match is replaced by as many
 * `*` as it has bytes, so a relayed Content-Length stays true and no JSON
 * or SSE framing is broken.
 *
 * Work is linear in the reply: one native `indexOf` per needle over each
 * chunk; a stream keeps back only a tail that could still be the start of a
 * needle, so a value split across two chunks is found whole.
 */
import { Transform, type TransformCallback } from "node:stream";
import type { ProviderConfig } from "../../config/schema.js";

/** Values shorter than this are not credentials the scrubber can tell from text. */
export const MIN_SECRET = 8;
const MASK = 0x2a; // "*"

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

export class CredentialScrubber {
  private readonly needles: Buffer[];
  /** First byte of any needle: only a tail starting with one of these can be a needle split across chunks. */
  private readonly firstBytes = new Uint8Array(256);
  private readonly longest: number;

  constructor(credentials: readonly string[]) {
    const forms = new Set<string>();
    for (const c of credentials) if (c.length >= MIN_SECRET) for (const f of formsOf(c)) forms.add(f);
    // Longest first, so that overlapping forms are masked as a whole.
    this.needles = [...forms].map((f) => Buffer.from(f, "utf8")).sort((a, b) => b.length - a.length);
    for (const n of this.needles) this.firstBytes[n[0]!] = 1;
    this.longest = this.needles.reduce((m, n) => Math.max(m, n.length), 0);
  }

  /** Whether anything is configured to scrub. */
  get active(): boolean {
    return this.needles.length > 0;
  }

  /** The bytes with every credential form masked (the same buffer when nothing matched). */
  scrub(buf: Buffer): Buffer {
    let out: Buffer | undefined;
    for (const n of this.needles) {
      for (let at = buf.indexOf(n); at !== -1; at = buf.indexOf(n, at + n.length)) {
        out ??= Buffer.from(buf);
        out.fill(MASK, at, at + n.length);
      }
    }
    return out ?? buf;
  }

  scrubText(s: string): string {
    if (!this.active || s.length < MIN_SECRET) return s;
    const buf = Buffer.from(s, "utf8");
    const out = this.scrub(buf);
    return out === buf ? s : out.toString("utf8");
  }

  /** Where a possible needle starts in the last bytes of `buf` (buf.length when none can). */
  private holdFrom(buf: Buffer): number {
    for (let p = Math.max(0, buf.length - this.longest + 1); p < buf.length; p++) {
      if (this.firstBytes[buf[p]!] !== 1) continue;
      const rest = buf.length - p;
      for (const n of this.needles) if (n.length > rest && buf.compare(n, 0, rest, p, buf.length) === 0) return p;
    }
    return buf.length;
  }

  /** A pass-through that masks credentials in a streamed body, across chunk boundaries. */
  stream(): Transform {
    let carry: Buffer | undefined;
    return new Transform({
      transform: (chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) => {
        const buf = this.scrub(carry ? Buffer.concat([carry, chunk]) : chunk);
        const keep = this.holdFrom(buf);
        carry = keep < buf.length ? buf.subarray(keep) : undefined;
        cb(null, keep > 0 ? buf.subarray(0, keep) : undefined);
      },
      flush: (cb: TransformCallback) => cb(null, carry),
    });
  }
}
