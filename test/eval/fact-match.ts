/**
 * Whether an answer states an expected fact. Both sides are normalised the same way (case, accents, apostrophes,
 * spacing, Markdown emphasis, thousands separators, Italian date forms), then a fact alternative must occur with no
 * letter or digit glued to either side: "3" is not found in "30", "giunta" not in "giuntale".
 */
import { monthNames } from "../../src/acts/index.js";

const monthPattern = monthNames.join("|");
const pad = (value: string) => value.padStart(2, "0");

export function normaliseForFacts(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[’‘`´]/g, "'")
      .replace(/[“”«»]/g, '"')
      .replace(/\*\*|__/g, "")
      // "1° gennaio 2025", "30 giugno 2024" -> "01/01/2025", "30/06/2024"
      .replace(
        new RegExp(`\\b(\\d{1,2})\\s*°?\\s+(${monthPattern})\\s+(\\d{4})\\b`, "g"),
        (_match, day: string, month: string, year: string) =>
          `${pad(day)}/${pad(String(monthNames.indexOf(month as (typeof monthNames)[number]) + 1))}/${year}`,
      )
      // "30.06.2024", "30-6-2024", "30/6/2024" -> "30/06/2024"
      .replace(
        /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/g,
        (_match, day: string, month: string, year: string) => `${pad(day)}/${pad(month)}/${year}`,
      )
      // "20.865" -> "20865"; "1.234.567,89" -> "1234567,89"
      .replace(/(\d)\.(?=\d{3}(?!\d))/g, "$1")
      .replace(/\s+/g, " ")
      .trim()
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when one alternative of the fact occurs in the (already normalised) answer. */
export function statesFact(normalisedAnswer: string, alternatives: readonly string[]): boolean {
  return alternatives.some((alternative) => {
    const needle = normaliseForFacts(alternative);
    if (!needle) return false;
    return new RegExp(`(?<![a-z0-9])${escapeRegExp(needle)}(?![a-z0-9])`).test(normalisedAnswer);
  });
}

/** The facts (each a list of alternatives) that the answer does not state. */
export function missingFacts(answer: string, facts: readonly (readonly string[])[]): (readonly string[])[] {
  const normalised = normaliseForFacts(answer);
  return facts.filter((alternatives) => !statesFact(normalised, alternatives));
}
