/**
 * Structure-aware chunking. Sections follow the document's own structure (Markdown headings, reStructuredText
 * titles, the articles and commi of acts, chapters, numbered headings of plans), and for acts the part they lie in
 * (OGGETTO, premesse, dispositivo); long sections are cut between sentences into consecutive passages with the
 * same label, the unit's heading repeated. Chunks never cross a PDF page, so every citation can name its page; an
 * article running over a page break keeps its label on the next page.
 */
import type { Chunk, SourceKind } from "../core/types.js";
import { mergeSmall, splitLong } from "./chunk-pieces.js";
import { sectionsOf } from "./chunk-sections.js";
import type { LoadedDocument } from "./loaded-document.js";
import { type SentenceSplitter, splitSentences } from "./sentence-splitter.js";

export { chunkerVersion } from "./chunker-version.js";

export interface ChunkSource {
  path: string;
  title: string;
  kind: SourceKind;
  unione: string | null;
}

export interface ChunkOptions {
  /** Where long paragraphs may be cut; any abbreviation-safe splitter of one paragraph. */
  splitSentences?: SentenceSplitter;
}

export function chunkDocument(document: LoadedDocument, source: ChunkSource, options: ChunkOptions = {}): Chunk[] {
  const splitter = options.splitSentences ?? splitSentences;
  const blankBetween = document.format === "markdown" || document.format === "text";
  const sections = mergeSmall(sectionsOf(document), blankBetween);
  const pieces = sections.flatMap((section) => splitLong(section, document.format, splitter));
  return pieces.map((piece, index) => ({
    id: `${source.path}#${index + 1}`,
    ...source,
    article: piece.label,
    page: piece.page,
    text: piece.text,
    ...(piece.part ? { section: piece.part } : {}),
    ...(piece.ocr ? { ocr: true } : {}),
  }));
}
