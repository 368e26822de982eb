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
  // Asynchronous and batched (up to 4 KiB per write): one system call per
  // several request lines instead of one each. Flushed on shutdown.
  const common = { sync: false, minLength: 4096 };
  const dest =
    opts.destination === "stdout"
      ? pino.destination({ dest: 1, ...common })
      : opts.destination === "stderr"
        ? pino.destination({ dest: 2, ...common })
        : pino.destination({ dest: opts.destination, mkdir: true, ...common });
  const logger = pino(
    {
      level: opts.level,
      base: { service: "wardgate" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    dest,
  );
  // A quiet gateway still gets its lines out within a second.
  setInterval(() => logger.flush(), 1000).unref();
  return logger;
}
