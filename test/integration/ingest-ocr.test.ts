/**
 * Scanned PDFs through the real ingest: pages without a text layer, and a page whose only text is a protocol
 * stamp, are read by tesseract (Italian) and marked `ocr`; a re-ingest reads the results back from the cache and
 * runs tesseract no more (counted by a wrapper around the real program). Bad input: the OCR programs missing, or
 * tesseract without Italian; the scan is then skipped with a reason naming the Debian package, and text PDFs are
 * still indexed. Also one real scan of the shared corpus.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { createHashingEmbedder } from "../../src/index-format/hashing-embedder.js";
import { createIndexStore, readGenerationChunks } from "../../src/index-format/index-store.js";
import { createIndexService, defaultReading } from "../../src/ingestion/ingest-service.js";
import { findOcrTools, type OcrSettings } from "../../src/ingestion/ocr/ocr-tools.js";
import { makePdf } from "../support/make-pdf.js";
import { makeScannedPdf, ocrToolsDir, ocrToolsInstalled } from "../support/make-scan.js";
import { type Fixture, makeKnowledgeFixture } from "./ingest-fixtures.js";

const installed = ocrToolsInstalled();
if (!installed) console.warn("OCR: poppler-utils o tesseract-ocr-ita non installati, test OCR saltati");
const corpusScan = join(
  import.meta.dirname,
  "../../../shared/corpus/comune-avella-albo-pretorio/atto___allegato1772192833_1.pdf",
);

let fixture: Fixture | null = null;
let scratch: string | null = null;
afterEach(() => {
  fixture?.cleanup();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function tools(mode?: "counting" | "missing" | "no-italian") {
  scratch = mkdtempSync(join(tmpdir(), "unione-ocr-tools-"));
  return ocrToolsDir(scratch, { tesseract: mode });
}

function serviceFor(fixture: Fixture, searchPath: string, renderLongSide = 1600) {
  const ocr: OcrSettings = {
    searchPath,
    tessdataDir: null,
    language: "ita",
    pageTimeoutMs: 120_000,
    renderLongSide,
    cacheDir: join(fixture.dataDir, "ocr-cache"),
  };
  return createIndexService({
    knowledgeDir: fixture.knowledgeDir,
    maxFileBytes: fixture.config.maxFileBytes,
    store: createIndexStore(fixture.dataDir),
    embedder: createHashingEmbedder(),
    logger: silentLogger(),
    reading: { loader: { ...defaultReading.loader, ocr } },
  });
}

function liveChunks(fixture: Fixture) {
  const store = createIndexStore(fixture.dataDir);
  return readGenerationChunks(store.generationDir(store.currentGeneration()!));
}

const scannedPages = [
  { scanned: "VERBALE DI CONSEGNA\nIl protocollo informatico viene affidato\nal servizio associato dell'Unione." },
  {
    scanned: "La biblioteca intercomunale resta aperta\nil sabato mattina per tutto l'anno.",
    stamp: "COMUNE DI PROVA - REG_UFF_PROT - 0003119 - Ingresso - 17/03/2026 - 13:16",
  },
];
const textPage = {
  text: "Articolo 1 - Oggetto\nIl presente regolamento disciplina la gestione associata delle funzioni tra i Comuni.\nLe funzioni sono conferite all'Unione per almeno cinque anni, secondo la legge regionale.",
};

describe.skipIf(!installed)("ingest: scanned pages read by OCR", () => {
  it("reads scanned pages and a stamp-only page with OCR, marks them, and never runs OCR again on a re-ingest", async () => {
    fixture = makeKnowledgeFixture({ "documenti/verbale.pdf": await makeScannedPdf([...scannedPages, textPage]) });
    const { directory, log } = tools();
    const lines: string[] = [];
    const summary = await serviceFor(fixture, directory).ingest({ onProgress: (line) => lines.push(line) });
    expect(summary.skipped).toEqual([]);
    expect(lines.join("\n")).toMatch(/verbale\.pdf: nuovo \(\d+ passaggi?, 3 pagine di cui 2 lette con OCR\)/);

    const chunks = liveChunks(fixture);
    const page = (number: number) => chunks.filter((chunk) => chunk.page === number);
    expect(
      page(1)
        .map((chunk) => chunk.text)
        .join(" "),
    ).toMatch(/protocollo informatico/i);
    expect(
      page(2)
        .map((chunk) => chunk.text)
        .join(" "),
    ).toMatch(/biblioteca intercomunale/i);
    expect([...page(1), ...page(2)].every((chunk) => chunk.ocr === true)).toBe(true);
    expect(page(3).length).toBeGreaterThan(0);
    expect(page(3).some((chunk) => "ocr" in chunk)).toBe(false);
    const runs = readFileSync(log, "utf8").split("\n").filter(Boolean).length;
    expect(runs).toBe(2);

    const rebuilt = await serviceFor(fixture, directory).ingest({ rebuild: true });
    expect(rebuilt.added).toBe(1);
    expect(readFileSync(log, "utf8").split("\n").filter(Boolean).length).toBe(runs);
    expect(liveChunks(fixture).map((chunk) => chunk.text)).toEqual(chunks.map((chunk) => chunk.text));
  });

  it("skips a scan with a reason naming the package to install when the OCR programs are missing", async () => {
    fixture = makeKnowledgeFixture({
      "documenti/scansione.pdf": await makeScannedPdf(scannedPages),
      "documenti/testo.pdf": await makePdf([textPage.text]),
    });
    // An empty search path: no program is found at all.
    const emptyPath = mkdtempSync(join(tmpdir(), "unione-empty-path-"));
    const summary = await serviceFor(fixture, emptyPath).ingest();
    rmSync(emptyPath, { recursive: true });
    expect(summary.skipped).toEqual([
      {
        path: "documenti/scansione.pdf",
        reason:
          "PDF scansionato, senza testo: per leggere le pagine scansionate (OCR) mancano pdftoppm e pdfimages: " +
          "installa il pacchetto Debian poppler-utils (apt-get install poppler-utils)",
      },
    ]);
    expect(summary.added).toBe(1);
  });

  it("names tesseract-ocr when tesseract is missing, tesseract-ocr-ita when it knows no Italian", async () => {
    const settings = (searchPath: string): OcrSettings => ({
      searchPath,
      tessdataDir: null,
      language: "ita",
      pageTimeoutMs: 10_000,
      renderLongSide: 1600,
      cacheDir: null,
    });
    const withoutTesseract = await findOcrTools(settings(tools("missing").directory));
    expect(withoutTesseract).toEqual({
      missing: expect.stringMatching(/installa il pacchetto Debian tesseract-ocr e tesseract-ocr-ita/),
    });
    const withoutItalian = await findOcrTools(settings(tools("no-italian").directory));
    expect(withoutItalian).toEqual({
      missing: expect.stringMatching(/installa il pacchetto Debian tesseract-ocr-ita \(/),
    });
    const complete = await findOcrTools(settings(tools().directory));
    expect("tools" in complete).toBe(true);
  });

  it.skipIf(!existsSync(corpusScan))(
    "reads a real scan of the Comune's notice board (a building permit notice)",
    async () => {
      fixture = makeKnowledgeFixture({ "unioni/avella/avviso-permesso.pdf": readFileSync(corpusScan) });
      // 2480 pixels (A4 at about 210 dpi) instead of 3508 keeps the test quicker; the text reads the same.
      const summary = await serviceFor(fixture, tools().directory, 2480).ingest();
      expect(summary.added).toBe(1);
      const text = liveChunks(fixture)
        .map((chunk) => chunk.text)
        .join(" ");
      expect(text).toMatch(/permesso di costruire/i);
      expect(text).toMatch(/1160\/2024/);
    },
  );
});
