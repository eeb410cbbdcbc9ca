/** @mention in a channel: answer in a thread, and follow that thread from now on. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { answerInConversation } from "../../answer-in-conversation.js";
import type { SlackDeps } from "../../slack-deps.js";
import { firstDelivery } from "./first-delivery.js";

export function appMention(deps: SlackDeps) {
  return async ({
    event,
    body,
    client,
  }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs): Promise<void> => {
    // Other bots mentioning us would start a loop; edits of old mentions are not new questions.
    if (event.bot_id || event.subtype || !event.user) return;
    if (!firstDelivery(deps, body.event_id, event.channel, event.ts)) return;
    const threadTs = event.thread_ts ?? event.ts;
    deps.threads.remember(event.channel, threadTs);
    await answerInConversation(deps, client, {
      channel: event.channel,
      user: event.user,
      text: event.text,
      ts: event.ts,
      replyThreadTs: threadTs,
      historyThreadTs: event.thread_ts,
      kind: "mention",
    });
  };
}
