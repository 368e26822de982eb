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
  // Fast path: a copy with sorted keys through the native JSON.stringify. Anything it cannot
  // vouch for (a value JSON cannot carry, integer-like keys, great depth, a surrogate) goes
  // through the exact writer, which refuses with the path or produces the same bytes.
  const sorted = sortedCopy(value, 0);
  if (sorted !== NOT_SIMPLE) {
    const out = JSON.stringify(sorted);
    // JSON.stringify writes a lone surrogate as a \udxxx escape; a well-formed pair stays raw.
    if (!out.includes("\\ud")) return out;
  }
  return new Writer().value(value);
}

const NOT_SIMPLE = Symbol("not simple");
const MAX_FAST_DEPTH = 64;

/**
 * The value with every object's keys in sorted order (the value itself when
 * they already are; a copy where they are not), or NOT_SIMPLE.
 * Integer-like keys are NOT_SIMPLE: JavaScript enumerates them first, in
 * numeric order, whatever the insertion order.
 */
function sortedCopy(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : NOT_SIMPLE;
    case "object": {
      if (value === null) return null;
      if (depth > MAX_FAST_DEPTH) return NOT_SIMPLE; // perhaps a cycle: the writer says
      if (Array.isArray(value)) {
        let out: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
          const item = value[i];
          const v = sortedCopy(item, depth + 1);
          if (v === NOT_SIMPLE) return NOT_SIMPLE;
          if (v !== item && out === undefined) out = value.slice(0, i);
          if (out !== undefined) out[i] = v;
        }
        // Copied only when something inside had to be: most values need no copy at all.
        return out ?? value;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return NOT_SIMPLE;
      const record = value as Record<string, unknown>;
      const names = Object.keys(record);
      let sorted = true;
      for (let i = 1; i < names.length; i++) {
        if (names[i - 1]! > names[i]!) {
          sorted = false;
          break;
        }
      }
      if (!sorted) names.sort();
      let out: Record<string, unknown> | undefined = sorted ? undefined : {};
      for (let i = 0; i < names.length; i++) {
        const key = names[i]!;
        const c = key.charCodeAt(0);
        // Integer-like keys enumerate out of order; "__proto__" would set the copy's prototype.
        if ((c >= 48 && c <= 57) || key === "__proto__") return NOT_SIMPLE;
        const item = record[key];
        const v = sortedCopy(item, depth + 1);
        if (v === NOT_SIMPLE) return NOT_SIMPLE;
        if (out === undefined && v !== item) {
          out = {};
          for (let j = 0; j < i; j++) out[names[j]!] = record[names[j]!];
        }
        if (out !== undefined) out[key] = v;
      }
      return out ?? value;
    }
    default:
      return NOT_SIMPLE;
  }
}

/** The canonical form as UTF-8 bytes: what an audit leaf hashes. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), "utf8");
}

// Any surrogate at all: rare in practice, so the exact (slower) lone-surrogate test runs only after this one.
const SURROGATE = /[\uD800-\uDFFF]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * One serialisation. The audit log canonicalises every event, so this is on
 * a hot path: output is appended to one string, and the JSON path of the
 * current value (for error messages) is kept as a stack of keys and built
 * only when something is refused.
 */
class Writer {
  private readonly keys: (string | number)[] = [];
  private readonly parents: object[] = [];

  private path(): string {
    let p = "$";
    for (const k of this.keys) p += typeof k === "number" ? `[${k}]` : `.${k}`;
    return p;
  }

  private fail(message: string): never {
    throw new CanonicalJsonError(`${this.path()}: ${message}`);
  }

  value(value: unknown): string {
    switch (typeof value) {
      case "string":
        return this.string(value);
      case "number":
        if (!Number.isFinite(value)) this.fail(`${value} is not a JSON number`);
        // JSON.stringify of a finite number is ECMAScript's Number::toString, -0 as "0": exactly RFC 8785 §3.2.2.3.
        return JSON.stringify(value);
      case "boolean":
        return value ? "true" : "false";
      case "object":
        if (value === null) return "null";
        return this.container(value);
      case "undefined":
        return this.fail("undefined is not a JSON value");
      case "bigint":
        return this.fail("bigint is not a JSON value (convert it to a string or a safe number first)");
      default:
        return this.fail(`a ${typeof value} is not a JSON value`);
    }
  }

  private container(value: object): string {
    if (this.parents.includes(value)) this.fail("cyclic structure");
    this.parents.push(value);
    const keys = this.keys;
    let out: string;
    if (Array.isArray(value)) {
      out = "[";
      for (let i = 0; i < value.length; i++) {
        keys.push(i);
        // A hole reads as undefined, and is refused like one.
        out += i === 0 ? this.value(value[i]) : `,${this.value(value[i])}`;
        keys.pop();
      }
      out += "]";
    } else {
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? "object";
        this.fail(`a ${kind} is not a plain JSON object (convert it first)`);
      }
      const record = value as Record<string, unknown>;
      // Default sort: by UTF-16 code units, as RFC 8785 §3.2.3 requires.
      const names = Object.keys(record).sort();
      out = "{";
      for (let i = 0; i < names.length; i++) {
        const key = names[i]!;
        const name = this.string(key);
        keys.push(key);
        out += `${i === 0 ? "" : ","}${name}:${this.value(record[key])}`;
        keys.pop();
      }
      out += "}";
    }
    this.parents.pop();
    return out;
  }

  private string(value: string): string {
    if (SURROGATE.test(value) && LONE_SURROGATE.test(value)) this.fail("string contains a lone surrogate (not valid I-JSON)");
    // With no lone surrogates, JSON.stringify escapes exactly as RFC 8785 §3.2.2.2 says:
    // \b \t \n \f \r \" \\, other controls as lowercase \u00xx, everything else as is.
    return JSON.stringify(value);
  }
}
