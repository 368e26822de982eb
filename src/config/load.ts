/**
 * Loads configuration: YAML text → environment interpolation → schema.
 * Errors name the offending key path and what was expected; they never echo
 * the values of secrets.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, resolve, dirname } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { type Config, configSchema, DEMO_CANARY, isPostgresUrl } from "./schema.js";

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

const VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Keys JavaScript gives a meaning of their own. The YAML parser (like
 * JSON.parse) keeps `__proto__` as an ordinary key, but copying it with
 * `out[key] = value` would set the copy's prototype: the strict schema then
 * reads `server.trustProxy` through it without ever seeing an unknown key.
 * No configuration key has these names, so they are refused wherever they
 * appear.
 */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Replaces ${NAME} and ${NAME:-default} in every string value. */
function interpolate(value: unknown, env: Env, path: (string | number)[], problems: string[]): unknown {
  if (typeof value === "string") {
    return value.replace(VAR, (_m, varName: string, fallback: string | undefined) => {
      const v = env[varName];
      if (v !== undefined && v !== "") return v;
      if (fallback !== undefined) return fallback;
      problems.push(`${formatPath(path)}: environment variable ${varName} is not set`);
      return "";
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, [...path, i], problems));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (RESERVED_KEYS.has(k)) problems.push(`${formatPath([...path, k])}: reserved name, not a configuration key`);
      else out[k] = interpolate(v, env, [...path, k], problems);
    }
    return out;
  }
  return value;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(top level)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => `${formatPath([...issue.path, k])}: unknown key (not part of the configuration schema)`).join("\n");
  }
  if (issue.code === "invalid_key") {
    const why = issue.issues[0]?.message ?? "invalid name";
    return `${formatPath(issue.path)}: invalid name (${why})`;
  }
  if (issue.code === "invalid_union" && "note" in issue && issue.note === "No matching discriminator") {
    return `${formatPath(issue.path)}: expected one of the provider types openai, azure-openai, anthropic, http, demo`;
  }
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/** Validates an already-parsed object (from YAML or built in code). */
export function parseConfig(raw: unknown, env: Env = {}, source = "config"): Config {
  const problems: string[] = [];
  const interpolated = interpolate(raw ?? {}, env, [], problems);
  if (problems.length) throw new ConfigError(`${source} is invalid:\n  ${problems.join("\n  ")}`, problems);
  const result = configSchema.safeParse(interpolated);
  if (!result.success) {
    const lines = result.error.issues.flatMap((i) => describeIssue(i).split("\n"));
    throw new ConfigError(`${source} is invalid:\n  ${lines.join("\n  ")}`, lines);
  }
  return result.data;
}

/** Reads and validates a YAML file. Relative paths inside it resolve against the file's folder. */
export function loadConfigFile(path: string, env: Env = {}): Config {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`cannot read config file ${path}: ${code === "ENOENT" ? "no such file" : code}`);
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const lines = doc.errors.map((e) => e.message.split("\n")[0] ?? e.message);
    throw new ConfigError(`${path} is not valid YAML:\n  ${lines.join("\n  ")}`, lines);
  }
  let raw: unknown;
  try {
    // yaml refuses aliases that expand past maxAliasCount ("billion laughs"): said as a config error, not a crash.
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError(`${path} is not valid YAML:\n  ${(err as Error).message}`);
  }
  const cfg = parseConfig(raw, env, path);
  const base = dirname(resolve(path));
  if (!isAbsolute(cfg.dataDir)) cfg.dataDir = resolve(base, cfg.dataDir);
  if (cfg.store?.startsWith("sqlite:")) {
    const p = cfg.store.slice("sqlite:".length);
    if (p !== ":memory:" && !isAbsolute(p)) cfg.store = `sqlite:${resolve(base, p)}`;
  }
  return cfg;
}

/** The embedded default used when no config file exists: SQLite under dataDir and the offline demo model. */
/**
 * Demo mode: the built-in demo model behind the standard guard profile, which
 * also knows the demo model's system prompt and its canary, so a leak of
 * either is stopped on the way out.
 */
export function demoConfig(dataDir: string, overrides: { host?: string; port?: number } = {}): Config {
  const config = parseConfig({
    server: { ...overrides },
    dataDir: resolve(dataDir),
    providers: { demo: { type: "demo" } },
    models: [{ name: "demo", provider: "demo" }],
    guard: { profile: "demo", profiles: { demo: { extends: "standard", leak: { canaries: [DEMO_CANARY] } } } },
  });
  const demo = config.providers.demo;
  if (demo?.type === "demo") config.guard.profiles.demo!.leak = { canaries: [DEMO_CANARY], systemPrompt: demo.systemPrompt };
  return config;
}

/** The PostgreSQL URL a config points at, or undefined when its store is SQLite. */
export function postgresUrl(cfg: Config): string | undefined {
  return cfg.store !== undefined && isPostgresUrl(cfg.store) ? cfg.store : undefined;
}

/** The SQLite file a config points at; throws when its store is PostgreSQL (no file to name). */
export function sqlitePath(cfg: Config): string {
  if (cfg.store?.startsWith("sqlite:")) return cfg.store.slice("sqlite:".length);
  if (postgresUrl(cfg)) throw new ConfigError("store: the store is PostgreSQL, not a SQLite file");
  return resolve(cfg.dataDir, "wardgate.db");
}

/** The store, for display: a PostgreSQL URL with its password masked. */
export function describeStore(cfg: Config): string {
  const url = postgresUrl(cfg);
  return url ? `PostgreSQL ${redactUrl(url)}` : `SQLite ${sqlitePath(cfg)}`;
}

/** A URL with any password replaced by "***" (for messages and logs). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    for (const k of [...u.searchParams.keys()]) if (/pass/i.test(k)) u.searchParams.set(k, "***");
    return u.toString();
  } catch {
    return "(an unparsable URL)";
  }
}
