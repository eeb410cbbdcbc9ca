/** Text renderings of a Draft: Markdown (for `--out FILE.md` and previews) and the `draft --json` object. */
import type { Draft, DraftSection } from "./draft-types.js";

/** "Art. 4 – Decorrenza e durata" for acts, "4. Cronoprogramma" for plans. */
export function sectionHeading(draft: Draft, section: DraftSection, position: number): string {
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
    if (section.sources.length > 0) lines.push(`*Riferimenti: ${section.sources.join("; ")}.*`, "");
  });
  if (draft.missing.length > 0) {
    lines.push("## Dati da completare", "", ...draft.missing.map((label) => `- ${label}`), "");
  }
  return lines.join("\n");
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
