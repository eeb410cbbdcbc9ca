import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { chunkDocument } from "../../../src/ingestion/chunker.js";
import { loadDocument } from "../../../src/ingestion/load-document.js";
import { makePdf } from "../../support/make-pdf.js";

const corpusDir = join(import.meta.dirname, "..", "..", "..", "..", "shared", "corpus", "comune-avella-albo-pretorio");

describe("document loaders", () => {
  it("reads a generated PDF page by page, keeping accents and page numbers", async () => {
    const pdf = await makePdf([
      "Articolo 1 - Finalità\nLa città di Forlì è già attiva.",
      "Articolo 2 - Perché\nÈ così: più funzioni, più qualità.",
    ]);
    const document = await loadDocument(pdf, "a.pdf");
    expect(document.units.map((unit) => unit.page)).toEqual([1, 2]);
    expect(document.units[0]!.text).toContain("La città di Forlì è già attiva.");
    expect(document.units[1]!.text).toContain("più funzioni, più qualità");
  });

  it("reads .docx paragraphs and turns Word headings into sections", async () => {
    const docx = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Convenzione per la polizia locale", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: "Art. 4 — Durata", heading: HeadingLevel.HEADING_2 }),
            new Paragraph("La convenzione dura cinque anni & si rinnova."),
          ],
        },
      ],
    });
    const document = await loadDocument(await Packer.toBuffer(docx), "c.docx");
    expect(document.title).toBe("Convenzione per la polizia locale");
    const chunks = chunkDocument(document, {
      path: "templates/c.docx",
      title: document.title!,
      kind: "template",
      unione: null,
    });
    expect(chunks.find((chunk) => chunk.text.includes("cinque anni & si rinnova"))?.article).toBe("art. 4");
  });
});

describe("real PDFs of ../shared/corpus", () => {
  const available = existsSync(corpusDir);
  if (!available) console.warn(`Corpus reale assente (${corpusDir}): test saltati.`);

  it.skipIf(!available)(
    "reads every page of the Avella regolamento and finds its articles on the right pages",
    async () => {
      const file = readdirSync(corpusDir).find((name) => name.startsWith("Delibera_46"))!;
      const document = await loadDocument(readFileSync(join(corpusDir, file)), file);
      expect(document.units).toHaveLength(19);
      const chunks = chunkDocument(document, {
        path: `documenti/${file}`,
        title: "Regolamento",
        kind: "document",
        unione: null,
      });
      expect(chunks.find((chunk) => chunk.text.includes("almeno cinque giorni liberi"))).toMatchObject({
        page: 9,
        article: "art. 22",
      });
      // The index pages list articles with dotted leaders: they open no article.
      expect(chunks.filter((chunk) => chunk.page === 2).every((chunk) => chunk.article === null)).toBe(true);
    },
  );
});
