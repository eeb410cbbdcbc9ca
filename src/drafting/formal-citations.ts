/**
 * The form of citations in an act: the first mention of each law in full ("legge regionale Emilia-Romagna 21
 * dicembre 2012, n. 21"), the short form after ("L.R. 21/2012"); commi written out ("art. 7, comma 3, della …");
 * a reference not confirmed followed by "(riferimento da verificare)" at its first mention and listed among the
 * facts to verify. Full forms come from the law guide's titles and from the sector laws file. Applied last, after
 * the checks, to the text the user reads; the sections' `sources` keep the short form.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readFrontMatter } from "../knowledge/front-matter.js";
import { readTextFile } from "../knowledge/read-text-file.js";
import type { Draft, DraftSection } from "./draft-types.js";
import { canonicalSource, sourceMentions } from "./legal-citations.js";
import type { SectorLaws } from "./sector-laws.js";

export interface LawForms {
  /** Full form by canonical source. */
  full: Map<string, string>;
  /** Sources whose reference is not confirmed, with the note to verify. */
  unconfirmed: Map<string, string>;
  /** Notes to verify even for confirmed laws (e.g. the exact commi). */
  notes: Map<string, string>;
}

/** "Legge regionale Emilia-Romagna 21 dicembre 2012, n. 21 — …" -> "legge regionale Emilia-Romagna 21 dicembre 2012, n. 21". */
function fullFormOfTitle(title: string): string | null {
  const match = /^((?:legge|decreto)[^—]*?,\s*n\.\s*\d+)/i.exec(title.trim());
  return match ? match[1]!.charAt(0).toLowerCase() + match[1]!.slice(1) : null;
}

export function lawForms(knowledgeDir: string, sectorLaws: SectorLaws): LawForms {
  const forms: LawForms = { full: new Map(), unconfirmed: new Map(), notes: new Map() };
  const directory = join(knowledgeDir, "law");
  const files = existsSync(directory) ? readdirSync(directory).filter((name) => name.endsWith(".md")) : [];
  for (const name of files) {
    const { data, error } = readFrontMatter(readTextFile(join(directory, name)).text ?? "");
    const source = typeof data.short === "string" ? canonicalSource(data.short) : null;
    const full = typeof data.title === "string" ? fullFormOfTitle(data.title) : null;
    if (!error && source && full) forms.full.set(source, full);
  }
  for (const law of sectorLaws.laws) {
    forms.full.set(law.source, law.full);
    if (law.confidence !== "confermato")
      forms.unconfirmed.set(law.source, `Riferimento da verificare sul testo vigente: ${law.short} (${law.full}).`);
    if (law.note) forms.notes.set(law.source, `${law.short}: ${law.note}`);
  }
  return forms;
}

/** "art. 7 c.3 della" -> "art. 7, comma 3, della"; "art. 24 c.4-bis)" -> "art. 24, comma 4-bis)". */
export function commaStyle(text: string): string {
  return text.replace(
    /\b(artt?\.\s*\d+(?:-[a-z]+)?)\s*c\.\s*(\d+(?:-[a-z]+)?)(\s+(?:del|della|dello|dell['’]))?/g,
    (_whole, article: string, comma: string, after: string | undefined) =>
      `${article}, comma ${comma}${after ? `,${after}` : ""}`,
  );
}

/** "… (Codice della protezione civile)" -> "… (Codice della protezione civile; riferimento da verificare)". */
function withCaution(citation: string, caution: string | undefined): string {
  if (!caution) return citation;
  return citation.endsWith(")")
    ? `${citation.slice(0, -1)}; riferimento da verificare)`
    : `${citation} (riferimento da verificare)`;
}

function formalizeText(text: string, forms: LawForms, seen: Set<string>, verify: Set<string>): string {
  let result = "";
  let cursor = 0;
  for (const mention of sourceMentions(text)) {
    const note = forms.notes.get(mention.source);
    if (note) verify.add(note);
    if (seen.has(mention.source)) continue;
    seen.add(mention.source);
    const full = forms.full.get(mention.source);
    const caution = forms.unconfirmed.get(mention.source);
    if (caution) verify.add(caution);
    result += text.slice(cursor, mention.start) + withCaution(full ?? text.slice(mention.start, mention.end), caution);
    cursor = mention.end;
  }
  return commaStyle(result + text.slice(cursor));
}

/** The draft as an act is written: full forms first, commi written out, unconfirmed references flagged. */
export function formalizeDraft(draft: Draft, forms: LawForms): Draft {
  const seen = new Set<string>();
  const verify = new Set(draft.verify ?? []);
  const sections: DraftSection[] = draft.sections.map((section) => ({
    ...section,
    text: formalizeText(section.text, forms, seen, verify),
  }));
  return { ...draft, sections, ...(verify.size > 0 ? { verify: [...verify] } : {}) };
}
