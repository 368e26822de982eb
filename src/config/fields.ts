/**
 * Field types shared by the config schemas (schema.ts and the per-section
 * *-schema.ts files), so a name, URL or number means the same everywhere and
 * is refused with the same words.
 */
import { z } from "zod";
import { parseBytes, parseDuration } from "./units.js";

/** Whole numbers may also arrive as strings from ${ENV} interpolation. */
export const int = () => z.preprocess((v) => (typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v), z.number().int());
/** Booleans may also arrive as the strings "true"/"false" from ${ENV} interpolation. */
export const bool = () => z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean());

/** Names of providers, models, routes, sinks…: safe in logs, URLs and file names. */
export const name = z
  .string()
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9._:-]{0,63}$/, "expected a name of letters, digits, '.', '_', ':' or '-' (at most 64)");

/** An http(s) URL; credentials in it are refused (they would end up in logs). */
export const httpUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && !u.username && !u.password;
  } catch {
    return false;
  }
}, "expected an http(s) URL without credentials in it");

/** Extra HTTP headers: name → value. */
export const headers = z.record(z.string().regex(/^[A-Za-z0-9-]+$/, "expected an HTTP header name"), z.string());

/** A positive quantity given as a number or a string with units, parsed by `parse`. */
const quantity = (parse: (v: string | number) => number | undefined, expected: string) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = parse(v);
    if (n === undefined || n <= 0) {
      // The value itself is not echoed: after ${ENV} interpolation it could be a secret.
      ctx.addIssue({ code: "custom", message: `expected ${expected}` });
      return z.NEVER;
    }
    return n;
  });
/** A size in bytes: a number or "512kb", "1mb"…; `what` names the key in the message. */
export const bytes = (what: string) => quantity(parseBytes, `${what} as bytes or a size like "1mb"`);
/** A duration in milliseconds: a number or "30s", "5m"…; `what` names the key in the message. */
export const duration = (what: string) => quantity(parseDuration, `${what} as milliseconds or a duration like "30s"`);
