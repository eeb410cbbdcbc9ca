/** Bolt's logger interface over the injected pino logger, so Bolt and the Web API client log as the app does. */
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../core/logger.js";

const pinoToBolt: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

export function boltLogLevel(level: string): LogLevel {
  return pinoToBolt[level] ?? LogLevel.INFO;
}

function text(part: unknown): string {
  if (typeof part === "string") return part;
  if (part instanceof Error) return part.message;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

function joined(parts: unknown[]): string {
  return parts.map(text).join(" ");
}

export function createBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "bolt" });
  let level = boltLogLevel(logger.level);
  return {
    debug: (...parts: unknown[]) => child.debug(joined(parts)),
    info: (...parts: unknown[]) => child.info(joined(parts)),
    warn: (...parts: unknown[]) => child.warn(joined(parts)),
    error: (...parts: unknown[]) => child.error(joined(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
