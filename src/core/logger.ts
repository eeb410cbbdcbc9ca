/** Structured logs (pino) to stderr, so that stdout stays clean for `--json` and console replies. */
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(options: { level: string; name?: string }): Logger {
  return pino(
    {
      name: options.name ?? "unione",
      level: options.level,
      redact: { paths: ["token", "*.token", "apiKey", "*.apiKey", "authorization", "*.authorization"], remove: true },
    },
    pino.destination({ dest: 2, sync: true }),
  );
}

/** A logger that drops everything, for tests. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
