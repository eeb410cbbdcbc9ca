/**
 * A deliberation filed only as a scan: `unione evidence` reads it with ingest's loader, so OCR gives the words of
 * its dispositivo and the conferral is proposed from the page it is on; a second review reads the OCR cache, not
 * tesseract again. Bad input tried: a scanned page with no text at all among the acts (skipped with its reason).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDocumentLoader, defaultLoaderOptions } from "../../src/ingestion/load-document.js";
import { makeScannedPdf, ocrToolsDir, ocrToolsInstalled } from "../support/make-scan.js";
import { evidenceHarness, knowledgeWithFixtures } from "../unit/evidence/evidence-harness.js";

const installed = ocrToolsInstalled();
const scratch = mkdtempSync(join(tmpdir(), "evidence-ocr-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const heading = `COMUNE DI GORO
Provincia di Ferrara
DELIBERAZIONE DEL CONSIGLIO COMUNALE
N. 40 DEL 19/12/2024
OGGETTO: CONFERIMENTO ALL'UNIONE
TERRE DEL DELTA DELLA FUNZIONE
DI SISTEMI INFORMATICI E ICT.
IL CONSIGLIO COMUNALE
VISTA la L.R. 21/2012;
RITENUTO di conferire la funzione;`;
const decision = `DELIBERA
1) di conferire all'Unione Terre
del Delta la funzione dei sistemi
informatici e delle tecnologie
dell'informazione, a decorrere
dal 1 gennaio 2025 e per la
durata di cinque anni;
2) di dichiarare la presente
immediatamente eseguibile.
IL SINDACO IL SEGRETARIO`;

describe.skipIf(!installed)("evidence from a scanned deliberation", () => {
  it("proposes the conferral read by OCR, with its page, and reads the cache the second time", async () => {
    const knowledge = knowledgeWithFixtures();
    const folder = join(knowledge, "unioni", "terre-del-delta");
    writeFileSync(
      join(folder, "scansione-cc-goro-40.pdf"),
      await makeScannedPdf([{ scanned: heading }, { scanned: decision }]),
    );
    writeFileSync(join(folder, "scansione-bianca.pdf"), await makeScannedPdf([{ scanned: " " }]));
    const tools = ocrToolsDir(scratch);
    const ocr = {
      searchPath: tools.directory,
      tessdataDir: null,
      language: "ita",
      pageTimeoutMs: 120_000,
      renderLongSide: 1600,
      cacheDir: join(scratch, "ocr-cache"),
    };
    const loader = createDocumentLoader({ ...defaultLoaderOptions, ocr });
    const harness = evidenceHarness({ knowledge, loader });
    const run = await harness.service.review("terre-del-delta");
    const scanned = run.proposals.filter((proposal) => proposal.act.path.endsWith("scansione-cc-goro-40.pdf"));
    expect(scanned.map((proposal) => `${proposal.field}=${String(proposal.value)}`).sort()).toEqual(
      expect.arrayContaining(["conferring_comuni=true", "duration_years=5"]),
    );
    expect(scanned[0]).toMatchObject({
      comune: "goro",
      target: { code: "ict" },
      act: { number: "40", date: "2024-12-19", page: 2 },
    });
    expect(run.skipped.map((item) => item.path)).toContain("unioni/terre-del-delta/scansione-bianca.pdf");
    const runs = readFileSync(tools.log, "utf8").split("\n").filter(Boolean).length;
    expect(runs).toBeGreaterThan(0);
    // A restart (no in-memory cache) reads the OCR cache: tesseract is not run again.
    await harness.restart().review("terre-del-delta");
    expect(readFileSync(tools.log, "utf8").split("\n").filter(Boolean).length).toBe(runs);
  }, 180_000);
});
