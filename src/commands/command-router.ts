/** The command router's interface; the implementation is src/commands/router.ts. */
import type { RequestContext } from "../core/types.js";
import type { CommandResult } from "./command-result.js";

export interface CommandRouter {
  /**
   * Handles one line typed by a user: "/unione …", the text of a slash command ("status delta"), or a plain
   * question. Never throws for user errors: returns a `message` result in Italian.
   */
  handle(text: string, context: RequestContext): Promise<CommandResult>;
}
