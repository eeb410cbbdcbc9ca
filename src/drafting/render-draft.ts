/** Text renderings of a Draft: Markdown (for `--out FILE.md` and previews) and the `draft --json` object. */
import type { Draft, DraftSection } from "./draft-types.js";

/** "Art. 4 – Decorrenza e durata" for acts, "4. Cronoprogramma" for plans; the closing has its title only. */
export function sectionHeading(draft: Draft, section: DraftSection, position: number): string {
  if (section.unnumbered) return section.title;
  const number = section.number ?? position + 1;
  const numbering =
    draft.numbering ?? (draft.tipo === "convenzione" || draft.tipo === "regolamento" ? "articoli" : "paragrafi");
  return numbering === "articoli" ? `Art. ${number} – ${section.title}` : `${number}. ${section.title}`;
}

export function draftToMarkdown(draft: Draft): string {
  const lines = [
    `# ${draft.title}`,
    "",
    `*BOZZA – ${draft.unioneName}: testo da verificare prima dell'approvazione.*`,
    "",
  ];
  if (draft.notice) lines.push(`> ${draft.notice}`, "");
  draft.sections.forEach((section, position) => {
    lines.push(`## ${sectionHeading(draft, section, position)}`, "", section.text, "");
  });
  const references = referenceLines(draft);
  if (references.length > 0) lines.push("## Riferimenti normativi", "", ...references.map((line) => `- ${line}`), "");
  if (draft.missing.length > 0) {
    lines.push("## Dati da completare", "", ...draft.missing.map((label) => `- ${label}`), "");
  }
  if ((draft.verify ?? []).length > 0) {
    lines.push("## Dati da verificare", "", ...(draft.verify ?? []).map((label) => `- ${label}`), "");
  }
  return lines.join("\n");
}

/**
 * The legal references of each article, for the final "Riferimenti normativi" section: references are notes to
 * the act, never lines inside its operative text.
 */
export function referenceLines(draft: Draft): string[] {
  return draft.sections.flatMap((section, position) =>
    section.sources.length > 0 ? [`${sectionHeading(draft, section, position)}: ${section.sources.join("; ")}`] : [],
  );
}

/** Exactly the `draft --json` contract: {"tipo","unione","funzione","sections":[{"id","title","text","sources"}],"missing"}. */
export function draftToJson(draft: Draft): object {
  return {
    tipo: draft.tipo,
    unione: draft.unione,
    funzione: draft.funzione,
    sections: draft.sections.map((section) => ({
      id: section.id,
      title: section.title,
      text: section.text,
      sources: [...section.sources],
    })),
    missing: [...draft.missing],
  };
}
