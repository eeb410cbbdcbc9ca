/**
 * The command line: `unione <command> …` (also `npm start -- …`). Words are resolved through the one table of
 * subcommands and every command goes through the router, like Slack and the console. Exit codes: 0 success,
 * 2 bad usage, 1 failure. Errors are one Italian line on stderr; the stack trace only with --debug.
 */
import { openApp } from "../app/open-app.js";
import type { SubcommandName } from "../commands/subcommands.js";
import { subcommandOf } from "../commands/subcommands.js";
import { isUnioneError, userMessageOf } from "../core/errors.js";
import type { CliCommand, CliIo } from "./cli-context.js";
import { askCommand } from "./commands/ask-command.js";
import { checkCommand } from "./commands/check-command.js";
import { draftCommand } from "./commands/draft-command.js";
import { evidenceCommand } from "./commands/evidence-command.js";
import { ingestCommand } from "./commands/ingest-command.js";
import {
  exportCommand,
  historyCommand,
  schemaCommand,
  statsCommand,
  updateCommand,
} from "./commands/records-commands.js";
import { consoleCommand, serveCommand } from "./commands/serve-command.js";
import { statusCommand } from "./commands/status-command.js";
import { splitGlobals } from "./parse-cli.js";
import { usageText } from "./usage.js";

const commands: Partial<Record<SubcommandName, CliCommand>> = {
  reindex: ingestCommand,
  ask: askCommand,
  status: statusCommand,
  draft: draftCommand,
  serve: serveCommand,
  console: consoleCommand,
  check: checkCommand,
  stats: statsCommand,
  history: historyCommand,
  update: updateCommand,
  evidence: evidenceCommand,
  export: exportCommand,
  schema: schemaCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let debug = argv.includes("--debug");
  try {
    const invocation = splitGlobals(argv);
    debug = invocation.globals.debug ?? false;
    const word = invocation.command ?? "serve";
    const name = subcommandOf(word, "cli");
    if (name === "help") {
      io.out(usageText());
      return 0;
    }
    const command = name ? commands[name] : undefined;
    if (!command) {
      io.err(`Comando sconosciuto: "${word}".\n${usageText()}`);
      return 2;
    }
    const app = openApp(invocation.globals, { serve: name === "serve" });
    try {
      return await command(invocation.rest, { app, io });
    } finally {
      if (!app.isServer) app.close();
    }
  } catch (error) {
    io.err(userMessageOf(error));
    if (debug && error instanceof Error) io.err(error.stack ?? String(error));
    return isUnioneError(error) ? error.exitCode : 1;
  }
}

/** Runs the command line on this process's argv and stdio; the exit code becomes the process's. */
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
