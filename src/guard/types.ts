/**
 * The contract between detectors and the guard engine.
 *
 * A detector looks at one piece of text and returns findings: what it saw,
 * where, and how sure it is. It never decides what happens; the engine maps
 * findings to `allow | flag | redact | block` through the guard profile, so
 * the same detector serves a strict profile and a lenient one.
 *
 * Detectors are pure functions of their input and options: no I/O, no
 * globals that change, bounded work for any input size.
 */

/**
 * Where a piece of text came from; indirect injection is scored separately for
 * data roles ("tool", "document", "definition"). "definition" is a tool or
 * function definition or an output schema: the application sends it, but it
 * is often copied from third parties (MCP servers, plugins), and a poisoned
 * description is an instruction the caller's user never wrote.
 */
export type TextRole = "system" | "user" | "assistant" | "tool" | "document" | "definition" | "response";

export interface Finding {
  /**
   * Dotted detector id; the part before the first dot is the category the
   * profile configures: "injection.pattern", "injection.classifier",
   * "pii.email", "secrets.aws-access-key", "links.lookalike", ...
   */
  detector: string;
  /** Confidence in [0, 1]. */
  score: number;
  /** Span in the inspected text (UTF-16 offsets, end exclusive). Whole-text findings use 0..text.length. */
  start: number;
  end: number;
  /** Placeholder type for redaction and the explanation, e.g. "EMAIL_ADDRESS", "AWS_ACCESS_KEY". */
  label: string;
  /** A sentence safe to show the caller: never the matched value itself. */
  message: string;
}

/** A detector over plain text. */
export type TextDetector = (text: string) => Finding[];

/** A link detector; `conversation`: distinctive tokens of the request, whose appearance in a URL is exfiltration. */
export type LinkDetector = (text: string, conversation?: ReadonlySet<string>) => Finding[];

/** A leak detector; `reach`: the most output characters one (disguised) canary can span, which a stream holds back. */
export type LeakDetector = TextDetector & { reach?: number };

/** What normalisation hands the detectors that look for hidden instructions. */
export interface Normalized {
  /**
   * The text as a reader would see it: NFKC, confusable letters folded to
   * their Latin look-alikes, invisible characters (zero-width, bidi
   * controls, Unicode tag characters) removed. Case is kept.
   */
  text: string;
  /**
   * Payloads decoded from the text (base64, hex, rot13, URL/percent
   * encoding, nested up to a bound) and text hidden in Unicode tag
   * characters, each itself normalised. Detectors inspect these too.
   */
  decoded: { encoding: string; text: string }[];
  /** Evasion signals seen on the way, for findings and explanations. */
  signals: { kind: "zero-width" | "tag-characters" | "bidi-control" | "confusables" | "encoded" | "expanded"; count: number }[];
}
