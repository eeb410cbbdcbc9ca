/**
 * The local console: reads lines from stdin (TTY or pipe), sends each through the same command router Slack
 * uses, prints the text rendering, and ends at end of input. The local operator is trusted: admin, all records.
 */
import { createInterface } from "node:readline";
import type { CommandRouter } from "../../commands/command-router.js";
import type { RequestContext } from "../../core/types.js";
import { renderResultText } from "./render-text.js";

export interface ConsoleOptions {
  router: CommandRouter;
  input: NodeJS.ReadableStream;
  output: (text: string) => void;
  prompt?: boolean;
}

const quitWords = /^\/?(?:esci|uscire|exit|quit|fine)[.!]?$/i;

export async function runConsole(options: ConsoleOptions): Promise<number> {
  const lines = createInterface({ input: options.input, terminal: false });
  let count = 0;
  if (options.prompt)
    options.output("Console di Unione assistant. Scrivi una domanda o `/unione aiuto`; `esci` o Ctrl+D per uscire.");
  for await (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    // "esci" is how an Italian user leaves; asked as a question it would only get "Non ho trovato".
    if (quitWords.test(text)) break;
    count += 1;
    const context: RequestContext = {
      requestId: `console-${count}`,
      transport: "console",
      user: "console",
      channel: null,
      isAdmin: true,
      boundUnione: null,
      scope: { kind: "all" },
    };
    const result = await options.router.handle(text, context);
    options.output(renderResultText(result));
    options.output("");
  }
  return 0;
}
