/**
 * Audit events out to a SIEM: JSON Lines (each event's canonical text, as
 * hashed into the log, one per line) or OCSF 1.x events.
 *
 * The OCSF mapping:
 *   admin.auth.*                     → Authentication [3002] (logon, logoff, other)
 *   admin.admins.* / principals.* and
 *   the second-factor enrolments    → Account Change [3001]
 *   every other admin.*              → API Activity [6003] (create/read/update/delete from the verb)
 *   gateway.request (and the rest)   → API Activity [6003]
 * Fields OCSF has no place for go under `unmapped`, so nothing in the event is
 * lost; `metadata.uid` is the log index, so an exported event can be checked
 * against an inclusion proof.
 */

export type ExportFormat = "jsonl" | "ocsf";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["jsonl", "ocsf"];

export const OCSF_VERSION = "1.3.0";

type Json = Record<string, unknown>;

const STATUS = { unknown: 0, success: 1, failure: 2 } as const;
const SEVERITY = { informational: 1, low: 2, medium: 3 } as const;

interface OcsfClass {
  category_uid: number;
  category_name: string;
  class_uid: number;
  class_name: string;
  activity_id: number;
  activity_name: string;
}

const IAM = { category_uid: 3, category_name: "Identity & Access Management" };
const APPLICATION = { category_uid: 6, category_name: "Application Activity" };

/** Account Change [3001] activities by the verb of the admin action. */
const ACCOUNT_ACTIVITIES: Record<string, [number, string]> = {
  create: [1, "Create"],
  enable: [2, "Enable"],
  "reset-mfa": [11, "MFA Factor Disable"],
  "totp-enroll": [10, "MFA Factor Enable"],
  "webauthn-register": [10, "MFA Factor Enable"],
  disable: [5, "Disable"],
  delete: [6, "Delete"],
  update: [99, "Other"],
};

/** API Activity [6003] activities by verb. */
function apiActivity(verb: string): [number, string] {
  if (/^(create|register|issue|engage)/.test(verb)) return [1, "Create"];
  if (/^(read|list|get|export|show)/.test(verb)) return [2, "Read"];
  if (/^(update|rotate|lift|set|invoke|use)/.test(verb)) return [3, "Update"];
  if (/^(delete|revoke|disable|remove|retire)/.test(verb)) return [4, "Delete"];
  return [99, "Other"];
}

const accountActivity = (verb: string): [number, string] | undefined => (Object.hasOwn(ACCOUNT_ACTIVITIES, verb) ? ACCOUNT_ACTIVITIES[verb] : undefined);

function classify(kind: string): OcsfClass {
  if (kind.startsWith("admin.")) {
    const action = kind.slice("admin.".length);
    const [area = "", verb = ""] = action.split(".");
    const account = accountActivity(verb);
    if (area === "auth" && !account) {
      const [id, name] = verb === "login" ? [1, "Logon"] : verb.startsWith("logout") ? [2, "Logoff"] : [99, "Other"];
      return { ...IAM, class_uid: 3002, class_name: "Authentication", activity_id: id, activity_name: name };
    }
    if (area === "admins" || area === "principals" || area === "auth") {
      const [id, name] = account ?? [99, "Other"];
      return { ...IAM, class_uid: 3001, class_name: "Account Change", activity_id: id, activity_name: name };
    }
    const [id, name] = apiActivity(verb);
    return { ...APPLICATION, class_uid: 6003, class_name: "API Activity", activity_id: id, activity_name: name };
  }
  // A data-plane request is a call to the gateway's API: it reads a completion.
  const [id, name] = kind === "gateway.request" ? [2, "Read"] : [99, "Other"];
  return { ...APPLICATION, class_uid: 6003, class_name: "API Activity", activity_id: id, activity_name: name };
}

/** Outcomes that mean the action happened as asked (admin "success", gateway "ok"). */
const SUCCESS = new Set(["success", "ok", "allowed"]);

function statusOf(event: Json): { status_id: number; status: string } {
  const outcome = typeof event.outcome === "string" ? event.outcome : undefined;
  const httpStatus = typeof event.status === "number" ? event.status : undefined;
  const succeeded = outcome !== undefined ? SUCCESS.has(outcome) && (httpStatus === undefined || httpStatus < 400) : httpStatus !== undefined ? httpStatus < 400 : undefined;
  if (succeeded === undefined) return { status_id: STATUS.unknown, status: "Unknown" };
  return succeeded ? { status_id: STATUS.success, status: "Success" } : { status_id: STATUS.failure, status: "Failure" };
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);
const obj = (v: unknown): Json | undefined => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
/** An object without its undefined members (OCSF consumers dislike empty keys). */
const compact = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Fields the mapping below places; everything else of the event goes to `unmapped`. */
const ADMIN_MAPPED = new Set(["v", "seq", "at", "tenant", "kind", "actor", "ip", "outcome", "target", "action"]);
const GATEWAY_MAPPED = new Set(["v", "seq", "at", "tenant", "kind", "actor", "reqId", "endpoint", "model", "status", "outcome", "code"]);

/** One audit event (parsed body) as an OCSF 1.x event. */
export function toOcsf(event: Json): Json {
  const kind = String(event.kind ?? "unknown");
  const cls = classify(kind);
  const status = statusOf(event);
  const admin = kind.startsWith("admin.");
  const time = Date.parse(String(event.at));
  const failed = status.status_id === STATUS.failure;
  const severity = failed ? (cls.class_uid === 3002 ? SEVERITY.medium : SEVERITY.low) : SEVERITY.informational;
  const actorObj = obj(event.actor);
  const client = obj(event.client);
  const ip = str(event.ip) ?? str(client?.ip) ?? str(event.client);
  const actor = admin
    ? compact({ user: compact({ uid: str(event.actor), type: "Admin" }) })
    : compact({ user: actorObj ? compact({ uid: str(actorObj.principal), name: str(actorObj.principal), groups: str(actorObj.team) ? [{ name: str(actorObj.team) }] : undefined, credential_uid: str(actorObj.keyId) }) : undefined, authorizations: str(actorObj?.via) ? [{ decision: str(event.outcome), policy: { name: str(actorObj?.via) } }] : undefined });
  const api = admin
    ? compact({ operation: str(event.action) ?? kind.slice("admin.".length), service: { name: "wardgate-admin" } })
    : compact({
        operation: str(event.endpoint) ?? kind,
        service: compact({ name: str(event.model) ?? "wardgate" }),
        request: str(event.reqId) ? { uid: str(event.reqId) } : undefined,
        response: compact({ code: typeof event.status === "number" ? event.status : undefined, error: str(event.code) }),
      });
  const mapped = admin ? ADMIN_MAPPED : GATEWAY_MAPPED;
  const unmapped = Object.fromEntries(Object.entries(event).filter(([k]) => !mapped.has(k)));
  if (admin && str(event.target)) unmapped.target = event.target;
  return compact({
    ...cls,
    type_uid: cls.class_uid * 100 + cls.activity_id,
    type_name: `${cls.class_name}: ${cls.activity_name}`,
    time: Number.isFinite(time) ? time : undefined,
    severity_id: severity,
    severity: severity === SEVERITY.informational ? "Informational" : severity === SEVERITY.low ? "Low" : "Medium",
    ...status,
    message: kind,
    metadata: compact({
      version: OCSF_VERSION,
      product: { name: "Wardgate", vendor_name: "Wardgate" },
      uid: typeof event.seq === "number" ? String(event.seq) : undefined,
      sequence: typeof event.seq === "number" ? event.seq : undefined,
      tenant_uid: str(event.tenant),
      log_name: "wardgate-audit",
      event_code: kind,
    }),
    actor,
    src_endpoint: ip ? { ip } : undefined,
    api,
    ...(cls.class_uid === 3002 ? { user: actor.user, is_mfa: kind.includes("second-factor") || kind.includes("step-up") ? true : undefined } : {}),
    unmapped: Object.keys(unmapped).length ? unmapped : undefined,
  });
}

/** One exported line (with its newline) for an event's canonical text. */
export function exportLine(body: string, format: ExportFormat): string {
  if (format === "jsonl") return `${body}\n`;
  return `${JSON.stringify(toOcsf(JSON.parse(body) as Json))}\n`;
}

/** Streams the export of `rows` (in log order) as text chunks, batching lines to keep writes few. */
export async function* exportStream(rows: AsyncIterable<{ body: string }> | Iterable<{ body: string }>, format: ExportFormat, chunkLines = 256): AsyncGenerator<string> {
  let lines: string[] = [];
  for await (const row of rows) {
    lines.push(exportLine(row.body, format));
    if (lines.length >= chunkLines) {
      yield lines.join("");
      lines = [];
    }
  }
  if (lines.length) yield lines.join("");
}

/**
 * `--since`/`--until` as an ISO time or a duration back from `now`
 * (`90s`, `15m`, `24h`, `7d`); undefined when it is neither.
 */
export function parseSince(value: string, now = Date.now()): string | undefined {
  const duration = /^(\d+)(s|m|h|d)$/.exec(value.trim());
  if (duration) {
    const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[duration[2] as "s" | "m" | "h" | "d"];
    return new Date(now - Number(duration[1]) * unit).toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}
