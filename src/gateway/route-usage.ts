/**
 * Token usage of a generic /inference/ route's reply, read at the JSON
 * pointers (RFC 6901) the route declares (`usage.promptTokens`,
 * `usage.completionTokens`), so a route in front of an LLM is charged to
 * token limits. Only a whole JSON reply the tee kept (up to its capture
 * limit) is read; a stream, a reply larger than that, or a pointer that does
 * not lead to a whole number ≥ 0 gives no usage (the route is then charged
 * nothing: a generic route reserves nothing before forwarding).
 */
import type { RouteConfig } from "../config/schema.js";
import type { ReportedUsage } from "../limits/stream-tokens.js";
import type { ReplyTee } from "./reply-tee.js";

/** Follows an RFC 6901 pointer ("/usage/input"; ~1 is "/", ~0 is "~"); undefined where it leads nowhere. */
export function atPointer(doc: unknown, pointer: string): unknown {
  if (pointer === "") return doc;
  let node = doc;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) return undefined;
      node = node[Number(key)];
    } else if (typeof node === "object" && node !== null && Object.hasOwn(node, key)) {
      node = (node as Record<string, unknown>)[key];
    } else return undefined;
  }
  return node;
}

const count = (v: unknown): number | undefined => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

export function routeUsage(tee: ReplyTee | undefined, pointers: NonNullable<RouteConfig["usage"]>): ReportedUsage | undefined {
  if (!tee || tee.sse || tee.truncated) return undefined;
  let reply: unknown;
  try {
    reply = JSON.parse(tee.text().toString("utf8"));
  } catch {
    return undefined;
  }
  const prompt = count(atPointer(reply, pointers.promptTokens));
  const completion = count(atPointer(reply, pointers.completionTokens));
  return prompt === undefined || completion === undefined ? undefined : { prompt, completion };
}
