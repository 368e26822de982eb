/**
 * `wardgate migrate`: brings the configured store's schema up to date and
 * says which migrations ran. Every start migrates too; this is for running
 * it once, ahead of a rolling deploy of several gateways on one PostgreSQL
 * (Kysely's migrator holds an advisory lock there, so racing runs are safe).
 */
import type { Command } from "commander";
import { describeStore, postgresUrl } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { openStore, withoutSecrets } from "../store/open.js";
import { type GlobalOptions, resolveConfig } from "./context.js";
import { CliError } from "./errors.js";

/** Applies pending migrations and returns what to print; a failure is a CliError naming the migration (exit 1). */
export async function migrateStore(config: Config): Promise<{ ran: string[]; report: string }> {
  const where = describeStore(config);
  let ran: string[];
  try {
    const store = await openStore(config, { migrate: false });
    try {
      ran = await store.migrate();
    } finally {
      await store.close();
    }
  } catch (err) {
    const url = postgresUrl(config);
    const e = url ? withoutSecrets(err, url) : (err as Error);
    throw new CliError(`${where}: ${e.message}`, 1);
  }
  const report = ran.length ? `${ran.map((m) => `applied ${m}`).join("\n")}\n${where}: ${ran.length} migration(s) applied\n` : `${where}: up to date\n`;
  return { ran, report };
}

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("apply pending schema migrations to the configured store (SQLite or PostgreSQL) and list them")
    .action(async (_opts: unknown, cmd: Command) => {
      const { config } = resolveConfig(cmd.optsWithGlobals<GlobalOptions>());
      process.stdout.write((await migrateStore(config)).report);
    });
}
