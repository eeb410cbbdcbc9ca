/**
 * CLI entry point: `unione <command> …` (also `npm start -- …`). Exit codes: 0 success, 2 bad usage,
 * 1 failure. Errors are one Italian line on stderr; the stack trace only with --debug.
 */
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createContainer } from "./app/container.js";
import type { CliCommand, CliIo } from "./cli/cli-context.js";
import { askCommand } from "./cli/commands/ask-command.js";
import { checkCommand } from "./cli/commands/check-command.js";
import { draftCommand } from "./cli/commands/draft-command.js";
import { ingestCommand } from "./cli/commands/ingest-command.js";
import { exportCommand, historyCommand, schemaCommand, updateCommand } from "./cli/commands/records-commands.js";
import { consoleCommand, serveCommand } from "./cli/commands/serve-command.js";
import { statsCommand } from "./cli/commands/stats-command.js";
import { statusCommand } from "./cli/commands/status-command.js";
import { splitGlobals } from "./cli/parse-cli.js";
import { usageText } from "./cli/usage.js";
import { loadConfig, slackMode } from "./config/config.js";
import { isUnioneError, userMessageOf } from "./core/errors.js";
import { createLogger } from "./core/logger.js";

const commands: Record<string, CliCommand> = {
  ingest: ingestCommand,
  ask: askCommand,
  chiedi: askCommand,
  status: statusCommand,
  stato: statusCommand,
  draft: draftCommand,
  bozza: draftCommand,
  serve: serveCommand,
  console: consoleCommand,
  check: checkCommand,
  stats: statsCommand,
  history: historyCommand,
  storico: historyCommand,
  update: updateCommand,
  aggiorna: updateCommand,
  export: exportCommand,
  schema: schemaCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let debug = argv.includes("--debug");
  try {
    const invocation = splitGlobals(argv);
    debug = invocation.globals.debug ?? false;
    if (invocation.command === "help" || invocation.command === "--help" || invocation.command === "-h") {
      io.out(usageText());
      return 0;
    }
    const command = commands[invocation.command ?? "serve"];
    if (!command) {
      io.err(`Comando sconosciuto: "${invocation.command}".\n${usageText()}`);
      return 2;
    }
    const config = loadConfig(invocation.globals);
    // CLI commands log warnings only, so that stdout/stderr stay readable; the server logs at info.
    const isServer = command === serveCommand && slackMode(config) !== null;
    const logger = createLogger({
      level: config.debug || isServer ? config.logLevel : "warn",
      format: isServer || config.debug ? "json" : "line",
    });
    const container = createContainer(config, logger);
    try {
      return await command(invocation.rest, { config, logger, container, io });
    } finally {
      if (!isServer) container.close();
    }
  } catch (error) {
    io.err(userMessageOf(error));
    if (debug && error instanceof Error) io.err(error.stack ?? String(error));
    return isUnioneError(error) ? error.exitCode : 1;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

/** Runs the CLI on this process's argv and stdio; the exit code becomes the process's. */
export function runFromCommandLine(): void {
  const io: CliIo = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    stdin: process.stdin,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${userMessageOf(error)}\n`);
      process.exitCode = 1;
    },
  );
}

// `tsx src/main.ts …` (npm start); bin/unione.js imports this module and calls runFromCommandLine itself.
if (isEntryPoint()) runFromCommandLine();
