/**
 * Who an admin event written by the CLI names as its actor:
 * `cli:<os user>@<host>`, so the trail says which operator on which machine
 * ran the command (the admin API names the signed-in admin instead).
 */
import { hostname, userInfo } from "node:os";

/** Characters an actor may hold, and its length: an account name or host name from the system is not trusted input. */
const clean = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 64) || "unknown";

export function cliActor(env: NodeJS.ProcessEnv = process.env): string {
  let user: string | undefined;
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry for this uid (a container): fall back to what the shell says.
    user = env.USER ?? env.LOGNAME;
  }
  return `cli:${clean(user ?? "unknown")}@${clean(hostname())}`;
}
