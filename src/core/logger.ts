/** Structured logs (pino) to stderr, so that stdout stays clean for `--json` and console replies. */
import { AsyncLocalStorage } from "node:async_hooks";
import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger };

export interface LoggerOptions {
  level: string;
  name?: string;
  /** "json" for the server (machine-readable); "line" for the CLI: one readable Italian line per warning. */
  format?: "json" | "line";
}

const levelWords: Record<number, string> = {
  10: "traccia",
  20: "debug",
  30: "info",
  40: "avviso",
  50: "errore",
  60: "errore grave",
};

/**
 * The request being served, if any. Transports start each request under its id (withRequestId) and every line
 * logged while serving it, by any service, carries `requestId`: services need not pass it around.
 */
const currentRequest = new AsyncLocalStorage<string>();

export function withRequestId<T>(requestId: string, work: () => T): T {
  return currentRequest.run(requestId, work);
}

/** Keys that are bookkeeping, never the detail worth showing on a CLI line. */
const lineSkippedKeys = ["level", "time", "pid", "hostname", "name", "msg", "requestId"];

/** Renders a pino record as "avviso: <msg> (<first string detail, or the error's message>)" on stderr. */
function lineDestination(): DestinationStream {
  return {
    write(record: string) {
      try {
        const parsed = JSON.parse(record) as Record<string, unknown>;
        const text = Object.entries(parsed).find(
          ([key, value]) => !lineSkippedKeys.includes(key) && typeof value === "string",
        )?.[1] as string | undefined;
        const detail = text ?? (parsed.err as { message?: string } | undefined)?.message;
        const level = levelWords[Number(parsed.level)] ?? "log";
        process.stderr.write(`${level}: ${String(parsed.msg ?? "")}${detail ? ` (${detail})` : ""}\n`);
      } catch {
        process.stderr.write(record);
      }
    },
  };
}

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.format === "line" ? lineDestination() : pino.destination({ dest: 2, sync: true });
  return pino(
    {
      name: options.name ?? "unione",
      level: options.level,
      mixin: () => {
        const requestId = currentRequest.getStore();
        return requestId === undefined ? {} : { requestId };
      },
      redact: { paths: ["token", "*.token", "apiKey", "*.apiKey", "authorization", "*.authorization"], remove: true },
    },
    destination,
  );
}

/** A logger that drops everything, for tests. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
