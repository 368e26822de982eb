/**
 * `wardgate guard check "text"`: runs a guard profile over a prompt (or, with
 * --response, a model response) and prints the verdict and every reason —
 * detector, score, threshold, action, where, and a redacted excerpt. The same
 * engine and profile the gateway uses, so what it prints is what the gateway
 * would decide. Exit status 0 when the text would pass (allowed, flagged or
 * redacted), 3 when it would be blocked.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { BUILTIN_GUARD_PROFILES } from "../config/guard-schema.js";
import type { GuardResult } from "../guard/engine.js";
import { resolveProfile } from "../guard/profiles.js";
import { Pseudonyms } from "../guard/pseudonyms.js";
import type { TextRole } from "../guard/types.js";
import { type GlobalOptions, resolveConfig } from "./context.js";
import { CliError } from "./errors.js";

interface CheckOptions {
  response?: boolean;
  profile?: string;
  role: string;
  systemPrompt?: string;
  json?: boolean;
}

const ROLES = ["user", "system", "assistant", "tool", "document", "definition"] as const;

function render(result: GuardResult, direction: string, profile: string, redacted: string | undefined): string {
  const lines = [`verdict: ${result.verdict} (${direction}, profile ${profile})`];
  if (result.reasons.length === 0) lines.push("no findings at or above their thresholds");
  for (const r of result.reasons) {
    const ev = r.evidence?.[0];
    lines.push(
      "",
      `- ${r.verdict.toUpperCase()} ${r.source.replace(/^guard:/, "")}  score ${r.score} ≥ threshold ${r.threshold}`,
      `  ${r.message}`,
      ...(r.rule ? [`  rule: ${r.rule}`] : []),
      ...(ev ? [`  at ${ev.start}..${ev.end}: ${ev.excerpt}`] : []),
    );
  }
  if (redacted !== undefined) lines.push("", "redacted text:", redacted);
  return `${lines.join("\n")}\n`;
}

export function registerGuard(program: Command): void {
  const guard = program.command("guard").description("inspect text with the guard engine");
  guard
    .command("check")
    .description('show the guard\'s verdict and reasons for a text ("-" reads stdin)')
    .argument("<text>", 'the prompt or response text, or "-" for stdin')
    .option("--response", "inspect as a model response instead of a prompt")
    .option("-p, --profile <name>", "guard profile (default: guard.profile of the configuration)")
    .option("--role <role>", `role of a prompt text: ${ROLES.join(", ")}`, "user")
    .option("--system-prompt <text>", "with --response: the system prompt whose leakage to look for")
    .option("--json", "print the result as JSON")
    .action(async (text: string, opts: CheckOptions, cmd: Command) => {
      const { config } = resolveConfig(cmd.optsWithGlobals<GlobalOptions>());
      if (!(ROLES as readonly string[]).includes(opts.role)) throw new CliError(`--role: expected one of ${ROLES.join(", ")}, got "${opts.role}"`);
      const name = opts.profile ?? config.guard.profile;
      const known = [...BUILTIN_GUARD_PROFILES, ...Object.keys(config.guard.profiles)];
      if (!known.includes(name)) throw new CliError(`--profile: expected one of ${known.join(", ")}; got "${name}"`);
      const input = text === "-" ? readFileSync(0, "utf8") : text;
      // Loaded here, not at the top: the detectors are large and other commands (serve) load them only if needed.
      const { Guard } = await import("../guard/engine.js");
      const engine = new Guard(resolveProfile(name, config.guard));
      const pseudonyms = new Pseudonyms();
      const direction = opts.response ? "response" : "request";
      const role: TextRole = opts.response ? "response" : (opts.role as TextRole);
      const field = { path: direction === "response" ? "response" : "prompt", role, text: input };
      const leak = opts.response ? engine.leakDetectorFor(opts.systemPrompt) : undefined;
      const result = engine.inspect(direction, [field], { pseudonyms, leak });
      const redacted = result.redacted.get(0);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ verdict: result.verdict, profile: name, direction, reasons: result.reasons, redacted: redacted ?? null }, null, 2)}\n`);
      } else {
        process.stdout.write(render(result, direction, name, redacted));
      }
      if (result.verdict === "block") process.exitCode = 3;
    });
}
