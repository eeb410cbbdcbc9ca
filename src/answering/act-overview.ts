/**
 * "Di cosa tratta la determina 278 del 2026?", "cosa dice l'ordinanza 12?": a question that names one act and asks
 * what it is about is answered with the act itself — its label and OGGETTO, then what its dispositivo decides —
 * not with whichever sentence shares a word with the question (a signature line, the bare heading "ORDINA").
 */
import { decidingActLabel } from "../acts/index.js";
import type { Source } from "../core/types.js";
import { fold } from "../index-format/italian-analyzer.js";
import { isClosingFormula, isQuotable, splitUnitSentences } from "./unit-sentences.js";

/** Asks what the act is, says or decides, rather than one fact of it. */
const overviewWords =
  /\b(?:di (?:cosa|che cosa|che) (?:tratta|parla|si occupa|si tratta)|cosa (?:dice|dispone|prevede|stabilisce|decide|ha deciso|ha disposto|ha stabilito|ha ordinato|ha approvato|approva|ordina|contiene|riguarda)|che cosa (?:dice|dispone|prevede|stabilisce|decide|ha deciso|riguarda)|qual e l'?oggetto|l'?oggetto|in sintesi|in breve|riassum\w*|cos'?e|che cos'?e|a cosa serve)\b/;

export function asksActOverview(question: string): boolean {
  return overviewWords.test(fold(question));
}

/** The bare headings of a dispositivo, and closing formulas, say nothing by themselves. */
const emptyLine =
  /^(?:il responsabile(?: del servizio)?|la giunta comunale|il consiglio comunale|il sindaco|delibera|determina|ordina|decreta|dispone|d e l i b e r a|per (?:quanto|i motivi) espost\w* in (?:premessa|narrativa)[^.;:]*)[\s.:;,]*$/i;

export interface ActOverview {
  text: string;
  /** Index, among the sources given, of the passage quoted for the dispositivo (null when none was quoted). */
  dispositivo: number | null;
}

/**
 * The label and OGGETTO of the act of `sources[0]`, cited as [1], then up to two sentences of the first
 * dispositivo passage among the sources, cited with their number. Null when the first source is no act with a
 * subject.
 */
export function actOverview(sources: Source[], units: string[]): ActOverview | null {
  const act = sources[0]?.act;
  if (!act?.subject) return null;
  const subject = act.subject
    .replace(/^\s*oggetto\s*[:.\-–]\s*/i, "")
    .replace(/\s+/g, " ")
    .trim();
  const lines = [`${act.label} — oggetto: ${subject.replace(/[.;:,\s]+$/, "")}. [1]`];
  const index = sources.findIndex((source) => source.section === "dispositivo" && source.path === sources[0]!.path);
  if (index >= 0) {
    const decided = splitUnitSentences(units[index] ?? sources[index]!.text)
      .filter((sentence) => isQuotable(sentence) || /^\s*\d+[.)]\s/.test(sentence.text))
      .map((sentence) => sentence.text.trim())
      .filter((text) => !emptyLine.test(text) && !isClosingFormula(text))
      .slice(0, 2);
    if (decided.length > 0) {
      lines.push(`${decided.join(" ")} [${index + 1}]`);
      return { text: lines.join("\n"), dispositivo: index };
    }
  }
  return { text: lines.join("\n"), dispositivo: null };
}

/** "Quali delibere di Giunta del 2026 riguardano il personale?": a list of acts, not one fact. */
const listWords =
  /\b(?:quali|elenco|elenca|che) (?:delibere|deliberazioni|determine|determinazioni|ordinanze|decreti|atti|provvedimenti)\b|\b(?:delibere|deliberazioni|determine|determinazioni|ordinanze|decreti|atti) (?:ci sono|abbiamo|sono state|sono stati)\b/;

export function asksActList(question: string): boolean {
  return listWords.test(fold(question));
}

/**
 * The distinct acts among the sources, best first, one line each: the act that decided (for an annex, the act it
 * was approved with, then what the annex is) and its OGGETTO, cited. Null when fewer than one act is found.
 */
export function actList(sources: Source[], maxActs = 5): string | null {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const [index, source] of sources.entries()) {
    const act = source.act;
    if (!act) continue;
    const deciding = decidingActLabel(act) ?? act.label;
    if (seen.has(deciding)) continue;
    seen.add(deciding);
    const about =
      act.parent && act.subject
        ? ` (allegato: ${oneLine(act.subject)})`
        : act.subject
          ? ` — ${oneLine(act.subject)}`
          : "";
    lines.push(`• ${deciding}${about} [${index + 1}]`);
    if (lines.length >= maxActs) break;
  }
  return lines.length > 0 ? lines.join("\n") : null;
}

function oneLine(subject: string): string {
  const text = subject
    .replace(/^\s*oggetto\s*[:.\-–]\s*/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= 160 ? text.replace(/[.;:,\s]+$/, "") : `${text.slice(0, text.lastIndexOf(" ", 160))}…`;
}
