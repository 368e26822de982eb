/**
 * Errors of the admin API: the same `{ error: { type, code, message } }`
 * shape as the data plane, with messages safe to show (never a stack, a
 * secret or a hash).
 */
import { clip, MESSAGE_MAX } from "../core/clip.js";
import type { ErrorType } from "../core/decision.js";

export class AdminError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AdminError(404, "not_found_error", "not_found", `${what} not found.`);
export const invalid = (message: string, code = "invalid_request") => new AdminError(400, "invalid_request_error", code, message);
export const conflict = (message: string) => new AdminError(409, "invalid_request_error", "conflict", message);

/** Messages may quote what the caller sent (a field name, a content type): clipped, as on the data plane. */
export function errorBody(type: ErrorType, code: string, message: string) {
  return { error: { type, code, message: clip(message, MESSAGE_MAX) } };
}

/** The JSON schema of every error response, for the OpenAPI document. */
export const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: { type: { type: "string" }, code: { type: "string" }, message: { type: "string" } },
      required: ["type", "code", "message"],
    },
  },
  required: ["error"],
} as const;
