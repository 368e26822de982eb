/**
 * Short-lived gateway tokens: `wgt_<id>_<secret>`, minted by a service from
 * its gateway key so it can hand a narrower, expiring credential to a job or
 * a browser. Like keys, the id (16 hex chars) is public and the secret (256
 * random bits) is stored only as a SHA-256 hash. A token is bound to its
 * parent key: the key's revocation, expiry and IP allow-list apply to it.
 */
import { hash, randomBytes, timingSafeEqual } from "node:crypto";
import type { KeyRecord } from "./key-store.js";
import type { TokenRecord, TokenStore } from "./tokens-store.js";

const TOKEN_RE = /^wgt_([0-9a-f]{16})_([0-9a-f]{64})$/;
const GRANT_RE = /^[A-Za-z0-9*?._:/-]{1,128}$/;
const MAX_GRANTS = 256;

export const DEFAULT_TOKEN_TTL_SECONDS = 900;
export const MAX_TOKEN_TTL_SECONDS = 3600;

export function hashTokenSecret(id: string, secret: string): string {
  // A different prefix from keys' hashes: a key hash can never verify a token.
  return hash("sha256", `wardgate-token:${id}:${secret}`, "hex");
}

export function parseToken(presented: string): { id: string; secret: string } | undefined {
  const m = TOKEN_RE.exec(presented);
  return m ? { id: m[1]!, secret: m[2]! } : undefined;
}

/** A short, log-safe label for a token: never contains the secret. */
export function tokenLabel(id: string): string {
  return `wgt_${id}`;
}

export function tokenSecretMatches(record: TokenRecord, secret: string): boolean {
  const expected = Buffer.from(record.secretHash, "hex");
  const actual = Buffer.from(hashTokenSecret(record.id, secret), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * Whether glob `outer` matches every name glob `inner` matches (`*` any run,
 * `?` one character). Sound, so it fails closed: a `*` or `?` in `inner` can
 * only be covered by a `*` (or, for `?`, a `?`) in `outer`, never by a
 * literal. Treating `inner` as a literal name would be wrong: "a?c" matches
 * the string "a*c", yet the glob "a*c" matches "abbc", which "a?c" does not.
 */
export function globCovers(outer: string, inner: string): boolean {
  const n = outer.length;
  const m = inner.length;
  // reach[i][j]: outer[i..] covers inner[j..]; filled from the ends backwards.
  let next = new Array<boolean>(m + 1).fill(false);
  next[m] = true; // both exhausted
  for (let i = n - 1; i >= 0; i--) {
    const row = new Array<boolean>(m + 1).fill(false);
    const o = outer[i]!;
    row[m] = o === "*" && next[m]!; // inner exhausted: only stars may remain
    for (let j = m - 1; j >= 0; j--) {
      const c = inner[j]!;
      if (o === "*") {
        // The star matches nothing more (skip it) or absorbs inner[j], whatever it is.
        row[j] = next[j]! || row[j + 1]!;
      } else if (o === "?") {
        row[j] = c !== "*" && next[j + 1]!;
      } else {
        row[j] = c === o && next[j + 1]!;
      }
    }
    next = row;
  }
  return next[0]!;
}

/** The first key grant that covers `requested`, or undefined. */
export function coveringGrant(keyGrants: readonly string[], requested: string): string | undefined {
  return keyGrants.find((g) => globCovers(g, requested));
}

export class TokenRequestError extends Error {
  constructor(
    message: string,
    readonly param: string,
    readonly code: "invalid_token_request" | "grant_not_held",
  ) {
    super(message);
  }
}

export interface MintInput {
  ttlSeconds?: number;
  models?: readonly string[];
  routes?: readonly string[];
  now?: number;
}

function checkGrants(kind: "models" | "routes", requested: unknown, held: readonly string[]): string[] {
  if (!Array.isArray(requested) || requested.some((g) => typeof g !== "string")) {
    throw new TokenRequestError(`${kind}: expected an array of ${kind === "models" ? "model" : "route"} names or globs`, kind, "invalid_token_request");
  }
  if (requested.length > MAX_GRANTS) throw new TokenRequestError(`${kind}: expected at most ${MAX_GRANTS} entries`, kind, "invalid_token_request");
  for (const g of requested as string[]) {
    if (!GRANT_RE.test(g)) {
      throw new TokenRequestError(`${kind}: expected names or globs of letters, digits, '*', '?', '.', '_', ':', '/' or '-' (1-128 characters)`, kind, "invalid_token_request");
    }
    if (!coveringGrant(held, g)) {
      const what = kind === "models" ? "model" : "route";
      throw new TokenRequestError(`${kind}: the key is not granted ${what} '${g}', so a token minted from it cannot be. Missing grant: ${what}:${g}.`, kind, "grant_not_held");
    }
  }
  return [...new Set(requested as string[])];
}

/**
 * Mints a token from `key` (already authenticated by the caller): grants
 * default to the key's own, requested grants must be covered by the key's,
 * and the token never outlives the key. Returns the token string: the only
 * time it exists.
 */
export async function mintToken(store: TokenStore, key: KeyRecord, input: MintInput): Promise<{ token: string; record: TokenRecord }> {
  const now = input.now ?? Date.now();
  const ttl = input.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  if (typeof ttl !== "number" || !Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) {
    throw new TokenRequestError(`ttl_seconds: expected a whole number of seconds from 1 to ${MAX_TOKEN_TTL_SECONDS}`, "ttl_seconds", "invalid_token_request");
  }
  const models = input.models === undefined ? [...key.models] : checkGrants("models", input.models, key.models);
  const routes = input.routes === undefined ? [...key.routes] : checkGrants("routes", input.routes, key.routes);
  // Whole seconds, so the `expires_at` the caller is told (in seconds) is exactly when it stops
  // working: the ttl rounded up (never shorter than asked), the key's expiry rounded down (never after it).
  const expiresAt = Math.min(Math.ceil((now + ttl * 1000) / 1000) * 1000, Math.floor((key.expiresAt ?? Number.POSITIVE_INFINITY) / 1000) * 1000);
  const id = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("hex");
  const record: TokenRecord = {
    id,
    tenantId: key.tenantId,
    keyId: key.id,
    principal: key.principal,
    secretHash: hashTokenSecret(id, secret),
    models,
    routes,
    expiresAt,
    createdAt: now,
  };
  // Expired tokens are refused by time anyway; dropping them here keeps the table to live tokens.
  await store.deleteExpired(now);
  await store.insert(record);
  return { token: `wgt_${id}_${secret}`, record };
}
