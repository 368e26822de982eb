/**
 * Where the CLI finds its configuration and store. The CLI is the one place
 * that reads the environment; everything below it gets typed values.
 */
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { demoConfig, loadConfigFile } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";

export interface GlobalOptions {
  config?: string;
  dataDir?: string;
}

export interface Resolved {
  config: Config;
  /** The config file used, or undefined in demo mode. */
  path: string | undefined;
  demo: boolean;
}

export function resolveConfig(opts: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Resolved {
  const explicit = opts.config ?? env.WARDGATE_CONFIG;
  const dataDir = opts.dataDir ?? env.WARDGATE_DATA_DIR;
  const path = explicit ?? (existsSync("wardgate.yaml") ? "wardgate.yaml" : undefined);
  if (!path) return { config: demoConfig(dataDir ?? ".wardgate"), path: undefined, demo: true };
  const config = loadConfigFile(path, env);
  if (dataDir) config.dataDir = resolve(dataDir);
  return { config, path: resolve(path), demo: false };
}

/** The store the config names (SQLite or PostgreSQL; store/open.ts), migrated to the latest schema. */
export async function openConfiguredStore(config: Config): Promise<Store> {
  return openStore(config);
}

/** Runs `fn` with the configured store open, and closes it however `fn` ends. */
export async function withConfiguredStore<T>(config: Config, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openConfiguredStore(config);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** withConfiguredStore for a command: the config comes from the command's global options. */
export function withCommandStore<T>(cmd: Command, fn: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const { config } = resolveConfig(cmd.optsWithGlobals<GlobalOptions>());
  return withConfiguredStore(config, (store) => fn(store, config));
}
