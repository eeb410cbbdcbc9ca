/**
 * The chunker on real notice-board PDFs of ../shared/corpus, read through pdf-parse and prepared exactly as
 * ingestion does: no letterhead or page furniture in any passage, commi labelled within their article, the parts
 * of a deliberation marked, passages that end where sentences do. Skipped when the corpus is not mounted.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Chunk } from "../../../src/core/types.js";
import { chunkDocument } from "../../../src/ingestion/chunker.js";
import { loadDocument } from "../../../src/ingestion/load-document.js";
import { prepareDocument } from "../../../src/ingestion/prepare-document.js";

const corpusDir = join(import.meta.dirname, "..", "..", "..", "..", "shared", "corpus", "comune-avella-albo-pretorio");
const available = existsSync(corpusDir);

const files = {
  regolamento: "Delibera_14__5420_REGOLAMENTO_PER_IL_FUNZIONAMENTO_DEIARI_2.pdf",
  consiglio: "Delibera_46__5419_REGOLAMENTO_PER_IL_FUNZIONAMENTO_DENALE_2.pdf",
  giunta: "Delibera_1652001__5430_DeliberadiGiunta_Copia_42_2026_1.pdf",
  determina: "Determinazione_200__5405_DeterminadiLiquidazione_Copia_200_2026_1.pdf",
};

async function chunksOf(file: string): Promise<Chunk[]> {
  const path = `documenti/albo/${file}`;
  const loaded = await loadDocument(readFileSync(join(corpusDir, file)), path);
  const { document, act } = prepareDocument(loaded, path, "document");
  return chunkDocument(document, { path, title: act?.type ?? "documento", kind: "document", unione: null });
}

describe.skipIf(!available)("chunks of real Avella acts", () => {
  const chunks = new Map<string, Chunk[]>();
  beforeAll(async () => {
    for (const [name, file] of Object.entries(files)) chunks.set(name, await chunksOf(file));
  }, 60_000);
  const all = () => [...chunks.values()].flat();

  it("leaves the letterhead, its address lines and the COPIA banner out of every passage", () => {
    for (const chunk of all()) {
      expect(chunk.text).not.toMatch(/PEC: comune\.avella@cert|P\. IVA 00248800641|^COPIA$|CITTA’ D’ARTE/m);
    }
  });

  it("labels a regolamento's commi within their article, and its '1)' items as part of comma 1", () => {
    const regolamento = chunks.get("regolamento")!;
    const labelOf = (text: string) => regolamento.find((chunk) => chunk.text.includes(text))?.article;
    expect(labelOf("Il consigliere indicato, se impedito")).toBe("art. 3 c.2");
    expect(labelOf("In caso di dimissioni, decadenza")).toBe("art. 3 c.5");
    expect(labelOf("La Seconda Commissione si occupa di")).toMatch(/^art\. 2( c\.1)?$/);
    expect(regolamento.some((chunk) => /^art\. 2 c\.[2-9]/.test(chunk.article ?? ""))).toBe(false);
    // Each comma's passage starts with its article's heading.
    expect(regolamento.find((chunk) => chunk.article === "art. 3 c.5")?.text).toMatch(/^Articolo 3 - Composizione/);
  });

  it("labels the commi of the Consiglio's regolamento in the order they are numbered", () => {
    const labels = chunks
      .get("consiglio")!
      .map((chunk) => chunk.article)
      .filter((label): label is string => label !== null);
    expect(labels.length).toBeGreaterThan(100);
    const articles = labels.map((label) => Number(/^art\. (\d+)/.exec(label)?.[1]));
    // Articles only move forward through the document: no passage takes the label of a later or earlier one.
    for (let index = 1; index < articles.length; index++)
      expect(articles[index]).toBeGreaterThanOrEqual(articles[index - 1]!);
  });

  it("marks the OGGETTO, premesse and dispositivo of a deliberation and of a determinazione", () => {
    for (const name of ["giunta", "determina"]) {
      const parts = new Set(chunks.get(name)!.map((chunk) => chunk.section));
      expect(parts).toEqual(new Set(["oggetto", "premesse", "dispositivo", undefined]));
    }
    const dispositivo = chunks.get("giunta")!.filter((chunk) => chunk.section === "dispositivo");
    expect(dispositivo[0]!.text.startsWith("DELIBERA")).toBe(true);
    expect(dispositivo.some((chunk) => chunk.text.includes("Approvare il Piano triennale del fabbisogno"))).toBe(true);
    expect(chunks.get("giunta")!.find((chunk) => chunk.section === "oggetto")?.text).toContain(
      "PIANO TRIENNALE DEL FABBISOGNO",
    );
  });

  it("never ends a passage inside a sentence at an abbreviation, nor beyond the hard limit", () => {
    for (const chunk of all()) {
      expect(chunk.text).not.toMatch(/\b(?:art|n|c|lett|comma|D\.Lgs|L)\.$/);
      expect(chunk.text.length).toBeLessThanOrEqual(2_400);
    }
  });
});
