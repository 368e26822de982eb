/**
 * The structured log. Credentials are redacted by path as a second line of
 * defence; the first is that request logging never includes headers or
 * bodies at all.
 */
import { pino, type Logger } from "pino";

export const REDACT_PATHS = [
  "req.headers.authorization",
  'req.headers["x-api-key"]',
  'req.headers["api-key"]',
  "headers.authorization",
  'headers["x-api-key"]',
  "*.apiKey",
  "*.secret",
  "apiKey",
  "key",
  "secret",
  "authorization",
];

export function createLogger(opts: { level: string; destination: string }): Logger {
  const dest =
    opts.destination === "stdout"
      ? pino.destination({ dest: 1, sync: false })
      : opts.destination === "stderr"
        ? pino.destination({ dest: 2, sync: false })
        : pino.destination({ dest: opts.destination, sync: false, mkdir: true });
  return pino(
    {
      level: opts.level,
      base: { service: "wardgate" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    dest,
  );
}
