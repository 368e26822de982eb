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
