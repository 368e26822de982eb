/**
 * The demo model's "mind": deterministic, offline, and naively obedient. It
 * follows instructions found anywhere in the caller's input — user turns,
 * tool results, pasted documents — exactly the weakness real models have and
 * that Wardgate's guards exist to contain. Asked for its instructions it
 * leaks its system prompt; told to share a link, it does.
 */

export interface Turn {
  role: string;
  text: string;
}

const LEAK =
  /\b(?:reveal|print|show|repeat|tell me|output|leak|disclose|display|dump|what (?:is|are))\b[^.?!\n]{0,60}?\b(?:system prompt|instructions|secret|password|discount code|confidential|hidden prompt|initial prompt)/i;
const LINK =
  /\b(?:visit|click|go to|link|url|include|send|direct|tell|point|recommend|share|add)\b[^\n]{0,120}?(https?:\/\/[^\s)"'<>\]]+)/i;
const SAY = /\b(?:say|reply with|respond with|answer with|repeat after me|output exactly|print exactly|write exactly)\s*[:"“]\s*([^\n"”]{1,500})/i;

/** Collects the text of any message content shape: string, parts array, nested tool results. */
export function textOf(content: unknown, depth = 0): string {
  if (depth > 8 || content == null) return "";
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((c) => textOf(c, depth + 1)).filter(Boolean).join("\n");
  if (typeof content === "object") {
    const o = content as Record<string, unknown>;
    if (typeof o.text === "string") return o.text;
    if (o.content !== undefined) return textOf(o.content, depth + 1);
  }
  return "";
}

/** The reply the demo model gives to the caller's turns. */
export function demoReply(turns: readonly Turn[], systemPrompt: string): string {
  const input = turns.map((t) => t.text).join("\n");
  const parts: string[] = [];
  if (LEAK.test(input)) parts.push(`Of course! My instructions are: "${systemPrompt}"`);
  const link = LINK.exec(input);
  if (link) parts.push(`For more details, please visit ${link[1]} right away.`);
  const say = SAY.exec(input);
  if (say) parts.push(say[1]!.trim());
  if (parts.length) return parts.join(" ");
  const lastUser = [...turns].reverse().find((t) => t.role === "user")?.text.trim() ?? "";
  if (!lastUser) return "Hello from Wardgate's demo model.";
  const quoted = lastUser.length > 200 ? `${lastUser.slice(0, 200)}…` : lastUser;
  return `Hello from Wardgate's demo model. You said: "${quoted}"`;
}

/** A deterministic bag-of-words embedding: texts sharing words point the same way. */
export function demoEmbedding(text: string, dimensions: number): number[] {
  const v = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    let h = 2166136261;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
    const idx = (h >>> 1) % dimensions;
    v[idx]! += h & 1 ? 1 : -1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}
