/** `/unione fonti`: the indexed sources this channel may see — acts by kind in date order with their annexes, then the rest by kind. */
import { groupSources } from "../../../commands/source-groups.js";
import { formatCount } from "../../../core/italian-format.js";
import type { SourceSummary } from "../../../ingestion/index-service.js";
import {
  context,
  escapeMrkdwn,
  fallback,
  fitBlocks,
  header,
  type KnownBlock,
  listSections,
  type SlackMessage,
  truncate,
} from "./block-kit.js";
import { controlBlocks, type ReplyControls } from "./reply-controls.js";

/** "• Legge — `law/a.md` (12 passaggi)"; an act by its label alone: "• Delibera di Giunta n. 42 del … (3 passaggi, 7 pagine)". */
export function sourceSummaryLine(
  source: SourceSummary,
  options: { name?: string; act?: boolean; annex?: boolean } = {},
): string {
  const size = [formatCount(source.chunks, "passaggio", "passaggi")];
  if (source.pages !== null) size.push(formatCount(source.pages, "pagina", "pagine"));
  const title = escapeMrkdwn(truncate(options.name ?? source.title, 200));
  if (options.annex) return `    ↳ _allegato:_ ${title} (${size.join(", ")})`;
  if (options.act) return `• ${title} (${size.join(", ")})`;
  return `• ${title} — \`${escapeMrkdwn(truncate(source.path, 200))}\` (${size.join(", ")})`;
}

export function sourcesBlocks(
  sources: SourceSummary[],
  scopeLabel: string,
  controls: ReplyControls = {},
): SlackMessage {
  const head = [header("Fonti consultabili"), context(`Ambito: ${escapeMrkdwn(scopeLabel)}`)];
  const body: KnownBlock[] = groupSources(sources).flatMap((group) =>
    listSections([
      `*${escapeMrkdwn(group.title)}*`,
      ...group.items.flatMap((item) => [
        sourceSummaryLine(item.source, { name: item.name, act: group.acts }),
        ...item.annexes.map((annex) => sourceSummaryLine(annex.source, { name: annex.name, annex: true })),
      ]),
    ]),
  );
  if (sources.length === 0)
    body.push(
      ...listSections([
        "Nessuna fonte indicizzata per questo ambito. Un amministratore può lanciare `/unione aggiorna-indice`.",
      ]),
    );
  const text = `Fonti consultabili (${scopeLabel}): ${sources.length}`;
  return { text: fallback(text), blocks: fitBlocks(head, body, controlBlocks(controls)) };
}
