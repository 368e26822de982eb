/**
 * `wardgate admin create|list|reset-mfa|enrolment-token`, and starting the
 * admin listener for `wardgate serve`. Passwords come only from stdin, never
 * from the command line (where `ps` and shell history would keep them).
 * Creating or resetting an account prints its one-time enrolment token: the
 * admin needs it, with their password, to enrol TOTP at first sign-in.
 */
import type { ServerOptions as HttpsOptions } from "node:https";
import type { Command } from "commander";
import type { Logger } from "pino";
import type { LazyAdminServer } from "../admin/lazy-listener.js";
import type { Config } from "../config/schema.js";
import { serverTlsOptions } from "../config/tls-files.js";
import type { Keyring } from "../crypto/keyring.js";
import type { LimitBackend } from "../limits/backend.js";
import { ADMIN_ROLES, type AdminAccount } from "../identity/admin/admin-store.js";
import type { IssuedEnrolmentToken } from "../identity/admin/enrolment.js";
import { checkOrgId } from "../identity/org.js";
import type { Store } from "../store/store.js";
import { cliActor } from "./actor.js";
import { withCommandStore } from "./context.js";
import { CliError } from "./errors.js";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new CliError("--password-stdin: pipe the password in, e.g. `printf '%s' \"$PW\" | wardgate admin create ...`");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline (from echo or a file) is not part of the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}


/** Reads `admin.tls`'s files (a ConfigError names the key); `wardgate serve` calls it before the data plane starts. */
export function adminTlsOptions(config: Config): HttpsOptions | undefined {
  return config.admin.enabled && config.admin.tls ? serverTlsOptions(config.admin.tls, "admin.tls") : undefined;
}

/**
 * Starts the admin API next to the data plane, with the keyring serve loaded
 * (and checked against the store's canary) at start. A listener that cannot bind
 * is reported and the data plane keeps serving: the control plane is then
 * unavailable (closed), never open.
 *
 * `limitBackend`: the running gateway's counter store, so GET /budgets shows
 * live spending (optional: without it that route answers 503 when budgets are
 * configured).
 */
export async function startAdminListener(
  config: Config,
  store: Store,
  keyring: Keyring,
  log: Logger,
  tls = adminTlsOptions(config),
  limitBackend?: LimitBackend,
): Promise<LazyAdminServer | undefined> {
  if (!config.admin.enabled) return undefined;
  try {
    const { startLazyAdmin } = await import("../admin/lazy-listener.js");
    return await startLazyAdmin({
      store,
      config: config.admin,
      gateway: config,
      trustedProxies: config.server.trustedProxies,
      keyring,
      budgets: { rules: config.budgets, backend: limitBackend },
      host: config.admin.host,
      port: config.admin.port,
      ...(tls ? { tls } : {}),
      onError: (err) => log.error({ err: { type: err.name, message: err.message } }, "admin API error"),
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "EADDRINUSE" ? "the address is already in use" : code === "EACCES" ? "permission denied" : (err as Error).message;
    process.stderr.write(`wardgate: admin API not started: cannot listen on ${config.admin.host}:${config.admin.port}: ${why}\n`);
    log.warn({ host: config.admin.host, port: config.admin.port, reason: why }, "admin API not started");
    return undefined;
  }
}

/** The account with this e-mail address, or a CliError (exit 1) naming the address. */
async function adminByEmail(store: Store, email: string): Promise<AdminAccount> {
  const { normaliseEmail } = await import("../identity/admin/accounts.js");
  const a = await store.admin.findAccountByEmail(normaliseEmail(email));
  if (!a) throw new CliError(`no admin with e-mail ${normaliseEmail(email)}`, 1);
  return a;
}

/** Records a change to an admin account made from the CLI (one that issued an enrolment token: never the token itself). */
async function recordAdminChange(store: Store, a: Pick<AdminAccount, "tenantId" | "id">, action: string, at: number, token: IssuedEnrolmentToken, detail: Record<string, unknown> = {}) {
  const enrolmentTokenExpiresAt = new Date(token.expiresAt).toISOString();
  await store.admin.events.append({ tenantId: a.tenantId, at, actor: cliActor(), action, target: a.id, outcome: "success", ip: null, detail: { ...detail, enrolmentTokenExpiresAt } });
}

/** How the CLI hands over a new enrolment token: once, with what to do with it. */
function enrolmentText(token: { token: string; expiresAt: number }, origin: string): string {
  return (
    `Enrolment token (shown once; valid until ${new Date(token.expiresAt).toISOString()}):\n\n${token.token}\n\n` +
    `Give it to the admin over a channel other than the password's. At first sign-in they send it with their password:\n` +
    `POST ${origin}/admin/v1/auth/login {"email", "password", "enrolmentToken"} (see the README, "Admin API and admin accounts"),\n` +
    "then enrol TOTP with an authenticator app and keep the recovery codes it shows.\n"
  );
}

export function registerAdmin(program: Command): void {
  const admin = program.command("admin").description("manage admin accounts of the control plane");

  admin
    .command("create")
    .description("create an admin account and print its one-time enrolment token (TOTP enrolment happens at first sign-in)")
    .requiredOption("--email <address>", "the admin's e-mail address (their sign-in name)")
    .requiredOption("--role <role>", `one of ${ADMIN_ROLES.join(", ")}`)
    .option("--tenant <id>", "the tenant the admin manages", "default")
    .option("--password-stdin", "read the initial password from stdin (required)")
    .action(async (opts: { email: string; role: string; tenant: string; passwordStdin?: boolean }, cmd: Command) => {
      if (!opts.passwordStdin) throw new CliError("--password-stdin is required: pipe the initial password in (it is never taken from the command line)");
      try {
        checkOrgId("--tenant", opts.tenant);
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      const password = await readStdin();
      await withCommandStore(cmd, async (store, config) => {
        await store.org.ensureTenant(opts.tenant);
        // Loaded here, not at start-up: argon2's native module is not needed by other commands.
        const { AccountError, createAdmin } = await import("../identity/admin/accounts.js");
        let created: Awaited<ReturnType<typeof createAdmin>>;
        try {
          created = await createAdmin(store.admin, { tenantId: opts.tenant, email: opts.email, role: opts.role, password });
        } catch (err) {
          if (err instanceof AccountError) throw new CliError(err.message, err.kind === "conflict" ? 1 : 2);
          throw err;
        }
        await recordAdminChange(store, created, "admins.create", created.createdAt, created.enrolment, { role: created.role });
        process.stdout.write(`created ${created.role} ${created.email} (${created.id}) in tenant ${created.tenantId}\n\n${enrolmentText(created.enrolment, config.admin.origin)}`);
      });
    });

  admin
    .command("list")
    .description("list admin accounts")
    .option("--tenant <id>", "only this tenant's admins")
    .option("--json", "print JSON")
    .action(async (opts: { tenant?: string; json?: boolean }, cmd: Command) => {
      const { accountView } = await import("../identity/admin/accounts.js");
      await withCommandStore(cmd, async (store) => {
        const rows = (await store.admin.listAccounts(opts.tenant)).map((a) => accountView(a));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        if (!rows.length) {
          process.stdout.write("no admins (create one with: wardgate admin create --email you@example.com --role owner --password-stdin)\n");
          return;
        }
        const table = [["ID", "TENANT", "EMAIL", "ROLE", "MFA", "STATUS"], ...rows.map((a) => [a.id, a.tenant, a.email, a.role, a.mfa.totp ? "totp" : "not enrolled", a.status])];
        const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
        process.stdout.write(`${table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n")}\n`);
      });
    });

  admin
    .command("reset-mfa")
    .description("remove an admin's second factors and sessions, and print a new enrolment token; they enrol TOTP again at next sign-in")
    .requiredOption("--email <address>", "the admin's e-mail address")
    .action(async (opts: { email: string }, cmd: Command) => {
      const { resetMfa } = await import("../identity/admin/enrolment.js");
      await withCommandStore(cmd, async (store, config) => {
        const a = await adminByEmail(store, opts.email);
        const now = Date.now();
        const token = await resetMfa(store.admin, a.tenantId, a.id, now);
        if (!token) throw new CliError(`no admin with e-mail ${a.email}`, 1);
        // A reset is also how a locked-out admin gets back in: clear the lock.
        await store.admin.updateAccount(a.tenantId, a.id, { failedAttempts: 0, lockedUntil: null, lockouts: 0 });
        await recordAdminChange(store, a, "admins.reset-mfa", now, token);
        process.stdout.write(`reset MFA of ${a.email} (${a.id}): second factors removed, sessions ended.\n\n${enrolmentText(token, config.admin.origin)}`);
      });
    });

  admin
    .command("enrolment-token")
    .description("issue a new one-time enrolment token for an admin who has not enrolled TOTP yet (it replaces any earlier one)")
    .requiredOption("--email <address>", "the admin's e-mail address")
    .action(async (opts: { email: string }, cmd: Command) => {
      const { issueEnrolmentToken } = await import("../identity/admin/enrolment.js");
      await withCommandStore(cmd, async (store, config) => {
        const a = await adminByEmail(store, opts.email);
        if (a.totpSecret !== null) throw new CliError(`${a.email} has TOTP enrolled and needs no enrolment token; to have them enrol again: wardgate admin reset-mfa --email ${a.email}`, 1);
        const now = Date.now();
        const token = (await issueEnrolmentToken(store.admin, a, now))!;
        await recordAdminChange(store, a, "admins.enrolment-token", now, token);
        process.stdout.write(`new enrolment token for ${a.email} (${a.id}); any earlier one no longer works.\n\n${enrolmentText(token, config.admin.origin)}`);
      });
    });
}
