/**
 * recognizeAct(pages, fileName): what act a document is. The text decides first — the heading of page 1, the
 * OGGETTO, the publication certificate, the preamble date, the protocol or closing date — and the file name
 * only fills what the text leaves unknown (each field's `sources` says which). Nothing is guessed: a field
 * neither says is null.
 */

import { type ActHeader, readHeader } from "./act-header.js";
import { readSubject, readTitleBlock } from "./act-subject.js";
import { type ActInfo, type ActType, type FieldSource, numberedActTypes } from "./act-types.js";
import { subKindOf, typeOfWord } from "./act-vocabulary.js";
import { readAnnexParent } from "./annex-parent.js";
import { type Certificate, readCertificate } from "./certificate.js";
import { type CleanDocument, cleanPages } from "./clean-pages.js";
import { readClosingDate, readProtocol } from "./closing-dates.js";
import { type FileNameHints, fileNameHints } from "./file-name-hints.js";
import { parsePreambleDate } from "./italian-dates.js";

/** A cover page is short: the heading of such a document continues on page 2. */
const coverPageLines = 10;
// A deliberation's place-and-date lines belong to its opinions and certificates; other acts date their signature.
const signedTypes: ReadonlySet<ActType> = new Set([
  "determinazione",
  "ordinanza",
  "decreto",
  "avviso",
  "bando",
  "comunicazione",
  "verbale",
  "parere",
  "relazione",
]);

export function recognizeAct(input: readonly string[] | CleanDocument, fileName: string): ActInfo {
  const document = isCleanDocument(input) ? input : cleanPages(input);
  const hints = fileNameHints(fileName);
  const first = headerLines(document);
  const header = readHeader(first);
  const certificate = readCertificate(document.pages.flatMap((page) => page.lines));
  const labelled = readSubject(first);
  const type = typeOf(header, labelled, certificate, hints);
  const fromText = type.value !== null && type.source === "testo";
  const certified = certificate && certificate.ref.type === type.value ? certificate.ref : null;
  const hinted = hints.type === type.value ? hints : null;
  const number = pick<string>([header?.number, certified?.number], hinted?.number);
  const date = pick<string>(
    [
      header?.date,
      certified && (!header?.number || certified.number === header.number) ? certified.date : null,
      fromText && type.value && numberedActTypes.has(type.value) ? parsePreambleDate(first.join(" ")) : null,
      readProtocol(first)?.date,
      closingDate(type.value, document),
    ],
    hinted?.date,
  );
  const annex = readAnnexParent(first);
  const subject =
    labelled ??
    (header && !numberedActTypes.has(header.type) ? readTitleBlock(first, header.titleLine) : null) ??
    certificate?.subject ??
    null;
  return {
    type: type.value,
    organ: header?.organ ?? certified?.organ ?? hinted?.organ ?? null,
    number: number.value,
    date: date.value,
    year: date.value ? Number(date.value.slice(0, 4)) : (header?.year ?? certified?.year ?? hinted?.year ?? null),
    subKind:
      type.value === "determinazione"
        ? (subKindOf(`${first[header?.titleLine ?? 0] ?? ""} ${subject ?? ""}`) ?? hints.subKind)
        : null,
    sectorNumber: header?.sectorNumber ?? null,
    subject,
    ente: document.ente,
    annexLabel: annex.annexLabel ?? hints.annexLabel,
    fileDescription: hints.description,
    parent: annex.parent,
    protocol: readProtocol(first),
    sources: { type: type.source, number: number.source, date: date.source },
    hasText: document.hasText,
  };
}

function isCleanDocument(input: readonly string[] | CleanDocument): input is CleanDocument {
  return !Array.isArray(input);
}

function headerLines(document: CleanDocument): string[] {
  const [page1, page2] = document.pages;
  if (!page1) return [];
  return page1.lines.length < coverPageLines && page2 ? [...page1.lines, ...page2.lines] : page1.lines;
}

function closingDate(type: ActType | null, document: CleanDocument): string | null {
  return type && signedTypes.has(type) ? readClosingDate(document.pages.flatMap((page) => page.lines)) : null;
}

interface Picked<T> {
  value: T | null;
  source: FieldSource | null;
}

/** The first value the text gives, else the file name's hint. */
function pick<T>(fromText: ReadonlyArray<T | null | undefined>, fromFileName: T | null | undefined): Picked<T> {
  const text = fromText.find((value) => value !== null && value !== undefined);
  if (text !== undefined && text !== null) return { value: text, source: "testo" };
  if (fromFileName !== null && fromFileName !== undefined) return { value: fromFileName, source: "nome-file" };
  return { value: null, source: null };
}

function typeOf(
  header: ActHeader | null,
  subject: string | null,
  certificate: Certificate | null,
  hints: FileNameHints,
): Picked<ActType> {
  // "OGGETTO: AVVISO PUBBLICO PER …" on a notice whose letterhead has no title.
  const subjectType = subject ? typeOfWord(/^\p{L}+/u.exec(subject)?.[0] ?? "") : null;
  const subjectKind = subjectType && !numberedActTypes.has(subjectType) ? subjectType : null;
  return pick<ActType>([header?.type, subjectKind, certificate?.ref.type], hints.type);
}
