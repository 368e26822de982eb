/**
 * `server.tls`: the data plane serves HTTPS from certificate files, and may
 * ask clients for certificates (mTLS). The files are read when the gateway
 * starts; the schema checks only the shape.
 */
import { z } from "zod";

const file = (what: string) => z.string().min(1, `expected the path of ${what}`);

export const serverTlsSchema = z
  .strictObject({
    /** PEM certificate chain the gateway presents. */
    cert: file("a PEM certificate (chain)"),
    /** PEM private key of that certificate. */
    key: file("a PEM private key"),
    minVersion: z.enum(["TLSv1.2", "TLSv1.3"]).default("TLSv1.2"),
    /**
     * Client certificates: "off" (not asked for), "optional" (asked for; a
     * trusted one identifies the caller when `auth.mtls` is configured, an
     * untrusted one is ignored), "required" (the handshake fails without a
     * certificate signed by `clientCa`).
     */
    clientCertificates: z.enum(["off", "optional", "required"]).default("off"),
    /** PEM bundle of the CAs whose client certificates are trusted. */
    clientCa: file("a PEM CA bundle").optional(),
  })
  .superRefine((t, ctx) => {
    if (t.clientCertificates !== "off" && t.clientCa === undefined) {
      ctx.addIssue({ code: "custom", path: ["clientCa"], message: `expected the CA bundle that signs client certificates (clientCertificates is "${t.clientCertificates}")` });
    }
  });

export type ServerTlsConfig = z.output<typeof serverTlsSchema>;

/**
 * `admin.tls`: the admin listener serves HTTPS. Same shape as `server.tls`;
 * client certificates can gate the handshake ("required") but do not
 * identify admins, so "optional" would only ask for nothing and is refused.
 */
export const adminTlsSchema = serverTlsSchema.superRefine((t, ctx) => {
  if (t.clientCertificates === "optional") {
    ctx.addIssue({ code: "custom", path: ["clientCertificates"], message: 'expected "off" or "required": admins sign in with a password and a second factor, a certificate only gates the connection' });
  }
});

/**
 * `providers.<name>.tls`: how the gateway connects to an HTTPS upstream.
 * Certificates are always verified; `ca` replaces the public roots for this
 * provider (a private CA), `cert` + `key` are presented when the upstream
 * asks for a client certificate (mTLS).
 */
export const upstreamTlsSchema = z
  .strictObject({
    /** PEM bundle of the CAs trusted for this upstream (instead of the public roots). */
    ca: file("a PEM CA bundle").optional(),
    /** PEM client certificate (chain) to present. */
    cert: file("a PEM certificate (chain)").optional(),
    /** PEM private key of that certificate. */
    key: file("a PEM private key").optional(),
  })
  .superRefine((t, ctx) => {
    if ((t.cert === undefined) !== (t.key === undefined)) {
      const missing = t.cert === undefined ? "cert" : "key";
      ctx.addIssue({ code: "custom", path: [missing], message: `expected ${missing} too: a client certificate needs both cert and key` });
    }
  });

export type UpstreamTlsConfig = z.output<typeof upstreamTlsSchema>;
