/**
 * Which Unioni a user sees on App Home. Admins: all. Everyone else: only the Unioni bound to channels the user
 * is a member of (users.conversations), the same rule as asking in those channels. If the channel list cannot
 * be read, nothing private is shown. Either way the user's own Unioni come first.
 */
import type { webApi } from "@slack/bolt";
import type { CommandRouter } from "../../commands/command-router.js";
import type { Logger } from "../../core/logger.js";
import type { DashboardEntry } from "../../readiness/dashboard.js";

export interface HomeUnioni {
  entries: DashboardEntry[];
  notice: string | null;
}

export async function userChannels(client: webApi.WebClient, user: string): Promise<Set<string>> {
  const channels = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < 10; page += 1) {
    const response = await client.users.conversations({
      user,
      types: "public_channel,private_channel",
      exclude_archived: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const channel of response.channels ?? []) if (channel.id) channels.add(channel.id);
    cursor = response.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return channels;
}

export async function homeUnioni(options: {
  client: webApi.WebClient;
  user: string;
  isAdmin: boolean;
  router: CommandRouter;
  today: Date;
  logger: Logger;
}): Promise<HomeUnioni> {
  let channels: Set<string>;
  try {
    channels = await userChannels(options.client, options.user);
  } catch (error) {
    options.logger.warn({ err: error, user: options.user }, "canali dell'utente non leggibili per la Home");
    if (!options.isAdmin) return { entries: [], notice: "Non riesco a leggere i tuoi canali: riprova più tardi." };
    channels = new Set();
  }
  return { entries: options.router.home({ isAdmin: options.isAdmin, channels, today: options.today }), notice: null };
}
