import { denial } from "../core/decision.js";
import type { AuthResult } from "./authenticator.js";

/** 401 invalid_token: a bearer token (JWT) that was refused, with a caller-safe reason. */
export const invalidToken = (message: string): AuthResult => ({
  ok: false,
  denial: denial(401, "authentication_error", "invalid_token", message, "identity:jwt"),
});
