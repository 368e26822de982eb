/**
 * Where the text is in each API's bodies, for the guard engine: a flat list
 * of text fields with roles, written back in place. Request text lives in
 * apis/request-fields.ts; every text a model emits in apis/index.ts.
 */
import type { TextField } from "../guard/engine.js";

// Request text (every field a model reads, and the runs read together) lives with the API shapes.
export { type RequestText, requestFields, requestText, systemPromptOf } from "./apis/request-fields.js";

export interface BodyField extends TextField {
  /** Writes new text back where this field came from. */
  set(text: string): void;
}
