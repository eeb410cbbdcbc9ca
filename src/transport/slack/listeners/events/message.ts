/** Plain messages: DMs to the bot, and follow-ups in threads the bot has answered in. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { answerInConversation } from "../../answer-in-conversation.js";
import { mentionsSomeone } from "../../mention-text.js";
import type { SlackDeps } from "../../slack-deps.js";
import { firstDelivery } from "./first-delivery.js";

interface UserMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
}

/** Subtypes that are still a person writing: a reply also sent to the channel, a message with a file. */
const userSubtypes = new Set(["thread_broadcast", "file_share"]);

export function message(deps: SlackDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs): Promise<void> => {
    const incoming = event as unknown as UserMessage;
    // Subtypes are edits, deletions, joins and bot posts; bot_id covers our own messages even before auth.test.
    if (
      (incoming.subtype && !userSubtypes.has(incoming.subtype)) ||
      incoming.bot_id ||
      !incoming.user ||
      !incoming.text?.trim()
    )
      return;
    if (incoming.user === deps.identity.current().botUserId) return;
    const isDirect = incoming.channel_type === "im";
    if (!isDirect) {
      const followed = incoming.thread_ts !== undefined && deps.threads.isKnown(incoming.channel, incoming.thread_ts);
      // A mention is either for us (app_mention answers it) or for someone else in the thread.
      if (!followed || mentionsSomeone(incoming.text)) return;
    }
    if (!firstDelivery(deps, body.event_id, incoming.channel, incoming.ts)) return;
    if (isDirect) deps.directMessages.remember(incoming.user, incoming.channel);
    await answerInConversation(deps, client, {
      channel: incoming.channel,
      user: incoming.user,
      text: incoming.text,
      ts: incoming.ts,
      replyThreadTs: incoming.thread_ts,
      historyThreadTs: incoming.thread_ts,
      kind: isDirect ? "dm" : "thread",
    });
  };
}
