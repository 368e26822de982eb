/**
 * Ending a long-running command without depending on its output. A reader of
 * standard output that has gone away (EPIPE) or stopped reading (a full pipe)
 * must not crash the gateway, stop its drain or keep it from exiting: the
 * drain and the exit come first, the log is flushed only as far as it can be.
 */
import type { Logger } from "pino";
import { flushLog, silenceLog } from "../gateway/log.js";

/** How long the last log lines get to reach their reader before the process exits without them. */
export const LOG_FLUSH_MS = 2_000;
/** After the grace period, the rest of a shutdown (connections cut, last checkpoint, store closed, log flushed) must fit in this. */
export const SHUTDOWN_MARGIN_MS = 5_000;

/**
 * Errors writing to stdout or stderr (EPIPE: the reader exited; EBADF) are
 * emitted on the streams; unhandled, each would crash the process. Output
 * that cannot be delivered is dropped instead: whatever the process is
 * doing carries on. Installed once, for every command.
 */
export function tolerateLostOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", () => undefined);
  }
}

/** Exits with `code` once the log is flushed, or after LOG_FLUSH_MS if its reader is gone or stuck. */
export async function exitAfterLog(log: Logger, code: number): Promise<never> {
  await flushLog(log, LOG_FLUSH_MS);
  process.exit(code);
}

/**
 * Forces the exit (code 1) if the shutdown has not finished within `ms`: a
 * close that never returns must not keep a stopped gateway alive. Said on
 * stderr, the log being possibly the thing that hangs.
 */
export function shutdownDeadline(ms: number, log: Logger): NodeJS.Timeout {
  return setTimeout(() => {
    try {
      process.stderr.write(`wardgate: shutdown did not finish within ${Math.round(ms / 1000)} s; exiting\n`);
    } catch {
      // stderr is gone too
    }
    log.error({ deadlineMs: ms }, "shutdown did not finish in time; exiting");
    void flushLog(log, 500).finally(() => {
      silenceLog(log);
      process.exit(1);
    });
  }, ms).unref();
}
