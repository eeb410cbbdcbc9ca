/**
 * Which Unioni a user sees on App Home. Admins: all. Everyone else: only the Unioni bound to channels the user
 * is a member of (users.conversations), the same rule as asking in those channels. If the channel list cannot
 * be read, nothing private is shown. Either way the user's own Unioni come first.
 */
import type { webApi } from "@slack/bolt";
import type { BindingService } from "../../records/binding-store.js";
import type { StatusService } from "../../readiness/status-service.js";
import type { Logger } from "../../core/logger.js";
import { dashboardFor, type DashboardEntry } from "../../readiness/dashboard.js";

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
  bindings: BindingService;
  status: StatusService;
  today: Date;
  logger: Logger;
}): Promise<HomeUnioni> {
  let mine: string[];
  try {
    const channels = await userChannels(options.client, options.user);
    mine = [...new Set(options.bindings.list().filter((binding) => channels.has(binding.channel)).map((binding) => binding.unione))];
  } catch (error) {
    options.logger.warn({ err: error, user: options.user }, "canali dell'utente non leggibili per la Home");
    if (!options.isAdmin) return { entries: [], notice: "Non riesco a leggere i tuoi canali: riprova più tardi." };
    mine = [];
  }
  const entries = options.isAdmin
    ? dashboardFor(options.status, { kind: "all" }, mine[0] ?? null, options.today)
    : mine.flatMap((unione) => dashboardFor(options.status, { kind: "unione", unione }, unione, options.today));
  const own = entries.filter((entry) => mine.includes(entry.unione.id)).map((entry) => ({ ...entry, bound: true }));
  const others = entries.filter((entry) => !mine.includes(entry.unione.id)).map((entry) => ({ ...entry, bound: false }));
  return { entries: [...own, ...others], notice: null };
}
