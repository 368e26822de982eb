/**
 * JSON canonicalisation (RFC 8785, "JCS"): one byte string per JSON value, so
 * an audit event hashes the same wherever and however it was serialised.
 *
 * JCS is JSON.stringify with three promises made explicit: object keys sorted
 * by UTF-16 code units (what Array.prototype.sort compares by default), numbers
 * in ECMAScript's shortest round-trip form (String(n), with -0 as 0), and
 * strings escaped as JSON.stringify does. Everything JSON.stringify would
 * quietly drop or coerce (undefined, functions, NaN, Dates through toJSON, …)
 * is refused instead: a value that does not survive a round trip has no place
 * in a tamper-evident record. Lone surrogates are refused too (RFC 8785 takes
 * its input as I-JSON, RFC 7493, which forbids them).
 */

export class CanonicalJsonError extends Error {
  override name = "CanonicalJsonError";
}

/** The RFC 8785 canonical form of `value` as a string; encode it as UTF-8 to hash it. */
export function canonicalize(value: unknown): string {
  return serialize(value, "$", new Set());
}

/** The canonical form as UTF-8 bytes: what an audit leaf hashes. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), "utf8");
}

function serialize(value: unknown, path: string, parents: Set<object>): string {
  switch (typeof value) {
    case "string":
      return serializeString(value, path);
    case "number":
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path}: ${value} is not a JSON number`);
      // JSON.stringify of a finite number is ECMAScript's Number::toString, -0 as "0": exactly RFC 8785 §3.2.2.3.
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      if (value === null) return "null";
      return serializeContainer(value, path, parents);
    case "undefined":
      throw new CanonicalJsonError(`${path}: undefined is not a JSON value`);
    case "bigint":
      throw new CanonicalJsonError(`${path}: bigint is not a JSON value (convert it to a string or a safe number first)`);
    default:
      throw new CanonicalJsonError(`${path}: a ${typeof value} is not a JSON value`);
  }
}

function serializeContainer(value: object, path: string, parents: Set<object>): string {
  if (parents.has(value)) throw new CanonicalJsonError(`${path}: cyclic structure`);
  parents.add(value);
  try {
    if (Array.isArray(value)) {
      const items: string[] = [];
      for (let i = 0; i < value.length; i++) {
        // A hole reads as undefined, and is refused like one.
        items.push(serialize(value[i], `${path}[${i}]`, parents));
      }
      return `[${items.join(",")}]`;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? "object";
      throw new CanonicalJsonError(`${path}: a ${kind} is not a plain JSON object (convert it first)`);
    }
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    // Default sort: by UTF-16 code units, as RFC 8785 §3.2.3 requires.
    for (const key of Object.keys(record).sort()) {
      members.push(`${serializeString(key, path)}:${serialize(record[key], `${path}.${key}`, parents)}`);
    }
    return `{${members.join(",")}}`;
  } finally {
    parents.delete(value);
  }
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serializeString(value: string, path: string): string {
  if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError(`${path}: string contains a lone surrogate (not valid I-JSON)`);
  // With no lone surrogates, JSON.stringify escapes exactly as RFC 8785 §3.2.2.2 says:
  // \b \t \n \f \r \" \\, other controls as lowercase \u00xx, everything else as is.
  return JSON.stringify(value);
}
