/**
 * What ingestion makes of a loaded document before chunking. A PDF's pages are cleaned of what repeats on every
 * page (letterheads, page numbers, stamps, "COPIA" banners), with layout breaks and hyphenation rejoined
 * (src/acts); a sentence cut by a page break is completed on the page where it starts, so no passage ends or
 * begins mid-sentence; an act's pages are split where its OGGETTO, premesse and dispositivo begin. The act a
 * document is comes from its text first and its file name as a hint. A Markdown, text or Word file is an act only
 * when its own text heads it as a numbered act (a deliberation written as Markdown), never a law or a template.
 */
import { basename } from "node:path";
import { type ActInfo, cleanPages, numberedActTypes, recognizeAct } from "../acts/index.js";
import type { SourceKind } from "../core/types.js";
import { markSections } from "./act-sections.js";
import type { LoadedDocument, TextUnit } from "./loaded-document.js";
import { type SentenceSplitter, splitSentences } from "./sentence-splitter.js";

export interface PreparedDocument {
  document: LoadedDocument;
  act: ActInfo | null;
}

/** The longest sentence end moved back across a page break; a longer run is left where it is. */
const maxCarried = 600;

export function prepareDocument(
  document: LoadedDocument,
  path: string,
  kind: SourceKind,
  splitter: SentenceSplitter = splitSentences,
): PreparedDocument {
  const fileName = basename(path);
  const mayBeAct = kind === "document" || kind === "record";
  if (document.format !== "pdf") {
    const act = mayBeAct ? ownAct(recognizeAct([document.units.map((unit) => unit.text).join("\n")], fileName)) : null;
    return { document: act ? { ...document, units: markSections(document.units) } : document, act };
  }
  const clean = cleanPages(document.units.map((unit) => unit.text));
  // A document whose every line looked like a running header keeps its text: losing it would lose the file.
  if (!clean.pages.some((page) => page.text.trim())) return { document, act: null };
  const act = mayBeAct ? recognised(recognizeAct(clean, fileName)) : null;
  const pages = completeBrokenSentences(
    clean.pages.map((page) => page.text),
    clean.pages.map((page) => page.continuesPrevious),
    splitter,
  );
  const units: TextUnit[] = pages.map((text, index) => {
    const source = document.units[index];
    return { text, page: source?.page ?? index + 1, ...(source?.ocr ? { ocr: true } : {}) };
  });
  const numbered = act?.type ? numberedActTypes.has(act.type) : false;
  return { document: { ...document, units: numbered ? markSections(units) : units }, act };
}

function recognised(act: ActInfo): ActInfo | null {
  return act.type === null ? null : act;
}

/** Markdown, text and Word files: only a numbered act whose type and number the text itself states. */
function ownAct(act: ActInfo): ActInfo | null {
  const numbered = act.type !== null && numberedActTypes.has(act.type);
  return numbered && act.sources.type === "testo" && act.sources.number === "testo" ? act : null;
}

/**
 * When a page opens by continuing the previous page's last paragraph, the end of that sentence moves back to the
 * previous page: the passage that holds the sentence's start holds its end too, and the next page starts clean.
 */
export function completeBrokenSentences(
  pages: readonly string[],
  continues: readonly boolean[],
  splitter: SentenceSplitter,
): string[] {
  const result = [...pages];
  for (let index = 1; index < result.length; index += 1) {
    if (!continues[index] || !result[index - 1]!.trim()) continue;
    const [first = "", ...rest] = result[index]!.split("\n");
    const [end = "", ...after] = splitter(first);
    if (!end || end.length > maxCarried) continue;
    result[index - 1] = joinAcrossBreak(result[index - 1]!, end);
    result[index] = [after.join(" "), ...rest].filter((line) => line.trim()).join("\n");
  }
  return result;
}

function joinAcrossBreak(before: string, end: string): string {
  const hyphenated = /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(end);
  return hyphenated ? `${before.slice(0, -1)}${end}` : `${before} ${end}`;
}
