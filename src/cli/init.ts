import { existsSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { STARTER_CONFIG } from "../config/starter.js";
import { CliError } from "./errors.js";

export function registerInit(program: Command): void {
  program
    .command("init")
    .description("write a commented starter wardgate.yaml")
    .argument("[path]", "where to write it", "wardgate.yaml")
    .option("--force", "overwrite an existing file")
    .action((path: string, opts: { force?: boolean }) => {
      if (existsSync(path) && !opts.force) {
        throw new CliError(`${path} already exists; use --force to overwrite it`);
      }
      writeFileSync(path, STARTER_CONFIG, { mode: 0o600 });
      process.stdout.write(`wrote ${path}\nnext: wardgate serve --config ${path}\n`);
    });
}
