/**
 * Reads a JSON request body within the size limit. Content type is checked
 * before reading, an announced oversize body is refused before reading, and
 * an unannounced one is cut off at the limit. A body nested deeper than
 * server.maxJsonDepth is refused before it is parsed (every later stage
 * walks it; a 300,000-level body made one throw).
 *
 * What goes upstream is the parsed body serialised again, never the caller's
 * bytes: the stages check the parsed value, and a body with a duplicated key
 * (`"max_tokens": 900000, "max_tokens": 5`) would otherwise reach an
 * upstream that reads the other copy. The caller's bytes stay in
 * `receivedBody` for the audit hash and retention.
 */
import { jsonNestingDepth } from "../core/json-depth.js";
import { type Denial, denial } from "../core/decision.js";
import type { Exchange } from "./exchange.js";

const SOURCE = "gateway:request";

const tooLarge = (limit: number) =>
  denial(413, "invalid_request_error", "request_too_large", `Request body exceeds the limit of ${limit} bytes.`, SOURCE, {
    headers: { connection: "close" },
  });

function isJsonType(ct: string | undefined): boolean {
  if (!ct) return false;
  const mime = ct.split(";", 1)[0]!.trim().toLowerCase();
  return mime === "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

/** Throws away the rest of a refused body so the client can read our answer; gives up past a bound. */
function drain(x: Exchange, limit: number): void {
  let seen = 0;
  x.req.on("data", (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > limit * 8) x.req.destroy();
  });
  x.req.resume();
}

export async function readJsonBody(x: Exchange, limit: number, maxDepth: number): Promise<Denial | undefined> {
  const { req } = x;
  if (!isJsonType(req.headers["content-type"])) {
    drain(x, limit);
    return denial(415, "invalid_request_error", "unsupported_media_type", "Content-Type must be application/json.", SOURCE);
  }
  const announced = req.headers["content-length"];
  if (announced !== undefined && Number(announced) > limit) {
    drain(x, limit);
    return tooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const over = await new Promise<boolean | Error>((resolve) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        drain(x, limit);
        resolve(true);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(false));
    req.once("error", (e) => resolve(e));
    req.once("aborted", () => resolve(new Error("aborted")));
  });
  if (over === true) return tooLarge(limit);
  if (over instanceof Error) return denial(400, "invalid_request_error", "incomplete_body", "The request body was not received completely.", SOURCE);
  const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
  if (jsonNestingDepth(raw, maxDepth) > maxDepth) {
    return denial(400, "invalid_request_error", "json_too_deep", `The request body nests arrays and objects more than ${maxDepth} levels deep.`, SOURCE);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString("utf8"));
  } catch {
    return denial(400, "invalid_request_error", "invalid_json", "The request body is not valid JSON.", SOURCE);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    return denial(400, "invalid_request_error", "invalid_body", "The request body must be a JSON object.", SOURCE);
  }
  x.receivedBody = raw;
  x.rawBody = Buffer.from(JSON.stringify(parsed));
  x.body = parsed as Record<string, unknown>;
  return undefined;
}
