import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ActInfo,
  type CleanDocument,
  cleanPages,
  documentText,
  linkAnnexes,
  recognizeAct,
  sectionAt,
  splitActStructure,
} from "../../../src/acts/index.js";
import { expectedActs } from "../../acts/avella-expected.js";

// Real notice-board PDFs, read through pdf-parse as the ingestion reads them (production sees pdf-parse's text).
const corpusDir = join(import.meta.dirname, "..", "..", "..", "..", "shared", "corpus", "comune-avella-albo-pretorio");
const available = existsSync(corpusDir);
if (!available) console.warn(`Corpus reale assente (${corpusDir}): test sugli atti reali saltati.`);

// A sample of every layout: Giunta and Consiglio deliberations with their annexes (a scan-like verbale, a
// regolamento, the 55-page PIAO), a determinazione, ordinances, a decree, another Comune's notice.
const sample = [
  "Delibera_1652001__5430_",
  "Delibera_14__5420_",
  "Delibera_45__5439_",
  "Delibera_11__5417_DeliberadiConsiglio",
  "Delibera_51__5486_",
  "Determinazione_145__",
  "Ordinanza_10__",
  "atto_10__",
  "Avviso___5530_",
];

interface Loaded {
  fileName: string;
  document: CleanDocument;
  act: ActInfo;
}

async function pagesOf(file: string): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(join(corpusDir, file))) });
  try {
    return (await parser.getText()).pages.map((page) => page.text);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

describe.skipIf(!available)("acts of the real Avella notice board", () => {
  const loaded = new Map<string, Loaded>();
  const get = (prefix: string): Loaded => [...loaded.values()].find((entry) => entry.fileName.startsWith(prefix))!;

  beforeAll(async () => {
    const files = readdirSync(corpusDir).filter((name) => sample.some((prefix) => name.startsWith(prefix)));
    const documents = await Promise.all(
      files.map(async (fileName) => ({ fileName, document: cleanPages(await pagesOf(fileName)) })),
    );
    const acts = linkAnnexes(
      documents.map(({ fileName, document }) => ({ fileName, act: recognizeAct(document, fileName) })),
    );
    for (const [index, { fileName, document }] of documents.entries()) {
      loaded.set(fileName, { fileName, document, act: acts[index]! });
    }
  }, 60_000);

  it("recognises type, organ, number, date, subject and parent as read by hand", () => {
    expect(loaded.size).toBe(12);
    for (const { fileName, act } of loaded.values()) {
      const expected = expectedActs.find((entry) => fileName.startsWith(entry.file))!;
      expect({
        file: fileName,
        type: act.type,
        organ: act.organ,
        number: act.number,
        date: act.date,
        parent: act.parent?.number ?? null,
      }).toEqual({
        file: fileName,
        type: expected.type,
        organ: expected.organ,
        number: expected.number,
        date: expected.date,
        parent: expected.parent,
      });
      if (expected.subject) expect(act.subject?.toLowerCase()).toContain(expected.subject.toLowerCase());
    }
  });

  it("strips the letterhead repeated on every page and names the ente", () => {
    const delibera = get("Delibera_1652001__5430_DeliberadiGiunta").document;
    const piao = get("Delibera_45__5439_PIAO").document;
    expect([delibera.ente, piao.ente]).toEqual(["Comune di Avella", "Comune di Avella"]);
    for (const page of delibera.pages) expect(page.text).not.toMatch(/Piazza Municipio n\. 1, C\.A\.P|^COPIA$/m);
    // The PIAO's running title sits on 38 of its 55 pages; its content (the address in the ente's profile) stays.
    for (const page of piao.pages) expect(page.text).not.toContain("COMUNE DI AVELLA PIAO 2026/2028");
    expect(piao.pages.map((page) => page.text).join("\n")).toContain("Piazza Municipio");
    expect(get("Avviso___5530").document.ente).toBe("Comune di Roccarainola");
    expect(
      get("Avviso___5530")
        .document.pages.map((page) => page.text)
        .join("\n"),
    ).not.toContain("REG_UFF_PROT");
  });

  it("keeps the staff table of the hiring plan readable, one row per line", () => {
    const lines = get("Delibera_1652001__5430_DeliberadiGiunta").document.pages.flatMap((page) =>
      page.text.split("\n"),
    );
    expect(lines).toContain("Istruttori 11 13 6");
    expect(lines).toContain("TOTALE 32 34* 7");
  });

  it("splits a deliberation into premesse and dispositivo: only the DELIBERA part decides", () => {
    const { text } = documentText(get("Delibera_1652001__5430_DeliberadiGiunta").document);
    const structure = splitActStructure(text);
    expect(structure.dispositivo?.verb).toBe("DELIBERA");
    expect(structure.dispositivo?.points.map((point) => point.label)).toEqual(["1", "2", "3", "5", "6"]);
    expect(sectionAt(structure, text.indexOf("2. Approvare il Piano triennale del fabbisogno"))).toBe("dispositivo");
    expect(sectionAt(structure, text.indexOf("Visto l’art. 6 del D.lgs. n. 165/2001 rubricato"))).toBe("proposta");
    expect(sectionAt(structure, text.indexOf("Vista l’allegata proposta di deliberazione"))).toBe("premesse");
    const spaced = splitActStructure(documentText(get("Delibera_11__5417_DeliberadiConsiglio").document).text);
    expect(spaced.dispositivo?.verb).toBe("DELIBERA");
  });
});
