/** What every CLI command receives. Output goes through `out`/`err` so tests can capture it. */
import type { Config } from "../config/config.js";
import type { Container } from "../app/container.js";
import type { Logger } from "../core/logger.js";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin: NodeJS.ReadableStream;
}

export interface CliContext {
  config: Config;
  logger: Logger;
  container: Container;
  io: CliIo;
}

export type CliCommand = (args: string[], context: CliContext) => Promise<number>;
