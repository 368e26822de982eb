/**
 * Where the text is in each API's bodies. The guard engine sees a flat list
 * of text fields with roles; this module finds them in requests and
 * responses of every endpoint, and writes redacted text back in place.
 */
import type { TextField } from "../guard/engine.js";
import type { TextRole } from "../guard/types.js";
import type { Endpoint } from "./exchange.js";

// Request text (every field a model reads, and the runs read together) lives with the API shapes.
export { type RequestText, requestFields, requestText, systemPromptOf } from "./apis/request-fields.js";

export interface BodyField extends TextField {
  /** Writes new text back where this field came from. */
  set(text: string): void;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A string at obj[key], or each text part of a content-parts array there. */
function contentFields(out: BodyField[], obj: Json, key: string | number, path: string, role: TextRole): void {
  const v = (obj as Record<string | number, unknown>)[key];
  if (typeof v === "string") {
    out.push({ path, role, text: v, set: (t) => ((obj as Record<string | number, unknown>)[key] = t) });
    return;
  }
  if (!Array.isArray(v)) return;
  v.forEach((part, i) => {
    if (typeof part === "string") {
      out.push({ path: `${path}[${i}]`, role, text: part, set: (t) => (v[i] = t) });
      return;
    }
    if (!isObject(part)) return;
    const p = `${path}[${i}]`;
    if (typeof part.text === "string") contentFields(out, part, "text", `${p}.text`, role);
    // Anthropic: tool results and documents carry data the caller did not write.
    if (part.type === "tool_result") contentFields(out, part, "content", `${p}.content`, "tool");
    if (part.type === "document" && isObject(part.source) && typeof part.source.data === "string" && part.source.type === "text") {
      contentFields(out, part.source, "data", `${p}.source.data`, "document");
    }
  });
}

/** The generated text of a non-streamed reply (OpenAI chat/completions, Anthropic messages). */
export function responseFields(endpoint: Endpoint, body: unknown): BodyField[] {
  const out: BodyField[] = [];
  if (!isObject(body)) return out;
  if (endpoint === "messages") {
    contentFields(out, body, "content", "content", "response");
    return out;
  }
  if (endpoint === "chat.completions" || endpoint === "completions") {
    if (!Array.isArray(body.choices)) return out;
    body.choices.forEach((c, i) => {
      if (!isObject(c)) return;
      if (isObject(c.message)) {
        contentFields(out, c.message, "content", `choices[${i}].message.content`, "response");
        if (Array.isArray(c.message.tool_calls)) {
          c.message.tool_calls.forEach((t, j) => {
            if (isObject(t) && isObject(t.function)) contentFields(out, t.function, "arguments", `choices[${i}].message.tool_calls[${j}].function.arguments`, "response");
          });
        }
      }
      if (typeof c.text === "string") contentFields(out, c, "text", `choices[${i}].text`, "response");
    });
  }
  return out;
}

/** Every string in a generic JSON reply, bounded: inference routes have no fixed shape. */
export function jsonStringFields(body: unknown, maxFields = 1000): BodyField[] {
  const out: BodyField[] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (out.length >= maxFields || depth > 32) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length && out.length < maxFields; i++) {
        const v = node[i];
        if (typeof v === "string") out.push({ path: `${path}/${i}`, role: "response", text: v, set: (t) => (node[i] = t) });
        else walk(v, `${path}/${i}`, depth + 1);
      }
    } else if (isObject(node)) {
      for (const [k, v] of Object.entries(node)) {
        if (out.length >= maxFields) break;
        if (typeof v === "string") out.push({ path: `${path}/${k}`, role: "response", text: v, set: (t) => (node[k] = t) });
        else walk(v, `${path}/${k}`, depth + 1);
      }
    }
  };
  walk(body, "", 0);
  return out;
}
