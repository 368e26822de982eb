/**
 * The guard engine: runs the detectors a profile enables over the text
 * fields of a request or a response, and turns their findings into one
 * verdict with reasons.
 *
 *   fields ─► detectors (per role and direction) ─► findings
 *          ─► profile rule + threshold per finding ─► allow | flag | redact | block
 *
 * The strongest action wins (block > redact > flag > allow). Redaction
 * replaces each span with a typed placeholder; every reason carries the
 * detector, score, threshold, field and a redacted excerpt, so the caller's
 * error, the log and `wardgate guard check` all explain the same decision.
 *
 * Linear work in the number of findings: sensitive spans are sorted and
 * merged once per field, each excerpt finds its masks by binary search, and
 * a redacted text is built in one pass. At most MAX_LISTED findings per
 * request (MAX_LISTED_PER_FIELD per field) are listed with evidence; the
 * rest still count for the verdict and are still redacted, and one summary
 * reason says how many were not listed.
 */
import type { GuardAction } from "../config/guard-schema.js";
import type { Evidence, Reason, Verdict } from "../core/decision.js";
import { defaultDetectors, type DetectorSet } from "./detectors/index.js";
import { categoryEnabled, type ResolvedProfile, ruleKeyFor } from "./profiles.js";
import type { Pseudonyms } from "./pseudonyms.js";
import { distinctiveTokens } from "./detectors/link-payload.js";
import { jsonEscapeView } from "./json-escapes.js";
import type { Finding, LeakDetector, LinkDetector, TextDetector, TextRole } from "./types.js";

export type Direction = "request" | "response";

export interface TextField {
  /** Where the text is, for explanations: "messages[2].content", "choices[0].message.content". */
  path: string;
  role: TextRole;
  text: string;
  /** The text is JSON source (tool-call arguments): detectors read it with \uXXXX escapes decoded. */
  json?: boolean | undefined;
}

export interface GuardFinding extends Finding {
  field: string;
  action: GuardAction;
  threshold: number;
}

export interface GuardResult {
  verdict: Verdict;
  /** Findings at or above their threshold whose rule does something. */
  findings: GuardFinding[];
  reasons: Reason[];
  /** Replacement text for fields with redacted spans, by field index (empty when blocked). */
  redacted: Map<number, string>;
  /** Findings that counted but are not listed in `findings` (beyond the caps); 0 or absent when all are listed. */
  unlisted?: number;
}

/** Findings listed with evidence per request, and per field: enough to explain, bounded to build and to log. */
export const MAX_LISTED = 1000;
export const MAX_LISTED_PER_FIELD = 200;

const STRENGTH: Record<GuardAction, number> = { allow: 0, flag: 1, redact: 2, block: 3 };
/**
 * Roles whose text may carry instructions the caller did not write (or is not
 * trusted to write). Assistant turns in a request are caller-supplied history
 * (forgeable): the detector gives them the patterns only.
 */
const INJECTION_ROLES = new Set<TextRole>(["user", "assistant", "tool", "document", "definition"]);
/** Roles joined when parts read together are scored as one text (assistant and system turns are skipped over). */
const JOINED_ROLES = new Set<TextRole>(["user", "tool", "document", "definition"]);
const EXCERPT_CONTEXT = 24;
/** System prompts whose leak detectors are kept (oldest dropped first). */
const LEAK_CACHE_SIZE = 64;
const EXCERPT_MAX = 120;
/** Request characters read for conversation tokens: enough for any real conversation, bounded for a huge one. */
const CONVERSATION_SCAN = 256 * 1024;

export class Guard {
  private readonly links: LinkDetector | undefined;
  /** Operator rules per direction: a rule `on: request` never runs on responses, and vice versa. */
  private readonly custom: Record<Direction, ((text: string, normalized?: string) => Finding[]) | undefined>;
  private readonly fixedLeak: LeakDetector | undefined;
  private readonly leakCache = new Map<string, LeakDetector>();
  /** Per direction, the categories some rule acts on: looked up per field, so computed once. */
  private readonly enabled: Record<Direction, Set<string>>;
  /** Whether replies need inspecting at all: a response rule that does something, or pseudonyms to reverse. */
  readonly inspectsResponses: boolean;

  constructor(
    readonly profile: ResolvedProfile,
    private readonly detectors: DetectorSet = defaultDetectors(),
  ) {
    const p = profile;
    const categories = (rules: ResolvedProfile["request"]) =>
      new Set(["injection", "pii", "secrets", "links", "active", "leak"].filter((c) => categoryEnabled(rules, c)));
    this.enabled = { request: categories(p.request), response: categories(p.response) };
    this.inspectsResponses = p.pseudonymize || Object.values(p.response).some((r) => r.action !== "allow");
    const wantsLinks = categoryEnabled(p.request, "links") || categoryEnabled(p.response, "links");
    if (wantsLinks) this.links = detectors.links({ allowDomains: p.allowDomains, brands: p.brands });
    const customFor = (skip: string) => {
      const rules = p.custom.filter((c) => c.on !== skip);
      return rules.length > 0 ? detectors.custom(rules) : undefined;
    };
    this.custom = { request: customFor("response"), response: customFor("request") };
    if (p.systemPrompt !== undefined || p.canaries.length > 0) {
      this.fixedLeak = detectors.leak({ canaries: p.canaries, ...(p.systemPrompt ? { systemPrompt: p.systemPrompt } : {}) });
    }
  }


  /**
   * A leak detector for one exchange: the configured system prompt and
   * canaries, or else the request's own system messages.
   */
  leakDetectorFor(requestSystemPrompt: string | undefined): LeakDetector | undefined {
    if (!this.enabled.response.has("leak")) return undefined;
    if (this.fixedLeak && this.profile.systemPrompt !== undefined) return this.fixedLeak;
    if (!requestSystemPrompt) return this.fixedLeak;
    // Applications send the same system prompt on every call: build its n-gram index once.
    let d = this.leakCache.get(requestSystemPrompt);
    if (!d) {
      d = this.detectors.leak({ canaries: this.profile.canaries, systemPrompt: requestSystemPrompt });
      if (this.leakCache.size >= LEAK_CACHE_SIZE) this.leakCache.delete(this.leakCache.keys().next().value!);
      this.leakCache.set(requestSystemPrompt, d);
    }
    return d;
  }

  /**
   * The request's distinctive tokens (codes, ids, e-mail addresses), for
   * telling a URL in the reply that carries them; undefined when replies are
   * not checked for links. Reads at most CONVERSATION_SCAN characters.
   */
  conversationTokens(fields: readonly { text: string }[]): ReadonlySet<string> | undefined {
    if (!this.links || !this.enabled.response.has("links")) return undefined;
    const texts: string[] = [];
    let budget = CONVERSATION_SCAN;
    for (const f of fields) {
      if (budget <= 0) break;
      texts.push(f.text.length > budget ? f.text.slice(0, budget) : f.text);
      budget -= f.text.length;
    }
    return distinctiveTokens(texts);
  }

  /** Runs every enabled detector over one field; `normalizedOut` receives the text the injection detectors read. */
  private detect(
    direction: Direction,
    field: TextField,
    leak: TextDetector | undefined,
    except: readonly string[] | undefined,
    conversation: ReadonlySet<string> | undefined,
    normalizedOut?: (text: string) => void,
  ): Finding[] {
    // JSON source is read as its parser will: "\u0068ttps:" is "https:". Spans are mapped back to the source.
    const view = field.json ? jsonEscapeView(field.text) : undefined;
    if (view) {
      const found = this.detectText(direction, { ...field, text: view.text }, leak, except, conversation, normalizedOut);
      for (const f of found) {
        f.start = view.map[f.start]!;
        f.end = f.end >= view.text.length ? field.text.length : view.map[f.end]!;
      }
      return found;
    }
    return this.detectText(direction, field, leak, except, conversation, normalizedOut);
  }

  private detectText(
    direction: Direction,
    field: TextField,
    leak: TextDetector | undefined,
    except: readonly string[] | undefined,
    conversation: ReadonlySet<string> | undefined,
    normalizedOut?: (text: string) => void,
  ): Finding[] {
    const enabled = this.enabled[direction];
    const on = (category: string) => enabled.has(category) && !except?.includes(category);
    const { text, role } = field;
    const out: Finding[] = [];
    const custom = this.custom[direction];
    const injection = on("injection") && (direction === "response" || INJECTION_ROLES.has(role));
    const normalized = injection || custom !== undefined ? this.detectors.normalize(text) : undefined;
    if (normalized && injection) {
      // Model output is scored by the patterns only ("response"): the document head is calibrated on documents.
      out.push(...this.detectors.injection({ normalized, role: direction === "response" ? "response" : role }));
      normalizedOut?.(normalized.text);
    }
    if (on("pii")) out.push(...this.detectors.pii(text));
    if (on("secrets")) out.push(...this.detectors.secrets(text));
    if (this.links && on("links")) out.push(...this.links(text, direction === "response" ? conversation : undefined));
    if (on("active")) out.push(...this.detectors.active(text));
    if (leak && direction === "response") out.push(...leak(text));
    if (custom) out.push(...custom(text, normalized?.text));
    return out;
  }

  /**
   * Inspects the fields of one request or response. `leak` is the exchange's
   * leak detector (responses only); `pseudonyms` names redacted values;
   * `except` lists categories not to run for this call; `conversations` lists
   * runs of fields (indices, reading order) the model reads as one text,
   * whose joins are scored for injections split across fields.
   */
  inspect(
    direction: Direction,
    fields: readonly TextField[],
    ctx: {
      pseudonyms: Pseudonyms;
      leak?: TextDetector | undefined;
      /** The request's distinctive tokens (conversationTokens): a reply's URL carrying one is exfiltration. */
      conversation?: ReadonlySet<string> | undefined;
      except?: readonly string[] | undefined;
      conversations?: readonly (readonly number[])[] | undefined;
      /** List every finding, not only the first MAX_LISTED (a stream redacts from the findings it is given). */
      allFindings?: boolean | undefined;
    },
  ): GuardResult {
    const rules = direction === "request" ? this.profile.request : this.profile.response;
    const list = new Lister(ctx.allFindings === true);
    const findings = list.findings;
    const reasons = list.reasons;
    const redacted = new Map<number, string>();
    let verdict = "allow" as GuardAction;
    // For joined scoring: what each field's injection detectors read, and its sensitive spans (masked in excerpts).
    const joining = ctx.conversations && ctx.conversations.length > 0 && this.detectors.injectionAcross ? new Map<number, JoinSource>() : undefined;
    fields.forEach((field, index) => {
      const keep = joining && JOINED_ROLES.has(field.role) ? (text: string) => joining.set(index, { text, sensitive: [], found: new Set() }) : undefined;
      const raw = this.detect(direction, field, ctx.leak, ctx.except, ctx.conversation, keep);
      if (raw.length === 0) return;
      // Spans of personal data and secrets are masked in every excerpt, whatever their score.
      const sensitive = maskSpans(raw.filter((f) => f.detector.startsWith("pii.") || f.detector.startsWith("secrets.")));
      const joined = joining?.get(index);
      if (joined) joined.sensitive = sensitive;
      list.nextField();
      const toRedact: Finding[] = [];
      for (const f of raw) {
        const key = ruleKeyFor(rules, f.detector);
        const rule = key === undefined ? undefined : rules[key];
        if (!rule || rule.action === "allow") continue;
        const threshold = rule.threshold ?? this.detectors.defaultThreshold(f.detector);
        if (f.score < threshold) continue;
        joined?.found.add(f.detector);
        if (STRENGTH[rule.action] > STRENGTH[verdict]) verdict = rule.action;
        if (rule.action === "redact") toRedact.push(f);
        if (!list.wants(f.detector, rule.action)) continue;
        const g: GuardFinding = { ...f, field: field.path, action: rule.action, threshold };
        // The profile rule that decided, as configured: "standard: request.pii → flag".
        const ruleText = `${this.profile.name}: ${direction}.${key} → ${rule.action}${rule.threshold === undefined ? "" : ` (threshold ${rule.threshold})`}`;
        list.add(g, reasonFor(g, field.text, sensitive, ruleText));
      }
      if (toRedact.length > 0) redacted.set(index, redact(field.text, toRedact, ctx.pseudonyms));
    });
    for (const run of joining ? ctx.conversations! : []) {
      list.nextField();
      for (const g of this.inspectJoined(run, fields, joining!, rules, list, direction)) {
        if (STRENGTH[g.action] > STRENGTH[verdict]) verdict = g.action;
      }
    }
    if (verdict === "block") redacted.clear();
    const summary = list.summary();
    if (summary) reasons.push(summary);
    return { verdict, findings, reasons, redacted, ...(list.unlisted > 0 ? { unlisted: list.unlisted } : {}) };
  }

  /**
   * One run of fields read together, joined (the normalised texts, a space
   * between, system and assistant turns skipped over) and scored for what
   * crosses a boundary between two fields. A finding names the fields its
   * span covers ("messages[0].content … messages[2].content"); it is never
   * redacted (its span is in no one field), so a redact rule blocks it.
   */
  private inspectJoined(
    run: readonly number[],
    fields: readonly TextField[],
    sources: ReadonlyMap<number, JoinSource>,
    rules: ResolvedProfile["request"],
    list: Lister,
    direction: Direction,
  ): GuardFinding[] {
    const parts: { start: number; end: number; role: TextRole; index: number }[] = [];
    const pieces: string[] = [];
    let at = 0;
    for (const index of run) {
      const src = sources.get(index);
      if (!src || src.text.length === 0) continue;
      if (parts.length > 0) at += JOIN_SEPARATOR.length;
      parts.push({ start: at, end: at + src.text.length, role: fields[index]!.role, index });
      pieces.push(src.text);
      at += src.text.length;
    }
    if (parts.length < 2) return [];
    const text = pieces.join(JOIN_SEPARATOR);
    const out: GuardFinding[] = [];
    // Parts are in reading order and each part's masks are sorted and disjoint: so are the shifted ones.
    const sensitive = parts.flatMap((p) => sources.get(p.index)!.sensitive.map((m) => ({ ...m, start: p.start + m.start, end: p.start + m.end })));
    for (const f of this.detectors.injectionAcross!({ text, parts })) {
      const key = ruleKeyFor(rules, f.detector);
      const rule = key === undefined ? undefined : rules[key];
      if (!rule || rule.action === "allow") continue;
      const threshold = rule.threshold ?? this.detectors.defaultThreshold(f.detector);
      if (f.score < threshold) continue;
      const covered = parts.filter((p) => p.end > f.start && p.start < f.end);
      // A window across a boundary may hold an injection one field already reported: nothing new to say.
      if (covered.some((p) => sources.get(p.index)!.found.has(f.detector))) continue;
      const first = fields[(covered[0] ?? parts[0]!).index]!.path;
      const last = fields[(covered[covered.length - 1] ?? parts[parts.length - 1]!).index]!.path;
      const action: GuardAction = rule.action === "redact" ? "block" : rule.action;
      const g: GuardFinding = { ...f, field: first === last ? first : `${first} … ${last}`, action, threshold };
      out.push(g);
      if (!list.wants(f.detector, action)) continue;
      const ruleText = `${this.profile.name}: ${direction}.${key} → ${rule.action}${rule.threshold === undefined ? "" : ` (threshold ${rule.threshold})`}`;
      list.add(g, reasonFor(g, text, sensitive, ruleText));
    }
    return out;
  }
}

/** What a field's injection detectors read, kept for joined scoring. */
interface JoinSource {
  text: string;
  sensitive: Mask[];
  /** Detectors whose findings on this field counted (at or above threshold, a rule acting on them). */
  found: Set<string>;
}

/** Between joined parts: a space, so a sentence cut in two reads as one (a line break would end it). */
const JOIN_SEPARATOR = " ";

/** Replaces the spans (merged where they overlap) with placeholders: one sort, one pass, one output build. */
export function redact(text: string, findings: readonly Finding[], pseudonyms: Pseudonyms): string {
  const spans = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; label: string; score: number }[] = [];
  for (const f of spans) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (f.score > last.score) {
        last.label = f.label;
        last.score = f.score;
      }
    } else merged.push({ start: f.start, end: f.end, label: f.label, score: f.score });
  }
  const out: string[] = [];
  let i = 0;
  for (const s of merged) {
    out.push(text.slice(i, s.start), pseudonyms.placeholder(s.label, text.slice(s.start, s.end)));
    i = s.end;
  }
  out.push(text.slice(i));
  return out.join("");
}

/** A sensitive span to mask in excerpts; a field's masks are sorted and disjoint. */
interface Mask {
  start: number;
  end: number;
  label: string;
}

/** Sorts once and merges overlapping spans (the first one's label names the merged span, as an excerpt shows it). */
function maskSpans(sensitive: readonly Finding[]): Mask[] {
  const sorted = [...sensitive].sort((a, b) => a.start - b.start);
  const out: Mask[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else out.push({ start: f.start, end: f.end, label: f.label });
  }
  return out;
}

/** Index of the first mask ending after `at` (masks are disjoint, so their ends are sorted too). */
function firstMaskAfter(masks: readonly Mask[], at: number): number {
  let lo = 0;
  let hi = masks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** An excerpt around a finding with every sensitive span replaced by its type: safe to show and to log. */
function excerpt(text: string, f: Finding, masks: readonly Mask[]): string {
  const from = Math.max(0, f.start - EXCERPT_CONTEXT);
  const to = Math.min(text.length, Math.max(f.end, f.start) + EXCERPT_CONTEXT, from + EXCERPT_MAX);
  let out = "";
  let i = from;
  // Only the masks that touch [from, to): found by binary search, so an excerpt costs its own length.
  for (let k = firstMaskAfter(masks, from); k < masks.length && masks[k]!.start < to; k++) {
    const m = masks[k]!;
    if (m.start < i) {
      i = Math.max(i, m.end);
      continue;
    }
    out += text.slice(i, m.start) + `[${m.label}]`;
    i = m.end;
  }
  if (i < to) out += text.slice(i, to);
  out = out.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
  return (from > 0 ? "…" : "") + out + (to < text.length ? "…" : "");
}

/**
 * Which findings are listed with evidence: up to MAX_LISTED_PER_FIELD per
 * field and MAX_LISTED per request, plus the first of each detector and
 * action beyond that (so the header, the log and a block's error still name
 * every detector that decided). The rest are counted for one summary reason.
 */
class Lister {
  readonly findings: GuardFinding[] = [];
  readonly reasons: Reason[] = [];
  unlisted = 0;
  private inField = 0;
  private readonly seen = new Set<string>();
  private readonly skipped = new Map<string, number>();
  private strongest: GuardAction = "allow";

  constructor(private readonly all: boolean) {}

  nextField(): void {
    this.inField = 0;
  }

  /** Whether a finding is listed; if not, it is counted. */
  wants(detector: string, action: GuardAction): boolean {
    const key = `${detector}\u0000${action}`;
    if (this.all || (this.findings.length < MAX_LISTED && this.inField < MAX_LISTED_PER_FIELD) || !this.seen.has(key)) {
      this.seen.add(key);
      return true;
    }
    this.unlisted++;
    this.skipped.set(detector, (this.skipped.get(detector) ?? 0) + 1);
    if (STRENGTH[action] > STRENGTH[this.strongest]) this.strongest = action;
    return false;
  }

  add(g: GuardFinding, reason: Reason): void {
    this.inField++;
    this.findings.push(g);
    this.reasons.push(reason);
  }

  /** One reason for every finding not listed: operators see that there were more, and of which detectors. */
  summary(): Reason | undefined {
    if (this.unlisted === 0) return undefined;
    const by = [...this.skipped].map(([d, n]) => `${d} ×${n}`).join(", ");
    return {
      source: "guard:unlisted",
      verdict: this.strongest,
      message: `${this.unlisted} more findings not listed (${by}): at most ${MAX_LISTED} per request and ${MAX_LISTED_PER_FIELD} per field are listed; all of them counted and were redacted where the rule says so.`,
    };
  }
}

function reasonFor(f: GuardFinding, text: string, sensitive: readonly Mask[], rule: string): Reason {
  const evidence: Evidence = { field: f.field, start: f.start, end: f.end, excerpt: excerpt(text, f, sensitive) };
  return {
    source: `guard:${f.detector}`,
    verdict: f.action,
    score: Math.round(f.score * 1000) / 1000,
    threshold: Math.round(f.threshold * 10_000) / 10_000,
    message: f.message,
    rule,
    evidence: [evidence],
  };
}
