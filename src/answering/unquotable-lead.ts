/**
 * The answer when no passage found has a sentence to quote. A table (a budget, a list of fees) answers with the rows
 * that name what is asked, under its column heading (table-rows.ts); any other text with its first quotable
 * sentence, or its opening words marked as cut.
 */
import type { Source } from "../core/types.js";
import { tableRowsAnswer } from "./table-rows.js";
import { isQuotable, splitUnitSentences } from "./unit-sentences.js";

export interface UnquotableAnswer {
  text: string;
  /** Source indexes in the order they should be shown. */
  order: number[];
}

/**
 * `lead`: the passage chosen to answer and its whole unit, when there is one. The sources are shown in rank order,
 * the lead first.
 */
export function unquotableLead(
  sources: Source[],
  lead: { index: number; text: string } | null,
  weights: Map<string, number>,
): UnquotableAnswer {
  const rows = lead && tableRowsAnswer(lead.text, weights);
  if (lead && rows) {
    const others = sources.map((_source, index) => index).filter((index) => index !== lead.index);
    return { text: `${rows} [1]`, order: [lead.index, ...others] };
  }
  const first = sources[0];
  if (!first) return { text: "", order: [] };
  const sentence = splitUnitSentences(first.text).find(isQuotable)?.text ?? openingWords(first.text);
  return { text: `${sentence} [1]`, order: sources.map((_source, index) => index) };
}

/** The start of a text with nothing quotable in it, cut at a word and marked as cut: never "è stata appr". */
function openingWords(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxOpening) return flat;
  const cut = flat.slice(0, maxOpening);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).replace(/[\s,;:\-–—]+$/, "")} […]`;
}

const maxOpening = 300;
