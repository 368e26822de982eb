/** `wardgate serve`: the data plane, on the configured store and providers (with --workers, in N processes: workers.ts). */
import cluster from "node:cluster";
import { InvalidArgumentError, type Command } from "commander";
import { ConfigError, sqlitePath } from "../config/load.js";
import { resolveSecretRefs } from "../config/secret-refs.js";
import { KeyringError } from "../crypto/keyring.js";
import { SECRET_TENANT, secretAad } from "../crypto/sealed-values.js";
import { Gateway } from "../gateway/server.js";
import { createLogger, silenceLog } from "../gateway/log.js";
import { issueKey } from "../identity/gateway-keys.js";
import type { Store } from "../store/store.js";
import { adminTlsOptions, startAdminListener } from "./admin.js";
import { type AuditOutputs, startAuditOutputs } from "./audit-outputs.js";
import { masterKeysInDataDirCheck, tamperWarning, witnessCheck } from "./doctor.js";
import { type GlobalOptions, openConfiguredStore, type Resolved, resolveConfig } from "./context.js";
import { type LoadedKeyring, loadKeyring, watchKeyring } from "./keyring.js";
import { exitAfterLog, SHUTDOWN_MARGIN_MS, shutdownDeadline } from "./shutdown.js";
import { checkWorkersConfig, parseWorkers, runPrimary, type ServeRole, serveRole } from "./workers.js";

function port(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new InvalidArgumentError("expected a port number 0-65535");
  return n;
}

/** In demo mode the first start on a data directory issues a key for the demo model and shows it once; never again, even if it is revoked. */
async function demoKey(store: Store): Promise<string | undefined> {
  const existing = await store.keys.list({ principal: "demo", includeRevoked: true });
  if (existing.length) return undefined;
  const { key } = await issueKey(store.keys, { principal: "demo", name: "demo key", models: ["demo"] });
  return key;
}

type ServeOptions = { host?: string; port?: number; workers: number };

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("start the gateway (demo mode when there is no config file)")
    .option("--host <address>", "listen address (overrides server.host)")
    .option("--port <number>", "listen port (overrides server.port)", port)
    .option("--workers <count>", 'processes sharing the port: a number, or "auto" for one per core', parseWorkers, 1)
    .action(async (opts: ServeOptions, cmd: Command) => {
      const resolved = resolveConfig(cmd.optsWithGlobals<GlobalOptions>());
      const { config } = resolved;
      if (opts.host) config.server.host = opts.host;
      if (opts.port !== undefined) config.server.port = opts.port;
      if (cluster.isPrimary && opts.workers > 1) {
        // The primary supervises only; each worker comes back here (cluster.isWorker) and serves.
        checkWorkersConfig(config, opts.workers);
        return runPrimary({ workers: opts.workers, config, log: createLogger(config.log) });
      }
      // Alone or a worker: only the leader runs the once-per-machine parts (admin, audit outputs, demo key).
      const role = serveRole();
      if (!cluster.isWorker) return serve(resolved, role);
      await serve(resolved, role).catch((err: unknown) => {
        // main.ts reports the error next; the IPC channel to the primary would then keep this
        // process alive, so leave the cluster (exiting with main.ts's exit code) once it has.
        setImmediate(() => cluster.worker?.disconnect());
        throw err;
      });
    });
}

/** Serves in this process until a signal: the whole of `wardgate serve` without --workers, and each worker's part with. */
async function serve(resolved: Resolved, role: ServeRole): Promise<void> {
  const { config } = resolved;
  // Read before anything starts: a bad admin.tls file is a config error, not a half-started server.
  const adminTls = adminTlsOptions(config);
  const store = await openConfiguredStore(config);
  let loaded: LoadedKeyring;
  try {
    // First: a wrong or missing master key stops the start before anything is written.
    loaded = await loadKeyring(config, store);
    const { keyring } = loaded;
    await resolveSecretRefs(config, async (name) => {
      const s = await store.secrets.get(name);
      if (!s) return undefined;
      try {
        return keyring.open(SECRET_TENANT, s.sealed, secretAad(name)).toString("utf8");
      } catch (err) {
        throw new KeyringError(`stored secret ${name} does not open: ${(err as Error).message}`);
      }
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  const { keyring } = loaded;
  const root = createLogger(config.log);
  const log = role.count > 1 ? root.child({ worker: role.slot, pid: process.pid }) : root;
  const stopWatching = watchKeyring(loaded, store, (e) => {
    if (e.reloaded) log.info({ active: e.active }, "master keys reloaded (rotated or retired elsewhere)");
    else log.warn({ active: e.active, reason: e.reason }, "master keys were rotated elsewhere but cannot be reloaded: restart with the new keys");
  });
  const key = resolved.demo && role.leader ? await demoKey(store) : undefined;
  // Witnesses get each checkpoint; webhook sinks stream the log to SIEMs from their stored cursors.
  let outputs: AuditOutputs | undefined;
  try {
    outputs = config.audit.enabled && role.leader ? startAuditOutputs(config.audit, store.audit, log) : undefined;
  } catch (err) {
    stopWatching();
    await store.close();
    throw err;
  }
  let gw: Gateway;
  try {
    gw = await Gateway.start({ config, store, log, keyring, ...(outputs ? { checkpointPublishers: outputs.publishers } : {}) });
  } catch (err) {
    stopWatching();
    await outputs?.stop();
    await store.close();
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    // Only a failure to bind is about the address; anything else (the audit log, the keyring) speaks for itself.
    if (code !== "EADDRINUSE" && code !== "EACCES" && code !== "EADDRNOTAVAIL") throw err;
    const why = code === "EADDRINUSE" ? "the address is already in use" : code === "EACCES" ? "permission denied" : "the address is not available here";
    throw new Error(`cannot listen on ${config.server.host}:${config.server.port}: ${why}`);
  }
  const mode =
    (resolved.demo ? `demo mode: SQLite at ${sqlitePath(config)}, built-in demo model` : `config ${resolved.path}`) +
    (role.count > 1 ? `, ${role.count} worker processes` : "");
  const lines = [`Wardgate is listening on ${gw.url} (${mode})`];
  if (key) {
    lines.push(
      "",
      "Your demo gateway key (shown only this once; store it now):",
      `  ${key}`,
      "",
      "Try it:",
      `  curl ${gw.url}/v1/chat/completions -H "Authorization: Bearer ${key}" \\`,
      `    -H "Content-Type: application/json" -d '{"model":"demo","messages":[{"role":"user","content":"Hello"}]}'`,
      "",
    );
  } else if (resolved.demo) {
    lines.push("(the demo key was shown at first start; issue another with: wardgate keys create --principal demo --model demo)");
  }
  role.ready(role.leader ? `${lines.join("\n")}\n` : undefined);
  log.info({ url: gw.url, demo: resolved.demo, models: config.models.map((m) => m.name), routes: config.routes.map((r) => r.name) }, "listening");
  // Once per start (the leader): a log nobody outside can check, signed with keys kept beside it.
  const tamper = role.leader ? tamperWarning({ ...resolved, env: process.env }) : undefined;
  if (tamper) {
    log.warn({ checks: [witnessCheck.id, masterKeysInDataDirCheck.id] }, tamper);
    process.stderr.write(`wardgate: warning: ${tamper}\n`);
  }
  // The admin listener binds once the data plane serves, and builds the admin app (Fastify, MFA
  // libraries) only at its first request (admin/lazy-listener.ts). Signal handlers are installed at
  // once; shutdown waits for the admin listener to finish starting.
  const adminStarting = (role.leader ? startAdminListener(config, store, keyring, log, adminTls, gw.limitBackend) : Promise.resolve(undefined)).then((admin) => {
    if (admin) {
      role.say(`Admin API on ${admin.url}/admin/v1 (first admin: wardgate admin create --email you@example.com --role owner --password-stdin)\n`);
      log.info({ url: `${admin.url}/admin/v1` }, "admin API listening");
    }
    return admin;
  });

  let signals = 0;
  const shutdown = async (signal: string) => {
    if (++signals > 1) {
      if (role.repeatSignalForces) {
        silenceLog(root); // an exit forced by hand does not wait on a stuck log either
        process.exit(1);
      }
      return;
    }
    // Whatever hangs (a close that never returns), the process ends: after the grace period and a margin.
    shutdownDeadline(config.server.shutdownGraceMs + SHUTDOWN_MARGIN_MS, log);
    log.info({ signal, inFlight: gw.inFlightCount }, "shutting down: draining in-flight requests");
    stopWatching();
    await Promise.all([gw.stop(), adminStarting.then((admin) => admin?.close())]);
    // After the gateway's last checkpoint was published; events not yet sent go out at the next start.
    await outputs?.stop();
    await store.close();
    log.info("stopped");
    // The log's reader may be gone or stuck (a full pipe): the exit does not wait on it past a moment.
    await exitAfterLog(root, 0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  // A worker needs nothing for its primary's death: node:cluster exits a worker whose primary is gone.
}

