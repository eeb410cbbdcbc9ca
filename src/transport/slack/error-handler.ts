/**
 * The one error boundary for anything a listener did not handle: log the detail, tell the user in Italian
 * where possible (response_url of a command or button, else the thread of the event), never leak internals.
 */
import type { App } from "@slack/bolt";
import type { ExtendedErrorHandlerArgs } from "@slack/bolt/dist/App.js";
import { userMessageOf } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { messageBlocks } from "./blocks/message-blocks.js";

interface ErrorBody {
  response_url?: string;
  event?: { channel?: string; ts?: string; thread_ts?: string; bot_id?: string };
}

export function registerErrorHandler(app: App, options: { logger: Logger; botToken: string }): void {
  app.error(async ({ error, body }: ExtendedErrorHandlerArgs) => {
    const payload = (body ?? {}) as ErrorBody;
    options.logger.error({ err: error, outcome: "error" }, "errore non gestito nel listener Slack");
    const reply = messageBlocks("error", userMessageOf(error));
    try {
      if (payload.response_url) {
        await fetch(payload.response_url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ response_type: "ephemeral", replace_original: false, ...reply }),
          signal: AbortSignal.timeout(5_000),
        });
      } else if (payload.event?.channel && payload.event.ts && !payload.event.bot_id) {
        await app.client.chat.postMessage({
          token: options.botToken,
          channel: payload.event.channel,
          thread_ts: payload.event.thread_ts ?? payload.event.ts,
          ...reply,
        });
      }
    } catch (deliveryError) {
      options.logger.warn({ err: deliveryError }, "messaggio di errore non consegnato");
    }
  });
}
