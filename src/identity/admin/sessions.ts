/**
 * Admin sessions: a random 256-bit id in an HttpOnly cookie, stored only as
 * its SHA-256 hash; a CSRF token (also 256 bits, stored hashed) the client
 * sends back in a header on every state-changing request. A session is
 * refused once idle or absolute time runs out; a session that has not yet
 * passed its second factor lives at most PRE_AUTH_MS.
 */
import { hash, randomBytes, timingSafeEqual } from "node:crypto";
import type { AdminSession } from "./admin-store.js";

export const SESSION_COOKIE = "wg_admin";
/** How long a password-only session may wait for its second factor or enrolment. */
export const PRE_AUTH_MS = 10 * 60_000;

export interface SessionTimeouts {
  idle: number;
  absolute: number;
}

export const newToken = (): string => randomBytes(32).toString("base64url");
export const tokenHash = (token: string): string => hash("sha256", `wardgate-admin:${token}`, "hex");

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(presented: string | undefined, storedHash: string): boolean {
  if (!presented || presented.length > 128) return false;
  const a = Buffer.from(tokenHash(presented), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a session can no longer be used, or undefined when it is live. */
export function sessionExpiry(s: AdminSession, t: SessionTimeouts, now: number): string | undefined {
  if (s.stage !== "full" && now - s.createdAt >= PRE_AUTH_MS) return "the sign-in was not completed in time";
  if (now - s.createdAt >= t.absolute) return "the session reached its maximum age";
  if (now - s.lastSeenAt >= t.idle) return "the session was idle too long";
  return undefined;
}
