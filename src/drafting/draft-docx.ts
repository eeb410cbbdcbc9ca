/**
 * The .docx of a draft (docx package): title, numbered articles, a "BOZZA" header with the Unione's name and the
 * date, the list of data to complete. Plain WordprocessingML only (no numbering definitions, no images), so that
 * Word and LibreOffice open it alike.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatDate } from "../core/italian-format.js";
import type { Draft } from "./draft-types.js";
import { referenceLines, sectionHeading } from "./render-draft.js";
import { stripInlineMarkup, type TextBlock, textBlocks } from "./text-blocks.js";

const font = "Times New Roman";

export async function draftToDocx(draft: Draft, today: Date = new Date()): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: draft.title, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: draftLabel(draft, today), bold: true })],
    }),
  ];
  if (draft.notice)
    body.push(
      new Paragraph({ children: [new TextRun({ text: draft.notice, italics: true })], spacing: { after: 200 } }),
    );
  draft.sections.forEach((section, position) => {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 240, after: 120 },
        children: [new TextRun({ text: sectionHeading(draft, section, position), bold: true })],
      }),
    );
    for (const block of textBlocks(section.text)) body.push(blockToDocx(block));
  });
  appendList(body, "Riferimenti normativi", referenceLines(draft));
  appendList(body, "Dati da completare", draft.missing);
  appendList(body, "Dati da verificare", draft.verify ?? []);
  const document = new Document({
    // The act is the Unione's: its name, not the tool's, is the author Word shows.
    creator: draft.unioneName,
    lastModifiedBy: draft.unioneName,
    title: draft.title,
    description: `Bozza generata il ${formatDate(today)}`,
    styles: { default: { document: { run: { font, size: 24, language: { value: "it-IT" } } } } },
    sections: [{ headers: { default: header(draft, today) }, footers: { default: footer() }, children: body }],
  });
  return Packer.toBuffer(document);
}

/** A titled list after the articles ("Riferimenti normativi", "Dati da completare"); nothing when empty. */
function appendList(body: (Paragraph | Table)[], title: string, items: string[]): void {
  if (items.length === 0) return;
  body.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      spacing: { before: 240 },
      children: [new TextRun({ text: title, bold: true })],
    }),
  );
  for (const item of items) body.push(blockToDocx({ kind: "bullet", text: item }));
}

/** "BOZZA – Unione Terre del Delta – 30/06/2024": in the page header and under the title. */
function draftLabel(draft: Draft, today: Date): string {
  return `BOZZA${draft.example ? " – ESEMPIO FITTIZIO" : ""} – ${draft.unioneName} – ${formatDate(today)}`;
}

function header(draft: Draft, today: Date): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: draftLabel(draft, today), bold: true, size: 18 })],
      }),
    ],
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ size: 18, children: ["Pagina ", PageNumber.CURRENT, " di ", PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function blockToDocx(block: TextBlock): Paragraph | Table {
  if (block.kind === "paragraph") {
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { after: 120 },
      children: [new TextRun(stripInlineMarkup(block.text))],
    });
  }
  if (block.kind === "bullet") {
    return new Paragraph({
      indent: { left: 567, hanging: 283 },
      spacing: { after: 60 },
      children: [new TextRun(`–\t${stripInlineMarkup(block.text)}`)],
    });
  }
  const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: block.rows.map(
      (cells, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          children: cells.map(
            (cell, cellIndex) =>
              new TableCell({
                children: [
                  new Paragraph({
                    alignment: cellIndex === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
                    children: [new TextRun({ text: cell, bold: rowIndex === 0 || cell === "Totale" })],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}
