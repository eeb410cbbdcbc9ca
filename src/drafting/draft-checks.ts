/**
 * Checks run on every draft before it is returned, and on every model rewrite: no placeholder left, markers
 * listed, every citation in the knowledge base, the duration rule, and exactly the Unione's member Comuni.
 */

import type { CitationIndex } from "./citation-index.js";
import type { Draft } from "./draft-types.js";
import { extractCitations, formatCitation, parseCitationString } from "./legal-citations.js";
import { findMarkers } from "./missing-markers.js";
import { hasPlaceholderResidue } from "./placeholders.js";

export interface TextCheckOptions {
  index: CitationIndex;
  /** Names of the Unione's member Comuni. */
  members: string[];
  /** Comuni known to the records that are not members (they must never appear). */
  foreignComuni: string[];
}

/** Problems of one text (Italian, one line each); empty when the text is acceptable. */
export function checkText(text: string, options: TextCheckOptions): string[] {
  const problems: string[] = [];
  if (hasPlaceholderResidue(text)) problems.push("è rimasto un segnaposto {{…}} non compilato");
  for (const citation of extractCitations(text)) {
    if (!options.index.has(citation))
      problems.push(`la citazione "${formatCitation(citation)}" non esiste nella base di conoscenza`);
  }
  for (const name of options.foreignComuni) {
    if (containsName(text, name)) problems.push(`è nominato il Comune di ${name}, che non fa parte dell'Unione`);
  }
  for (const match of text.matchAll(
    /\bComune di ((?:[A-ZÀ-Ý][\p{L}'’]*)(?:\s+(?:[A-ZÀ-Ý][\p{L}'’]*|di|in|dell['’]\p{L}+|del|sul|sulla))*)/gu,
  )) {
    const named = match[1]!;
    if (!options.members.some((member) => named.startsWith(member) || member.startsWith(named))) {
      problems.push(`è nominato il Comune di ${named}, che non fa parte dell'Unione`);
    }
  }
  return [...new Set(problems)];
}

export interface DraftCheckOptions extends TextCheckOptions {
  minimumDurationYears: number;
  /** The duration written in the draft, when its sections state one. */
  durationYears: number | null;
  /** True when every section of the template is in the draft: then every member must be named. */
  complete: boolean;
}

export function checkDraft(draft: Draft, options: DraftCheckOptions): string[] {
  const problems: string[] = [];
  const allText = [draft.title, ...draft.sections.flatMap((section) => [section.title, section.text])].join("\n");
  problems.push(...checkText(allText, options));
  for (const section of draft.sections) {
    for (const source of section.sources) {
      const citation = parseCitationString(source);
      if (!citation || !options.index.has(citation))
        problems.push(
          `il riferimento "${source}" della sezione "${section.title}" non esiste nella base di conoscenza`,
        );
    }
  }
  const markers = new Set(findMarkers(allText));
  for (const label of markers)
    if (!draft.missing.includes(label)) problems.push(`il dato da completare "${label}" non è elencato tra i mancanti`);
  for (const label of draft.missing)
    if (!markers.has(label)) problems.push(`il dato mancante "${label}" non è segnalato nel testo`);
  if (options.durationYears !== null && options.durationYears < options.minimumDurationYears) {
    problems.push(
      `la durata di ${options.durationYears} anni è inferiore al minimo di ${options.minimumDurationYears} anni (L.R. 21/2012 art. 19)`,
    );
  }
  if (options.complete) {
    for (const member of options.members)
      if (!containsName(allText, member)) problems.push(`il Comune di ${member}, membro dell'Unione, non è nominato`);
  }
  return [...new Set(problems)];
}

export function containsName(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").test(text);
}
