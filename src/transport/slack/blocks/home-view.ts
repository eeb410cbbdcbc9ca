/** The App Home dashboard: the Unioni the user may see, bound ones first. Pure. */
import type { StatusReport } from "../../../readiness/report-types.js";
import { formatDate } from "../../../core/italian-format.js";
import { context, divider, header, section, SLACK_LIMITS, type KnownBlock } from "./block-kit.js";
import { summaryText } from "./status-summary-blocks.js";

export interface HomeView {
  type: "home";
  blocks: KnownBlock[];
}

export interface HomeOptions {
  isAdmin: boolean;
  today: Date;
  /** Why the list may be incomplete (e.g. the channel list could not be read). */
  notice?: string | null;
}

/** Gaps shown per Unione on the dashboard. */
export const HOME_GAPS = 3;

export function homeView(reports: StatusReport[], options: HomeOptions): HomeView {
  const head: KnownBlock[] = [
    header("Cruscotto delle Unioni"),
    context(
      options.isAdmin ? "Vista da amministratore: tutte le Unioni." : "Le Unioni collegate ai canali di cui fai parte.",
      `Aggiornato al ${formatDate(options.today)}`,
    ),
  ];
  if (options.notice) head.push(context(`⚠️ ${options.notice}`));
  const body: KnownBlock[] = reports.flatMap((report) => [section(summaryText(report, HOME_GAPS)), divider()]);
  if (reports.length === 0) {
    body.push(section("Nessuna Unione da mostrare. Un amministratore può collegare il canale della tua Unione con `/unione collega <unione>`."));
  }
  const tail = [context("Chiedimi qualcosa in messaggio diretto, o usa `/unione aiuto` per i comandi.")];
  const room = SLACK_LIMITS.blocksPerView - head.length - tail.length - 1;
  const shown = body.length > room ? [...body.slice(0, room), context(`_… altre Unioni omesse: usa \`/unione stato\`._`)] : body;
  return { type: "home", blocks: [...head, ...shown, ...tail] };
}
