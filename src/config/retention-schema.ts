/**
 * What is kept of each exchange's prompt and response (issue 5), and what a
 * model's tokens cost. Used by `models[]` and `routes[]` in schema.ts; the
 * default mode is `audit.retention`.
 */
import { z } from "zod";
import { RETENTION_MODES } from "./audit-schema.js";

/**
 * Per model or route, overriding audit.retention:
 * - none: nothing (the audit event says only that nothing was kept)
 * - hash: the SHA-256 of the request and response bytes, in the audit event
 * - encrypted: the full text, sealed with the keyring, in exchange_content
 * - redacted: the text with personal data and secrets masked, sealed likewise
 */
export const retentionSchema = z.enum(RETENTION_MODES, { error: `expected one of ${RETENTION_MODES.join(", ")}` });

const perMillion = (what: string) =>
  z.number({ error: `expected the price of a million ${what} tokens as a number` }).nonnegative(`expected a price of a million ${what} tokens of 0 or more`).finite();

/**
 * Price of a model's tokens, per million tokens, in `currency` (an ISO 4217
 * code; only a label: amounts are never converted). Audit events carry the
 * cost of each exchange computed from the usage the upstream reported.
 */
export const priceSchema = z.strictObject({
  input: perMillion("input (prompt)"),
  output: perMillion("output (completion)"),
  currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 currency code such as USD").default("USD"),
});
export type Price = z.output<typeof priceSchema>;
