/**
 * The control plane's configuration: `admin:` in wardgate.yaml. The admin
 * API listens on its own address (localhost by default) so it can be kept
 * off the network the data plane serves.
 */
import { z } from "zod";
import { bool, int } from "./fields.js";
import { adminTlsSchema } from "./tls-schema.js";
import { parseDuration } from "./units.js";

const duration = (what: string) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = parseDuration(v);
    if (n === undefined || n <= 0) {
      ctx.addIssue({ code: "custom", message: `expected ${what} as milliseconds or a duration like "30m"` });
      return z.NEVER;
    }
    return n;
  });

const origin = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.origin === s.replace(/\/$/, "");
  } catch {
    return false;
  }
}, "expected an origin such as https://admin.example.com (scheme, host and port only)");

export const adminSchema = z
  .strictObject({
    enabled: bool().default(true),
    host: z.string().min(1).default("127.0.0.1"),
    port: int().pipe(z.number().min(0).max(65535)).default(8788),
    /** Serve the admin API over HTTPS (same shape as server.tls). */
    tls: adminTlsSchema.optional(),
    /** The browser origin of the admin UI; WebAuthn ceremonies must come from it. Default http(s)://localhost:<port>. */
    origin: origin.optional(),
    /** WebAuthn relying-party id: the origin's host name (or a parent domain of it). */
    rpId: z.string().regex(/^[a-z0-9.-]{1,253}$/i, "expected a host name such as admin.example.com").default("localhost"),
    rpName: z.string().min(1).max(64).default("Wardgate"),
    sessionIdle: duration("admin.sessionIdle").default(30 * 60_000),
    sessionAbsolute: duration("admin.sessionAbsolute").default(12 * 3_600_000),
    stepUpWindow: duration("admin.stepUpWindow").default(5 * 60_000),
    lockout: z
      .strictObject({
        maxFailures: int().pipe(z.number().min(1).max(100)).default(5),
        base: duration("admin.lockout.base").default(60_000),
        max: duration("admin.lockout.max").default(3_600_000),
      })
      .prefault({}),
  })
  .prefault({})
  .transform((a) => ({ ...a, origin: (a.origin ?? `${a.tls ? "https" : "http"}://localhost:${a.port}`).replace(/\/$/, "") }));

export type AdminConfig = z.output<typeof adminSchema>;
