/**
 * The command line: `unione <command> …` (also `npm start -- …`). Words are resolved through the one table of
 * subcommands and every command goes through the router, like Slack and the console. Exit codes: 0 success,
 * 2 bad usage, 1 failure. Errors are one Italian line on stderr; the stack trace only with --debug.
 */
import type { SubcommandName } from "../commands/subcommands.js";
import { subcommandOf } from "../commands/subcommands.js";
import { isUnioneError, userMessageOf } from "../core/errors.js";
import type { CliCommand, CliIo } from "./cli-context.js";
import { splitGlobals } from "./parse-cli.js";
import { usageText } from "./usage.js";

/**
 * Each command's module, and the app behind it, is imported only when that command runs: `unione help` loads
 * none of them, `unione ask` no Slack, no drafting .docx writer and no model client it was not configured for.
 */
const commands: Partial<Record<SubcommandName, () => Promise<CliCommand>>> = {
  reindex: async () => (await import("./commands/ingest-command.js")).ingestCommand,
  ask: async () => (await import("./commands/ask-command.js")).askCommand,
  status: async () => (await import("./commands/status-command.js")).statusCommand,
  draft: async () => (await import("./commands/draft-command.js")).draftCommand,
  serve: async () => (await import("./commands/serve-command.js")).serveCommand,
  console: async () => (await import("./commands/serve-command.js")).consoleCommand,
  check: async () => (await import("./commands/check-command.js")).checkCommand,
  stats: async () => (await import("./commands/records-commands.js")).statsCommand,
  history: async () => (await import("./commands/records-commands.js")).historyCommand,
  update: async () => (await import("./commands/records-commands.js")).updateCommand,
  evidence: async () => (await import("./commands/evidence-command.js")).evidenceCommand,
  export: async () => (await import("./commands/records-commands.js")).exportCommand,
  schema: async () => (await import("./commands/records-commands.js")).schemaCommand,
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
    const load = name ? commands[name] : undefined;
    if (!load) {
      io.err(`Comando sconosciuto: "${word}".\n${usageText()}`);
      return 2;
    }
    const [command, { openApp }] = await Promise.all([load(), import("../app/open-app.js")]);
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
    ...(process.stdout.isTTY
      ? {
          terminal: {
            write: (text: string) => process.stdout.write(text),
            columns: () => process.stdout.columns ?? 80,
          },
        }
      : {}),
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
