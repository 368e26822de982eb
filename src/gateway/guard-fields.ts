/**
 * Where the text is in each API's bodies. The guard engine sees a flat list
 * of text fields with roles; this module finds them in requests and
 * responses of every endpoint, and writes redacted text back in place.
 */
import type { TextField } from "../guard/engine.js";
import type { TextRole } from "../guard/types.js";
import type { Endpoint } from "./exchange.js";

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

const CHAT_ROLES: Record<string, TextRole> = { system: "system", developer: "system", user: "user", assistant: "assistant", tool: "tool", function: "tool" };

/** Segments of a JSON pointer ("/a/*\/b"), unescaped (~1 → /, ~0 → ~). */
function pointerSegments(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function pointerFields(out: BodyField[], root: unknown, pointer: string, role: TextRole): void {
  const walk = (node: unknown, segs: string[], path: string, parent: Json | unknown[] | undefined, key: string | number | undefined) => {
    if (segs.length === 0) {
      if (typeof node === "string" && parent !== undefined && key !== undefined) {
        out.push({ path: path || "/", role, text: node, set: (t) => ((parent as Record<string | number, unknown>)[key] = t) });
      }
      return;
    }
    const [seg, ...rest] = segs as [string, ...string[]];
    if (seg === "*" && Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) walk(node[i], rest, `${path}/${i}`, node, i);
    }
    else if (Array.isArray(node) && /^\d+$/.test(seg)) walk(node[Number(seg)], rest, `${path}/${seg}`, node, Number(seg));
    else if (isObject(node) && Object.hasOwn(node, seg)) walk(node[seg], rest, `${path}/${seg}`, node, seg);
  };
  walk(root, pointerSegments(pointer), "", undefined, undefined);
}

/** The text fields of a request body, in order. */
export function requestFields(endpoint: Endpoint, body: Json, inspect?: { prompts: string[]; documents: string[] }): BodyField[] {
  const out: BodyField[] = [];
  switch (endpoint) {
    case "chat.completions":
      if (Array.isArray(body.messages)) {
        body.messages.forEach((m, i) => {
          if (isObject(m)) contentFields(out, m, "content", `messages[${i}].content`, CHAT_ROLES[String(m.role)] ?? "user");
        });
      }
      break;
    case "completions":
      contentFields(out, body, "prompt", "prompt", "user");
      break;
    case "embeddings":
      contentFields(out, body, "input", "input", "document");
      break;
    case "messages":
      contentFields(out, body, "system", "system", "system");
      if (Array.isArray(body.messages)) {
        body.messages.forEach((m, i) => {
          if (isObject(m)) contentFields(out, m, "content", `messages[${i}].content`, m.role === "assistant" ? "assistant" : "user");
        });
      }
      break;
    case "inference":
      for (const p of inspect?.prompts ?? []) pointerFields(out, body, p, "user");
      for (const p of inspect?.documents ?? []) pointerFields(out, body, p, "document");
      break;
    default:
      break;
  }
  return out;
}

/** The caller's system prompt, for leak detection when the profile configures none. */
export function systemPromptOf(fields: readonly BodyField[]): string | undefined {
  const parts = fields.filter((f) => f.role === "system").map((f) => f.text);
  return parts.length > 0 ? parts.join("\n") : undefined;
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
