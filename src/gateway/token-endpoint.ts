/**
 * `POST /v1/wardgate/tokens`: a service mints a short-lived token from its
 * gateway key. Only a gateway key may mint (the pipeline's authenticate
 * stage refuses tokens and JWTs here); the token's grants must be covered by
 * the key's. The reply carries the token once and is never cached.
 */
import { Readable } from "node:stream";
import { clip } from "../core/clip.js";
import { type Denial, denial } from "../core/decision.js";
import { mintToken, TokenRequestError } from "../identity/tokens.js";
import type { TokenStore } from "../identity/tokens-store.js";
import type { Exchange } from "./exchange.js";
import type { UpstreamReply } from "./providers/provider.js";

const SOURCE = "identity:token";
const FIELDS = new Set(["ttl_seconds", "models", "routes"]);

export const TOKENS_PATH = "/v1/wardgate/tokens";

/** 403 for a token or JWT presented to the mint endpoint. */
export const gatewayKeyRequired = (): Denial =>
  denial(403, "permission_error", "gateway_key_required", "Tokens can only be minted with a gateway key (wg_...), not with a token or JWT.", SOURCE);

export async function mintReply(x: Exchange, tokens: TokenStore): Promise<UpstreamReply | Denial> {
  const key = x.principal?.key;
  if (!key || x.principal?.via !== "gateway-key") return gatewayKeyRequired();
  const body = x.body ?? {};
  for (const field of Object.keys(body)) {
    if (!FIELDS.has(field)) {
      return denial(400, "invalid_request_error", "invalid_token_request", `Unknown field '${clip(field, 64)}': expected ttl_seconds, models or routes.`, SOURCE, { param: clip(field, 64) });
    }
  }
  let minted: Awaited<ReturnType<typeof mintToken>>;
  try {
    minted = await mintToken(tokens, key, {
      ...(body.ttl_seconds !== undefined ? { ttlSeconds: body.ttl_seconds as number } : {}),
      ...(body.models !== undefined ? { models: body.models as string[] } : {}),
      ...(body.routes !== undefined ? { routes: body.routes as string[] } : {}),
    });
  } catch (err) {
    if (!(err instanceof TokenRequestError)) throw err;
    const status = err.code === "grant_not_held" ? 403 : 400;
    return denial(status, status === 403 ? "permission_error" : "invalid_request_error", err.code, err.message, SOURCE, { param: err.param });
  }
  const { record } = minted;
  const payload = {
    token: minted.token,
    expires_at: Math.floor(record.expiresAt / 1000),
    models: record.models,
    routes: record.routes,
  };
  const buf = Buffer.from(JSON.stringify(payload));
  return {
    status: 201,
    contentType: "application/json",
    contentLength: buf.length,
    sse: false,
    body: Readable.from([buf]),
    headers: { "cache-control": "no-store" },
  };
}
