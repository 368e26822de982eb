/**
 * Anthropic's Messages API: the texts of a reply's content blocks and of
 * each stream event.
 *
 * Keys: `<block index>` for a block's main text — text, thinking, and a
 * tool call's input (so `content_block_start` and the `text_delta`,
 * `thinking_delta` or `input_json_delta.partial_json` events after it are
 * one text); `<n>:name` for a tool's name; `<n>:citations` for cited text
 * (whole items, quoted); `<n>:<pointer>` for the strings of tool results the
 * model echoes (web search titles and URLs, code output) and of blocks this
 * module does not know.
 *
 * A tool call's `input` is a JSON object: it is inspected as its
 * serialisation, what the model wrote and what `input_json_delta` streams,
 * so a detector sees keys and values in context ("password": "…"). A
 * rewritten serialisation is parsed back; if a redaction cut through the
 * JSON syntax (a span across a quote), the input becomes `{}` — the tool
 * call loses its arguments rather than carrying the value.
 *
 * Not text: `signature` and `signature_delta` (an opaque integrity token of
 * a thinking block), `redacted_thinking.data` (encrypted by the provider),
 * ids, `encrypted_content`/`encrypted_index` of search results.
 */
import { fieldName, jsonLeaves } from "./json-leaves.js";
import { isObject, type Json, MAX_DEPTH, type TextList } from "./model-text.js";
import { OPAQUE_KEYS } from "./openai.js";

/** Stream event types of the Messages API. */
export const ANTHROPIC_EVENTS: ReadonlySet<string> = new Set([
  "message_start",
  "content_block_start",
  "content_block_delta",
  "content_block_stop",
  "message_delta",
  "message_stop",
  "ping",
  "error",
]);

const BLOCK_OPAQUE = new Set([...OPAQUE_KEYS, "encrypted_index", "tool_use_id", "cache_control", "page_age", "media_type", "file_id", "error_code", "return_code"]);
const CITATION_OPAQUE = new Set([...BLOCK_OPAQUE, "document_index", "start_char_index", "end_char_index", "start_page_number", "end_page_number", "start_block_index", "end_block_index", "search_result_index"]);
const TOOL_CALLS = new Set(["tool_use", "server_tool_use", "mcp_tool_use"]);

/** Whether `v` nests no deeper than MAX_DEPTH (JSON.stringify of a deeper one may exhaust the stack). */
function shallow(v: unknown): boolean {
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (depth >= MAX_DEPTH) return false;
    for (const child of Object.values(node)) if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
  }
  return true;
}

/** A tool call's input object, inspected as its serialisation. */
function inputText(list: TextList, block: Json, n: number, path: string, skipEmpty: boolean): void {
  const input = block.input;
  if (input === undefined || (skipEmpty && isObject(input) && Object.keys(input).length === 0)) return;
  if (!shallow(input)) {
    list.fail(`a tool input nested deeper than ${MAX_DEPTH} levels`);
    return;
  }
  list.add({
    key: `${n}`,
    path: `${path}.input`,
    text: JSON.stringify(input),
    set: (t) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(t);
      } catch {
        parsed = undefined;
      }
      block.input = isObject(parsed) ? parsed : {};
    },
  });
}

function citationTexts(list: TextList, container: Json | unknown[], prop: string | number, n: number, path: string): void {
  jsonLeaves(list, container, prop, "", { pathPrefix: path, keyOf: () => `${n}:citations`, skip: CITATION_OPAQUE, keys: false, whole: true, quoted: true });
}

/**
 * The texts of one content block (a reply's, or a content_block_start's).
 * `start`: the block opens a stream, its deltas follow (an empty tool input is the usual placeholder).
 */
function blockTexts(list: TextList, block: Json, n: number, path: string, start: boolean): void {
  const type = block.type;
  if (type === "text") {
    list.at(block, "text", `${n}`, `${path}.text`);
    const citations = block.citations;
    if (Array.isArray(citations)) for (let k = 0; k < citations.length; k++) citationTexts(list, citations, k, n, `${path}.citations[${k}]`);
  } else if (type === "thinking") list.at(block, "thinking", `${n}`, `${path}.thinking`);
  else if (type === "redacted_thinking") return; // encrypted by the provider: no text to read
  else if (typeof type === "string" && TOOL_CALLS.has(type)) {
    list.at(block, "name", `${n}:name`, `${path}.name`);
    inputText(list, block, n, path, start);
  } else {
    // Tool results the model's server tools return (web search, web fetch, code execution…) and blocks unknown here.
    const quoted = typeof type === "string" && type.endsWith("_tool_result");
    Object.keys(block).forEach((k, pos) => {
      if (!BLOCK_OPAQUE.has(k)) jsonLeaves(list, block, k, "", { pathPrefix: `${path}.${fieldName(k, pos)}`, keyOf: (p) => `${n}:${k}${p}`, skip: BLOCK_OPAQUE, keys: false, quoted });
    });
  }
}

/** The texts of a whole Messages reply. */
export function messageTexts(list: TextList, body: Json): void {
  if (!Array.isArray(body.content)) return;
  body.content.forEach((block, n) => {
    if (isObject(block)) blockTexts(list, block, n, `content[${n}]`, false);
    else if (typeof block === "string") list.at(body.content as unknown[], n, `${n}`, `content[${n}]`);
  });
}

/** The texts of one stream event. */
export function eventTexts(list: TextList, ev: Json): void {
  const n = typeof ev.index === "number" ? ev.index : 0;
  switch (ev.type) {
    case "message_start":
      if (isObject(ev.message)) messageTexts(list, ev.message);
      return;
    case "content_block_start":
      if (isObject(ev.content_block)) blockTexts(list, ev.content_block, n, "content_block", true);
      return;
    case "content_block_delta": {
      const d = ev.delta;
      if (!isObject(d)) return;
      if (d.type === "text_delta") list.at(d, "text", `${n}`, "delta.text");
      else if (d.type === "input_json_delta") list.at(d, "partial_json", `${n}`, "delta.partial_json", { json: true });
      else if (d.type === "thinking_delta") list.at(d, "thinking", `${n}`, "delta.thinking");
      else if (d.type === "citations_delta") citationTexts(list, d, "citation", n, "delta.citation");
      else if (d.type === "signature_delta") return; // opaque integrity token of the thinking block
      else {
        Object.keys(d).forEach((k, pos) => {
          if (!BLOCK_OPAQUE.has(k)) jsonLeaves(list, d, k, "", { pathPrefix: `delta.${fieldName(k, pos)}`, keyOf: (p) => `${n}:${k}${p}`, skip: BLOCK_OPAQUE, keys: false });
        });
      }
      return;
    }
    default:
      // message_delta (stop reason, usage), content_block_stop, message_stop, ping, error: nothing the model wrote.
      return;
  }
}
