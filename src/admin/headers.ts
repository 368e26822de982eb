/**
 * Headers on every answer of the admin listener, errors included. Its bodies
 * carry secrets (new gateway keys, otpauth URIs, recovery codes, enrolment
 * tokens) and account data, so nothing may be cached by a browser or proxy;
 * they are JSON, never to be sniffed as anything else, framed by another
 * page, or named as a referrer.
 */
export const ADMIN_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  // A JSON API loads nothing: no source is allowed, and no page may frame it.
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
};
