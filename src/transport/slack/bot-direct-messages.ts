/**
 * Which direct-message channel is each user's own conversation with the bot. A `D…` channel id alone does not say
 * it: a slash command or a button can come from a DM between two people, and whatever is posted there for everyone
 * is read by the other person too. Only the user's DM with the bot is private enough for the admin's view of every
 * Unione. Learned from DM events (Slack sends the bot only its own DMs) or asked once per user with
 * conversations.open, which returns the bot's DM with that user; when Slack cannot say, the answer is "no".
 */
import type { webApi } from "@slack/bolt";
import type { Logger } from "../../core/logger.js";
import { isDirectMessageChannel } from "./request-context.js";

export interface BotDirectMessages {
  /** Records `channel` as `user`'s DM with the bot (from a `message` event with channel_type "im"). */
  remember(user: string, channel: string): void;
  /** True when `channel` is `user`'s own DM with the bot. */
  isBotDirectMessage(client: webApi.WebClient, user: string, channel: string | null): Promise<boolean>;
}

export function createBotDirectMessages(logger: Logger, maxUsers = 10_000): BotDirectMessages {
  const known = new Map<string, string>();
  const remember = (user: string, channel: string) => {
    if (known.size >= maxUsers && !known.has(user)) known.clear();
    known.set(user, channel);
  };
  return {
    remember,
    async isBotDirectMessage(client, user, channel) {
      if (!channel || !isDirectMessageChannel(channel)) return false;
      const cached = known.get(user);
      if (cached) return cached === channel;
      try {
        const opened = await client.conversations.open({ users: user });
        const id = opened.channel?.id;
        if (!id) return false;
        remember(user, id);
        return id === channel;
      } catch (error) {
        logger.warn({ err: error, user }, "conversazione diretta con il bot non verificata: la tratto come condivisa");
        return false;
      }
    },
  };
}
