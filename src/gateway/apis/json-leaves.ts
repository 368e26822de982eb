/**
 * Every string of a JSON value, object keys included: the texts of replies
 * and events in shapes no API module knows (generic routes, unknown fields
 * of a known API, a tool's input object). Bounded: a value nested deeper
 * than MAX_DEPTH, or with more texts than the list takes, cannot be
 * inspected — the list says so instead of skipping the rest.
 */
import { type Json, MAX_DEPTH, type TextList, type TextOptions } from "./model-text.js";

export interface LeafOptions extends TextOptions {
  /** Shown before each text's JSON pointer in its path ("choices[0].message"). */
  pathPrefix?: string;
  /** The stream key of a text found at `pointer` (default: its path). */
  keyOf?: (pointer: string) => string;
  /** Whether object keys are texts too (default true; false for known shapes whose keys are a schema). */
  keys?: boolean;
  /** Property names whose values are identifiers or opaque data (ids, signatures, encrypted blobs), not text. */
  skip?: ReadonlySet<string>;
  /** Depth already walked above `container` (for the MAX_DEPTH bound). */
  depth?: number;
}

/** Renames one key of an object in place, keeping the order of its keys. */
function renameKey(obj: Json, from: string, to: string): void {
  if (from === to) return;
  const entries = Object.entries(obj);
  for (const [k] of entries) delete obj[k];
  // defineProperty, not assignment: a "__proto__" key (JSON.parse makes it an own property) must stay one.
  for (const [k, v] of entries) Object.defineProperty(obj, k === from ? to : k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Field names read as they are in a path; other keys are named by position (see fieldName). */
const FIELD_NAME = /^[A-Za-z_]{1,32}$/;

/**
 * How a key is shown in a path: a field name ("generated_text") as it is; any
 * other key — a URL, a token, a canary a model put in a key — by its position
 * ("{2}"), so a path never carries model output into errors, logs and audit
 * events (evidence excerpts of responses are withheld for the same reason).
 */
export function fieldName(key: string, position: number): string {
  return FIELD_NAME.test(key) ? key : `{${position}}`;
}

/** The texts of container[prop] (a string, or every string and key below it), found at JSON pointer `pointer`. */
export function jsonLeaves(list: TextList, container: Json | unknown[], prop: string | number, pointer: string, opts: LeafOptions = {}): void {
  const prefix = opts.pathPrefix ?? "";
  // Stream keys follow the keys themselves (stable across events); paths show them only as fieldName allows.
  const keyOf = opts.keyOf ?? ((p: string) => p);
  const { dropTrace, quoted } = opts;
  const keys = opts.keys ?? true;
  const walk = (parent: Json | unknown[], at: string | number, raw: string, shown: string, depth: number): void => {
    if (list.full) return;
    const node = (parent as Record<string | number, unknown>)[at];
    if (typeof node === "string") {
      list.add({ key: keyOf(raw), path: prefix + shown, text: node, set: (t) => ((parent as Record<string | number, unknown>)[at] = t), dropTrace, quoted, ...(opts.whole ? { whole: true } : {}) });
      return;
    }
    if (typeof node !== "object" || node === null) return;
    if (depth >= MAX_DEPTH) {
      list.fail(`JSON nested deeper than ${MAX_DEPTH} levels`);
      return;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length && !list.full; i++) walk(node, i, `${raw}/${i}`, `${shown}/${i}`, depth + 1);
      return;
    }
    const obj = node as Json;
    const names = Object.keys(obj);
    for (let i = 0; i < names.length; i++) {
      if (list.full) return;
      const k = names[i]!;
      if (opts.skip?.has(k)) continue;
      const child = `${raw}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const shownChild = `${shown}/${fieldName(k, i)}`;
      walk(obj, k, child, shownChild, depth + 1);
      // A key is text too (a model's tool input may put anything there): a whole item, not a continuation.
      // Listed after its value, so the value is written back before the key is renamed.
      if (keys && k.length > 0) list.add({ key: keyOf(`${raw}#keys`), path: `${prefix}${shownChild}#key`, text: k, set: (t) => renameKey(obj, k, t), whole: true, dropTrace, quoted });
    }
  };
  walk(container, prop, pointer, pointer, opts.depth ?? 0);
}

/** Holds a whole JSON document so that a text at its root can be written back too. */
export interface JsonDoc {
  json: unknown;
  /** The document is plain text (a route's event data that is not JSON), not JSON. */
  plain?: boolean;
}

/** Every text of a document of unknown shape. */
export function documentLeaves(list: TextList, doc: JsonDoc, opts: LeafOptions = {}): void {
  jsonLeaves(list, doc as unknown as Json, "json", "", opts);
}
