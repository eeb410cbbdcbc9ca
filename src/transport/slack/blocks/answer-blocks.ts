/** An answer with numbered sources (title, article, page), as the grounded-answer pipeline returned it. */
import { sourceLabel } from "../../../answering/source-label.js";
import { formatNumber } from "../../../core/italian-format.js";
import type { AskResult, Source, SourceKind } from "../../../core/types.js";
import {
  context,
  escapeMrkdwn,
  fallback,
  fitBlocks,
  listSections,
  type SlackMessage,
  sections,
  truncate,
} from "./block-kit.js";
import { controlBlocks, type ReplyControls } from "./reply-controls.js";

const kindLabels: Record<SourceKind, string> = {
  law: "Normativa",
  template: "Modello di atto",
  record: "Scheda dell'Unione",
  document: "Documento",
};

/** Sources shown at most; the rest are counted. */
export const MAX_SOURCES_SHOWN = 10;

/** "*1.* Delibera di Giunta n. 42 del 24/03/2026 — Piano…, p. 5 — _Documento_": the one source label, then its kind. */
export function sourceLine(
  source: Pick<Source, "title" | "article" | "page" | "kind" | "ocr" | "act">,
  index: number,
): string {
  const label = escapeMrkdwn(truncate(sourceLabel(source), 260));
  return `*${index}.* ${label} — _${kindLabels[source.kind] ?? source.kind}_`;
}

export function answerBlocks(result: AskResult, controls: ReplyControls = {}): SlackMessage {
  const body = sections(escapeMrkdwn(result.answer));
  const tail = [];
  if (result.notice) tail.push(context(`ℹ️ ${escapeMrkdwn(result.notice)}`));
  if (result.found && result.sources.length > 0) {
    const shown = result.sources.slice(0, MAX_SOURCES_SHOWN);
    const lines = ["*Fonti*", ...shown.map((source, index) => sourceLine(source, index + 1))];
    const hidden = result.sources.length - shown.length;
    if (hidden > 0) lines.push(hidden === 1 ? "_… e un'altra fonte._" : `_… e altre ${formatNumber(hidden)} fonti._`);
    tail.push(...listSections(lines));
  }
  tail.push(
    context(
      result.mode === "llm"
        ? "Risposta redatta dal modello sulle fonti citate."
        : "Risposta estratta dai testi (modalità senza modello).",
    ),
  );
  tail.push(...controlBlocks(controls));
  const sourceTitles = result.found
    ? result.sources.slice(0, 3).map((source, index) => `[${index + 1}] ${sourceLabel(source)}`)
    : [];
  return {
    text: fallback([result.answer, ...sourceTitles].join(" ")),
    blocks: fitBlocks([], body, tail),
  };
}
