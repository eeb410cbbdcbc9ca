/** `/unione fonti`: the indexed sources this channel may see, grouped by kind. */
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

const groupTitles: Record<string, string> = {
  law: "Normativa",
  template: "Modelli di atto",
  record: "Schede delle Unioni",
  document: "Documenti",
};

export function sourceSummaryLine(source: SourceSummary): string {
  const size = [`${source.chunks} passaggi`];
  if (source.pages !== null) size.push(`${source.pages} pagine`);
  return `• ${escapeMrkdwn(truncate(source.title, 200))} — \`${escapeMrkdwn(truncate(source.path, 200))}\` (${size.join(", ")})`;
}

export function sourcesBlocks(
  sources: SourceSummary[],
  scopeLabel: string,
  controls: ReplyControls = {},
): SlackMessage {
  const head = [header("Fonti consultabili"), context(`Ambito: ${escapeMrkdwn(scopeLabel)}`)];
  const kinds = [...new Set(sources.map((source) => source.kind))];
  const body: KnownBlock[] = kinds.flatMap((kind) =>
    listSections([
      `*${groupTitles[kind] ?? escapeMrkdwn(kind)}*`,
      ...sources.filter((source) => source.kind === kind).map(sourceSummaryLine),
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
