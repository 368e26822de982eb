/**
 * OpenAI's chat completions and completions (and every server that speaks
 * them: vLLM, Ollama's /v1, LM Studio, OpenRouter…): the texts of each
 * choice's `message` (a whole reply), `delta` (a stream event) or `text`
 * (completions).
 *
 * Keys: `<choice>` for the main text (content, or completions text),
 * `<choice>:refusal`, `<choice>:reasoning`, `<choice>:tool<i>:name|args|input`,
 * `<choice>:function:name|args`, `<choice>:audio`, `<choice>:annotations`;
 * a field this module does not know is read as JSON leaves under
 * `<choice>:<field>` (a server's own reasoning field is still inspected).
 * Every text of a choice drops that choice's `logprobs` when rewritten: the
 * tokens there spell the same text.
 */
import { fieldName, jsonLeaves } from "./json-leaves.js";
import { isObject, type Json, type TextList } from "./model-text.js";

/** Identifiers and opaque data inside unknown fields: not text. */
export const OPAQUE_KEYS: ReadonlySet<string> = new Set([
  "id",
  "type",
  "role",
  "index",
  "object",
  "model",
  "created",
  "created_at",
  "system_fingerprint",
  "signature",
  "data",
  "encrypted_content",
  "format",
  "expires_at",
  "finish_reason",
  "stop_reason",
  "tool_call_id",
  "logprobs",
  "usage",
]);

/** Message and delta fields read here by name; any other field is read as JSON leaves. */
const KNOWN = new Set(["role", "content", "refusal", "reasoning_content", "reasoning", "tool_calls", "function_call", "audio", "annotations", "name"]);

function messageTexts(list: TextList, m: Json, i: number, base: string, dropTrace: () => void): void {
  const opts = { dropTrace };
  const content = m.content;
  if (Array.isArray(content)) {
    content.forEach((part, j) => {
      if (typeof part === "string") list.at(content, j, `${i}`, `${base}.content[${j}]`, opts);
      else if (isObject(part)) {
        list.at(part, "text", `${i}`, `${base}.content[${j}].text`, opts);
        list.at(part, "refusal", `${i}:refusal`, `${base}.content[${j}].refusal`, opts);
      }
    });
  } else list.at(m, "content", `${i}`, `${base}.content`, opts);
  list.at(m, "refusal", `${i}:refusal`, `${base}.refusal`, opts);
  list.at(m, "reasoning_content", `${i}:reasoning`, `${base}.reasoning_content`, opts);
  if (isObject(m.reasoning)) {
    jsonLeaves(list, m, "reasoning", "", { pathPrefix: `${base}.reasoning`, keyOf: (p) => `${i}:reasoning${p}`, skip: OPAQUE_KEYS, keys: false, dropTrace });
  } else list.at(m, "reasoning", `${i}:reasoning`, `${base}.reasoning`, opts);
  if (Array.isArray(m.tool_calls)) {
    m.tool_calls.forEach((call, j) => {
      if (!isObject(call)) return;
      const t = `${i}:tool${typeof call.index === "number" ? call.index : j}`;
      const at = `${base}.tool_calls[${j}]`;
      for (const kind of ["function", "custom"] as const) {
        const fn = call[kind];
        if (!isObject(fn)) continue;
        list.at(fn, "name", `${t}:name`, `${at}.${kind}.name`, opts);
        list.at(fn, "arguments", `${t}:args`, `${at}.${kind}.arguments`, { ...opts, json: true });
        list.at(fn, "input", `${t}:input`, `${at}.${kind}.input`, opts);
      }
    });
  }
  if (isObject(m.function_call)) {
    list.at(m.function_call, "name", `${i}:function:name`, `${base}.function_call.name`, opts);
    list.at(m.function_call, "arguments", `${i}:function:args`, `${base}.function_call.arguments`, { ...opts, json: true });
  }
  if (isObject(m.audio)) list.at(m.audio, "transcript", `${i}:audio`, `${base}.audio.transcript`, opts);
  if (Array.isArray(m.annotations)) {
    // url_citation: { url, title } of web search results the model cites.
    const skip = new Set([...OPAQUE_KEYS, "start_index", "end_index"]);
    m.annotations.forEach((_, k) => {
      jsonLeaves(list, m.annotations as unknown[], k, "", { pathPrefix: `${base}.annotations[${k}]`, keyOf: () => `${i}:annotations`, skip, keys: false, whole: true, quoted: true, dropTrace });
    });
  }
  Object.keys(m).forEach((k, pos) => {
    if (KNOWN.has(k) || OPAQUE_KEYS.has(k)) return;
    jsonLeaves(list, m, k, "", { pathPrefix: `${base}.${fieldName(k, pos)}`, keyOf: (p) => `${i}:${k}${p}`, skip: OPAQUE_KEYS, dropTrace });
  });
}

/** The texts of every choice of an OpenAI-shaped reply or stream chunk (chat message or delta, completions text). */
export function choiceTexts(list: TextList, body: Json): void {
  const choices = body.choices;
  if (!Array.isArray(choices)) return;
  choices.forEach((c, pos) => {
    if (!isObject(c)) return;
    const i = typeof c.index === "number" ? c.index : pos;
    const dropTrace = () => {
      if (c.logprobs != null) c.logprobs = null;
    };
    const base = `choices[${pos}]`;
    if (isObject(c.message)) messageTexts(list, c.message, i, `${base}.message`, dropTrace);
    if (isObject(c.delta)) messageTexts(list, c.delta, i, `${base}.delta`, dropTrace);
    list.at(c, "text", `${i}`, `${base}.text`, { dropTrace });
  });
}
