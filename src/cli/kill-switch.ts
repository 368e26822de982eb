/**
 * `wardgate kill-switch engage|list|lift`: the operator's break-glass tool.
 * It writes straight to the store (no admin session, so no step-up: whoever
 * runs it already holds the server and its database); each change is still
 * an admin event, with the operator as actor (`cli:<user>@<host>`).
 */
import type { Command } from "commander";
import { checkKillSwitchInput, KILL_SWITCH_ID_RE, type KillSwitch, KillSwitchInputError, newKillSwitchId } from "../incident/kill-switches.js";
import { checkOrgId } from "../identity/org.js";
import { withCommandStore } from "./context.js";
import { CliError } from "./errors.js";
import { cliActor } from "./actor.js";

interface EngageOptions {
  tenantWide?: boolean;
  model?: string;
  route?: string;
  principal?: string;
  team?: string;
  tenant: string;
  reason: string;
  json?: boolean;
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const view = (s: KillSwitch) => ({ ...s, engagedAt: iso(s.engagedAt), liftedAt: iso(s.liftedAt), status: s.liftedAt === null ? "engaged" : "lifted" });


function tenantOf(v: string): string {
  try {
    checkOrgId("--tenant", v);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  return v;
}

/** Exactly one of the scope flags. */
function scopeOf(o: EngageOptions): { scope: string; target: string | undefined } {
  const given = [
    o.tenantWide ? { scope: "tenant", target: undefined } : undefined,
    o.model !== undefined ? { scope: "model", target: o.model } : undefined,
    o.route !== undefined ? { scope: "route", target: o.route } : undefined,
    o.principal !== undefined ? { scope: "principal", target: o.principal } : undefined,
    o.team !== undefined ? { scope: "team", target: o.team } : undefined,
  ].filter((x) => x !== undefined);
  if (given.length !== 1) throw new CliError("expected exactly one of --tenant-wide, --model, --route, --principal or --team");
  return given[0]!;
}

export function registerKillSwitch(program: Command): void {
  const ks = program.command("kill-switch").description("engage, list and lift kill switches (incident containment; applies from the gateway's next request)");

  ks.command("engage")
    .description("refuse matching requests of a tenant until lifted")
    .option("--tenant-wide", "every request of the tenant")
    .option("--model <name>", "a model name or glob")
    .option("--route <name>", "a generic route name or glob")
    .option("--principal <id>", "one principal")
    .option("--team <id>", "one team")
    .option("--tenant <id>", "the tenant", "default")
    .requiredOption("--reason <text>", "why (shown to administrators, never to callers)")
    .option("--json", "print JSON")
    .action(async (opts: EngageOptions, cmd: Command) => {
      const tenant = tenantOf(opts.tenant);
      const { scope, target } = scopeOf(opts);
      let input: ReturnType<typeof checkKillSwitchInput>;
      try {
        input = checkKillSwitchInput(scope, target, opts.reason);
      } catch (err) {
        if (err instanceof KillSwitchInputError) throw new CliError(err.message.replace(/^target/, `--${scope === "tenant" ? "tenant-wide" : scope}`).replace(/^reason/, "--reason"));
        throw err;
      }
      await withCommandStore(cmd, async (store) => {
        await store.org.ensureTenant(tenant);
        const sw: KillSwitch = { tenantId: tenant, id: newKillSwitchId(), ...input, engagedAt: Date.now(), engagedBy: cliActor(), liftedAt: null, liftedBy: null };
        await store.killSwitches.engage(sw);
        await store.admin.events.append({ tenantId: tenant, at: sw.engagedAt, actor: cliActor(), action: "kill-switches.engage", target: sw.id, outcome: "success", ip: null, detail: { scope: sw.scope, target: sw.target, reason: sw.reason } });
        if (opts.json) process.stdout.write(`${JSON.stringify(view(sw), null, 2)}\n`);
        else process.stdout.write(`engaged ${sw.id} (${sw.scope}${sw.scope === "tenant" ? "" : ` ${sw.target}`}) in tenant ${tenant}: matching requests are refused from the next one; lift with: wardgate kill-switch lift ${sw.id}${tenant === "default" ? "" : ` --tenant ${tenant}`}\n`);
      });
    });

  ks.command("list")
    .description("engaged kill switches, newest first")
    .option("--all", "include lifted switches")
    .option("--tenant <id>", "the tenant", "default")
    .option("--json", "print JSON")
    .action(async (opts: { all?: boolean; tenant: string; json?: boolean }, cmd: Command) => {
      const tenant = tenantOf(opts.tenant);
      await withCommandStore(cmd, async (store) => {
        const list = await store.killSwitches.list(tenant, { includeLifted: !!opts.all });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list.map(view), null, 2)}\n`);
          return;
        }
        if (!list.length) {
          process.stdout.write(`no ${opts.all ? "" : "engaged "}kill switches in tenant ${tenant}\n`);
          return;
        }
        for (const s of list) {
          const lifted = s.liftedAt === null ? "ENGAGED" : `lifted ${iso(s.liftedAt)} by ${s.liftedBy}`;
          process.stdout.write(`${s.id}  ${s.scope.padEnd(9)} ${s.target.padEnd(20)} ${lifted}  engaged ${iso(s.engagedAt)} by ${s.engagedBy}  reason: ${s.reason}\n`);
        }
      });
    });

  ks.command("lift <id>")
    .description("lift a kill switch: its requests are served again from the next one")
    .option("--tenant <id>", "the tenant", "default")
    .action(async (id: string, opts: { tenant: string }, cmd: Command) => {
      const tenant = tenantOf(opts.tenant);
      if (!KILL_SWITCH_ID_RE.test(id)) throw new CliError(`kill switch id: expected ks_<12 hex characters>, got "${id.slice(0, 40)}"`);
      await withCommandStore(cmd, async (store) => {
        const sw = await store.killSwitches.get(tenant, id);
        if (!sw) throw new CliError(`no kill switch ${id} in tenant ${tenant}`, 1);
        if (sw.liftedAt !== null) throw new CliError(`${id} was already lifted at ${iso(sw.liftedAt)} by ${sw.liftedBy}`, 1);
        const at = Date.now();
        await store.killSwitches.lift(tenant, id, at, cliActor());
        await store.admin.events.append({ tenantId: tenant, at, actor: cliActor(), action: "kill-switches.lift", target: id, outcome: "success", ip: null, detail: { scope: sw.scope, target: sw.target } });
        process.stdout.write(`lifted ${id} (${sw.scope}${sw.scope === "tenant" ? "" : ` ${sw.target}`}) in tenant ${tenant}\n`);
      });
    });
}
