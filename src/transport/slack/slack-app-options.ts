/** What createSlackApp receives from the composition root. */
import type { CommandRouter } from "../../commands/command-router.js";
import type { Config } from "../../config/config.js";
import type { Logger } from "../../core/logger.js";
import type { HttpLimits } from "./http-limits.js";

export interface SlackAppOptions {
  config: Config;
  /** The one door to the use cases: commands, channel bindings, feedback votes, the App Home dashboard. */
  router: CommandRouter;
  logger: Logger;
  clock?: () => Date;
  /** Defaults suit production; tests and the bench shorten or pin them. */
  tuning?: {
    /** Minimum gap between posts in one channel (default 1000 ms). */
    postIntervalMs?: number;
    /** How long start() waits for auth.test (default 3000 ms). */
    identityTimeoutMs?: number;
    /** HTTP listen address (default: all interfaces). */
    host?: string;
    /** Commands running at once (default max(4, LLM_MAX_CONCURRENCY)). */
    commandConcurrency?: number;
    /** Limits of the HTTP endpoint (default http-limits.ts); tests shorten the timeouts. */
    http?: Partial<HttpLimits>;
  };
}
