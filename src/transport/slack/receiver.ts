/**
 * The transport under Bolt: Socket Mode when an app-level token is set (no inbound port: the usual choice
 * behind a public administration's firewall), HTTP on PORT at /slack/events otherwise. Signatures are always
 * verified in HTTP mode; bad or stale ones get 401 and reach no listener. In HTTP mode Bolt's own receiver stays,
 * with its request listener wrapped by the guard of request-guard.ts (limits before any body is buffered).
 */
import { type Logger as BoltLogger, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { SlackConfig } from "../../config/config.js";
import { UnioneError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import type { healthRoute } from "./health-route.js";
import type { HttpLimits } from "./http-limits.js";
import { guardSlackRequests } from "./request-guard.js";
import { createSeenKeys } from "./seen-keys.js";

export const SLACK_EVENTS_PATH = "/slack/events";

export type SlackReceiver = { mode: "http"; receiver: HTTPReceiver } | { mode: "socket"; receiver: SocketModeReceiver };

export function createReceiver(options: {
  slack: SlackConfig;
  logger: BoltLogger;
  health: ReturnType<typeof healthRoute>;
  slackApiUrl: string | undefined;
  guard: { logger: Logger; clock: () => Date; limits: HttpLimits };
}): SlackReceiver {
  const { slack } = options;
  if (slack.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: slack.appToken,
      logger: options.logger,
      customRoutes: [options.health],
      installerOptions: {
        port: slack.port,
        ...(options.slackApiUrl ? { clientOptions: { slackApiUrl: options.slackApiUrl } } : {}),
      },
    });
    return { mode: "socket", receiver };
  }
  if (!slack.signingSecret) {
    throw new UnioneError(
      "BAD_USAGE",
      "Per Slack in modalità HTTP serve SLACK_SIGNING_SECRET (oppure SLACK_APP_TOKEN per la Socket Mode).",
    );
  }
  const receiver = new HTTPReceiver({
    signingSecret: slack.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    port: slack.port,
    logger: options.logger,
    customRoutes: [options.health],
    // Ack first, work after: Slack needs the HTTP answer within 3 seconds.
    processBeforeResponse: false,
    signatureVerification: true,
    unhandledRequestTimeoutMillis: 2_500,
    // The guard reads bodies first; Bolt's own limit stays as a second line.
    bodyLimit: options.guard.limits.maxBodyBytes,
  });
  const { limits, logger, clock } = options.guard;
  receiver.requestListener = guardSlackRequests(receiver.requestListener, {
    path: SLACK_EVENTS_PATH,
    limits,
    signingSecret: slack.signingSecret,
    // A signature stays acceptable for the tolerance on both sides of its timestamp: remember it that long.
    replays: createSeenKeys({ ttlMs: 2 * limits.timestampToleranceSeconds * 1000, maxKeys: 50_000, clock }),
    logger,
    clock,
  });
  return { mode: "http", receiver };
}
