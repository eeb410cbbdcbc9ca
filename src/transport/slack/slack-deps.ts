/** What the listeners share; built once by createSlackApp. */
import type { CommandRouter } from "../../commands/command-router.js";
import type { SlackConfig } from "../../config/config.js";
import type { Logger } from "../../core/logger.js";
import type { BotDirectMessages } from "./bot-direct-messages.js";
import type { BotIdentity } from "./bot-identity.js";
import type { PostPacer } from "./post-pacer.js";
import type { ReplyCache } from "./reply-cache.js";
import type { CommandDeps } from "./run-command.js";
import type { SeenKeys } from "./seen-keys.js";
import type { ThreadMemory } from "./thread-memory.js";
import type { WorkQueue } from "./work-queue.js";

export interface SlackDeps {
  command: CommandDeps;
  router: CommandRouter;
  replies: ReplyCache;
  threads: ThreadMemory;
  /** Event ids and message keys already handled (Slack retries, app_mention + message for one message). */
  seen: SeenKeys;
  pacer: PostPacer;
  /** Bounds commands running at once, so acks stay fast under bursts. */
  work: WorkQueue;
  identity: BotIdentity;
  /** Which DM is each user's own conversation with the bot: the only place the admin's all-Unioni view may go. */
  directMessages: BotDirectMessages;
  logger: Logger;
  slack: SlackConfig;
  clock: () => Date;
}
