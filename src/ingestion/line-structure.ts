/**
 * The numbering styles real acts use, read one line (one paragraph of a cleaned page) at a time: article
 * headings ("Art. 2 NOMINA E REQUISITI", "Articolo 23 -", "ART. 5"), chapters ("CAPO II …"), the commi of an
 * article ("1.", "2)", "(3)", "comma 4", and "2.1 … 2.2" under "Art. 2"), and numbered headings of plans and
 * reports outside any article ("2.1 Valore pubblico", "(1) Oggetto"). Letters ("a)", "b.") and dashes are list
 * items inside their comma: they never open a unit.
 */
import { articleOfLine, latinSuffixes } from "../core/legal-reference.js";

export type CommaStyle = "word" | "dot" | "paren" | "round" | "dotted";

export type LineMarker =
  | { kind: "chapter" }
  | { kind: "article"; label: string; number: string; titled: boolean }
  | { kind: "comma"; number: string; suffix: number; style: CommaStyle; major: string | null }
  | { kind: "numbered-heading" };

const suffixes = `(?:[\\s-]*(${latinSuffixes.join("|")})(?![a-z]))?`;
const chapter = /^(?:CAPO|TITOLO|SEZIONE|PARTE)\s+[IVXLC\d]+\b/;
const commaPatterns: Array<{ style: CommaStyle; pattern: RegExp }> = [
  { style: "word", pattern: new RegExp(`^(?:comma|c\\.)\\s*(\\d{1,3})${suffixes}\\b`, "i") },
  { style: "dotted", pattern: /^(\d{1,3})\.(\d{1,3})\.?\s+(?=\S)/ },
  // "1. Il Presidente", "1.Il Presidente" (a lost space), never "1.000 euro".
  { style: "dot", pattern: new RegExp(`^(\\d{1,3})${suffixes}\\s*\\.(?:\\s+(?=\\S)|(?=\\p{L}))`, "iu") },
  { style: "paren", pattern: new RegExp(`^(\\d{1,3})${suffixes}\\s*\\)\\s*(?=\\p{L})`, "iu") },
  { style: "round", pattern: new RegExp(`^\\((\\d{1,3})${suffixes}\\)\\s+(?=\\S)`, "i") },
];
// "2.1 Valore pubblico", "3. Obiettivi", "(1) Oggetto": a number with its punctuation, then a title. "6) Perdite
// del serbatoio" is an item of a list; "19 Carrozzeria, autofficina 2,38 5,959" a table row (figures follow).
const numberedHeading = /^(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.|\(\d{1,2}\))\s+\p{Lu}/u;
const figures = /\d+[.,]\d+|\d\s+\d/;

/** What the line opens, or null for a line of running text (or a list item). */
export function markerOf(line: string): LineMarker | null {
  const text = line.trim();
  if (chapter.test(text)) return { kind: "chapter" };
  const label = articleOfLine(text);
  if (label) {
    const number = /^art\. (\S+)/.exec(label)?.[1] ?? "";
    const titled = text.replace(/^\S+\s*\d+\S*/, "").replace(/^[\s\-–—.:]+/, "").length > 0;
    return { kind: "article", label, number, titled };
  }
  const comma = commaOf(text);
  if (comma) return comma;
  return isNumberedHeading(text) ? { kind: "numbered-heading" } : null;
}

function commaOf(text: string): LineMarker | null {
  for (const { style, pattern } of commaPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (style === "dotted") return { kind: "comma", number: match[2]!, suffix: 0, style, major: match[1]! };
    const suffix = match[2] ? latinSuffixes.indexOf(match[2].toLowerCase() as (typeof latinSuffixes)[number]) + 1 : 0;
    return { kind: "comma", number: match[1]!, suffix, style, major: null };
  }
  return null;
}

/** A short title after a number: "2.1 Valore pubblico", "(1) Oggetto", "3. Obiettivi strategici". */
export function isNumberedHeading(text: string): boolean {
  const title = text.replace(/^\S+\s+/, "");
  return (
    numberedHeading.test(text) &&
    !figures.test(title) &&
    text.length <= 90 &&
    !/[.;:,]$/.test(text) &&
    text.split(/\s+/).length <= 12
  );
}

/** A line that only continues an untitled article heading ("ART. 1" then "DESTINATARI DELL'AVVISO"). */
export function isHeadingContinuation(line: string): boolean {
  const text = line.trim();
  const letters = text.replace(/[^\p{L}]/gu, "");
  return (
    text.length > 0 &&
    text.length <= 100 &&
    letters.length >= 3 &&
    letters === letters.toUpperCase() &&
    !/[.;:]$/.test(text)
  );
}
