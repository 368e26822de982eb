/**
 * Every text of a request body that a model reads, with its role, for the
 * guard: message content (strings, text parts, refusals), names, earlier
 * tool calls and their arguments, tool and function definitions (names,
 * descriptions and every string of their JSON schemas, property names
 * included), output schemas, predicted outputs, Anthropic documents (plain
 * text, content blocks, titles, context), search results, tool results and
 * what is nested in them, thinking, citations; completions' prompt and
 * suffix; embedding inputs; configured routes by JSON pointer.
 *
 * Roles say who wrote the text and so how it is judged: `system` (the
 * operator's instructions: never injection-scored), `user`, `assistant`
 * (caller-supplied history: a client can forge it, see detect.ts), `tool` and
 * `document` (data the caller's user did not write), `definition` (tool and
 * schema definitions: often copied from third parties — tool poisoning).
 *
 * Besides the fields, the texts the model reads as one run are listed in
 * reading order (`conversations`), so the engine can score an injection split
 * across parts or messages as the model sees it: joined.
 *
 * Bounded and linear: one visit per JSON node; JSON schemas and tool inputs
 * are walked at most MAX_DEPTH levels deep and at most MAX_FIELDS texts are
 * taken. When a bound hides text, `incomplete` says where and the guard
 * refuses the request (fail closed) rather than pass unread text. Never
 * throws on malformed shapes: what is not where an API puts text is either
 * walked as unknown (every string) or, for binary and opaque data, skipped.
 */
import type { TextRole } from "../../guard/types.js";
import type { Endpoint } from "../exchange.js";
import type { BodyField } from "../guard-fields.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Levels walked inside one schema, tool input or unknown block. */
export const MAX_DEPTH = 32;
/** Texts taken from one request: more is refused as too large to inspect, not passed unread. */
export const MAX_FIELDS = 10_000;

export interface RequestText {
  fields: BodyField[];
  /**
   * Runs of fields the model reads as one text, in reading order (indices
   * into `fields`): the definitions (tools, functions, output schema), and
   * the conversation. The engine joins the user, tool and document texts of
   * each run and scores the joins for injections split across fields.
   */
  conversations: number[][];
  /** Set when a bound stopped the walk and text may be left unread: the request is refused. */
  incomplete: string | undefined;
  /** JSON nodes visited (linear in the body; the property tests check it). */
  steps: number;
}

/** Schema keywords whose string values are references or formats, not prose a model reads. */
const SCHEMA_REFERENCES = new Set(["$ref", "$schema", "$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$comment", "format", "contentEncoding", "contentMediaType"]);
const SCHEMA_TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null", "dict", "float", "tuple", "any"]);
/** Schema keywords whose value is an object of named subschemas: the names are read too. */
const NAMED_SCHEMAS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
/** Keys of opaque or binary data in unknown blocks (ids, signatures, base64, URLs). */
const OPAQUE_KEYS = new Set(["type", "id", "tool_use_id", "tool_call_id", "signature", "encrypted_content", "encrypted_index", "data", "media_type", "file_id", "url", "cache_control", "image_url", "input_audio", "file", "source"]);

/** A caller-chosen name in a path (a property name), bounded: paths reach errors, logs and audit events. */
const seg = (name: string): string => (name.length > 64 ? `${name.slice(0, 64)}…` : name);

const CHAT_ROLES: Record<string, TextRole> = { system: "system", developer: "system", user: "user", assistant: "assistant", tool: "tool", function: "tool" };
/** Block types that carry no text (images, opaque or encrypted data, references). */
const NO_TEXT_BLOCKS = new Set(["image", "image_url", "input_audio", "file", "redacted_thinking", "container_upload", "tool_reference"]);

class Collector {
  readonly fields: BodyField[] = [];
  incomplete: string | undefined;
  steps = 0;
  /** Field indices of the run being built. */
  run: number[] = [];
  readonly runs: number[][] = [];

  full(path: string): boolean {
    if (this.fields.length < MAX_FIELDS) return false;
    this.incomplete ??= `more than ${MAX_FIELDS} texts (at ${path.slice(0, 200)})`;
    return true;
  }

  /** A string at holder[key]: one field, written back in place. `json`: the text is JSON source (read with escapes decoded). */
  text(holder: Json | unknown[], key: string | number, path: string, role: TextRole, json = false): void {
    this.steps++;
    const v = (holder as Record<string | number, unknown>)[key];
    if (typeof v !== "string" || v.length === 0 || this.full(path)) return;
    this.run.push(this.fields.length);
    this.fields.push({ path, role, text: v, ...(json ? { json } : {}), set: (t) => ((holder as Record<string | number, unknown>)[key] = t) });
  }

  /** A property name: read by the model, renamed in place (order and `required` kept) if redacted. */
  key(holder: Json, key: string, path: string, role: TextRole, required: unknown): void {
    if (key.length === 0 || this.full(path)) return;
    this.run.push(this.fields.length);
    this.fields.push({
      path,
      role,
      text: key,
      set: (t) => {
        const entries = Object.entries(holder);
        for (const k of Object.keys(holder)) delete holder[k];
        for (const [k, v] of entries) Object.defineProperty(holder, k === key ? t : k, { value: v, enumerable: true, writable: true, configurable: true });
        if (!Array.isArray(required)) return;
        for (let i = 0; i < required.length; i++) if (required[i] === key) required[i] = t;
      },
    });
  }

  /** Ends the current run of texts read together. */
  endRun(): void {
    if (this.run.length > 0) this.runs.push(this.run);
    this.run = [];
  }

  deep(depth: number, path: string): boolean {
    if (depth <= MAX_DEPTH) return false;
    this.incomplete ??= `JSON nested deeper than ${MAX_DEPTH} levels at ${path.slice(0, 200)}`;
    return true;
  }

  /** Every string value of a JSON value (tool inputs, unknown blocks), keys not included. */
  strings(node: unknown, path: string, role: TextRole, depth: number, skip?: ReadonlySet<string>): void {
    this.steps++;
    if (this.deep(depth, path)) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length && !this.full(path); i++) {
        if (typeof node[i] === "string") this.text(node, i, `${path}[${i}]`, role);
        else this.strings(node[i], `${path}[${i}]`, role, depth + 1, skip);
      }
    } else if (isObject(node)) {
      for (const k of Object.keys(node)) {
        if (this.full(path)) return;
        if (skip?.has(k)) continue;
        if (typeof node[k] === "string") this.text(node, k, `${path}.${seg(k)}`, role);
        else this.strings(node[k], `${path}.${seg(k)}`, role, depth + 1, skip);
      }
    }
  }

  /**
   * A JSON schema as a model reads it: descriptions, titles, enum values,
   * defaults, examples, property names; not references, formats or type names.
   */
  schema(node: unknown, path: string, role: TextRole, depth: number): void {
    this.steps++;
    if (this.deep(depth, path)) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length && !this.full(path); i++) {
        if (typeof node[i] === "string") this.text(node, i, `${path}[${i}]`, role);
        else this.schema(node[i], `${path}[${i}]`, role, depth + 1);
      }
      return;
    }
    if (!isObject(node)) return;
    for (const k of Object.keys(node)) {
      if (this.full(path)) return;
      const v = node[k];
      if (typeof v === "string") {
        if (SCHEMA_REFERENCES.has(k) || (k === "type" && SCHEMA_TYPES.has(v))) continue;
        this.text(node, k, `${path}.${seg(k)}`, role);
      } else if (NAMED_SCHEMAS.has(k) && isObject(v)) {
        for (const name of Object.keys(v)) {
          if (this.full(path)) return;
          this.steps++;
          const p = `${path}.${k}.${seg(name)}`;
          this.key(v, name, p, role, k === "properties" ? node.required : undefined);
          this.schema(v[name], p, role, depth + 2);
        }
      } else if (k === "type" && Array.isArray(v)) {
        // ["string", "null"]: type names; anything else in it is read like any other string.
        for (let i = 0; i < v.length; i++) if (typeof v[i] === "string" && !SCHEMA_TYPES.has(v[i])) this.text(v, i, `${path}.type[${i}]`, role);
      } else if (k !== "required") {
        // `required` repeats property names already taken (and renamed with them).
        this.schema(v, `${path}.${seg(k)}`, role, depth + 1);
      }
    }
  }
}

/** A string at obj[key], or each part of an OpenAI content-parts array there. */
function chatContent(c: Collector, obj: Json, key: string, path: string, role: TextRole): void {
  const v = obj[key];
  if (typeof v === "string") c.text(obj, key, path, role);
  if (!Array.isArray(v)) return;
  for (let i = 0; i < v.length && !c.full(path); i++) {
    const part = v[i];
    const p = `${path}[${i}]`;
    c.steps++;
    if (typeof part === "string") c.text(v, i, p, role);
    else if (!isObject(part)) continue;
    else if (typeof part.text === "string") c.text(part, "text", `${p}.text`, role);
    else if (typeof part.refusal === "string") c.text(part, "refusal", `${p}.refusal`, role);
    else if (!NO_TEXT_BLOCKS.has(String(part.type))) c.strings(part, p, role, 1, OPAQUE_KEYS); // an unknown part: every string, to be safe
  }
}

/** An Anthropic content value: a string or blocks, each read with its own role. */
function anthropicContent(c: Collector, holder: Json, key: string, path: string, role: TextRole, depth: number): void {
  const v = holder[key];
  if (typeof v === "string") c.text(holder, key, path, role);
  if (!Array.isArray(v) || c.deep(depth, path)) return;
  for (let i = 0; i < v.length && !c.full(path); i++) {
    c.steps++;
    if (typeof v[i] === "string") c.text(v, i, `${path}[${i}]`, role);
    else if (isObject(v[i])) anthropicBlock(c, v[i] as Json, `${path}[${i}]`, role, depth + 1);
  }
}

function anthropicBlock(c: Collector, b: Json, p: string, role: TextRole, depth: number): void {
  const type = String(b.type);
  if (NO_TEXT_BLOCKS.has(type)) return;
  switch (type) {
    case "text":
      c.text(b, "text", `${p}.text`, role);
      if (Array.isArray(b.citations)) c.strings(b.citations, `${p}.citations`, role, depth + 1, OPAQUE_KEYS);
      return;
    case "document": {
      // Data the caller's user did not write: the text, its title and the context given with it.
      c.text(b, "title", `${p}.title`, "document");
      c.text(b, "context", `${p}.context`, "document");
      const s = b.source;
      if (isObject(s) && s.type === "text") c.text(s, "data", `${p}.source.data`, "document");
      else if (isObject(s) && s.type === "content") anthropicContent(c, s, "content", `${p}.source.content`, "document", depth + 1);
      // base64 (PDF), url and file sources are binary or fetched by the provider: not text the guard can read.
      return;
    }
    case "search_result":
      c.text(b, "title", `${p}.title`, "document");
      c.text(b, "source", `${p}.source`, "document");
      anthropicContent(c, b, "content", `${p}.content`, "document", depth + 1);
      return;
    case "thinking":
      c.text(b, "thinking", `${p}.thinking`, role);
      return;
    default:
      break;
  }
  if (type === "tool_use" || type.endsWith("tool_use")) {
    c.text(b, "name", `${p}.name`, role);
    c.strings(b.input, `${p}.input`, role, depth + 1);
  } else if (type === "tool_result" || type.endsWith("tool_result")) {
    // Tool output is data; what is nested in it (documents, search results) keeps its own role.
    if (Array.isArray(b.content) || typeof b.content === "string") anthropicContent(c, b, "content", `${p}.content`, "tool", depth + 1);
    else if (isObject(b.content)) anthropicBlock(c, b.content, `${p}.content`, "tool", depth + 1);
  } else if (typeof b.text === "string") {
    c.text(b, "text", `${p}.text`, role);
  } else {
    c.strings(b, p, role === "assistant" ? role : "document", depth + 1, OPAQUE_KEYS); // an unknown block: every string, to be safe
  }
}

/** OpenAI tools: functions (and custom tools) with their parameter schemas. */
function openAiTools(c: Collector, body: Json): void {
  const tools = body.tools;
  if (Array.isArray(tools)) {
    for (let i = 0; i < tools.length; i++) {
      const t = tools[i];
      if (!isObject(t)) continue;
      const def = isObject(t.function) ? t.function : isObject(t.custom) ? t.custom : undefined;
      const p = `tools[${i}].${t.function ? "function" : "custom"}`;
      if (!def) {
        c.strings(t, `tools[${i}]`, "definition", 1, OPAQUE_KEYS); // a tool type we do not know: every string
        continue;
      }
      c.text(def, "name", `${p}.name`, "definition");
      c.text(def, "description", `${p}.description`, "definition");
      c.schema(def.parameters, `${p}.parameters`, "definition", 1);
    }
  }
  const functions = Array.isArray(body.functions) ? body.functions : [];
  for (let i = 0; i < functions.length; i++) {
    const f = functions[i];
    if (!isObject(f)) continue;
    c.text(f, "name", `functions[${i}].name`, "definition");
    c.text(f, "description", `functions[${i}].description`, "definition");
    c.schema(f.parameters, `functions[${i}].parameters`, "definition", 1);
  }
  const rf = body.response_format;
  if (isObject(rf) && isObject(rf.json_schema)) {
    c.text(rf.json_schema, "name", "response_format.json_schema.name", "definition");
    c.text(rf.json_schema, "description", "response_format.json_schema.description", "definition");
    c.schema(rf.json_schema.schema, "response_format.json_schema.schema", "definition", 1);
  }
  c.endRun();
}

function chatMessages(c: Collector, body: Json): void {
  if (!Array.isArray(body.messages)) return;
  body.messages.forEach((m, i) => {
    if (!isObject(m) || c.full("messages")) return;
    const role = CHAT_ROLES[String(m.role)] ?? "user";
    const p = `messages[${i}]`;
    c.text(m, "name", `${p}.name`, role);
    chatContent(c, m, "content", `${p}.content`, role);
    c.text(m, "refusal", `${p}.refusal`, role);
    if (Array.isArray(m.tool_calls)) {
      m.tool_calls.forEach((t, j) => {
        const call = isObject(t) ? (isObject(t.function) ? t.function : isObject(t.custom) ? t.custom : undefined) : undefined;
        if (!call) return;
        const q = `${p}.tool_calls[${j}].${isObject((t as Json).function) ? "function" : "custom"}`;
        c.text(call, "name", `${q}.name`, role);
        c.text(call, "arguments", `${q}.arguments`, role, true);
        c.text(call, "input", `${q}.input`, role);
      });
    }
    if (isObject(m.function_call)) {
      c.text(m.function_call, "name", `${p}.function_call.name`, role);
      c.text(m.function_call, "arguments", `${p}.function_call.arguments`, role, true);
    }
  });
  // Predicted output: the caller's guess at the reply, read by the model like an assistant turn.
  if (isObject(body.prediction)) chatContent(c, body.prediction, "content", "prediction.content", "assistant");
  c.endRun();
}

function anthropicTools(c: Collector, body: Json): void {
  if (!Array.isArray(body.tools)) return;
  body.tools.forEach((t, i) => {
    if (!isObject(t)) return;
    c.text(t, "name", `tools[${i}].name`, "definition");
    c.text(t, "description", `tools[${i}].description`, "definition");
    c.schema(t.input_schema, `tools[${i}].input_schema`, "definition", 1);
  });
  c.endRun();
}

function anthropicMessages(c: Collector, body: Json): void {
  anthropicContent(c, body, "system", "system", "system", 1);
  if (Array.isArray(body.messages)) {
    body.messages.forEach((m, i) => {
      if (isObject(m) && !c.full("messages")) anthropicContent(c, m, "content", `messages[${i}].content`, m.role === "assistant" ? "assistant" : "user", 1);
    });
  }
  c.endRun();
}

/** Segments of a JSON pointer ("/a/*\/b"), unescaped (~1 → /, ~0 → ~). */
function pointerSegments(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function pointerFields(c: Collector, root: unknown, pointer: string, role: TextRole): void {
  const walk = (node: unknown, segs: string[], path: string, parent: Json | unknown[] | undefined, key: string | number | undefined) => {
    c.steps++;
    if (segs.length === 0) {
      if (typeof node === "string" && parent !== undefined && key !== undefined) c.text(parent as Json | unknown[], key, path || "/", role);
      return;
    }
    const [seg, ...rest] = segs as [string, ...string[]];
    if (seg === "*" && Array.isArray(node)) {
      for (let i = 0; i < node.length && !c.full(path); i++) walk(node[i], rest, `${path}/${i}`, node, i);
    } else if (Array.isArray(node) && /^\d+$/.test(seg)) walk(node[Number(seg)], rest, `${path}/${seg}`, node, Number(seg));
    else if (isObject(node) && Object.hasOwn(node, seg)) walk(node[seg], rest, `${path}/${seg}`, node, seg);
  };
  walk(root, pointerSegments(pointer), "", undefined, undefined);
}

/** Completions: a prompt (string, list of strings) and its suffix. Token-id prompts cannot be read. */
function completions(c: Collector, body: Json): void {
  const p = body.prompt;
  if (typeof p === "string") c.text(body, "prompt", "prompt", "user");
  else if (Array.isArray(p)) {
    for (let i = 0; i < p.length; i++) {
      if (typeof p[i] === "string") c.text(p, i, `prompt[${i}]`, "user");
      else if (typeof p[i] === "number" || Array.isArray(p[i])) c.incomplete ??= `prompt[${i}] is given as token ids, which the guard cannot read`;
      // Each prompt of a list is a separate completion: they are not read together.
      c.endRun();
    }
  }
  c.text(body, "suffix", "suffix", "user");
  c.endRun();
}

/** Every text a model reads in a request body, with roles, runs read together, and whether bounds hid any. */
export function requestText(endpoint: Endpoint, body: unknown, inspect?: { prompts: string[]; documents: string[] }): RequestText {
  const c = new Collector();
  if (isObject(body)) {
    switch (endpoint) {
      case "chat.completions":
        openAiTools(c, body);
        chatMessages(c, body);
        break;
      case "completions":
        completions(c, body);
        break;
      case "embeddings": {
        // Each input is embedded on its own: no run. Token-id inputs carry no text to read (indexed, not obeyed).
        const input = body.input;
        if (typeof input === "string") c.text(body, "input", "input", "document");
        else if (Array.isArray(input)) for (let i = 0; i < input.length; i++) c.text(input, i, `input[${i}]`, "document");
        c.run = [];
        break;
      }
      case "messages":
        anthropicTools(c, body);
        anthropicMessages(c, body);
        break;
      case "inference":
        for (const p of inspect?.prompts ?? []) pointerFields(c, body, p, "user");
        for (const p of inspect?.documents ?? []) pointerFields(c, body, p, "document");
        c.endRun();
        break;
      default:
        break;
    }
  }
  return { fields: c.fields, conversations: c.runs.filter((r) => r.length > 1), incomplete: c.incomplete, steps: c.steps };
}

/** The text fields of a request body, in reading order. */
export function requestFields(endpoint: Endpoint, body: unknown, inspect?: { prompts: string[]; documents: string[] }): BodyField[] {
  return requestText(endpoint, body, inspect).fields;
}

/** The caller's system prompt (every system text, names aside), for leak detection when the profile configures none. */
export function systemPromptOf(fields: readonly BodyField[]): string | undefined {
  const parts = fields.filter((f) => f.role === "system" && !f.path.endsWith(".name")).map((f) => f.text);
  return parts.length > 0 ? parts.join("\n") : undefined;
}
