/**
 * `wardgate doctor`: what in a configuration weakens what Wardgate promises,
 * and how to fix it. Each check is independent — it reads the configuration
 * (and the files it names) and returns one finding or nothing — so the list
 * can grow into a full self-audit one check at a time. Nothing here opens the
 * store or the network: doctor runs anywhere the config does, CI included.
 *
 * Exit status: 1 when a finding is high, else 0 (2 for a config error).
 */
import { statSync } from "node:fs";
import { isIP } from "node:net";
import { isAbsolute, relative, resolve } from "node:path";
import { type Command, Option } from "commander";
import type { Config } from "../config/schema.js";
import { type GlobalOptions, resolveConfig } from "./context.js";
import { masterKeySource } from "./keyring.js";

export const SEVERITIES = ["high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** Stable: scripts and suppressions key on it. */
  id: string;
  severity: Severity;
  title: string;
  /** What is wrong and what it allows, in the terms of this configuration. */
  detail: string;
  /** What to change. */
  fix: string;
}

export interface DoctorContext {
  config: Config;
  /** The config file, or undefined in demo mode. */
  path: string | undefined;
  demo: boolean;
  /** Where WARDGATE_MASTER_KEYS and friends are looked up (the CLI's environment). */
  env: NodeJS.ProcessEnv;
}

export interface Check {
  id: string;
  run(ctx: DoctorContext): Finding | undefined;
}

type Found = Omit<Finding, "id">;
const found = (severity: Severity, title: string, detail: string, fix: string): Found => ({ severity, title, detail, fix });

/** A check: `run` says what is wrong (or nothing); the id is added to what it finds. */
function check(id: string, run: (ctx: DoctorContext) => Found | undefined): Check {
  return {
    id,
    run: (ctx) => {
      const f = run(ctx);
      return f && { id, ...f };
    },
  };
}

/** Whether `path` is the data directory or inside it. */
function insideDataDir(config: Config, path: string): boolean {
  const rel = relative(resolve(config.dataDir), resolve(path));
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** A listen address only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h === "::1") return true;
  return isIP(h) === 4 && h.startsWith("127.");
}

/** Witnesses that keep checkpoints away from the data directory: HTTP witnesses, and files outside it. */
function externalWitnesses(config: Config) {
  return config.audit.witnesses.filter((w) => w.url !== undefined || (w.file !== undefined && !insideDataDir(config, w.file)));
}

/** The master key file and its location, or why it cannot be told. */
function masterKeyFile(ctx: DoctorContext): { file?: string | undefined; error?: string } {
  try {
    return { file: masterKeySource(ctx.config, ctx.env).file };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

export const witnessCheck = check("audit.witness", ({ config }) => {
  if (!config.audit.enabled || externalWitnesses(config).length > 0) return undefined;
  const sinks = config.audit.sinks.length > 0;
  return found(
    sinks ? "medium" : "high",
    "No external witness for the audit log",
    "Anyone who can write the database and the data directory can rewrite or truncate the audit log and re-sign its checkpoints " +
      "(the signing key is sealed by the master keys); only a checkpoint held elsewhere exposes that. No audit.witnesses entry keeps checkpoints " +
      `outside the data directory${sinks ? " (the webhook sinks keep a copy of the events, not of the signed checkpoints)" : ""}.`,
    "Add a witness under audit.witnesses: an HTTP witness ({ url, verifierKey }, C2SP tlog-witness) or { file } on storage the gateway's operators " +
      "cannot rewrite (another host's mount, a WORM bucket). Keep `wardgate audit verifier-key` output somewhere safe as well.",
  );
});

export const witnessInDataDirCheck = check("audit.witness-in-data-dir", ({ config }) => {
  const inside = config.audit.witnesses.filter((w) => w.file !== undefined && insideDataDir(config, w.file)).map((w) => w.file);
  if (!config.audit.enabled || inside.length === 0) return undefined;
  return found(
    "medium",
    "A file witness lives inside the data directory",
    `${inside.join(", ")} is inside the data directory (${config.dataDir}): whoever can rewrite the log there can rewrite the witness's copy too.`,
    "Point the file witness at storage outside the data directory that the gateway's operators cannot rewrite, or use an HTTP witness.",
  );
});

export const auditDisabledCheck = check("audit.disabled", ({ config }) => {
  if (config.audit.enabled) return undefined;
  return found("high", "The audit log is off", "audit.enabled is false: requests and admin actions leave no tamper-evident record.", "Remove audit.enabled: false (the default is on).");
});

export const auditUnauditedCheck = check("audit.serve-unaudited", ({ config }) => {
  if (!config.audit.enabled || config.audit.onQueueFull !== "serve-unaudited") return undefined;
  return found(
    "medium",
    "Requests are served when they cannot be audited",
    "audit.onQueueFull is serve-unaudited: while the log cannot be written, requests go through unrecorded (counted in an audit.gap event later).",
    "Use onQueueFull: fail-closed (the default) unless availability matters more than the record.",
  );
});

export const masterKeysInDataDirCheck = check("crypto.master-keys-in-data-dir", (ctx) => {
  const { file, error } = masterKeyFile(ctx);
  if (error !== undefined) {
    return found("medium", "Cannot tell where the master keys are", error, "Fix crypto.masterKey or set the environment it names, then run doctor again.");
  }
  if (file === undefined || !insideDataDir(ctx.config, file)) return undefined;
  return found(
    "medium",
    "The master keys sit in the data directory",
    `The master keys (${file}) are beside the data they protect (${ctx.config.dataDir}): a copy or backup of the data directory carries them, ` +
      "and whoever can write it can open every sealed value and re-sign the audit log.",
    "Keep them elsewhere: crypto.masterKey { provider: env } with WARDGATE_MASTER_KEYS from a secret manager, { provider: vault }, " +
      "or { provider: file, path: /etc/wardgate/master-keys.json } on a path only the gateway's user can read.",
  );
});

export const masterKeysReadableCheck = check("crypto.master-keys-readable", (ctx) => {
  const { file } = masterKeyFile(ctx);
  if (file === undefined) return undefined;
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch {
    return undefined; // created (0600) at the first start
  }
  if ((mode & 0o077) === 0) return undefined;
  return found(
    "high",
    "The master key file is open to other users",
    `${file} has mode ${(mode & 0o777).toString(8).padStart(3, "0")}: group or others can read or change the keys that seal every stored secret (the gateway refuses to start with it).`,
    `chmod 600 ${file} (owned by the gateway's user), and rotate the master keys (wardgate crypto rotate, then rewrap and retire) if others may have read it.`,
  );
});

export const adminPlaintextCheck = check("admin.plaintext-remote", ({ config }) => {
  const { admin } = config;
  if (!admin.enabled || admin.tls || isLoopback(admin.host)) return undefined;
  return found(
    "high",
    "The admin API listens beyond this machine without TLS",
    `admin.host is ${admin.host} and admin.tls is not set: admin passwords, second factors and session cookies cross the network in the clear.`,
    "Set admin.tls (a certificate), or keep admin.host on 127.0.0.1 and reach it through an SSH tunnel or port-forward.",
  );
});

export const serverPlaintextCheck = check("server.plaintext-remote", ({ config }) => {
  const { server } = config;
  if (server.tls || isLoopback(server.host)) return undefined;
  return found(
    "low",
    "The gateway listens beyond this machine without TLS",
    `server.host is ${server.host} and server.tls is not set: gateway keys and prompts cross the network in the clear unless a TLS-terminating proxy or ingress is in front.`,
    "Terminate TLS in front of the gateway (and keep its port private to that proxy), or set server.tls.",
  );
});

/** Addresses a range holds beyond which "a proxy" is really "a network": every host in it may name its own client address. */
const BROAD_PREFIX = { 4: 16, 6: 48 } as const;

export const trustedProxiesCheck = check("server.trusted-proxies-broad", ({ config }) => {
  const broad = config.server.trustedProxies.filter((r) => {
    const [address, bits] = r.split("/") as [string, string | undefined];
    const family = isIP(address) === 6 ? 6 : 4;
    return bits !== undefined && Number(bits) < BROAD_PREFIX[family];
  });
  if (broad.length === 0) return undefined;
  return found(
    "low",
    "Whole networks are trusted as proxies",
    `server.trustedProxies lists ${broad.join(", ")}: any host there that reaches the gateway directly chooses its own client address in X-Forwarded-For, ` +
      "which key IP allow-lists, policy sourceIps rules, limits and the audit log then use.",
    "List only your proxies' addresses or their narrowest ranges, and let only them reach the gateway's port.",
  );
});

export const demoModelCheck = check("models.demo", ({ config }) => {
  const demo = config.models.filter((m) => config.providers[m.provider]?.type === "demo").map((m) => m.name);
  if (demo.length === 0) return undefined;
  return found(
    "medium",
    "The demo model is served",
    `Model(s) ${demo.join(", ")} use the built-in demo provider, which obeys any instruction it reads and reveals its system prompt: it exists to show attacks.`,
    "Remove the demo provider and its models from the config before serving real users.",
  );
});

export const guardOffCheck = check("guard.off", ({ config }) => {
  if (config.guard.profile !== "off") return undefined;
  return found(
    "high",
    "The default guard profile is off",
    "guard.profile is off: prompts and responses of every model and route without its own profile are not inspected (no injection, leak, secret or PII detection).",
    "Use guard.profile: standard (the default), or monitor to only flag while you tune it.",
  );
});

export const guardOffSomewhereCheck = check("guard.off-per-target", ({ config }) => {
  const off = [...config.models.filter((m) => m.guard === "off").map((m) => `model ${m.name}`), ...config.routes.filter((r) => r.guard === "off").map((r) => `route ${r.name}`)];
  if (config.guard.profile === "off" || off.length === 0) return undefined;
  return found("low", "Some models or routes are not inspected", `${off.join(", ")} use the guard profile off.`, "Give them a profile (standard, strict, monitor or one of yours) unless they carry no text.");
});

export const guardMonitorCheck = check("guard.monitor", ({ config }) => {
  if (config.guard.profile !== "monitor") return undefined;
  return found("low", "The guard only flags", "guard.profile is monitor: findings are recorded, nothing is blocked or redacted.", "Switch to standard (or a profile of yours) once the flags look right.");
});

/** Every check, in the order findings are listed within a severity. */
export const CHECKS: readonly Check[] = [
  auditDisabledCheck,
  witnessCheck,
  witnessInDataDirCheck,
  auditUnauditedCheck,
  masterKeysReadableCheck,
  masterKeysInDataDirCheck,
  adminPlaintextCheck,
  trustedProxiesCheck,
  guardOffCheck,
  guardOffSomewhereCheck,
  guardMonitorCheck,
  demoModelCheck,
  serverPlaintextCheck,
];

const DEMO_FINDING: Finding = {
  id: "mode.demo",
  ...found(
    "info",
    "Demo mode: no configuration file",
    "Without a config file Wardgate serves the built-in demo model from a local SQLite file: a way to try it, not a production setup.",
    "wardgate init writes a starter wardgate.yaml; run wardgate doctor --config wardgate.yaml on it.",
  ),
};

/** The findings for a configuration, high severity first. Demo mode has one: it is demo mode. */
export function diagnose(ctx: DoctorContext, checks: readonly Check[] = CHECKS): Finding[] {
  if (ctx.demo) return [DEMO_FINDING];
  const found = checks.flatMap((c) => c.run(ctx) ?? []);
  return found.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/**
 * What `serve` warns about at start: a log whose master keys sit in the data
 * directory and that no witness watches can be rewritten and re-signed by
 * anyone who can write that directory and the database, undetected.
 */
export function tamperWarning(ctx: DoctorContext): string | undefined {
  if (ctx.demo || !ctx.config.audit.enabled) return undefined;
  if (!witnessCheck.run(ctx) || !masterKeysInDataDirCheck.run(ctx)) return undefined;
  const { file } = masterKeyFile(ctx);
  return (
    `the audit log has no external witness and the master keys that seal its signing key are in the data directory (${file ?? ctx.config.dataDir}): ` +
    "anyone who can write the database and that directory can rewrite the log and re-sign it undetected. " +
    "Add audit.witnesses, or keep the master keys outside the data directory (crypto.masterKey); `wardgate doctor` explains."
  );
}

function formatText(ctx: DoctorContext, findings: readonly Finding[]): string {
  const head = `wardgate doctor: ${ctx.demo ? "demo mode (no config file)" : ctx.path}\n`;
  if (findings.length === 0) return `${head}no findings\n`;
  const blocks = findings.map((f) => `${f.severity.toUpperCase().padEnd(7)}${f.id}: ${f.title}\n  ${f.detail}\n  fix: ${f.fix}\n`);
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  return `${head}\n${blocks.join("\n")}\n${findings.length} finding(s): ${counts.map(([s, n]) => `${n} ${s}`).join(", ")}\n`;
}

export function registerDoctor(program: Command): void {
  program
    .command("doctor")
    .description("check the configuration for weak settings (exit 1 on a high-severity finding)")
    .addOption(new Option("--format <format>", "text or json").choices(["text", "json"]).default("text"))
    .action((opts: { format: "text" | "json" }, cmd: Command) => {
      const resolved = resolveConfig(cmd.optsWithGlobals<GlobalOptions>());
      const ctx: DoctorContext = { ...resolved, env: process.env };
      const findings = diagnose(ctx);
      process.stdout.write(
        opts.format === "json" ? `${JSON.stringify({ config: ctx.path ?? null, demo: ctx.demo, findings }, null, 2)}\n` : formatText(ctx, findings),
      );
      if (findings.some((f) => f.severity === "high")) process.exitCode = 1;
    });
}
