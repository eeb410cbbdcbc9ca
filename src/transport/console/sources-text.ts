/** `fonti` as text: acts by kind in date order with their labels and annexes, then the other sources by title. */
import type { CommandResult } from "../../commands/command-result.js";
import { groupSources, type SourceEntry } from "../../commands/source-groups.js";
import { formatCount } from "../../core/italian-format.js";

export function renderSourcesText(result: Extract<CommandResult, { type: "sources" }>): string {
  if (result.sources.length === 0) return `Nessuna fonte indicizzata (${result.scopeLabel}). Esegui \`unione ingest\`.`;
  const lines = [`Fonti consultabili (${result.scopeLabel}):`];
  for (const group of groupSources(result.sources)) {
    lines.push("", `${group.title}:`);
    for (const item of group.items) {
      lines.push(`- ${sourceText(item, group.acts)}`);
      for (const annex of item.annexes) lines.push(`    allegato: ${sourceText(annex, true)}`);
    }
  }
  return lines.join("\n");
}

/** An act by its label (its file is not what an official names); another source by title and file. */
function sourceText({ source, name: title }: SourceEntry, isAct: boolean): string {
  const name = isAct ? title : `${title} (${source.path})`;
  const pages = source.pages ? ` · ${formatCount(source.pages, "pagina", "pagine")}` : "";
  return `${name} · ${formatCount(source.chunks, "passaggio", "passaggi")}${pages}`;
}
