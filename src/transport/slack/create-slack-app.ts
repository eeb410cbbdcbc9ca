/**
 * The Slack surface: a Bolt app over the transport-neutral command router. Socket Mode or HTTP (receiver.ts),
 * listeners registered per kind, no startup network call that can hang or silently drop handlers.
 */

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type Logger as BoltLogger, webApi } from "@slack/bolt";
import type { Config } from "../../config/config.js";
import { UnioneError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { type AckGate, createAckGate } from "./ack-gate.js";
import { escapeMrkdwn } from "./blocks/block-kit.js";
import { createBoltLogger } from "./bolt-logger.js";
import { type BotIdentity, createBotIdentity } from "./bot-identity.js";
import { buildSlackDeps } from "./build-slack-deps.js";
import { type ConnectionCount, limitConnections } from "./connection-limit.js";
import { registerErrorHandler } from "./error-handler.js";
import { healthRoute } from "./health-route.js";
import { defaultHttpLimits, type HttpLimits, serverOptionsOf } from "./http-limits.js";
import { register as registerActions } from "./listeners/actions/index.js";
import { register as registerCommands } from "./listeners/commands/index.js";
import { register as registerEvents } from "./listeners/events/index.js";
import { register as registerViews } from "./listeners/views/index.js";
import { createReceiver, SLACK_EVENTS_PATH, type SlackReceiver } from "./receiver.js";
import type { SlackAppOptions } from "./slack-app-options.js";

export type { SlackAppOptions } from "./slack-app-options.js";

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

function createBoltApp(options: {
  receiver: SlackReceiver;
  botToken: string;
  identity: BotIdentity;
  logger: BoltLogger;
  slackApiUrl: string | undefined;
}): App {
  const { identity, botToken } = options;
  return new App({
    receiver: options.receiver.receiver,
    // A custom authorize instead of `token`: Bolt then never calls auth.test per request, and a failing auth.test would silently drop every handler.
    authorize: async () => {
      identity.refreshSoon();
      const ids = identity.current();
      return {
        botToken,
        ...(ids.botId ? { botId: ids.botId } : {}),
        ...(ids.botUserId ? { botUserId: ids.botUserId } : {}),
      };
    },
    logger: options.logger,
    clientOptions: {
      ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
      retryConfig,
      timeout: 15_000,
    },
    ignoreSelf: true,
    // Threads are remembered by thread-memory.ts; Bolt's conversation store would only add work per request.
    convoStore: false,
    extendedErrorHandler: true,
  });
}

/** The bot's own ids from auth.test, asked once without retries and bounded in time. */
function identityOf(
  botToken: string,
  slackApiUrl: string | undefined,
  boltLogger: BoltLogger,
  options: SlackAppOptions,
  clock: () => Date,
): BotIdentity {
  return createBotIdentity({
    authTest: () =>
      new webApi.WebClient(botToken, {
        slackApiUrl,
        logger: boltLogger,
        retryConfig: { retries: 0 },
        timeout: 5_000,
      }).auth.test(),
    logger: options.logger,
    timeoutMs: options.tuning?.identityTimeoutMs ?? 3_000,
    clock,
  });
}

export function createSlackApp(options: SlackAppOptions): SlackAppHandle {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const botToken = config.slack.botToken;
  if (!botToken) throw new UnioneError("BAD_USAGE", "Per Slack serve SLACK_BOT_TOKEN (il token del bot, xoxb-…).");
  const slackApiUrl = apiUrl(config);
  const boltLogger = createBoltLogger(logger);
  const identity = identityOf(botToken, slackApiUrl, boltLogger, options, clock);
  const health = { socketConnected: false, startedAt: clock() };
  let connections: ConnectionCount | null = null;
  const limits: HttpLimits = { ...defaultHttpLimits, ...options.tuning?.http };
  const receiver: SlackReceiver = createReceiver({
    slack: config.slack,
    logger: boltLogger,
    slackApiUrl,
    guard: { logger, clock, limits },
    health: healthRoute(
      () => ({
        mode: receiver.mode,
        socketConnected: receiver.mode === "socket" ? health.socketConnected : null,
        startedAt: health.startedAt,
        connections: connections ? { open: connections.open(), dropped: connections.dropped() } : null,
      }),
      clock,
    ),
  });
  const app = createBoltApp({ receiver, botToken, identity, logger: boltLogger, slackApiUrl });
  const gate = createAckGate();
  const deps = buildSlackDeps(options, identity, gate, clock);
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  registerErrorHandler(app, { logger, botToken });

  let listeningPort: number | null = null;
  return {
    app,
    async start() {
      // Bounded and non-fatal: only the bot's own ids come from it.
      await identity.refresh();
      const started = await startReceiver(app, receiver, health, gate, {
        port: config.slack.port,
        host: options.tuning?.host,
        limits,
        logger,
        clock,
      });
      listeningPort = started.port;
      connections = started.connections;
      logger.info({ mode: receiver.mode, port: listeningPort }, "Slack avviato");
    },
    async stop() {
      await app.stop();
      logger.info({ mode: receiver.mode }, "Slack arrestato");
    },
    async postMessage(channel, text) {
      await deps.pacer.schedule(channel, () =>
        // Reminders carry names and gaps from the records: escaped so they can never notify a whole channel.
        app.client.chat.postMessage({ token: botToken, channel, text: escapeMrkdwn(text), unfurl_links: false }),
      );
    },
    port: () => listeningPort,
  };
}

async function startReceiver(
  app: App,
  receiver: SlackReceiver,
  health: { socketConnected: boolean },
  gate: AckGate,
  listen: { port: number; host: string | undefined; limits: HttpLimits; logger: Logger; clock: () => Date },
): Promise<{ port: number; connections: ConnectionCount | null }> {
  if (receiver.mode === "socket") {
    receiver.receiver.client.on("connected", () => (health.socketConnected = true));
    receiver.receiver.client.on("disconnected", () => (health.socketConnected = false));
    await app.start();
    health.socketConnected = true;
    return { port: listen.port, connections: null };
  }
  // Bolt's HTTPReceiver hands its second start argument to http.createServer: the timeouts go there.
  const address = listen.host ? { port: listen.port, host: listen.host } : { port: listen.port };
  const server = (await app.start(address, serverOptionsOf(listen.limits))) as Server;
  const connections = limitConnections(server, {
    maxConnections: listen.limits.maxConnections,
    logger: listen.logger,
    clock: listen.clock,
  });
  // Socket Mode acks over the socket and needs no gate; over HTTP, acks go before queued work.
  gate.watch(server, SLACK_EVENTS_PATH);
  return { port: (server.address() as AddressInfo | null)?.port ?? listen.port, connections };
}
