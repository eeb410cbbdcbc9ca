/** The App Home dashboard: the Unioni the user may see, their own first. Pure. */

import { formatDate } from "../../../core/italian-format.js";
import type { DashboardEntry } from "../../../readiness/dashboard.js";
import { daysPhrase } from "../../../readiness/deadline-phrase.js";
import {
  context,
  divider,
  escapeMrkdwn,
  header,
  type KnownBlock,
  SLACK_LIMITS,
  section,
  truncate,
} from "./block-kit.js";

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

export function dashboardText(entry: DashboardEntry): string {
  const name = `*${escapeMrkdwn(entry.unione.name)}*${entry.unione.example ? " _(esempio)_" : ""}${entry.bound ? " · il tuo canale" : ""}`;
  const lines = [
    `${name} — ${entry.ready ? "✅ pronta" : "❌ non ancora pronta"} · ${entry.counted}/${entry.required} funzioni`,
  ];
  if (entry.nextDeadline) {
    const days = entry.daysToDeadline !== null ? ` (${daysPhrase(entry.daysToDeadline)})` : "";
    lines.push(`📅 Prossima scadenza: ${formatDate(entry.nextDeadline)}${days}`);
  } else if (entry.deadline) {
    lines.push(`📅 Scadenza passata: ${formatDate(entry.deadline)}`);
  }
  for (const gap of entry.topGaps)
    lines.push(`• ${escapeMrkdwn(truncate(gap.message, 300))} _(${escapeMrkdwn(gap.source)})_`);
  if (entry.gapCount > entry.topGaps.length) lines.push(`_… e altre ${entry.gapCount - entry.topGaps.length} lacune_`);
  lines.push(`_Dati al ${formatDate(entry.as_of)}_`);
  return lines.join("\n");
}

export function homeView(entries: DashboardEntry[], options: HomeOptions): HomeView {
  const head: KnownBlock[] = [
    header("Cruscotto delle Unioni"),
    context(
      options.isAdmin
        ? "Vista da amministratore: tutte le Unioni, prima quelle dei tuoi canali."
        : "Le Unioni collegate ai canali di cui fai parte.",
      `Aggiornato al ${formatDate(options.today)}`,
    ),
  ];
  if (options.notice) head.push(context(`⚠️ ${escapeMrkdwn(options.notice)}`));
  const body: KnownBlock[] = entries.flatMap((entry) => [section(dashboardText(entry)), divider()]);
  if (entries.length === 0) {
    body.push(
      section(
        "Nessuna Unione da mostrare. Un amministratore può collegare il canale della tua Unione con `/unione collega <unione>`.",
      ),
    );
  }
  const tail = [context("Chiedimi qualcosa in messaggio diretto, o usa `/unione aiuto` per i comandi.")];
  const room = SLACK_LIMITS.blocksPerView - head.length - tail.length - 1;
  const shown =
    body.length > room ? [...body.slice(0, room), context("_… altre Unioni omesse: usa `/unione stato`._")] : body;
  return { type: "home", blocks: [...head, ...shown, ...tail] };
}
