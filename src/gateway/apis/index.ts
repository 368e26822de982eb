/**
 * API shapes in one place: for each endpoint, what form its replies take
 * and where every text the model emitted is — in a whole reply and in one
 * stream event. The guard (guard-stage.ts, sse-guard.ts), the limits'
 * token counter (limits/stream-tokens.ts) and retention read replies
 * through here and never parse them themselves.
 *
 *   OpenAI chat / completions   openai.ts     choices[].message | delta | text
 *   Anthropic messages          anthropic.ts  content blocks and stream events
 *   embeddings                  —             vectors: no text
 *   generic routes              json-leaves.ts every string and key
 *   stream framing              framing.ts    SSE, NDJSON
 *
 * A reply or event of a shape none of these knows is read as JSON leaves
 * (every string), so an unknown shape is inspected, not skipped; what
 * cannot be read at all (binary, compressed, too deep, data that is not
 * JSON) is reported as Unreadable and refused unless the route or model
 * says `responses: { uninspectable: pass }`.
 */
import type { Endpoint } from "../exchange.js";
import { eventTexts as anthropicEventTexts, ANTHROPIC_EVENTS, messageTexts } from "./anthropic.js";
import type { Frame, Framing } from "./framing.js";
import { documentLeaves, type JsonDoc } from "./json-leaves.js";
import { isObject, isUnreadable, type ModelText, TextList, type Unreadable } from "./model-text.js";
import { choiceTexts } from "./openai.js";

export type { Frame, Framing } from "./framing.js";
export type { JsonDoc } from "./json-leaves.js";
export type { ModelText, Unreadable } from "./model-text.js";
export { isUnreadable };
export { SseReader } from "./framing.js";

/** What a reply is, by its content type (and encoding), for inspection. */
export type ReplyForm =
  | { kind: "json" }
  | { kind: "text" }
  | { kind: "stream"; framing: Framing }
  /** Declared media (audio, images, video) of a route: no text to read. */
  | { kind: "binary" }
  | { kind: "unreadable"; why: string };

const NDJSON_TYPES = new Set(["application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines"]);
const SAFE_MIME = /^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,64}$/;

/** The media type alone, lower-cased ("" when absent). */
export const mimeOf = (contentType: string): string => contentType.split(";", 1)[0]!.trim().toLowerCase();

/** A media type fit to name in an error message (upstream text is never echoed as is). */
const describe = (mime: string) => (SAFE_MIME.test(mime) ? `a reply of type ${mime}` : "a reply of an unnamed or malformed type");

export function replyForm(endpoint: Endpoint, contentType: string, encoded: boolean): ReplyForm {
  if (encoded) return { kind: "unreadable", why: "a compressed reply (content-encoding)" };
  const mime = mimeOf(contentType);
  if (mime === "text/event-stream") return { kind: "stream", framing: "sse" };
  if (NDJSON_TYPES.has(mime)) return { kind: "stream", framing: "ndjson" };
  if (mime === "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"))) return { kind: "json" };
  if (mime.startsWith("text/") || mime === "application/xml" || (mime.startsWith("application/") && mime.endsWith("+xml"))) return { kind: "text" };
  // A route may serve media; a model endpoint answering with it is outside its API.
  if (endpoint === "inference" && /^(?:audio|image|video)\/./.test(mime)) return { kind: "binary" };
  return { kind: "unreadable", why: describe(mime) };
}

/** The API a reply or stream event is shaped like. */
export function shapeOf(json: unknown): "openai" | "anthropic" | "error" | undefined {
  if (!isObject(json)) return undefined;
  if (Array.isArray(json.choices)) return "openai";
  if (json.type === "message" || (typeof json.type === "string" && ANTHROPIC_EVENTS.has(json.type))) return "anthropic";
  if (isObject(json.error)) return "error";
  return undefined;
}

/** The texts of a reply or event in the shape of a known API; undefined for any other shape. */
function apiTexts(what: "reply" | "event", json: unknown): TextList | undefined {
  const shape = shapeOf(json);
  if (shape !== "openai" && shape !== "anthropic") return undefined;
  const list = new TextList();
  const body = json as Record<string, unknown>;
  if (shape === "openai") choiceTexts(list, body);
  else if (what === "reply") messageTexts(list, body);
  else anthropicEventTexts(list, body);
  return list;
}

/** Every model-emitted text of a whole JSON reply. */
export function replyTexts(endpoint: Endpoint, doc: JsonDoc): ModelText[] | Unreadable {
  if (endpoint !== "inference") {
    const known = apiTexts("reply", doc.json);
    if (known) return known.result();
    if (endpoint === "embeddings" && isObject(doc.json) && Array.isArray(doc.json.data)) return []; // vectors
  }
  const list = new TextList();
  documentLeaves(list, doc);
  return list.result();
}

/** Every model-emitted text of one parsed stream event of any API: a known API's fields, else every string. */
export function anyEventTexts(doc: JsonDoc): ModelText[] | Unreadable {
  const known = apiTexts("event", doc.json);
  if (known) return known.result();
  if (shapeOf(doc.json) === "error") return []; // an upstream's error event carries no model text
  const list = new TextList();
  documentLeaves(list, doc);
  return list.result();
}

/** Every model-emitted text of one parsed stream event of `endpoint` (a route's: every string). */
export function eventTexts(endpoint: Endpoint, doc: JsonDoc): ModelText[] | Unreadable {
  if (endpoint !== "inference") return anyEventTexts(doc);
  const list = new TextList();
  documentLeaves(list, doc);
  return list.result();
}

/**
 * The generated text of a whole reply or of one stream event's data, for
 * counting completion tokens: quoted texts (citations, search results) are
 * left out. Undefined when the shape is not an API's (or cannot be read):
 * a count would be a guess.
 */
export function generatedTexts(what: "reply" | "event", json: unknown): string[] | undefined {
  if (what === "event" && shapeOf(json) === "error") return [];
  const texts = apiTexts(what, json)?.result();
  if (texts === undefined || isUnreadable(texts)) return undefined;
  return texts.filter((t) => !t.quoted).map((t) => t.text);
}

/** One stream frame, read. */
export interface ReadFrame {
  /** The parsed data, written back when a text changes; undefined for [DONE] and blank lines. */
  doc: JsonDoc | undefined;
  texts: ModelText[] | Unreadable;
  /** The frame ends the reply ([DONE], message_stop, Ollama's done): everything held can be judged. */
  last: boolean;
}

/** The texts of one stream frame of `endpoint`. */
export function readFrame(endpoint: Endpoint, framing: Framing, frame: Frame): ReadFrame {
  const data = frame.data;
  if (framing === "sse" && endpoint !== "inference" && data === "[DONE]") return { doc: undefined, texts: [], last: true };
  if (framing === "ndjson" && data.trim() === "") return { doc: undefined, texts: [], last: false };
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    if (framing === "sse" && endpoint === "inference") {
      // A route's events may carry plain text (a token per event): that is the text.
      const doc: JsonDoc = { json: data, plain: true };
      return { doc, texts: [{ key: "data", path: "data", text: data, set: (t) => (doc.json = t) }], last: false };
    }
    return { doc: undefined, texts: { unreadable: framing === "sse" ? "a stream event whose data is not JSON" : "a stream line that is not JSON" }, last: false };
  }
  const doc: JsonDoc = { json };
  const last = isObject(json) && (json.type === "message_stop" || (framing === "ndjson" && json.done === true));
  return { doc, texts: eventTexts(endpoint, doc), last };
}

/** A document written out again; undefined when it cannot be (nested too deep for JSON.stringify). */
export function serializeDoc(doc: JsonDoc): string | undefined {
  if (doc.plain) return String(doc.json);
  try {
    return JSON.stringify(doc.json);
  } catch {
    return undefined;
  }
}
