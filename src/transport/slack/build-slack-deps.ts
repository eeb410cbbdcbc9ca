/** Builds what the listeners share from the app options. */
import type { AckGate } from "./ack-gate.js";
import { createBotDirectMessages } from "./bot-direct-messages.js";
import type { BotIdentity } from "./bot-identity.js";
import { createPostPacer } from "./post-pacer.js";
import { createRateLimiter } from "./rate-limiter.js";
import { createReplyCache } from "./reply-cache.js";
import { createSeenKeys } from "./seen-keys.js";
import type { SlackAppOptions } from "./slack-app-options.js";
import type { SlackDeps } from "./slack-deps.js";
import { createThreadMemory } from "./thread-memory.js";
import { createWorkQueue } from "./work-queue.js";

export function buildSlackDeps(
  options: SlackAppOptions,
  identity: BotIdentity,
  gate: AckGate,
  clock: () => Date,
): SlackDeps {
  const { config, logger } = options;
  return {
    command: {
      router: options.router,
      limiter: createRateLimiter({ perMinute: config.slack.rateLimitPerMinute, clock }),
      logger,
      adminUsers: config.slack.adminUsers,
      rateLimitPerMinute: config.slack.rateLimitPerMinute,
      clock,
    },
    router: options.router,
    replies: createReplyCache({ clock }),
    threads: createThreadMemory({ clock }),
    seen: createSeenKeys({ clock }),
    pacer: createPostPacer({ intervalMs: options.tuning?.postIntervalMs ?? 1_000, clock }),
    // The model layer bounds its own calls (LLM_MAX_CONCURRENCY); this bound only keeps CPU bursts short.
    // Each command waits for pending acks first, so a burst is acked before its work starts.
    work: createWorkQueue(options.tuning?.commandConcurrency ?? Math.max(4, config.llm.maxConcurrency), {
      beforeEach: () => gate.idle(),
    }),
    identity,
    directMessages: createBotDirectMessages(logger),
    logger,
    slack: config.slack,
    clock,
  };
}
