/**
 * Italian administrative acts: pure functions over the text pdf-parse gives (one string per page). No I/O;
 * depends only on src/core. Meant to be wired into ingestion (clean pages, act metadata), citations (labels),
 * retrieval (question filters) and evidence (only the dispositivo decides).
 *
 * Page cleanup
 *   cleanPages(pages: string[]): CleanDocument
 *     Strips running headers/footers (letterheads, "COPIA", "Pag. 3 di 7", protocol stamps, digital-signature
 *     notices), names the ente from the letterhead, rejoins layout breaks into paragraphs (one per line), undoes
 *     hyphenation, keeps headings, list items and table rows (tab-separated cells as " | ") on their own lines.
 *     `removed` keeps every stripped line with its first text and pages. Linear in the text.
 *   documentText(doc): { text, pageStarts }   pageAtOffset(pageStarts, offset): number
 *
 * Act metadata
 *   recognizeAct(pages: string[] | CleanDocument, fileName: string): ActInfo
 *     type, organ, subKind, number (a determinazione's general register number; `sectorNumber` beside it),
 *     date (ISO), year, subject (OGGETTO or cover title, one line), ente, annexLabel, parent (an annex's act),
 *     protocol; `sources` says whether type/number/date come from the text or only from the file name.
 *   linkAnnexes(documents: {fileName, act}[]): ActInfo[]   fills `parent` from the files of one publication.
 *   actLabel(act): "Delibera di Giunta n. 42 del 24/03/2026", "Regolamento … (allegato alla Delibera di
 *     Consiglio n. 14 del 24/03/2026)";  actRefLabel(ref);  formatActDate(iso) -> "24/03/2026".
 *   actDisplayTitle(act): the label, then the OGGETTO of a numbered act — how citations name an act's document.
 *   sourceActOf(act): the `act` a passage carries (core's SourceAct: type, number, date, subject, label, …).
 *   decidingActLabel(sourceAct): the numbered act itself, or the act an annex was approved with — what an answer to
 *     "quando è stato approvato il PIAO?" states.
 *
 * Structure of an act
 *   splitActStructure(text): ActStructure — sections (intestazione, oggetto, premesse, dispositivo, proposta,
 *     chiusura) with offsets, the OGGETTO and the dispositivo with its verb and points;
 *   sectionAt(structure, offset): which section a passage is in.
 *
 * Acts named in a question
 *   parseActQuery(question): ActQuery | null — {type, organ, subKind, number, year, dateFrom, dateTo, topic};
 *     null for laws ("L.R. 21/2012", "D.Lgs. 267/2000", "DGR 941/2024") and generic mentions.
 *   matchesActQuery(act, query, {includeAnnexes = true}): boolean — the filter, an annex matching through its act;
 *     `act` may be an ActInfo or the `act` a passage carries.
 *   describeActQuery(query): "la delibera di Giunta n. 42 del 2026", "delibere di Giunta del 2026".
 *   findActReferences(text): references to local acts inside a text, with offsets.
 *
 * Dates: parseItalianDate(text), findItalianDates(text), parsePreambleDate(text) ("L'anno duemilaventisei…").
 */

export { actLabel, actRefLabel, displayTitle, formatActDate } from "./act-label.js";
export { type ActQuery, parseActQuery } from "./act-query.js";
export { type FoundActRef, findActReferences } from "./act-reference.js";
export {
  type ActSection,
  type ActSectionKind,
  type ActStructure,
  type DispositivoPoint,
  sectionAt,
  splitActStructure,
} from "./act-structure.js";
export {
  type ActInfo,
  type ActOrgan,
  type ActRef,
  type ActType,
  actKindName,
  type FieldSource,
  numberedActTypes,
} from "./act-types.js";
export { typeOfWord } from "./act-vocabulary.js";
export type { BoilerplateKind } from "./boilerplate-patterns.js";
export { type CleanDocument, type CleanPage, cleanPages, documentText, pageAtOffset } from "./clean-pages.js";
export { describeActQuery } from "./describe-act-query.js";
export { type FileNameHints, fileNameHints } from "./file-name-hints.js";
export { type FoundDate, findItalianDates, monthNames, parseItalianDate, parsePreambleDate } from "./italian-dates.js";
export { type FiledAct, linkAnnexes, publicationKey } from "./link-annexes.js";
export { type FilterableAct, type FilterableRef, matchesActQuery } from "./match-act-query.js";
export { recognizeAct } from "./recognize-act.js";
export type { RemovedLine } from "./repeated-lines.js";
export { actDisplayTitle, decidingActLabel, sourceActOf } from "./source-act.js";
