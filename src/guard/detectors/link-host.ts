/**
 * Splitting a URL as written into scheme, host and the rest, and recognising
 * IP hosts the way a browser does.
 *
 * Browsers are lenient, and attackers rely on it: "https:\\evil.com" and
 * "https:evil.com" reach evil.com, "https://paypal.com@evil.com" logs in to
 * evil.com as the user "paypal.com", and "http://3232235521/" or
 * "http://0xC0.0250.0.1/" are 192.168.0.1 (WHATWG URL "ends in a number"
 * rule). This module reproduces those readings without a full URL parser, so
 * it costs a few string operations per link.
 */

export interface UrlParts {
  /** Lower-case scheme without ":"; "" when the link was written without one. */
  scheme: string;
  /** Host as written (case kept, percent-decoded, no userinfo, port or trailing dot); "" if none. */
  host: string;
  /** Userinfo before "@", if any: a decoy such as "paypal.com" in "https://paypal.com@evil.com". */
  userinfo: string;
  /** Everything after the authority: path, query and fragment. For opaque schemes, what follows ":". */
  rest: string;
  /** Read as a bare domain from prose: only a domain if it has a known public suffix. */
  bare: boolean;
}

/** Schemes with an authority ("special" schemes in WHATWG URL, where "\" counts as "/"). */
const HIERARCHICAL = new Set(["http", "https", "ftp", "ftps", "ws", "wss", "file"]);
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]{0,30}):/;

/**
 * Splits `url`. `bare` says the text was recognised in prose by its domain
 * (no scheme), so "paypal.com:8080/x" is a host and port, not the scheme
 * "paypal.com". A markup target with neither scheme nor "//" is relative to
 * the page and has no host.
 */
export function splitUrl(url: string, bare: boolean): UrlParts {
  let i = 0;
  let scheme = "";
  if (!bare) {
    const m = SCHEME.exec(url);
    if (m) {
      scheme = m[1]!.toLowerCase();
      i = m[0].length;
      if (!HIERARCHICAL.has(scheme)) return { scheme, host: "", userinfo: "", rest: url.slice(i), bare: false };
      while (i < url.length && (url[i] === "/" || url[i] === "\\")) i++;
    } else if (url.startsWith("//")) {
      i = 2;
    } else {
      // A markup target without scheme or "//" ("evil.com/x", "guide.md") is a path relative to the page.
      return { scheme: "", host: "", userinfo: "", rest: url, bare: false };
    }
  }
  let end = i;
  while (end < url.length) {
    const c = url[end];
    if (c === "/" || c === "\\" || c === "?" || c === "#") break;
    end++;
  }
  let authority = url.slice(i, end);
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : "";
  if (at >= 0) authority = authority.slice(at + 1);
  return { scheme, host: hostOf(authority), userinfo, rest: url.slice(end), bare };
}

function hostOf(authority: string): string {
  let host: string;
  if (authority.startsWith("[")) {
    const close = authority.indexOf("]");
    host = close > 0 ? authority.slice(0, close + 1) : authority;
  } else {
    const colon = authority.lastIndexOf(":");
    host = colon >= 0 ? authority.slice(0, colon) : authority;
  }
  if (host.includes("%")) {
    try {
      host = decodeURIComponent(host);
    } catch {
      // malformed escapes: browsers refuse such a host; keep the text for the other checks
    }
  }
  while (host.endsWith(".")) host = host.slice(0, -1);
  return host;
}

export interface IpHost {
  version: 4 | 6;
  /** Written other than as four plain decimal numbers (3232235521, 0xC0.0xA8.0.1, 0300.0250.0.1, 127.1). */
  encoded: boolean;
}

const NUMERIC_LABEL = /^(?:0x[0-9a-f]*|[0-9]+)$/i;

/**
 * The IP a browser would connect to, if `host` is one. Returns "invalid" for
 * a host that ends in a number but is no valid IPv4 address (browsers refuse
 * such URLs), and null for a domain name.
 */
export function parseIpHost(host: string): IpHost | "invalid" | null {
  if (host.startsWith("[")) return { version: 6, encoded: false };
  const lastDot = host.lastIndexOf(".");
  if (!NUMERIC_LABEL.test(host.slice(lastDot + 1))) return null;
  const parts = host.split(".");
  if (parts.length > 4) return "invalid";
  let encoded = parts.length !== 4;
  const numbers: number[] = [];
  for (const part of parts) {
    const value = parseIpv4Number(part);
    if (value === null) return "invalid";
    if (!/^(?:0|[1-9][0-9]*)$/.test(part)) encoded = true;
    numbers.push(value);
  }
  const last = numbers.pop()!;
  if (numbers.some((n) => n > 255) || last >= 256 ** (5 - parts.length)) return "invalid";
  return { version: 4, encoded };
}

function parseIpv4Number(part: string): number | null {
  if (part === "") return null;
  if (/^0x/i.test(part)) return part.length === 2 ? 0 : /^0x[0-9a-f]{1,8}$/i.test(part) ? Number.parseInt(part.slice(2), 16) : null;
  if (part.length > 1 && part[0] === "0") return /^0[0-7]{1,11}$/.test(part) ? Number.parseInt(part.slice(1), 8) : null;
  return /^[0-9]{1,10}$/.test(part) ? Number(part) : null;
}
