/**
 * The shapes every stage speaks. A stage that refuses a request returns a
 * `Denial`; the reasons it carries are what the caller, the log and (later)
 * the audit trail all see, so they must be safe to show the caller.
 */
export type Verdict = "allow" | "flag" | "redact" | "block";

export interface Evidence {
  field: string;
  start: number;
  end: number;
  /** Already redacted: never the raw secret or personal data. */
  excerpt: string;
}

export interface Reason {
  /** Where the decision came from, e.g. "identity:gateway-key", "policy:key-grants". */
  source: string;
  verdict: Verdict;
  score?: number;
  threshold?: number;
  /** A sentence safe to show the caller. */
  message: string;
  /** The configured rule that turned the finding into this verdict, e.g. "standard: request.pii → flag". */
  rule?: string;
  evidence?: Evidence[];
}

export interface Decision {
  verdict: Verdict;
  reasons: Reason[];
  /** Links the client's error, the request log and the audit event. */
  id: string;
}

/** OpenAI error `type` values, plus the ones Wardgate adds. */
export type ErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "permission_error"
  | "not_found_error"
  | "rate_limit_error"
  | "upstream_error"
  | "timeout_error"
  | "server_error";

/** A typed refusal: what the client gets back, and why. */
export interface Denial {
  status: number;
  type: ErrorType;
  code: string;
  message: string;
  param?: string | null;
  reasons: Reason[];
  headers?: Record<string, string>;
  /** Extra fields for the error object, e.g. the guard's decision id and reasons. Must be safe to show. */
  detail?: Record<string, unknown>;
}

export function denial(
  status: number,
  type: ErrorType,
  code: string,
  message: string,
  source: string,
  extra: Partial<Pick<Denial, "param" | "headers">> = {},
): Denial {
  return { status, type, code, message, reasons: [{ source, verdict: "block", message }], ...extra };
}
