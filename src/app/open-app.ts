/**
 * What the command line gets from the composition root: the settings, a logger suited to the command, the
 * router, and the two long-running modes (Slack server, console). The command line itself composes nothing.
 */
import type { CommandRouter } from "../commands/command-router.js";
import { type Config, type GlobalFlags, loadConfig, slackMode } from "../config/config.js";
import { disableOutboundTracing } from "../config/outbound-tracing.js";
import { createLogger, type Logger } from "../core/logger.js";
import { type IndexState, indexState } from "../ingestion/index-freshness.js";
import { createContainer } from "./container.js";

export interface UnioneApp {
  readonly config: Config;
  readonly logger: Logger;
  /** True when this run is the Slack server: it keeps running and logs JSON at info level. */
  readonly isServer: boolean;
  router(): CommandRouter;
  /** Whether an index built by this version is on disk (the first `ask` or `serve` builds or rebuilds it otherwise). */
  indexState(): IndexState;
  /** Starts Slack (Socket Mode or HTTP) with the deadline reminders; signals stop it. */
  startSlack(): Promise<void>;
  close(): void;
}

export function openApp(flags: GlobalFlags, options: { serve: boolean }): UnioneApp {
  const config = loadConfig(flags);
  const isServer = options.serve && slackMode(config) !== null;
  // Commands log warnings only, so that stdout and stderr stay readable; the server logs at info.
  const logger = createLogger({
    level: config.debug || isServer ? config.logLevel : "warn",
    format: isServer || config.debug ? "json" : "line",
  });
  const tracing = disableOutboundTracing();
  if (tracing.length > 0)
    logger.warn({ variables: tracing }, "tracciamento LangChain disattivato: i dati non escono dalla macchina");
  const container = createContainer(config, logger);
  return {
    config,
    logger,
    isServer,
    router: container.router,
    indexState: () => indexState(container.indexStore()),
    async startSlack() {
      // Bolt is loaded only when Slack is configured: it costs most of a second at start-up.
      const { startSlack } = await import("./start-slack.js");
      await startSlack(container);
    },
    close: container.close,
  };
}
