/**
 * Which Unioni a user sees on App Home. Admins: all. Everyone else: only the Unioni bound to channels the user
 * is a member of (users.conversations), the same rule as asking in those channels. If the channel list cannot
 * be read, nothing private is shown.
 */
import type { webApi } from "@slack/bolt";
import type { BindingService, StatusService } from "../../commands/ports.js";
import type { Logger } from "../../core/logger.js";
import type { StatusReport } from "../../readiness/report-types.js";

export interface HomeUnioni {
  reports: StatusReport[];
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
  let mine: Set<string>;
  try {
    const channels = await userChannels(options.client, options.user);
    mine = new Set(options.bindings.list().filter((binding) => channels.has(binding.channel)).map((binding) => binding.unione));
  } catch (error) {
    options.logger.warn({ err: error, user: options.user }, "canali dell'utente non leggibili per la Home");
    if (!options.isAdmin) return { reports: [], notice: "Non riesco a leggere i tuoi canali: riprova più tardi." };
    mine = new Set();
  }
  const reports = options.isAdmin
    ? options.status.summary({ kind: "all" }, options.today)
    : [...mine].flatMap((unione) => options.status.summary({ kind: "unione", unione }, options.today).filter((report) => report.unione.id === unione));
  // The user's own Unioni first, then the rest (admins), each group in the service's order.
  const ordered = [...reports.filter((report) => mine.has(report.unione.id)), ...reports.filter((report) => !mine.has(report.unione.id))];
  return { reports: ordered, notice: null };
}
