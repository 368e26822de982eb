/**
 * The contract of `gateway/apis/`: every text a model emitted, found in a
 * whole reply or in one stream event, with what the guard, the limits and
 * retention need to read it and write it back.
 */

/** One text the model emitted (or echoed), and where it lives. */
export interface ModelText {
  /**
   * Which text this belongs to, stable across a stream's events: one per
   * choice and field (content, refusal, reasoning, a tool call's arguments…)
   * or content block. Texts with the same key are one text, in order.
   */
  key: string;
  /** Where it is, for explanations: "choices[0].message.refusal", "content[1].input". */
  path: string;
  text: string;
  /** Writes new text back where this text came from. */
  set(text: string): void;
  /** Drops the per-token copies of this text (logprobs) once it has been rewritten. */
  dropTrace?: (() => void) | undefined;
  /** A complete item (an annotation, a citation, a JSON key), not the continuation of earlier text under its key. */
  whole?: boolean;
  /** Quoted from a source (citations, search results), not generated: not counted as completion tokens. */
  quoted?: boolean;
  /** JSON source the model wrote (tool-call arguments, partial_json): the guard decodes its escapes. */
  json?: boolean;
}

/** Why a reply or an event cannot be inspected; the guard refuses it unless the route says otherwise. */
export interface Unreadable {
  unreadable: string;
}

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
export const isUnreadable = (v: unknown): v is Unreadable => isObject(v) && typeof v.unreadable === "string";

/** JSON nested deeper than this is not walked: it cannot be inspected. */
export const MAX_DEPTH = 32;
/** A reply or event with more texts than this cannot be inspected. */
export const MAX_TEXTS = 100_000;

/** Options shared by the texts found under one place. */
export interface TextOptions {
  dropTrace?: (() => void) | undefined;
  whole?: boolean;
  quoted?: boolean;
  json?: boolean;
}

/** The texts of one reply or event as they are found; the first reason it cannot be read ends the search. */
export class TextList {
  readonly texts: ModelText[] = [];
  unreadable: string | undefined;

  constructor(private readonly limit = MAX_TEXTS) {}

  get full(): boolean {
    return this.unreadable !== undefined;
  }

  add(t: ModelText): void {
    if (this.unreadable !== undefined) return;
    if (this.texts.length >= this.limit) {
      this.fail(`more than ${this.limit} texts`);
      return;
    }
    this.texts.push(t);
  }

  /** The string at obj[prop], if it is one. */
  at(obj: Json | unknown[], prop: string | number, key: string, path: string, opts: TextOptions = {}): void {
    const v = (obj as Record<string | number, unknown>)[prop];
    if (typeof v !== "string") return;
    this.add({ key, path, text: v, set: (t) => ((obj as Record<string | number, unknown>)[prop] = t), ...opts });
  }

  fail(why: string): void {
    this.unreadable ??= why;
  }

  result(): ModelText[] | Unreadable {
    return this.unreadable === undefined ? this.texts : { unreadable: this.unreadable };
  }
}
