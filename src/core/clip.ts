/**
 * Bounds a caller-supplied string before it is echoed into an error message,
 * a log line or an audit event. A caller controls the size of what it sends
 * (a 1 MiB model name, a 16 KB path or header); what the gateway writes about
 * it must not grow with it. The start is kept (it is what a person needs to
 * recognise the value) with a marker giving the original length.
 */

/** How much of an echoed value is kept by default: longer than any name the gateway knows. */
export const ECHO_MAX = 200;

/** Longest message (an error's, a reason's) that is shown or recorded: room for a policy explanation naming several rules. */
export const MESSAGE_MAX = 2000;

/**
 * `s` itself when it has at most `max` characters; otherwise its first `max`
 * characters and "…[N chars]" with the original length. A surrogate pair is
 * never split (the cut moves one place left), so the result is valid UTF-16.
 */
export function clip(s: string, max = ECHO_MAX): string {
  if (s.length <= max) return s;
  let end = max;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose pair would be cut off
  return `${s.slice(0, end)}…[${s.length} chars]`;
}
