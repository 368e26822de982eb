/**
 * Admission to the audit log, the first stage after route: when the log
 * cannot take more events (queue full under fail-closed, or the store
 * failing), new requests are refused rather than served unrecorded.
 * Requests already admitted finish and are still recorded.
 */
import { type Denial, denial } from "../core/decision.js";
import type { Exchange } from "./exchange.js";
import type { GatewayContext } from "./pipeline.js";

const unavailable = (): Denial =>
  denial(503, "server_error", "audit_unavailable", "The gateway cannot record requests in its audit log right now; the request is refused.", "audit:log", {
    headers: { "retry-after": "1" },
  });

export function auditAdmission(_x: Exchange, g: GatewayContext): Denial | undefined {
  return g.audit === undefined || g.audit.admits() ? undefined : unavailable();
}
