/** The command router's interface, the one door of every transport; the implementation is router.ts. */
import type { RequestContext } from "../core/types.js";
import type { DashboardEntry } from "../readiness/dashboard.js";
import type { Vote } from "../records/feedback-store.js";
import type { Command } from "./command.js";
import type { CommandResult } from "./command-result.js";

export interface CommandRouter {
  /**
   * Handles one line typed by a user: "/unione …", the text of a slash command ("status delta"), or a plain
   * question. Never throws: user errors and failures come back as a `message` result in Italian.
   */
  handle(text: string, context: RequestContext): Promise<CommandResult>;
  /** Runs a typed command; refusals and failures throw UnioneError (the command line turns them into exit codes). */
  execute(command: Command, context: RequestContext): Promise<CommandResult>;
  /** The Unione a channel is bound to, or null: transports need it to build each request's context. */
  boundUnione(channel: string): string | null;
  /** Records a 👍/👎 on a stored answer; null when the answer is unknown. Returns the answer's vote counts. */
  vote(input: { answerId: string; user: string; vote: Vote }): { up: number; down: number } | null;
  /**
   * The App Home dashboard. Admins see every Unione; others only those bound to `channels` (the channels they
   * are a member of), the same rule as asking there. Either way the Unioni of those channels come first.
   */
  home(input: { isAdmin: boolean; channels: ReadonlySet<string>; today: Date }): DashboardEntry[];
}
