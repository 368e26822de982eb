/**
 * What is kept of each exchange's content, per model or route
 * (`models[].retention`, `routes[].retention`, default `audit.retention`):
 *
 *   none       nothing
 *   hash       SHA-256 of the request bytes (as the caller sent them) and of
 *              the response bytes (as delivered), in the audit event
 *   encrypted  the same hashes, and the text (up to 1 MiB per part) sealed
 *              with the keyring in exchange_content
 *   redacted   the text with personal data and secrets masked, sealed in
 *              exchange_content; the event holds the SHA-256 of that text
 *
 * The reply is observed by a ReplyTee set up at delivery; the record stage
 * (`finish`) turns the exchange into the audit event and hands kept text to
 * the ContentWriter, which seals and stores it off the response path.
 */
import { hash } from "node:crypto";
import type { RetentionMode } from "../config/audit-schema.js";
import type { ContentPart, StoredContentMode } from "../audit/content-store.js";
import type { AuditEventInput } from "../audit/log.js";
import { DEFAULT_TENANT } from "../identity/org.js";
import { buildRequestEvent, type ContentRecord } from "./audit-event.js";
import type { Mask } from "./content-redact.js";
import { redactedDocument } from "./content-redact.js";
import type { ContentWriter, PlainContent } from "./content-writer.js";
import type { Exchange } from "./exchange.js";
import type { UpstreamReply } from "./providers/provider.js";
import { CAPTURE_LIMIT, ReplyTee } from "./reply-tee.js";

/** Endpoints whose replies report token usage. */
const USAGE_ENDPOINTS = new Set<Exchange["endpoint"]>(["chat.completions", "completions", "embeddings", "messages"]);
/** Endpoints that carry content to keep (model listings and token minting carry none). */
const CONTENT_ENDPOINTS = new Set<Exchange["endpoint"]>(["chat.completions", "completions", "embeddings", "messages", "inference"]);

// One-shot crypto.hash: about half the cost of createHash().update().digest() for a short body.
const sha256 = (b: Buffer | string) => hash("sha256", b, "hex");

export class Retention {
  constructor(
    readonly defaultMode: RetentionMode,
    /** Seals and stores kept text; required when any mode is encrypted or redacted. */
    private readonly writer: ContentWriter | undefined,
    /** The PII and secret masker; required when any mode is redacted. */
    private readonly mask: Mask | undefined,
  ) {}

  modeOf(x: Exchange): RetentionMode {
    return x.modelConfig?.retention ?? x.route?.retention ?? this.defaultMode;
  }

  /** Called by deliver before piping the reply: observes it as it flows. */
  observe(x: Exchange, reply: UpstreamReply): void {
    if (!CONTENT_ENDPOINTS.has(x.endpoint)) return;
    const mode = this.modeOf(x);
    // A generic route that declares where its replies report usage is read for it like the LLM endpoints.
    const usage = reply.status >= 200 && reply.status < 300 && (USAGE_ENDPOINTS.has(x.endpoint) || (x.endpoint === "inference" && x.route?.usage !== undefined));
    const keep = mode === "encrypted" || mode === "redacted";
    if (mode === "none" && !usage) return;
    x.tee = new ReplyTee({ hash: mode !== "none", usage, keep }, reply.sse, reply.contentType);
    x.tee.attach(reply.body);
  }

  /** The audit event of a finished exchange; queues kept text for storage. */
  event(x: Exchange, at: string, durationMs: number): AuditEventInput {
    const tee = x.tee;
    const usage = tee?.usage();
    let content: { request?: ContentRecord; response?: ContentRecord } | undefined;
    if (CONTENT_ENDPOINTS.has(x.endpoint)) {
      const mode = this.modeOf(x);
      const kept: PlainContent[] = [];
      const tenantId = x.principal?.tenant ?? DEFAULT_TENANT;
      // Encrypted or redacted: the text is kept (sealed later by the writer).
      const part = (name: ContentPart, bytes: Buffer, hash: string | undefined, contentType: string, sse: boolean, truncated: boolean): ContentRecord => {
        const keepMode = mode as StoredContentMode;
        const cut = truncated || bytes.length > CAPTURE_LIMIT;
        const text = bytes.length > CAPTURE_LIMIT ? bytes.subarray(0, CAPTURE_LIMIT) : bytes;
        if (mode === "encrypted") {
          kept.push({ reqId: x.id, part: name, tenantId, at, mode: keepMode, text });
          return { mode, sha256: hash ?? sha256(bytes), ...(cut ? { truncated: true as const } : {}) };
        }
        const doc = redactedDocument(text, contentType, sse, this.mask!);
        // A body that is not text (audio, images) has nothing to redact: only its hash is kept.
        if (doc === undefined) return { mode: "hash", sha256: hash ?? sha256(bytes) };
        kept.push({ reqId: x.id, part: name, tenantId, at, mode: keepMode, text: doc });
        return { mode, sha256: sha256(doc), ...(cut ? { truncated: true as const } : {}) };
      };
      const sent = x.receivedBody ?? x.rawBody;
      let request: ContentRecord | undefined;
      let response: ContentRecord | undefined;
      if (mode === "none") request = sent && { mode };
      else if (mode === "hash") {
        request = sent && { mode, sha256: sha256(sent) };
        response = tee?.options.hash ? { mode, sha256: tee.sha256()! } : undefined;
      } else {
        request = sent && part("request", sent, undefined, "application/json", false, false);
        response = tee?.options.hash ? part("response", tee.text(), tee.sha256(), tee.contentType, tee.sse, tee.truncated) : undefined;
      }
      if (request || response) content = { ...(request ? { request } : {}), ...(response ? { response } : {}) };
      if (kept.length > 0) this.writer!.enqueue(kept);
    }
    tee?.release();
    return buildRequestEvent(x, { at, durationMs, usage, content });
  }

  flush(): Promise<void> {
    return this.writer?.flush() ?? Promise.resolve();
  }
}
