/**
 * The client's address, for key allow-lists, policy `sourceIps`, last-used
 * records, logs and audit events, on both listeners.
 *
 * X-Forwarded-For is believed only when the socket's peer is a trusted proxy
 * (`server.trustedProxies`). Each proxy appends the address it saw, so the
 * header is read from the right: entries that are trusted proxies are
 * skipped, and the first one that is not is the client. Everything left of
 * it was written by the client and is never read. An entry that is not a
 * valid IP address (a port, brackets, a zone id, garbage, markup) makes the
 * whole header unbelievable: the peer is used instead.
 *
 * The RFC 7239 `Forwarded` header is not read: one header, one answer.
 */
import { BlockList, isIP } from "node:net";

/** The longest textual IP address ("ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"). */
const MAX_IP_CHARS = 45;
/** Trusted hops walked at most: a real proxy chain is a handful; a longer run of trusted entries is not believed. */
const MAX_HOPS = 32;
const MAPPED_V4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * `s` as an address the gateway records: a valid IPv4 or IPv6 address, an
 * IPv4-mapped IPv6 address as plain IPv4, IPv6 in lower case; undefined for
 * anything else (zone ids included: they mean nothing off the local link).
 */
export function validIp(s: string): string | undefined {
  if (s.length === 0 || s.length > MAX_IP_CHARS || s.includes("%")) return undefined;
  const family = isIP(s);
  if (family === 4) return s;
  if (family !== 6) return undefined;
  const mapped = MAPPED_V4.exec(s);
  return mapped ? mapped[1] : s.toLowerCase();
}

/** The configured proxies, as a BlockList (addresses and CIDR ranges already checked by the config schema). */
export class TrustedProxies {
  private readonly list = new BlockList();
  readonly empty: boolean;

  constructor(ranges: readonly string[]) {
    for (const r of ranges) {
      const [address, bits] = r.split("/") as [string, string | undefined];
      const type = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (bits === undefined) this.list.addAddress(address, type);
      else this.list.addSubnet(address, Number(bits), type);
    }
    this.empty = ranges.length === 0;
  }

  /** Whether `ip` (a valid address, see validIp) is a trusted proxy. */
  has(ip: string): boolean {
    return !this.empty && this.list.check(ip, ip.includes(":") ? "ipv6" : "ipv4");
  }
}

/**
 * The client address of a request whose socket peer is `peer`, given its
 * X-Forwarded-For header (several headers arrive joined by commas). Always a
 * valid IP address, or "" when the socket has no address (it closed before
 * the request was read).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const from = peer === undefined ? undefined : validIp(peer);
  if (from === undefined) return "";
  if (forwardedFor === undefined || !trusted.has(from)) return from;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  let client = from;
  // Entries from the right: [comma + 1, end). An empty one (",x", "x,,y") is as invalid as any other.
  for (let end = header.length, hops = 0; end !== -1; hops++) {
    if (hops === MAX_HOPS) return from;
    const comma = end === 0 ? -1 : header.lastIndexOf(",", end - 1);
    const entry = validIp(header.slice(comma + 1, end).trim());
    if (entry === undefined) return from;
    client = entry;
    if (!trusted.has(entry)) return entry;
    end = comma;
  }
  // Every entry is a trusted address: the left-most is the client (an internal caller through the proxy).
  return client;
}
