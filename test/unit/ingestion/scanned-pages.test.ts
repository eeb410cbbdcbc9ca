/**
 * Which pages go to OCR: a text layer too thin to be the page's content (none, or a protocol stamp) on a page
 * that a large image covers. Judged on the real notice board: a verbale whose every page is a scan under a
 * registry stamp, and a plan whose first page has a logo and little text.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findProgram } from "../../../src/ingestion/ocr/ocr-tools.js";
import { looksScanned, pagesWithLargeImages, thinPages } from "../../../src/ingestion/ocr/scanned-pages.js";

const corpus = join(import.meta.dirname, "../../../../shared/corpus/comune-avella-albo-pretorio");
const verbale = join(corpus, "Delibera_1652001__5430_VERBALE_N-_3_DEL_17-03-2026_dellOrg2028_2.pdf");
const plan = join(corpus, "Delibera_37__5362_Piano_delle_performance_Comune_di_A2026_2.pdf");
const pdfimages = findProgram("pdfimages", "/usr/local/bin:/usr/bin:/bin");

const stamp = "COMUNE DI AVELLA - ACL8JP1 - REG_UFF_PROT - 0003119 - Ingresso - 17/03/2026 - 13:16";
const shortNote =
  "Il Sindaco comunica che la seduta del Consiglio comunale è rinviata a martedì prossimo alle ore diciotto, nella sala consiliare.";

describe("pages that need OCR", () => {
  it("finds thin pages, and tells a stamp-only scan from a short page of real text", () => {
    const stamped = [1, 2, 3, 4].map((page) => ({ text: stamp, page }));
    expect(thinPages(stamped)).toEqual([1, 2, 3, 4]);
    expect(looksScanned(stamped)).toBe(true);
    const note = [{ text: shortNote, page: 1 }];
    expect(thinPages(note)).toEqual([1]);
    expect(looksScanned(note)).toBe(false);
    expect(thinPages([{ text: shortNote.repeat(3), page: 1 }])).toEqual([]);
  });

  it.skipIf(!pdfimages || !existsSync(verbale))(
    "sees the verbale's pages as covered by images, and not the plan's first page with its logo",
    () => {
      const list = (file: string) => execFileSync(pdfimages!, ["-list", "-"], { input: readFileSync(file) }).toString();
      expect([...pagesWithLargeImages(list(verbale))]).toEqual([1, 2, 3, 4]);
      expect(pagesWithLargeImages(list(plan)).has(1)).toBe(false);
    },
  );
});
