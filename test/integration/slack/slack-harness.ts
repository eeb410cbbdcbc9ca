/**
 * The real Bolt app over loopback HTTP, against the fake Slack Web API: what every Slack integration test
 * starts. Requests are signed like Slack's; replies are read from the fake API and the response_url receiver.
 */

import type { CommandRouter } from "../../../src/commands/command-router.js";
import { type Config, loadConfig } from "../../../src/config/config.js";
import { type Logger, silentLogger } from "../../../src/core/logger.js";
import { type BindingStore, createBindingStore } from "../../../src/records/binding-store.js";
import { openMemoryDatabase, type SqliteDatabase } from "../../../src/records/database.js";
import { createFeedbackStore, type FeedbackStore } from "../../../src/records/feedback-store.js";
import { createSlackApp, type SlackAppHandle } from "../../../src/transport/slack/create-slack-app.js";
import type { HttpLimits } from "../../../src/transport/slack/http-limits.js";
import { type FakeSlackApi, startFakeSlackApi } from "../../support/fake-slack-api.js";
import {
  postAction,
  postEvent,
  postSlashCommand,
  type SignOptions,
  type SlackHttpResult,
} from "../../support/slack-request.js";
import type { HarnessStores } from "./scripted-services.js";

export const SIGNING_SECRET = "test-signing-secret-0123456789";
export const ADMIN = "UADMIN";

export interface SlackHarness {
  api: FakeSlackApi;
  slack: SlackAppHandle;
  bindings: BindingStore;
  feedback: FeedbackStore;
  database: SqliteDatabase;
  eventsUrl: string;
  /** Sends `/unione <text>`; the reply arrives on api.responsesTo(key). */
  command(
    text: string,
    options: { user?: string; channel?: string; key: string },
    sign?: SignOptions,
  ): Promise<SlackHttpResult>;
  event(event: Record<string, unknown>, eventId: string, sign?: SignOptions): Promise<SlackHttpResult>;
  action(payload: Record<string, unknown>, sign?: SignOptions): Promise<SlackHttpResult>;
  close(): Promise<void>;
}

export async function startSlackHarness(options: {
  /** The router, or a factory that receives the harness's stores (so `collega` binds for real, votes are kept). */
  router: CommandRouter | ((stores: HarnessStores) => CommandRouter);
  env?: Record<string, string>;
  logger?: Logger;
  database?: SqliteDatabase;
  /** Web API methods that answer {ok:false} from the start (e.g. auth.test). */
  failMethods?: string[];
  /** Limits of the HTTP endpoint (tests of the limits shorten the timeouts). */
  http?: Partial<HttpLimits>;
}): Promise<SlackHarness> {
  const api = await startFakeSlackApi();
  for (const method of options.failMethods ?? []) api.failMethod(method);
  const config: Config = loadConfig(
    {},
    {
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      SLACK_ADMIN_USERS: ADMIN,
      PORT: "0",
      ...options.env,
    },
  );
  const database = options.database ?? openMemoryDatabase();
  const bindings = createBindingStore(database);
  const feedback = createFeedbackStore(database);
  const slack = createSlackApp({
    config,
    router: typeof options.router === "function" ? options.router({ bindings, feedback }) : options.router,
    logger: options.logger ?? silentLogger(),
    tuning: {
      postIntervalMs: 20,
      identityTimeoutMs: 1_000,
      host: "127.0.0.1",
      ...(options.http ? { http: options.http } : {}),
    },
  });
  await slack.start();
  const eventsUrl = `http://127.0.0.1:${slack.port()}/slack/events`;
  return {
    api,
    slack,
    bindings,
    feedback,
    database,
    eventsUrl,
    command: (text, target, sign) =>
      postSlashCommand(
        eventsUrl,
        SIGNING_SECRET,
        {
          text,
          user_id: target.user ?? "UUSER",
          channel_id: target.channel ?? "CGENERALE",
          response_url: api.responseUrl(target.key),
        },
        sign,
      ),
    event: (event, eventId, sign) => postEvent(eventsUrl, SIGNING_SECRET, event, eventId, sign),
    action: (payload, sign) => postAction(eventsUrl, SIGNING_SECRET, payload, sign),
    async close() {
      await slack.stop();
      await api.close();
    },
  };
}

/** The first reply posted on a response_url key, waiting for it. */
export async function replyOn(harness: SlackHarness, key: string, timeoutMs = 5_000): Promise<Record<string, unknown>> {
  const entry = await harness.api.waitFor(
    () => harness.api.responsesTo(key)[0],
    `reply on response_url ${key}`,
    timeoutMs,
  );
  return entry.body;
}

/** All mrkdwn and plain text of a message's blocks, for content assertions. */
export function blockText(message: Record<string, unknown>): string {
  return JSON.stringify(message.blocks ?? []);
}
