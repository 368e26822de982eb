/**
 * `wardgate crypto status|rotate|rewrap|retire <version>`: the keyring's
 * master keys over their life. Rotation adds a version (old values keep
 * opening), rewrap moves every stored sealed value (the registry in
 * store/sealed-columns.ts) to the active version in one transaction, and
 * retire drops an old key once nothing needs it. Each change is an admin
 * event with the operator as actor (`cli:<user>@<host>`).
 */
import type { Command } from "commander";
import type { Config } from "../config/schema.js";
import { type Keyring, KeyringError } from "../crypto/keyring.js";
import type { MasterKeySource, SaveResult } from "../crypto/master-key-source.js";
import type { Store } from "../store/store.js";
import { type GlobalOptions, resolveConfig, withConfiguredStore } from "./context.js";
import { CliError } from "./errors.js";
import { loadKeyring } from "./keyring.js";
import { cliActor } from "./actor.js";

export interface KeyringCommandContext {
  store: Store;
  keyring: Keyring;
  source: MasterKeySource;
  config: Config;
}

/** Runs `fn` with the store open and the keyring loaded and checked against the store's canary; keyring errors are the operator's. */
export function withKeyring<T>(cmd: Command, fn: (c: KeyringCommandContext) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
  const { config } = resolveConfig(cmd.optsWithGlobals<GlobalOptions>());
  return withConfiguredStore(config, async (store) => {
    let loaded: Awaited<ReturnType<typeof loadKeyring>>;
    try {
      loaded = await loadKeyring(config, store, process.env, options);
    } catch (err) {
      if (err instanceof KeyringError) throw new CliError(err.message, 1);
      throw err;
    }
    return fn({ store, config, ...loaded });
  });
}

async function event(store: Store, action: string, detail: Record<string, unknown>): Promise<void> {
  await store.org.ensureTenant("default");
  await store.admin.events.append({ tenantId: "default", at: Date.now(), actor: cliActor(), action, target: "keyring", outcome: "success", ip: null, detail });
}

/** After rotate/retire: where the new key set went, or (env) the value to set. The value goes alone to stdout, so it can be captured. */
function reportSave(result: SaveResult, source: MasterKeySource): void {
  if (result.written) {
    process.stderr.write(`saved: ${source.description}\n`);
    return;
  }
  // The single-key WARDGATE_MASTER_KEY cannot carry versions: the list goes in WARDGATE_MASTER_KEYS.
  const variable = result.variable === "WARDGATE_MASTER_KEY" ? "WARDGATE_MASTER_KEYS" : result.variable;
  process.stderr.write(
    `the master keys come from ${source.description}: nothing was written.\n` +
      `Set ${variable} to the value printed on stdout (it holds master keys: store it as you store ${variable} today)` +
      `${variable !== result.variable ? ` and unset ${result.variable}` : ""}, restart every gateway and CLI that uses it, then continue.\n`,
  );
  process.stdout.write(`${result.value}\n`);
}

export function registerCrypto(program: Command): void {
  const crypto = program.command("crypto").description("master keys of the keyring that encrypts stored secrets: status, rotate, rewrap, retire");

  crypto
    .command("status")
    .description("show the master key versions and how many stored values each one seals")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withKeyring(
        cmd,
        async ({ store, keyring, source }) => {
          const census = await store.sealed.census(keyring);
          const versions = keyring.versions().map((v) => ({ ...v, values: census.byVersion.get(v.version) ?? 0 }));
          if (opts.json) {
            process.stdout.write(
              `${JSON.stringify({ provider: source.kind, source: source.description, active: keyring.activeVersion, versions, needsRewrap: census.needsRewrap, legacy: census.legacy, unreadable: census.unreadable, columns: census.columns }, null, 2)}\n`,
            );
            return;
          }
          const lines = [`master keys: ${source.description}`];
          for (const v of versions) lines.push(`  version ${v.version}  ${v.state.padEnd(12)}  ${(v.keyId ? `key id ${v.keyId}` : "no key").padEnd(15)}  ${v.values} value(s)`);
          lines.push(`needs rewrap: ${census.needsRewrap} value(s)${census.legacy ? ` (${census.legacy} in the old secret-box format)` : ""}`);
          if (census.unreadable) lines.push(`UNREADABLE: ${census.unreadable} value(s) no version of this keyring can open`);
          for (const c of census.columns) lines.push(`  ${c.name}: ${c.total} value(s), ${c.needsRewrap} need rewrap`);
          process.stdout.write(`${lines.join("\n")}\n`);
        },
        { readOnly: true },
      );
    });

  crypto
    .command("rotate")
    .description("add a new master key version and make it active; older versions stay decrypt-only")
    .action(async (_opts: unknown, cmd: Command) => {
      await withKeyring(cmd, async ({ store, keyring, source }) => {
        const previous = keyring.activeVersion;
        const version = keyring.rotate();
        reportSave(await source.save(keyring.export()), source);
        await event(store, "crypto.rotate", { version, previous, provider: source.kind });
        process.stderr.write(
          `master key version ${version} is active; version ${previous} is decrypt-only.\n` +
            (source.kind === "env"
              ? "Next: restart running gateways with the new value, then run: wardgate crypto rewrap\n"
              : "Running gateways reload the keys within 5 s; then run: wardgate crypto rewrap\n"),
        );
      });
    });

  crypto
    .command("rewrap")
    .description("re-encrypt every stored sealed value under the active master key version (one transaction)")
    .action(async (_opts: unknown, cmd: Command) => {
      await withKeyring(cmd, async ({ store, keyring }) => {
        let n: number;
        try {
          n = await store.sealed.rewrap(keyring);
        } catch (err) {
          throw new CliError(`${(err as Error).message}\nnothing was rewritten`, 1);
        }
        const census = await store.sealed.census(keyring);
        await event(store, "crypto.rewrap", { version: keyring.activeVersion, rewrapped: n });
        const older = keyring.versions().filter((v) => v.state === "decrypt-only").map((v) => v.version);
        process.stdout.write(
          `rewrapped ${n} value(s) under master key version ${keyring.activeVersion}; ${census.needsRewrap} still need rewrap\n` +
            (older.length && census.needsRewrap === 0 ? `nothing needs version(s) ${older.join(", ")} any more: retire with wardgate crypto retire <version>\n` : ""),
        );
      });
    });

  crypto
    .command("retire")
    .description("drop a decrypt-only master key version; refused while any stored value still needs it")
    .argument("<version>", "the master key version")
    .action(async (v: string, _opts: unknown, cmd: Command) => {
      if (!/^[1-9][0-9]{0,8}$/.test(v)) throw new CliError("<version>: expected a master key version number such as 1");
      const version = Number(v);
      await withKeyring(cmd, async ({ store, keyring, source }) => {
        const census = await store.sealed.census(keyring);
        try {
          keyring.retire(version, () => census.byVersion.get(version) ?? 0);
        } catch (err) {
          throw new CliError(`${(err as Error).message.replace(/^keyring: /, "")}`, 1);
        }
        reportSave(await source.save(keyring.export()), source);
        await event(store, "crypto.retire", { version, provider: source.kind });
        process.stderr.write(`master key version ${version} is retired: its key is gone\n`);
      });
    });
}
