/**
 * The Slack surface: a Bolt app over the transport-neutral command router. Socket Mode or HTTP (receiver.ts),
 * listeners registered per kind, no startup network call that can hang or silently drop handlers.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { App, webApi } from "@slack/bolt";
import type { CommandRouter } from "../../commands/command-router.js";
import type { BindingService, StatusService } from "../../commands/ports.js";
import type { Config } from "../../config/config.js";
import { UnioneError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import type { FeedbackStore } from "../../records/feedback-store.js";
import { createBoltLogger } from "./bolt-logger.js";
import { createBotIdentity } from "./bot-identity.js";
import { registerErrorHandler } from "./error-handler.js";
import { healthRoute } from "./health-route.js";
import { register as registerActions } from "./listeners/actions/index.js";
import { register as registerCommands } from "./listeners/commands/index.js";
import { register as registerEvents } from "./listeners/events/index.js";
import { createPostPacer } from "./post-pacer.js";
import { createRateLimiter } from "./rate-limiter.js";
import { createReceiver } from "./receiver.js";
import { createReplyCache } from "./reply-cache.js";
import { createSeenKeys } from "./seen-keys.js";
import type { SlackDeps } from "./slack-deps.js";
import { createThreadMemory } from "./thread-memory.js";
import { createWorkQueue } from "./work-queue.js";

export interface SlackAppOptions {
  config: Config;
  router: CommandRouter;
  bindings: BindingService;
  feedback: FeedbackStore;
  status?: StatusService;
  logger: Logger;
  clock?: () => Date;
  /** Defaults suit production; tests shorten them. */
  tuning?: { postIntervalMs?: number; identityTimeoutMs?: number; host?: string; commandConcurrency?: number };
}

export interface SlackAppHandle {
  app: App;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts plain text in a channel, paced like every other post (used by the deadline reminders). */
  postMessage(channel: string, text: string): Promise<void>;
  /** The port the HTTP server listens on once started (HTTP mode, or the health route in Socket Mode). */
  port(): number | null;
}

/** Web API calls retry twice with short waits: the library default retries for about 30 minutes. */
const retryConfig = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 3_000 };

function apiUrl(config: Config): string | undefined {
  const url = config.slack.apiUrl;
  if (!url) return undefined;
  return url.endsWith("/") ? url : `${url}/`;
}

export function createSlackApp(options: SlackAppOptions): SlackAppHandle {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const botToken = config.slack.botToken;
  if (!botToken) throw new UnioneError("BAD_USAGE", "Per Slack serve SLACK_BOT_TOKEN (il token del bot, xoxb-…).");
  const slackApiUrl = apiUrl(config);
  const boltLogger = createBoltLogger(logger);
  const identity = createBotIdentity({
    authTest: () =>
      new webApi.WebClient(botToken, { slackApiUrl, logger: boltLogger, retryConfig: { retries: 0 }, timeout: 5_000 }).auth.test(),
    logger,
    timeoutMs: options.tuning?.identityTimeoutMs ?? 3_000,
    clock,
  });
  let socketConnected = false;
  const startedAt = clock();
  const receiver = createReceiver({
    slack: config.slack,
    logger: boltLogger,
    slackApiUrl,
    health: healthRoute(() => ({ mode: receiverMode(), socketConnected: receiverMode() === "socket" ? socketConnected : null, startedAt }), clock),
  });
  function receiverMode() {
    return receiver.mode;
  }
  const app = new App({
    receiver: receiver.receiver,
    // A custom authorize instead of `token`: Bolt then never calls auth.test per request (see stack.md).
    authorize: async () => {
      identity.refreshSoon();
      const ids = identity.current();
      return { botToken, ...(ids.botId ? { botId: ids.botId } : {}), ...(ids.botUserId ? { botUserId: ids.botUserId } : {}) };
    },
    logger: boltLogger,
    clientOptions: { ...(slackApiUrl ? { slackApiUrl } : {}), retryConfig, timeout: 15_000 },
    ignoreSelf: true,
    // Threads are remembered by thread-memory.ts; Bolt's conversation store would only add work per request.
    convoStore: false,
    extendedErrorHandler: true,
  });
  const pacer = createPostPacer({ intervalMs: options.tuning?.postIntervalMs ?? 1_000, clock });
  const deps: SlackDeps = {
    command: {
      router: options.router,
      bindings: options.bindings,
      feedback: options.feedback,
      limiter: createRateLimiter({ perMinute: config.slack.rateLimitPerMinute, clock }),
      logger,
      adminUsers: config.slack.adminUsers,
      rateLimitPerMinute: config.slack.rateLimitPerMinute,
      clock,
    },
    bindings: options.bindings,
    feedback: options.feedback,
    status: options.status ?? null,
    replies: createReplyCache({ clock }),
    threads: createThreadMemory({ clock }),
    seen: createSeenKeys({ clock }),
    pacer,
    // The model layer bounds its own calls (LLM_MAX_CONCURRENCY); this bound only keeps CPU bursts short.
    work: createWorkQueue(options.tuning?.commandConcurrency ?? Math.max(4, config.llm.maxConcurrency)),
    identity,
    logger,
    slack: config.slack,
    clock,
  };
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  registerErrorHandler(app, { logger, botToken });

  let listeningPort: number | null = null;
  return {
    app,
    async start() {
      // Bounded and non-fatal: only the bot's own ids come from it.
      await identity.refresh();
      if (receiver.mode === "socket") {
        receiver.receiver.client.on("connected", () => (socketConnected = true));
        receiver.receiver.client.on("disconnected", () => (socketConnected = false));
        await app.start();
        socketConnected = true;
        listeningPort = config.slack.port;
      } else {
        const host = options.tuning?.host;
        const server = (await (host ? app.start({ port: config.slack.port, host }) : app.start(config.slack.port))) as Server;
        listeningPort = (server.address() as AddressInfo | null)?.port ?? config.slack.port;
      }
      logger.info({ mode: receiver.mode, port: listeningPort }, "Slack avviato");
    },
    async stop() {
      await app.stop();
      logger.info({ mode: receiver.mode }, "Slack arrestato");
    },
    async postMessage(channel, text) {
      await pacer.schedule(channel, () => app.client.chat.postMessage({ token: botToken, channel, text, unfurl_links: false }));
    },
    port: () => listeningPort,
  };
}
