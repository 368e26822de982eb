/**
 * Rule conditions, compiled once: address lists become a BlockList, time
 * windows minutes and a day mask, lists Sets. `holds` is the hot path and
 * allocates nothing; `why` is called only to explain a denial.
 */
import { BlockList } from "node:net";
import { DAYS, type PolicyConditions, parseCidr } from "../config/policy-schema.js";
import { DAY_NAMES, formatMinute, ZoneClock } from "./clock.js";
import type { PolicyRequest } from "./types.js";

export interface Condition {
  /** The config key, e.g. "sourceIps". */
  readonly name: string;
  /** A short text for rule summaries, e.g. "sourceIps 10.0.0.0/8". */
  readonly summary: string;
  holds(req: PolicyRequest): boolean;
  /** Why it does not hold, e.g. "8.8.8.8 is not in 10.0.0.0/8". */
  why(req: PolicyRequest): string;
}

const MAX_REMEMBERED = 4096;

const clocks = new Map<string, ZoneClock>();
function clockFor(tz: string): ZoneClock {
  let c = clocks.get(tz);
  if (!c) {
    c = new ZoneClock(tz);
    clocks.set(tz, c);
  }
  return c;
}

function sourceIps(ranges: readonly string[]): Condition {
  const list = new BlockList();
  for (const r of ranges) {
    const c = parseCidr(r);
    if (typeof c === "string") throw new Error(`sourceIps: ${c}`); // the schema has already refused it
    if (c.bits === undefined) list.addAddress(c.address, c.family);
    else list.addSubnet(c.address, c.bits, c.family);
  }
  const text = ranges.join(", ");
  // BlockList.check costs ~1-3 µs (it parses the address each time); callers'
  // addresses repeat, so answers are remembered (bounded).
  const seen = new Map<string, boolean>();
  const inList = (ip: string) => {
    let hit = seen.get(ip);
    if (hit === undefined) {
      try {
        hit = list.check(ip, ip.includes(":") ? "ipv6" : "ipv4");
      } catch {
        hit = false; // not an address: fail closed
      }
      if (seen.size >= MAX_REMEMBERED) seen.clear();
      seen.set(ip, hit);
    }
    return hit;
  };
  return {
    name: "sourceIps",
    summary: `sourceIps ${text}`,
    holds: (req) => inList(req.sourceIp),
    why: (req) => `${req.sourceIp || "(unknown address)"} is not in ${text}`,
  };
}

function timeWindow(t: NonNullable<PolicyConditions["time"]>): Condition {
  const clock = clockFor(t.timezone);
  const days = t.days ?? DAYS;
  let mask = 0;
  for (const d of days) mask |= 1 << DAYS.indexOf(d);
  const from = t.from === undefined ? -1 : toMinutes(t.from);
  const to = t.to === undefined ? -1 : toMinutes(t.to);
  const onDay = (day: number) => (mask & (1 << day)) !== 0;
  const dayText = days.length === 7 ? "every day" : days.join(",");
  const windowText = `${dayText}${from === -1 ? "" : ` ${t.from}-${t.to}${from > to ? " (wrapping midnight)" : ""}`} ${t.timezone}`;
  return {
    name: "time",
    summary: `time ${windowText}`,
    holds: (req) => {
      const { day, minute } = clock.at(req.at);
      if (from === -1) return onDay(day);
      if (from < to) return onDay(day) && minute >= from && minute < to;
      // The window wraps midnight: its early-morning part belongs to the previous day's window.
      if (minute >= from) return onDay(day);
      if (minute < to) return onDay((day + 6) % 7);
      return false;
    },
    why: (req) => {
      const { day, minute } = clock.at(req.at);
      return `${DAY_NAMES[day]} ${formatMinute(minute)} ${t.timezone} is outside ${windowText}`;
    },
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function maxTokens(n: number): Condition {
  return {
    name: "maxTokens",
    summary: `maxTokens ${n}`,
    holds: (req) => (req.requestedTokens === undefined ? req.probe === true : req.requestedTokens <= n),
    why: (req) =>
      req.requestedTokens === undefined
        ? `the request sets no max_tokens (or max_completion_tokens / max_output_tokens); set it to at most ${n}`
        : `the request asks for up to ${req.requestedTokens} output tokens, more than ${n}`,
  };
}

function guardProfiles(names: readonly string[]): Condition {
  const set = new Set(names);
  const text = names.join(", ");
  return {
    name: "guardProfiles",
    summary: `guardProfiles ${text}`,
    holds: (req) => set.has(req.guardProfile),
    why: (req) => `the ${req.kind}'s guard profile is '${req.guardProfile}', not one of ${text}`,
  };
}

function classifications(values: readonly string[]): Condition {
  const set = new Set<string>(values);
  const text = values.join(", ");
  return {
    name: "classifications",
    summary: `classifications ${text}`,
    holds: (req) => set.has(req.classification),
    why: (req) => `the request's data classification is '${req.classification}', not one of ${text}`,
  };
}

/** In config order, cheapest first where it matters little: all must hold. */
export function compileConditions(c: PolicyConditions | undefined): Condition[] {
  if (!c) return [];
  const out: Condition[] = [];
  if (c.sourceIps) out.push(sourceIps(c.sourceIps));
  if (c.time) out.push(timeWindow(c.time));
  if (c.maxTokens !== undefined) out.push(maxTokens(c.maxTokens));
  if (c.guardProfiles) out.push(guardProfiles(c.guardProfiles));
  if (c.classifications) out.push(classifications(c.classifications));
  return out;
}
