import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makePdf } from "../support/make-pdf.js";
import { type Fixture, makeKnowledgeFixture, pipelineFor } from "./ingest-fixtures.js";

let fixture: Fixture | null = null;
afterEach(() => fixture?.cleanup());

const generations = (dataDir: string) => readdirSync(join(dataDir, "index")).filter((name) => name.startsWith("gen-"));

describe("ingest: incremental by content hash", () => {
  it("indexes markdown and a multi-page PDF with accents, keeping pages, kinds and the Unione from the folder", async () => {
    fixture = makeKnowledgeFixture();
    fixture.write(
      "documenti/regolamento.pdf",
      await makePdf([
        "Articolo 1 - Finalità\nIl regolamento disciplina la città e la sua attività.",
        "Articolo 2 - Durata\nLa commissione resta in carica per tutta la durata del mandato; è così.",
        "Articolo 3 - Pubblicità\nLe sedute della commissione sono pubbliche e trasmesse in diretta.",
      ]),
    );
    const { index, retriever } = await pipelineFor(fixture);
    const lines: string[] = [];
    const summary = await index.ingest({ onProgress: (line) => lines.push(line) });
    expect(summary).toMatchObject({ files: 4, added: 4, changed: 0, unchanged: 0, removed: 0, skipped: [] });
    expect(summary.pages).toBe(6);
    expect(lines.filter((line) => /: nuovo \(/.test(line))).toHaveLength(4);
    const [first] = await retriever.search("le sedute della commissione sono pubbliche?", { kind: "all" }, 3);
    expect(first).toMatchObject({
      path: "documenti/regolamento.pdf",
      page: 3,
      article: "art. 3",
      kind: "document",
      unione: null,
    });
    expect(first?.text).toContain("pubbliche");
    const [record] = await retriever.search("Codigoro Goro Mesola", { kind: "all" }, 1);
    expect(record).toMatchObject({
      kind: "record",
      unione: "terre-del-delta",
      path: "unioni/terre-del-delta/scheda.md",
    });
    const [law] = await retriever.search("gestione integrale della funzione", { kind: "all" }, 1);
    expect(law).toMatchObject({ kind: "law", title: "L.R. 21/2012", article: "art. 24 c.4" });
  });

  it("does not re-read or rewrite anything when nothing changed", async () => {
    fixture = makeKnowledgeFixture();
    const { index } = await pipelineFor(fixture);
    await index.ingest();
    const before = generations(fixture.dataDir);
    const lines: string[] = [];
    const summary = await index.ingest({ onProgress: (line) => lines.push(line) });
    expect(summary).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 3 });
    expect(lines.every((line) => line.includes("invariato"))).toBe(true);
    expect(generations(fixture.dataDir)).toEqual(before);
  });

  it("re-reads only a changed file and drops a removed one from the results", async () => {
    fixture = makeKnowledgeFixture();
    const { index, retriever } = await pipelineFor(fixture);
    await index.ingest();
    fixture.write(
      "unioni/terre-d-acqua/scheda.md",
      "# Terre d'Acqua\n\nLa protezione civile di Terre d'Acqua ha sede a Crevalcore in via Zappellazzo.\n",
    );
    fixture.remove("unioni/terre-del-delta/scheda.md");
    const lines: string[] = [];
    const summary = await index.ingest({ onProgress: (line) => lines.push(line) });
    expect(summary).toMatchObject({ changed: 1, removed: 1, unchanged: 1, files: 2 });
    expect(lines.some((line) => line.includes("unioni/terre-del-delta/scheda.md") && line.includes("rimosso"))).toBe(
      true,
    );
    const results = await retriever.search("Codigoro Goro Mesola", { kind: "all" }, 10);
    expect(results.some((source) => source.path === "unioni/terre-del-delta/scheda.md")).toBe(false);
    const [changed] = await retriever.search("via Zappellazzo", { kind: "all" }, 1);
    expect(changed?.path).toBe("unioni/terre-d-acqua/scheda.md");
    expect(generations(fixture.dataDir)).toHaveLength(1);
  });

  it("lists indexed sources by scope without records of other Unioni", async () => {
    fixture = makeKnowledgeFixture();
    const { index } = await pipelineFor(fixture);
    await index.ingest();
    const visible = await index.sources({ kind: "unione", unione: "terre-del-delta" });
    expect(visible.map((source) => source.path).sort()).toEqual([
      "law/lr-21-2012.md",
      "unioni/terre-del-delta/scheda.md",
    ]);
  });
});
