/**
 * The text kept under retention `redacted`: every string of a JSON body (a
 * stream's text assembled per choice first, so a value split across chunks
 * is still found) with the personal data and secrets the detectors find
 * replaced by their type, e.g. "[EMAIL_ADDRESS]". Masking does not depend on
 * the guard profile's actions: a profile that only flags (or ignores) e-mail
 * addresses must not make the kept text carry them (fail closed).
 */
import { createParser } from "eventsource-parser";
import type { Finding, TextDetector } from "../guard/types.js";

export type Mask = (text: string) => string;

/** Loads the PII and secret detectors (name lists, phone metadata: only when some retention is `redacted`). */
export async function loadMask(): Promise<Mask> {
  const [{ detectPii }, { detectSecrets }] = await Promise.all([import("../guard/detectors/pii.js"), import("../guard/detectors/secrets.js")]);
  return maskWith([detectPii, detectSecrets]);
}

export function maskWith(detectors: readonly TextDetector[]): Mask {
  return (text) => {
    if (text.length === 0) return text;
    const found: Finding[] = [];
    for (const d of detectors) found.push(...d(text));
    if (found.length === 0) return text;
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let out = "";
    let i = 0;
    for (const f of found) {
      if (f.end <= i) continue; // inside a span already masked
      out += `${text.slice(i, Math.max(i, f.start))}[${f.label}]`;
      i = f.end;
    }
    return out + text.slice(i);
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every string value in a JSON document, masked in place (no depth or count limit: the input is bounded by the capture). */
function maskJson(node: unknown, mask: Mask): unknown {
  if (typeof node === "string") return mask(node);
  if (Array.isArray(node)) return node.map((v) => maskJson(v, mask));
  // fromEntries defines each key: `out[k] = …` would turn a "__proto__" key into the copy's prototype and drop it.
  if (isObject(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, maskJson(v, mask)]));
  return node;
}

/** The generated text of a stream, per choice (and per tool call), for OpenAI and Anthropic event shapes. */
function streamText(raw: string): Record<string, string> {
  const text: Record<string, string> = {};
  const add = (key: string, t: unknown) => {
    if (typeof t === "string" && t.length > 0) text[key] = (text[key] ?? "") + t;
  };
  const parser = createParser({
    onEvent: (msg) => {
      let json: unknown;
      try {
        json = JSON.parse(msg.data);
      } catch {
        if (msg.data !== "[DONE]") add("other", msg.data);
        return;
      }
      if (!isObject(json)) return;
      if (json.type === "content_block_delta" && isObject(json.delta)) {
        add(`content[${String(json.index ?? 0)}]`, json.delta.text ?? json.delta.partial_json);
        return;
      }
      if (!Array.isArray(json.choices)) return;
      json.choices.forEach((c, i) => {
        if (!isObject(c)) return;
        const key = `choices[${String(typeof c.index === "number" ? c.index : i)}]`;
        add(key, c.text);
        const d = c.delta;
        if (!isObject(d)) return;
        add(key, d.content);
        if (Array.isArray(d.tool_calls)) {
          for (const call of d.tool_calls) {
            if (isObject(call) && isObject(call.function)) add(`${key}.tool_calls[${String(call.index ?? 0)}]`, call.function.arguments);
          }
        }
      });
    },
  });
  parser.feed(raw);
  return text;
}

/**
 * The redacted document of one body: JSON stays JSON (strings masked), a
 * stream becomes `{"stream":{"<choice>":"<text>"}}`, other text is masked as
 * a whole. Returns undefined for bodies that are not text.
 */
export function redactedDocument(body: Buffer, contentType: string, sse: boolean, mask: Mask): string | undefined {
  const raw = body.toString("utf8");
  if (sse) {
    const text = streamText(raw);
    for (const k of Object.keys(text)) text[k] = mask(text[k]!);
    return JSON.stringify({ stream: text });
  }
  if (/json/i.test(contentType)) {
    try {
      return JSON.stringify(maskJson(JSON.parse(raw), mask));
    } catch {
      // not JSON after all: masked as text below
    }
  }
  if (!/^text\/|json/i.test(contentType)) return undefined;
  return mask(raw);
}
