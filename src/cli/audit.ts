/**
 * `wardgate audit verify|export|checkpoint|verifier-key`: checking the audit
 * log from its database file, and getting it out to a SIEM.
 *
 * `verify` trusts nothing in the database it checks: the rows, the stored
 * checkpoints and even the stored verifier key can have been rewritten by
 * whoever held the file. Pass `--verifier-key` (kept elsewhere) and
 * `--checkpoint` (a checkpoint saved elsewhere, e.g. by a witness) to check
 * against what an attacker with the file cannot change.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Command } from "commander";
import type { StoredCheckpoint } from "../audit/audit-store.js";
import { type CheckpointError, parseVerifierKey } from "../audit/checkpoint.js";
import { EXPORT_FORMATS, type ExportFormat, exportStream, parseSince } from "../audit/export.js";
import { type VerifyReport, verifyLog } from "../audit/verify.js";
import type { Store } from "../store/store.js";
import { withCommandStore } from "./context.js";
import { CliError } from "./errors.js";

interface VerifyOptions {
  checkpoint?: string;
  verifierKey?: string;
  origin?: string;
  fast?: boolean;
  json?: boolean;
}

interface ExportOptions {
  since?: string;
  until?: string;
  format: string;
  tenant?: string;
}

async function allCheckpoints(store: Store): Promise<StoredCheckpoint[]> {
  const out: StoredCheckpoint[] = [];
  for (let after = -1; ; ) {
    const page = await store.audit.checkpoints({ after, limit: 1000 });
    out.push(...page);
    if (page.length < 1000) return out;
    after = page[page.length - 1]!.size;
  }
}

function printReport(report: VerifyReport, keySource: string): void {
  const out: string[] = [];
  out.push(`${report.rows} events read (recorded size ${report.stateSize}), root ${report.root}`);
  out.push(`checkpoints: ${report.checkpoints.verified} of ${report.checkpoints.total} signed by the ${keySource}${report.checkpoints.latest ? `, latest at size ${report.checkpoints.latest.size}` : ""}`);
  if (report.saved) out.push(`saved checkpoint: ${report.saved.message}`);
  for (const p of report.problems) {
    const where = p.index !== undefined ? (p.lastIndex !== undefined && p.lastIndex !== p.index ? ` at ${p.index}..${p.lastIndex}` : ` at ${p.index}`) : p.size !== undefined ? ` (checkpoint ${p.size})` : "";
    out.push(`${p.kind.toUpperCase()}${where}: ${p.message}`);
  }
  if (report.unlisted) out.push(`… and ${report.unlisted} more problems`);
  out.push(report.ok ? "OK: the log verifies" : `FAILED: ${report.problems.length + report.unlisted} problem(s)`);
  process.stdout.write(`${out.join("\n")}\n`);
}

export function registerAudit(program: Command): void {
  const audit = program.command("audit").description("verify the tamper-evident audit log and export it");

  audit
    .command("verify")
    .description("recompute the log's tree, check every checkpoint, and report any tampering by index (exit 0 only when clean)")
    .option("--checkpoint <file>", "a signed checkpoint saved elsewhere: prove the log only grew since")
    .option("--verifier-key <key|file>", "the log's verifier key kept elsewhere, or a file holding it (default: the one in the database, which an attacker could replace)")
    .option("--origin <origin>", "the log's origin (default: the verifier key's name, as the log names its key after its origin)")
    .option("--fast", "read seq without re-canonicalising every event")
    .option("--json", "print the report as JSON")
    .action(async (opts: VerifyOptions, cmd: Command) => {
      let saved: string | undefined;
      if (opts.checkpoint !== undefined) {
        try {
          saved = readFileSync(opts.checkpoint, "utf8");
        } catch (e) {
          throw new CliError(`--checkpoint: cannot read ${opts.checkpoint}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
      }
      await withCommandStore(cmd, async (store, config) => {
        const stored = await store.audit.signingKey();
        // --verifier-key takes the key itself or a file holding it (what `audit verifier-key >file` wrote).
        const given = opts.verifierKey !== undefined && existsSync(opts.verifierKey) ? readFileSync(opts.verifierKey, "utf8").trim() : opts.verifierKey;
        const keyText = given ?? stored?.verifierKey;
        if (!keyText) throw new CliError("the audit log has no signing key yet; pass --verifier-key");
        let verifier: ReturnType<typeof parseVerifierKey>;
        try {
          verifier = parseVerifierKey(keyText);
        } catch (e) {
          throw new CliError(`${opts.verifierKey ? "--verifier-key" : "the stored verifier key"}: ${(e as CheckpointError).message}`);
        }
        // The log's key is named after its origin (audit/signing-key.ts); the configured origin is only a
        // fallback, since its default is the host name, which differs when verifying elsewhere.
        const origin = opts.origin ?? (opts.verifierKey ? verifier.name : (stored?.name ?? config.audit.origin));
        const state = await store.audit.state();
        const report = await verifyLog({
          rows: store.audit.scan(),
          checkpoints: await allCheckpoints(store),
          stateSize: state.size,
          stateRoot: state.root,
          verifiers: [verifier],
          origin,
          ...(saved !== undefined ? { savedCheckpoint: saved } : {}),
          checkCanonical: !opts.fast,
        });
        if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else printReport(report, opts.verifierKey ? "given key" : "stored key (pass --verifier-key to check against one kept elsewhere)");
        if (!report.ok) process.exitCode = 1;
      });
    });

  audit
    .command("export")
    .description("stream events to stdout as JSON Lines or OCSF, in log order")
    .requiredOption("--since <time>", "an ISO time or a duration back from now (90s, 15m, 24h, 7d)")
    .option("--until <time>", "an ISO time or a duration back from now (exclusive)")
    .option("--format <format>", "jsonl | ocsf", "jsonl")
    .option("--tenant <id>", "only this tenant's events")
    .action(async (opts: ExportOptions, cmd: Command) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new CliError(`--format: expected one of ${EXPORT_FORMATS.join(", ")}, got ${JSON.stringify(opts.format)}`);
      const now = Date.now();
      const since = parseSince(opts.since ?? "", now);
      if (!since) throw new CliError(`--since: expected an ISO time or a duration like 24h, got ${JSON.stringify(opts.since)}`);
      const until = opts.until === undefined ? undefined : parseSince(opts.until, now);
      if (opts.until !== undefined && !until) throw new CliError(`--until: expected an ISO time or a duration like 1h, got ${JSON.stringify(opts.until)}`);
      await withCommandStore(cmd, async (store) => {
        const rows = store.audit.scan({ since, ...(until ? { until } : {}), ...(opts.tenant ? { tenantId: opts.tenant } : {}) });
        for await (const chunk of exportStream(rows, opts.format as ExportFormat)) {
          // Respect the pipe's back-pressure: a million events never pile up in memory.
          if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once("drain", resolve));
        }
      });
    });

  audit
    .command("checkpoint")
    .description("print the latest signed checkpoint (save it elsewhere to check later that the log only grew)")
    .action(async (_opts: unknown, cmd: Command) => {
      await withCommandStore(cmd, async (store) => {
        const cp = await store.audit.latestCheckpoint();
        if (!cp) throw new CliError("the audit log has no checkpoint yet", 1);
        process.stdout.write(cp.note);
      });
    });

  audit
    .command("verifier-key")
    .description("print the log's verifier key (<name>+<id>+<key>), to keep where the database's holders cannot change it")
    .action(async (_opts: unknown, cmd: Command) => {
      await withCommandStore(cmd, async (store) => {
        const key = await store.audit.signingKey();
        if (!key) throw new CliError("the audit log has no signing key yet (it is made when the server first starts)", 1);
        process.stdout.write(`${key.verifierKey}\n`);
      });
    });
}
