/**
 * `wardgate keys create|list|show|revoke|rotate`. Changes are recorded as
 * admin events (mirrored into the audit log) like the admin API's, naming
 * the operator who ran the command (actor.ts).
 */
import type { Command } from "commander";
import { type KeyEvent, keyCreatedEvent, keyRevokedEvent, keyRotatedEvent } from "../admin/key-events.js";
import { parseDuration } from "../config/units.js";
import { issueKey, KEY_ID_RE, keyLabel } from "../identity/gateway-keys.js";
import type { KeyRecord } from "../identity/key-store.js";
import { RotationError, rotateKey } from "../identity/key-rotation.js";
import { checkOrgId } from "../identity/org.js";
import type { Store } from "../store/store.js";
import { cliActor } from "./actor.js";
import { withCommandStore } from "./context.js";
import { CliError } from "./errors.js";

const list = (v: string, prev: string[] = []) => [
  ...prev,
  ...v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
];

/** "30d", "12h" from now, or an ISO-8601 date. */
export function parseExpiry(v: string, now = Date.now()): number {
  const rel = parseDuration(v);
  if (rel !== undefined && /[a-z]$/i.test(v.trim())) return now + rel;
  const abs = Date.parse(v);
  if (Number.isNaN(abs)) throw new CliError(`--expires: expected a duration like 30d or an ISO date, got "${v}"`);
  return abs;
}

/** Accepts "abc123def456", "wg_abc123def456", or a full key (whose secret is ignored). */
function keyId(v: string): string {
  const id = v.startsWith("wg_") ? v.slice(3).split("_", 1)[0]! : v;
  if (!KEY_ID_RE.test(id)) throw new CliError("key id: expected 12 hex characters, as in wg_<id>");
  return id;
}

function status(k: KeyRecord, now = Date.now()): string {
  if (k.revokedAt !== null) return "revoked";
  if (k.expiresAt !== null && k.expiresAt <= now) return "expired";
  return "active";
}

const iso = (t: number | null) => (t === null ? "-" : new Date(t).toISOString());

function publicView(k: KeyRecord) {
  return {
    id: keyLabel(k.id),
    name: k.name,
    tenant: k.tenantId,
    principal: k.principal,
    status: status(k),
    models: k.models,
    routes: k.routes,
    ipAllow: k.ipAllow,
    createdAt: iso(k.createdAt),
    expiresAt: k.expiresAt === null ? null : iso(k.expiresAt),
    revokedAt: k.revokedAt === null ? null : iso(k.revokedAt),
    lastUsedAt: k.lastUsedAt === null ? null : iso(k.lastUsedAt),
    lastUsedIp: k.lastUsedIp,
    rotatedFrom: k.rotatedFrom === null ? null : keyLabel(k.rotatedFrom),
  };
}

/** "2026-11-26T04:00:00.000Z from 10.0.0.7", or "never". */
function lastUse(k: KeyRecord): string {
  if (k.lastUsedAt === null) return "never";
  return `${iso(k.lastUsedAt)}${k.lastUsedIp ? ` from ${k.lastUsedIp}` : ""}`;
}

function describe(k: KeyRecord): string {
  const v = publicView(k);
  return [
    `id:         ${v.id}`,
    `name:       ${v.name ?? "-"}`,
    `tenant:     ${v.tenant}`,
    `principal:  ${v.principal}`,
    `status:     ${v.status}`,
    `models:     ${v.models.join(", ") || "(none)"}`,
    `routes:     ${v.routes.join(", ") || "(none)"}`,
    `ip allow:   ${v.ipAllow.join(", ") || "(any address)"}`,
    `created:    ${v.createdAt}`,
    `expires:    ${v.expiresAt ?? "never"}`,
    ...(v.revokedAt ? [`revoked:    ${v.revokedAt}`] : []),
    `last used:  ${lastUse(k)}`,
    ...(v.rotatedFrom ? [`rotated from: ${v.rotatedFrom}`] : []),
  ].join("\n");
}

/** Records a change made from the CLI, as the admin API would have (the event's audit copy is written with it). */
async function recordChange(store: Store, tenantId: string, at: number, event: KeyEvent): Promise<void> {
  await store.admin.events.append({ tenantId, at, actor: cliActor(), outcome: "success", ip: null, ...event });
}

export function registerKeys(program: Command): void {
  const keys = program.command("keys").description("issue, inspect and revoke gateway keys");

  keys
    .command("create")
    .description("issue a key; it is printed once and stored only as a hash")
    .requiredOption("--principal <name>", "who the key belongs to (service or person); recorded as a principal of the tenant if new")
    .option("--tenant <id>", "the tenant the key and its principal belong to", "default")
    .option("--name <label>", "a label to recognise the key by")
    .option("--model <names>", "model names or globs it may invoke (repeat or comma-separate)", list, [])
    .option("--route <names>", "generic routes it may use (repeat or comma-separate)", list, [])
    .option("--expires <when>", "a duration from now (30d, 12h) or an ISO date")
    .option("--ip <cidrs>", "source addresses or CIDR ranges it may be used from", list, [])
    .option("--json", "print JSON")
    .action(async (opts: { principal: string; tenant: string; name?: string; model: string[]; route: string[]; expires?: string; ip: string[]; json?: boolean }, cmd: Command) => {
      const expiresAt = opts.expires ? parseExpiry(opts.expires) : null;
      await withCommandStore(cmd, async (store) => {
        let issued: Awaited<ReturnType<typeof issueKey>>;
        try {
          checkOrgId("--tenant", opts.tenant);
          checkOrgId("--principal", opts.principal);
          await store.org.ensureTenant(opts.tenant);
          if (!(await store.org.getPrincipal(opts.tenant, opts.principal))) {
            const at = Date.now();
            await store.org.putPrincipal({ tenantId: opts.tenant, id: opts.principal, kind: "service", teamId: null, roles: [], createdAt: at, disabledAt: null });
            // As POST /principals records it.
            await recordChange(store, opts.tenant, at, { action: "principals.create", target: opts.principal, detail: { team: null, roles: [] } });
          }
          issued = await issueKey(store.keys, { tenantId: opts.tenant, principal: opts.principal, name: opts.name ?? null, models: opts.model, routes: opts.route, ipAllow: opts.ip, expiresAt });
        } catch (err) {
          throw new CliError((err as Error).message);
        }
        await recordChange(store, issued.record.tenantId, issued.record.createdAt, keyCreatedEvent(issued.record));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ key: issued.key, ...publicView(issued.record) }, null, 2)}\n`);
          return;
        }
        const warn = issued.record.models.length + issued.record.routes.length === 0 ? "\nnote: this key has no grants yet, so every request with it is denied (deny by default).\n" : "";
        process.stdout.write(`${issued.key}\n\nThis is the only time the key is shown; store it now.\n\n${describe(issued.record)}\n${warn}`);
      });
    });

  keys
    .command("list")
    .description("list keys (active ones unless --all)")
    .option("--all", "include revoked keys")
    .option("--principal <name>", "only this principal's keys")
    .option("--tenant <id>", "only this tenant's keys")
    .option("--json", "print JSON")
    .action(async (opts: { all?: boolean; principal?: string; tenant?: string; json?: boolean }, cmd: Command) => {
      await withCommandStore(cmd, async (store) => {
        const rows = await store.keys.list({
          includeRevoked: !!opts.all,
          ...(opts.principal ? { principal: opts.principal } : {}),
          ...(opts.tenant ? { tenant: opts.tenant } : {}),
        });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(rows.map(publicView), null, 2)}\n`);
          return;
        }
        if (!rows.length) {
          process.stdout.write("no keys\n");
          return;
        }
        const table = [["ID", "PRINCIPAL", "NAME", "STATUS", "MODELS", "ROUTES", "EXPIRES", "LAST USED"]];
        for (const k of rows) {
          const v = publicView(k);
          table.push([v.id, v.principal, v.name ?? "-", v.status, v.models.join(",") || "-", v.routes.join(",") || "-", v.expiresAt ?? "never", lastUse(k)]);
        }
        const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
        process.stdout.write(`${table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n")}\n`);
      });
    });

  keys
    .command("show")
    .description("show one key's grants and status (never its secret)")
    .argument("<id>", "the key id, as wg_<id>")
    .option("--json", "print JSON")
    .action(async (idArg: string, opts: { json?: boolean }, cmd: Command) => {
      const id = keyId(idArg);
      await withCommandStore(cmd, async (store) => {
        const k = await store.keys.get(id);
        if (!k) throw new CliError(`no key ${keyLabel(id)}`, 1);
        process.stdout.write(opts.json ? `${JSON.stringify(publicView(k), null, 2)}\n` : `${describe(k)}\n`);
      });
    });

  keys
    .command("revoke")
    .description("revoke a key; running gateways refuse it from the next request")
    .argument("<id>", "the key id, as wg_<id>")
    .action(async (idArg: string, _opts: unknown, cmd: Command) => {
      const id = keyId(idArg);
      await withCommandStore(cmd, async (store) => {
        const k = await store.keys.get(id);
        if (!k) throw new CliError(`no key ${keyLabel(id)}`, 1);
        if (k.revokedAt !== null) {
          process.stdout.write(`${keyLabel(id)} was already revoked at ${iso(k.revokedAt)}\n`);
          return;
        }
        const at = Date.now();
        await store.keys.revoke(id, at);
        await recordChange(store, k.tenantId, at, keyRevokedEvent(id));
        process.stdout.write(`revoked ${keyLabel(id)}\n`);
      });
    });

  keys
    .command("rotate")
    .description("issue a replacement key (same principal, grants and IP rules); the old one expires after the overlap")
    .argument("<id>", "the key id, as wg_<id>")
    .option("--overlap <duration>", "how long the old key keeps working (0 = stop it now)", "24h")
    .option("--expires <when>", "the new key's expiry (default: the old key's lifetime, from now)")
    .option("--json", "print JSON")
    .action(async (idArg: string, opts: { overlap: string; expires?: string; json?: boolean }, cmd: Command) => {
      const id = keyId(idArg);
      const overlapMs = parseDuration(opts.overlap);
      if (overlapMs === undefined) throw new CliError(`--overlap: expected a duration like 24h, 30m or 0, got "${opts.overlap}"`);
      const now = Date.now();
      const expiresAt = opts.expires ? parseExpiry(opts.expires, now) : undefined;
      await withCommandStore(cmd, async (store) => {
        let rotation: Awaited<ReturnType<typeof rotateKey>>;
        try {
          rotation = await rotateKey(store.keys, id, { overlapMs, now, ...(expiresAt !== undefined ? { expiresAt } : {}) });
        } catch (err) {
          if (err instanceof RotationError) throw new CliError(err.message, err.reason === "not_found" ? 1 : 2);
          throw err;
        }
        await recordChange(store, rotation.old.tenantId, now, keyRotatedEvent(rotation, overlapMs));
        const { key, record, old } = rotation;
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ key, ...publicView(record), replaced: publicView(old) }, null, 2)}\n`);
          return;
        }
        const until = old.expiresAt !== null && old.expiresAt <= now ? "stops working now" : `keeps working until ${iso(old.expiresAt)}`;
        process.stdout.write(
          `${key}\n\nThis is the only time the new key is shown; store it now.\n` +
            `The old key ${keyLabel(old.id)} ${until}.\n\n${describe(record)}\n`,
        );
      });
    });
}
