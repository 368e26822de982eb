/**
 * What a policy needs to know about a request, read from its parsed body and
 * headers: the output tokens asked for, the tools declared, and the data
 * classification.
 */
import { CLASSIFICATIONS, type Classification } from "../config/policy-schema.js";

export const CLASSIFICATION_HEADER = "x-wardgate-classification";

/** The largest of max_tokens / max_completion_tokens / max_output_tokens the request sets; undefined when none is a number. */
export function requestedTokens(body: Record<string, unknown> | undefined): number | undefined {
  if (!body) return undefined;
  return larger(larger(tokens(body.max_tokens), tokens(body.max_completion_tokens)), tokens(body.max_output_tokens));
}

const tokens = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const larger = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);

const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : undefined);
const obj = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/**
 * The tool names a request declares: OpenAI `tools[].function.name` (and
 * `custom.name`), legacy `functions[].name`, Anthropic `tools[].name`; a
 * built-in tool without a name (e.g. `{type: "web_search_preview"}`) is its
 * type. A tool whose name cannot be read is an error naming the field: it
 * could not be authorized.
 */
export function declaredTools(body: Record<string, unknown> | undefined): { tools: string[] } | { error: string; param: string } {
  const tools: string[] = [];
  if (!body) return { tools };
  for (const field of ["tools", "functions"] as const) {
    const list = body[field];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) return { error: `'${field}' must be an array of tools.`, param: field };
    for (let i = 0; i < list.length; i++) {
      const t = obj(list[i]);
      const name = t && (str(obj(t.function)?.name) ?? str(obj(t.custom)?.name) ?? str(t.name) ?? str(t.type));
      if (!name) return { error: `'${field}[${i}]' must be a tool with a name.`, param: `${field}[${i}]` };
      if (!tools.includes(name)) tools.push(name);
    }
  }
  return { tools };
}

/**
 * The request's data classification: the header when present, else the
 * model's or route's configured one, else "internal". An unknown header
 * value is an error (the header is never guessed at).
 */
export function requestClassification(header: string | string[] | undefined, configured: Classification | undefined): Classification | { error: string } {
  if (header === undefined) return configured ?? "internal";
  const v = (Array.isArray(header) ? header.join(",") : header).trim().toLowerCase();
  if ((CLASSIFICATIONS as readonly string[]).includes(v)) return v as Classification;
  return { error: `Header ${CLASSIFICATION_HEADER} must be one of ${CLASSIFICATIONS.join(", ")}.` };
}
