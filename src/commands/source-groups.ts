/**
 * `/unione fonti` as an official reads it: the indexed acts grouped by kind (Delibere di Giunta, Delibere di
 * Consiglio, Determinazioni, Ordinanze, Decreti, then regolamenti, piani, avvisi…), each group in date order,
 * every act named by its label and OGGETTO, its annexes listed under it; then the other sources by title,
 * grouped as before (Normativa, Modelli di atto, Schede delle Unioni, Documenti).
 */
import { actDisplayTitle } from "../acts/index.js";
import type { SourceAct, SourceActRef } from "../core/types.js";
import type { SourceSummary } from "../ingestion/index-service.js";

export interface SourceEntry {
  source: SourceSummary;
  /** An act's label and OGGETTO ("Delibera di Giunta n. 42 del 24/03/2026 — Piano…"), else the title. */
  name: string;
}

export interface SourceItem extends SourceEntry {
  /** Annexes published with this act. */
  annexes: SourceEntry[];
}

export interface SourceGroup {
  title: string;
  /** True for groups of acts: their items are named by label, not by file. */
  acts: boolean;
  items: SourceItem[];
}

const kindTitles: Record<string, string> = {
  law: "Normativa",
  template: "Modelli di atto",
  record: "Schede delle Unioni",
  document: "Documenti",
};

const actGroupTitles: Array<[string, string]> = [
  ["delibera:giunta", "Delibere di Giunta"],
  ["delibera:consiglio", "Delibere di Consiglio"],
  ["delibera", "Delibere"],
  ["determinazione", "Determinazioni"],
  ["ordinanza", "Ordinanze"],
  ["decreto", "Decreti"],
  ["regolamento", "Regolamenti"],
  ["statuto", "Statuti"],
  ["convenzione", "Convenzioni"],
  ["piano", "Piani"],
  ["programma", "Programmi"],
  ["relazione", "Relazioni"],
  ["avviso", "Avvisi"],
  ["bando", "Bandi"],
  ["verbale", "Verbali"],
  ["parere", "Pareri"],
  ["comunicazione", "Comunicazioni"],
  ["allegato", "Allegati"],
];

export function groupSources(sources: readonly SourceSummary[]): SourceGroup[] {
  const acts = sources.filter((source) => source.act);
  const annexOf = new Map<SourceSummary, SourceSummary>();
  for (const source of acts) {
    const parent =
      source.act!.parent && acts.find((other) => other !== source && isAct(other.act!, source.act!.parent!));
    if (parent) annexOf.set(source, parent);
  }
  const items = new Map<string, SourceItem[]>();
  for (const source of [...acts].sort(byDate)) {
    if (annexOf.has(source)) continue;
    const key = groupKey(source.act!);
    const annexes = acts.filter((annex) => annexOf.get(annex) === source).map(entryOf);
    items.set(key, [...(items.get(key) ?? []), { ...entryOf(source), annexes }]);
  }
  const actGroups = actGroupTitles.flatMap(([key, title]) => {
    const groupItems = items.get(key);
    return groupItems ? [{ title, acts: true, items: groupItems }] : [];
  });
  const others = sources.filter((source) => !source.act);
  const kinds = [...new Set(others.map((source) => source.kind))];
  const otherGroups = kinds.map((kind) => ({
    title: kindTitles[kind] ?? kind,
    acts: false,
    items: others.filter((source) => source.kind === kind).map((source) => ({ ...entryOf(source), annexes: [] })),
  }));
  return [...actGroups, ...otherGroups];
}

function entryOf(source: SourceSummary): SourceEntry {
  return { source, name: source.act ? actDisplayTitle(source.act) : source.title };
}

function groupKey(act: SourceAct): string {
  if (act.type === "delibera" && (act.organ === "giunta" || act.organ === "consiglio")) return `delibera:${act.organ}`;
  return actGroupTitles.some(([key]) => key === act.type) ? act.type! : "allegato";
}

function isAct(act: SourceAct, ref: SourceActRef): boolean {
  return (
    act.type === ref.type &&
    act.number !== null &&
    act.number === ref.number &&
    (ref.organ === null || act.organ === ref.organ) &&
    (ref.year === null || act.year === ref.year)
  );
}

/** Date order; undated documents last, then by number and title. */
function byDate(left: SourceSummary, right: SourceSummary): number {
  const a = left.act!;
  const b = right.act!;
  return (
    (a.date ?? "9999").localeCompare(b.date ?? "9999") ||
    Number(a.number ?? Number.MAX_SAFE_INTEGER) - Number(b.number ?? Number.MAX_SAFE_INTEGER) ||
    left.title.localeCompare(right.title)
  );
}
