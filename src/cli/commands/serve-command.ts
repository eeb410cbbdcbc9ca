/**
 * `unione serve` (and `npm start`): Slack in Socket Mode or HTTP mode when configured; otherwise explains
 * what to set and starts the local console on stdin.
 */
import { runConsole } from "../../transport/console/console-session.js";
import type { CliCommand } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { usageByCommand } from "../usage.js";
import { ensureIndex } from "./ensure-index.js";

const slackHelp =
  "Slack non è configurato: avvio la console locale.\n" +
  "Per collegare Slack imposta SLACK_BOT_TOKEN e SLACK_APP_TOKEN (Socket Mode) oppure SLACK_BOT_TOKEN e " +
  "SLACK_SIGNING_SECRET (HTTP, porta PORT). Istruzioni: docs/collegare-slack.md.";

export const serveCommand: CliCommand = async (args, context) => {
  parseCommandArgs(args, {}, usageByCommand.serve ?? "");
  await ensureIndex(context);
  if (context.app.isServer) {
    await context.app.startSlack();
    return new Promise<number>(() => {
      // Runs until a signal stops the process; start-slack installs the handlers.
    });
  }
  context.io.err(slackHelp);
  return consoleCommand([], context);
};

export const consoleCommand: CliCommand = async (args, context) => {
  parseCommandArgs(args, {}, usageByCommand.console ?? "");
  await ensureIndex(context);
  const isTty = Boolean((context.io.stdin as NodeJS.ReadStream).isTTY);
  return runConsole({ router: context.app.router(), input: context.io.stdin, output: context.io.out, prompt: isTty });
};
