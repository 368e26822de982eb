/**
 * OIDC/JWT bearer tokens. The token's unverified `iss` picks the configured
 * issuer (exact match; an unknown issuer is refused before any key is
 * fetched), then `jose` verifies signature, issuer, audience, exp (required),
 * nbf and the algorithm allow-list against the issuer's JWKS: fetched and
 * cached by jose, refetched on an unknown `kid` (the issuer rotated keys) at
 * most once per cooldown.
 *
 * Verified tokens are cached by the SHA-256 of their exact string, so the
 * hot path is one hash, one map lookup and two comparisons instead of a
 * signature check. (Hashed: a map lookup compares keys in variable time, and
 * the token is a bearer secret; the cache then holds no usable tokens either.) An entry
 * lives until the token expires (with the same clock tolerance jose applies)
 * but never longer than the issuer's JWKS cache age, so a key the issuer
 * withdraws stops being trusted through the cache as soon as through jose.
 */
import { hash } from "node:crypto";
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, errors, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import type { JwtIssuerConfig } from "../config/auth-schema.js";
import { denial } from "../core/decision.js";
import type { AuthResult } from "./authenticator.js";
import { DEFAULT_TENANT, ORG_ID_RE, type OrgStore } from "./org.js";
import { invalidToken } from "./token-errors.js";
import type { CredentialScope, Principal } from "./principal.js";

const SOURCE = "identity:jwt";
const DEFAULT_MAX_CACHED = 10_000;
const JWKS_TIMEOUT_MS = 5_000;

interface Issuer {
  config: JwtIssuerConfig;
  getKey: JWTVerifyGetKey;
  scope: CredentialScope | null;
  cacheMaxAgeMs: number;
  toleranceMs: number;
}

interface CachedJwt {
  principal: Principal;
  /** Accepted while now < validUntil: exp plus tolerance, capped by the JWKS cache age. */
  validUntil: number;
  /** Accepted once now ≥ notBefore: nbf minus tolerance. */
  notBefore: number;
  /** exp plus tolerance: past it the answer is "expired", before it a cache-age lapse just re-verifies. */
  expiresAt: number;
}

export { invalidToken };

const EXPIRED = "The token has expired (exp).";
const NOT_YET_VALID = "The token is not valid yet (nbf).";

/** A caller-safe sentence for why jose refused a token: which check failed, never the token. */
function explain(err: unknown, config: JwtIssuerConfig): AuthResult {
  if (err instanceof errors.JWTExpired) return invalidToken(EXPIRED);
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === "exp" && err.reason === "missing") return invalidToken("The token has no expiry (exp); only expiring tokens are accepted.");
    if (err.claim === "nbf" && err.reason === "check_failed") return invalidToken(NOT_YET_VALID);
    if (err.claim === "aud") return invalidToken("The token's audience (aud) is not accepted by this gateway.");
    if (err.claim === "iss") return invalidToken("The token's issuer (iss) is not trusted by this gateway.");
    return invalidToken(`The token's "${err.claim}" claim is ${err.reason === "missing" ? "missing" : "invalid"}.`);
  }
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported) {
    return invalidToken(`The token's signing algorithm (alg) is not allowed; expected one of ${config.algorithms.join(", ")}.`);
  }
  if (err instanceof errors.JWSSignatureVerificationFailed) return invalidToken("The token's signature does not verify.");
  if (err instanceof errors.JWKSNoMatchingKey) return invalidToken("No signing key of the token's issuer matches the token (kid).");
  if (err instanceof errors.JWKSMultipleMatchingKeys) return invalidToken("The token names no key (kid) and several of the issuer's keys could match.");
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) return invalidToken("The bearer token is not a well-formed JWT.");
  // Anything else is the issuer's key set being unreachable or unusable
  // (timeout, non-200, bad JSON): not the caller's fault, and still a refusal.
  return {
    ok: false,
    denial: denial(503, "server_error", "jwks_unavailable", "The token issuer's signing keys could not be loaded; try again later.", SOURCE),
  };
}

/** Principal ids from tokens go into logs and policies: printable, bounded. */
const PRINCIPAL_RE = /^[^\p{Cc}]{1,256}$/u;

export interface JwtAuthenticatorOptions {
  now?: () => number;
  /** Where stored principals (disabled, team and roles when the token does not map them) are looked up. */
  org?: OrgStore;
  /** The store's change token: a move drops the cache (a principal may have been disabled). */
  changeToken?: () => string;
  maxCached?: number;
}

export class JwtAuthenticator {
  private readonly issuers = new Map<string, Issuer>();
  private cache = new Map<string, CachedJwt>();
  private generation = "";
  private readonly now: () => number;
  private readonly maxCached: number;

  constructor(
    configs: readonly JwtIssuerConfig[],
    private readonly opts: JwtAuthenticatorOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.maxCached = opts.maxCached ?? DEFAULT_MAX_CACHED;
    for (const config of configs) {
      const cacheMaxAgeMs = config.jwksCacheMaxAgeSec * 1000;
      const getKey = config.jwksUri
        ? createRemoteJWKSet(new URL(config.jwksUri), {
            cacheMaxAge: cacheMaxAgeMs,
            cooldownDuration: config.jwksCooldownSec * 1000,
            timeoutDuration: JWKS_TIMEOUT_MS,
          })
        : createLocalJWKSet(config.jwks as unknown as JSONWebKeySet);
      const scope = config.grants ? { models: config.grants.models, routes: config.grants.routes } : null;
      // An inline JWKS never changes, so its cache age does not bound the token cache.
      const maxAge = config.jwksUri ? cacheMaxAgeMs : Number.POSITIVE_INFINITY;
      this.issuers.set(config.issuer, { config, getKey, scope, cacheMaxAgeMs: maxAge, toleranceMs: config.clockToleranceSec * 1000 });
    }
  }

  /** Whether any issuer is configured: without one, JWTs are refused outright. */
  get enabled(): boolean {
    return this.issuers.size > 0;
  }

  get cachedCount(): number {
    return this.cache.size;
  }

  /** Synchronous on a cache hit (the common case), a promise when the token must be verified. */
  authenticate(token: string): AuthResult | Promise<AuthResult> {
    if (this.opts.changeToken) {
      const generation = this.opts.changeToken();
      if (generation !== this.generation) {
        this.cache.clear();
        this.generation = generation;
      }
    }
    const id = hash("sha256", token, "base64");
    const hit = this.cache.get(id);
    if (hit) {
      const now = this.now();
      if (now < hit.notBefore) return invalidToken(NOT_YET_VALID);
      if (now < hit.validUntil) return { ok: true, principal: hit.principal };
      this.cache.delete(id);
      if (now >= hit.expiresAt) return invalidToken(EXPIRED);
      // Only the cache age lapsed: verify afresh below.
    }
    return this.verify(token, id);
  }

  private async verify(token: string, id: string): Promise<AuthResult> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      return invalidToken("The bearer token is not a well-formed JWT.");
    }
    const issuer = typeof unverified.iss === "string" ? this.issuers.get(unverified.iss) : undefined;
    if (!issuer) return invalidToken("The token's issuer (iss) is not trusted by this gateway.");
    const { config } = issuer;
    const generation = this.generation;
    const verifiedAt = this.now();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, issuer.getKey, {
        issuer: config.issuer,
        audience: config.audiences,
        algorithms: config.algorithms,
        clockTolerance: config.clockToleranceSec,
        requiredClaims: ["exp"],
        currentDate: new Date(verifiedAt),
      }));
    } catch (err) {
      return explain(err, config);
    }
    const mapped = await this.principalOf(payload, issuer);
    if (!mapped.ok) return mapped;
    const expiresAt = (payload.exp as number) * 1000 + issuer.toleranceMs;
    const entry: CachedJwt = {
      principal: mapped.principal,
      expiresAt,
      validUntil: Math.min(expiresAt, verifiedAt + issuer.cacheMaxAgeMs),
      notBefore: typeof payload.nbf === "number" ? payload.nbf * 1000 - issuer.toleranceMs : Number.NEGATIVE_INFINITY,
    };
    // Cache only what was decided while nothing changed in the store.
    if (generation === this.generation && (!this.opts.changeToken || this.opts.changeToken() === generation)) {
      // Bounded: the oldest entry goes first (Map keeps insertion order).
      if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(id, entry);
    }
    return mapped;
  }

  /** Claims → Principal, per the issuer's claim mapping; a stored principal adds what the token does not say. */
  private async principalOf(payload: JWTPayload, issuer: Issuer): Promise<AuthResult> {
    const { config } = issuer;
    const { claims } = config;
    const id = payload[claims.principal];
    if (typeof id !== "string" || !PRINCIPAL_RE.test(id)) {
      return invalidToken(`The token has no usable '${claims.principal}' claim (expected a string of 1-256 printable characters).`);
    }
    let tenant = config.tenant ?? DEFAULT_TENANT;
    if (config.tenantClaim !== undefined) {
      const t = payload[config.tenantClaim];
      if (typeof t !== "string" || !ORG_ID_RE.test(t)) return invalidToken(`The token's '${config.tenantClaim}' claim is not a valid tenant id.`);
      tenant = t;
    }
    let team: string | null | undefined;
    if (claims.team !== undefined) {
      const t = payload[claims.team];
      if (t !== undefined && typeof t !== "string") return invalidToken(`The token's '${claims.team}' claim must be a string (the team).`);
      team = t ?? null;
    }
    let roles: readonly string[] | undefined;
    if (claims.roles !== undefined) {
      const r = payload[claims.roles];
      if (r === undefined) roles = [];
      else if (typeof r === "string") roles = [r];
      else if (Array.isArray(r) && r.every((x) => typeof x === "string")) roles = r as string[];
      else return invalidToken(`The token's '${claims.roles}' claim must be a string or an array of strings (the roles).`);
    }
    const stored = this.opts.org ? await this.opts.org.getPrincipal(tenant, id) : undefined;
    if (stored?.disabledAt != null) {
      return { ok: false, denial: denial(401, "authentication_error", "disabled_principal", `Principal '${id}' is disabled.`, SOURCE) };
    }
    return {
      ok: true,
      principal: {
        id,
        tenant,
        team: team !== undefined ? team : (stored?.teamId ?? null),
        roles: roles ?? stored?.roles ?? [],
        claims: Object.freeze(payload),
        via: "jwt",
        scope: issuer.scope,
      },
    };
  }
}
