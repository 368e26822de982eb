/**
 * `wardgate secrets set|list|delete`: upstream provider credentials stored
 * sealed by the keyring, referenced from the config as
 * `apiKey: { secret: <name> }`. Values come only from stdin (never the
 * command line, where `ps` and shell history keep them) and are never shown.
 */
import type { Command } from "commander";
import { SECRET_TENANT, secretAad } from "../crypto/sealed-values.js";
import { withCommandStore } from "./context.js";
import { withKeyring } from "./crypto.js";
import { CliError } from "./errors.js";
import { cliActor } from "./actor.js";

const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9._:-]{0,63}$/;

function nameOf(v: string): string {
  if (!NAME_RE.test(v)) throw new CliError("<name>: expected letters, digits, '.', '_', ':' or '-' (at most 64)");
  return v;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new CliError("pipe the value in, e.g. `printf '%s' \"$OPENAI_API_KEY\" | wardgate secrets set openai`");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline (from echo or a file) is not part of the value.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

export function registerSecrets(program: Command): void {
  const secrets = program.command("secrets").description("upstream provider credentials stored encrypted (config: apiKey: { secret: <name> })");

  secrets
    .command("set")
    .description("store (or replace) a secret; the value is read from stdin")
    .argument("<name>", "the secret's name, as the config refers to it")
    .action(async (n: string, _opts: unknown, cmd: Command) => {
      const name = nameOf(n);
      const value = await readStdin();
      if (value === "") throw new CliError("no value on stdin: nothing stored");
      await withKeyring(cmd, async ({ store, keyring }) => {
        const existed = (await store.secrets.get(name)) !== undefined;
        await store.secrets.set(name, keyring.seal(SECRET_TENANT, value, secretAad(name)), Date.now());
        await store.org.ensureTenant("default");
        await store.admin.events.append({ tenantId: "default", at: Date.now(), actor: cliActor(), action: existed ? "secrets.replace" : "secrets.set", target: name, outcome: "success", ip: null, detail: {} });
        process.stdout.write(`${existed ? "replaced" : "stored"} secret ${name} (encrypted under master key version ${keyring.activeVersion}); refer to it as apiKey: { secret: ${name} }\n`);
      });
    });

  secrets
    .command("list")
    .description("list stored secrets: names and dates, never values")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withCommandStore(cmd, async (store) => {
        const rows = (await store.secrets.list()).map((s) => ({ name: s.name, createdAt: new Date(s.createdAt).toISOString(), updatedAt: new Date(s.updatedAt).toISOString() }));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        if (!rows.length) {
          process.stdout.write("no secrets (store one with: printf '%s' \"$KEY\" | wardgate secrets set <name>)\n");
          return;
        }
        const table = [["NAME", "CREATED", "UPDATED"], ...rows.map((r) => [r.name, r.createdAt, r.updatedAt])];
        const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
        process.stdout.write(`${table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n")}\n`);
      });
    });

  secrets
    .command("delete")
    .description("delete a stored secret (a config still referring to it will not start)")
    .argument("<name>", "the secret's name")
    .action(async (n: string, _opts: unknown, cmd: Command) => {
      const name = nameOf(n);
      await withCommandStore(cmd, async (store) => {
        if (!(await store.secrets.delete(name))) throw new CliError(`no secret named ${name}`, 1);
        await store.org.ensureTenant("default");
        await store.admin.events.append({ tenantId: "default", at: Date.now(), actor: cliActor(), action: "secrets.delete", target: name, outcome: "success", ip: null, detail: {} });
        process.stdout.write(`deleted secret ${name}\n`);
      });
    });
}
