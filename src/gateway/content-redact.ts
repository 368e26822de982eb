/**
 * The text kept under retention `redacted`: every string of a JSON body (a
 * stream's text assembled per text key of gateway/apis first — every text
 * the model emitted, so a value split across chunks is still found) with the personal data and secrets the detectors find
 * replaced by their type, e.g. "[EMAIL_ADDRESS]". Masking does not depend on
 * the guard profile's actions: a profile that only flags (or ignores) e-mail
 * addresses must not make the kept text carry them (fail closed).
 */
import type { Finding, TextDetector } from "../guard/types.js";
import { anyEventTexts, isUnreadable, SseReader, shapeOf } from "./apis/index.js";

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

/** A text key of gateway/apis as the kept document names it: "choices[0]", "choices[0].tool0.args", "content[1]". */
function documentKey(shape: ReturnType<typeof shapeOf>, key: string): string {
  if (shape !== "openai" && shape !== "anthropic") return key;
  const [head, ...rest] = key.split(":");
  return `${shape === "openai" ? "choices" : "content"}[${head}]${rest.length > 0 ? `.${rest.join(".")}` : ""}`;
}

/** The generated text of a stream, per text key of gateway/apis (choice and field, content block, tool call). */
function streamText(raw: string): Record<string, string> {
  const text: Record<string, string> = {};
  const add = (key: string, t: string, whole = false) => {
    if (t.length === 0) return;
    const before = text[key];
    text[key] = before === undefined ? t : `${before}${whole ? "\n" : ""}${t}`;
  };
  const reader = new SseReader(
    (frame) => {
      if (frame.data === "[DONE]") return;
      let json: unknown;
      try {
        json = JSON.parse(frame.data);
      } catch {
        add("other", frame.data);
        return;
      }
      const texts = anyEventTexts({ json });
      if (isUnreadable(texts)) {
        add("other", frame.data);
        return;
      }
      const shape = shapeOf(json);
      for (const t of texts) add(documentKey(shape, t.key), t.text, t.whole);
    },
    () => undefined, // an event past the reader's bound is not kept: less is retained, nothing is leaked
  );
  reader.feed(raw);
  reader.end();
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
