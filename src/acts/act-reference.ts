/**
 * References to acts inside a text: "deliberazione di C.C. n. 14 del 24/03/2026", "delibera di GC n.41 del
 * 24-3-2026", "G.C. n. 133/2025", "Determina n. 145 del 27/02/2026", "Approvato con deliberazione di Giunta
 * Comunale n. /2026" (a blank number stays null). Acts of other levels of government ("Giunta Regionale") and
 * laws ("D.Lgs. 267/2000", "L.R. 21/2012") are not references to a local act.
 */
import type { ActRef } from "./act-types.js";
import { actTypeWord, foreignOrganTail, organOf, organPhrase, typeOfWord } from "./act-vocabulary.js";
import { findItalianDates } from "./italian-dates.js";

export interface FoundActRef extends ActRef {
  start: number;
  end: number;
}

const numberPart =
  "(?:\\s*(?:n\\.?\\s*[°º]?|nr\\.?|n°|numero|num\\.)\\s*|\\s+)(\\d{1,5}(?:\\s?[-/]?\\s?(?:bis|ter))?|_{2,}|\\.{3,}|(?=\\/))";
const yearPart = "(?:\\s*\\/\\s*((?:19|20)\\d{2}|\\d{2})(?!\\d))?";
const datePart =
  "(?:\\s*,?\\s*(?:del|in\\s+data|dd\\.?|adottat[ao]\\s+il)\\s+(_{2,}|[\\d.\\/\\-]{6,10}|\\d{1,2}°?\\s+[a-z]+\\s+\\d{4}))?";
// "delibera di C.C.", "G.C." alone, "DGC": the organ abbreviations imply a deliberation.
const referencePattern = new RegExp(
  `\\b(?:(${actTypeWord})(?:\\s*(${organPhrase}))?|(d\\.?\\s?[gc]\\.?\\s?c\\.?|g\\.\\s?c\\.|c\\.\\s?c\\.))(?!${foreignOrganTail})(?:${numberPart}${yearPart}${datePart})?`,
  "gi",
);

/** Every reference to a local act in the text, in order. */
export function findActReferences(text: string): FoundActRef[] {
  const found: FoundActRef[] = [];
  for (const match of text.matchAll(referencePattern)) {
    const reference = toReference(match);
    if (reference) found.push(reference);
  }
  return found;
}

function toReference(match: RegExpMatchArray): FoundActRef | null {
  const [whole, typeWord, organWord, abbreviation, numberText, yearText, dateText] = match;
  const type = typeWord ? typeOfWord(typeWord) : "delibera";
  const organ = organOf(organWord ?? abbreviation ?? "");
  const number =
    numberText && /^\d/.test(numberText) ? numberText.replace(/\s+/g, "").replace(/[-/]?(bis|ter)$/i, "-$1") : null;
  // A bare abbreviation or a bare word without number, date or organ is not a reference ("la delibera").
  if (!number && !yearText && !dateText && !organ) return null;
  if (abbreviation && !number) return null;
  const date = dateText ? (findItalianDates(dateText)[0]?.iso ?? null) : null;
  const year = date
    ? Number(date.slice(0, 4))
    : (yearOf(yearText) ?? yearOf(/^(?:19|20)\d{2}$/.exec(dateText ?? "")?.[0]));
  return { type, organ, number, date, year, start: match.index!, end: match.index! + whole!.length };
}

function yearOf(text: string | undefined): number | null {
  if (!text) return null;
  const value = Number(text);
  return text.length === 2 ? 2000 + value : value;
}
