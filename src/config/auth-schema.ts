/**
 * The `auth:` section: client credentials the data plane accepts besides
 * gateway keys. Today: OIDC/JWT issuers, each trusted for the tokens whose
 * `iss` equals its `issuer` exactly.
 */
import { z } from "zod";
import { ORG_ID_EXPECTED, ORG_ID_RE } from "../identity/org.js";

/**
 * Asymmetric JWS algorithms only: the gateway verifies with the issuer's
 * public keys. `none` is no signature and HS* needs a secret shared with the
 * issuer (anyone holding it could mint identities), so neither is offered.
 */
export const JWT_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA", "Ed25519"] as const;
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];
export const DEFAULT_JWT_ALGORITHMS: JwtAlgorithm[] = ["RS256", "ES256", "EdDSA"];

const algorithm = z.string().transform((v, ctx) => {
  if ((JWT_ALGORITHMS as readonly string[]).includes(v)) return v as JwtAlgorithm;
  const why =
    v.toLowerCase() === "none"
      ? `"none" is refused: an unsigned token proves nothing`
      : /^HS\d+$/i.test(v)
        ? `"${v}" is refused: a shared secret is not an identity provider`
        : `got "${v}"`;
  ctx.addIssue({ code: "custom", message: `expected one of ${JWT_ALGORITHMS.join(", ")} (${why})` });
  return z.NEVER;
});

const isLoopback = (host: string) => host === "localhost" || host === "127.0.0.1" || host === "[::1]";

const jwksUri = z.string().refine((s) => {
  try {
    const u = new URL(s);
    if (u.username || u.password) return false;
    return u.protocol === "https:" || (u.protocol === "http:" && isLoopback(u.hostname));
  } catch {
    return false;
  }
}, "expected an https URL (http only for localhost/127.0.0.1) without credentials in it");

/**
 * One public key of an inline JWKS. Private members and symmetric keys are
 * refused: the config would then hold a signing secret.
 */
const publicJwk = z
  .looseObject({ kty: z.enum(["RSA", "EC", "OKP"], { error: "expected kty RSA, EC or OKP (a public key; symmetric keys are refused)" }) })
  .superRefine((k, ctx) => {
    for (const member of ["d", "p", "q", "dp", "dq", "qi", "k"]) {
      if (member in k) ctx.addIssue({ code: "custom", path: [member], message: "expected a public key: private key members do not belong in the config" });
    }
  });

const grantList = z.array(z.string().regex(/^[A-Za-z0-9*?._:/-]{1,128}$/, "expected a name or a glob of letters, digits, '*', '?', '.', '_', ':', '/' or '-'"));

const orgId = z.string().regex(ORG_ID_RE, `expected ${ORG_ID_EXPECTED}`);
const claimName = z.string().min(1).max(256);

export const jwtIssuerSchema = z
  .strictObject({
    /** A label for logs and errors. */
    name: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9._:-]{0,63}$/, "expected a name of letters, digits, '.', '_', ':' or '-' (at most 64)"),
    /** Compared exactly with the token's `iss`. */
    issuer: z.string().min(1),
    /** The token's `aud` must contain one of these. */
    audiences: z.array(z.string().min(1)).min(1, "expected at least one audience"),
    jwksUri: jwksUri.optional(),
    /** An inline JWKS, for offline setups: `{ keys: [...] }` with public keys only. */
    jwks: z.strictObject({ keys: z.array(publicJwk).min(1, "expected at least one key") }).optional(),
    algorithms: z.array(algorithm).min(1).default(DEFAULT_JWT_ALGORITHMS),
    clockToleranceSec: z.number().int().min(0).max(300).default(30),
    /** How long fetched keys are trusted before the JWKS is fetched again. */
    jwksCacheMaxAgeSec: z.number().int().min(0).max(86_400).default(600),
    /** Least time between two fetches caused by an unknown `kid` (a key rotation), so junk tokens cannot hammer the issuer. */
    jwksCooldownSec: z.number().int().min(0).max(3600).default(30),
    /** The tenant of every principal from this issuer; or take it from `tenantClaim`. */
    tenant: orgId.optional(),
    tenantClaim: claimName.optional(),
    claims: z
      .strictObject({
        principal: claimName.default("sub"),
        team: claimName.optional(),
        /** A claim holding a role name or a list of them. */
        roles: claimName.optional(),
      })
      .prefault({}),
    /** The credential scope of this issuer's principals; absent: none (policies alone decide). */
    grants: z.strictObject({ models: grantList.default([]), routes: grantList.default([]) }).optional(),
  })
  .superRefine((c, ctx) => {
    if ((c.jwksUri === undefined) === (c.jwks === undefined)) {
      ctx.addIssue({ code: "custom", path: ["jwksUri"], message: "expected exactly one of jwksUri or jwks" });
    }
    if (c.tenant !== undefined && c.tenantClaim !== undefined) {
      ctx.addIssue({ code: "custom", path: ["tenantClaim"], message: "expected either tenant or tenantClaim, not both" });
    }
  });

/** Callers identified by a client certificate (needs `server.tls.clientCertificates`). */
export const mtlsSchema = z.strictObject({
  /** The tenant of every certificate principal. */
  tenant: orgId.default("default"),
  /** Which name of the certificate is the principal's id. */
  principalFrom: z.enum(["cn", "san-email", "san-uri", "san-dns"]).default("cn"),
  /** The credential scope of certificate principals; absent: none (policies alone decide). */
  grants: z.strictObject({ models: grantList.default([]), routes: grantList.default([]) }).optional(),
});

export const authSchema = z
  .strictObject({
    jwt: z.array(jwtIssuerSchema).default([]),
    mtls: mtlsSchema.optional(),
  })
  .superRefine((a, ctx) => {
    const names = new Set<string>();
    const issuers = new Set<string>();
    a.jwt.forEach((j, i) => {
      if (names.has(j.name)) ctx.addIssue({ code: "custom", path: ["jwt", i, "name"], message: `duplicate issuer name "${j.name}"` });
      // The unverified `iss` picks the configuration: two entries for one issuer would be ambiguous.
      if (issuers.has(j.issuer)) ctx.addIssue({ code: "custom", path: ["jwt", i, "issuer"], message: `duplicate issuer "${j.issuer}"` });
      names.add(j.name);
      issuers.add(j.issuer);
    });
  })
  .prefault({});

export type AuthConfig = z.output<typeof authSchema>;
export type JwtIssuerConfig = z.output<typeof jwtIssuerSchema>;
export type MtlsConfig = z.output<typeof mtlsSchema>;
