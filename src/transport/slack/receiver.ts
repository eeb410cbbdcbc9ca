/**
 * The transport under Bolt: Socket Mode when an app-level token is set (no inbound port: the usual choice
 * behind a public administration's firewall), HTTP on PORT at /slack/events otherwise. Signatures are always
 * verified in HTTP mode; bad or stale ones get 401 and reach no listener.
 */
import { type Logger as BoltLogger, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { SlackConfig } from "../../config/config.js";
import { UnioneError } from "../../core/errors.js";
import type { healthRoute } from "./health-route.js";

export const SLACK_EVENTS_PATH = "/slack/events";

export type SlackReceiver = { mode: "http"; receiver: HTTPReceiver } | { mode: "socket"; receiver: SocketModeReceiver };

export function createReceiver(options: {
  slack: SlackConfig;
  logger: BoltLogger;
  health: ReturnType<typeof healthRoute>;
  slackApiUrl: string | undefined;
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
  });
  return { mode: "http", receiver };
}
