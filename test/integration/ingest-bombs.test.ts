/**
 * Bad input through the real ingest (parse workers, pdf.js, the index on disk): decompression bombs, a file that
 * makes no progress, a file that needs more memory than a worker may use. Each is skipped with an Italian reason,
 * the other files are indexed, and the process goes on. Outcomes only: no timing is asserted.
 */
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { createHashingEmbedder } from "../../src/index-format/hashing-embedder.js";
import { createIndexStore } from "../../src/index-format/index-store.js";
import { createIndexService, defaultReading } from "../../src/ingestion/ingest-service.js";
import { makeDocxBomb, makePdfBomb } from "../support/make-bombs.js";
import { makePdf } from "../support/make-pdf.js";
import { type Fixture, makeKnowledgeFixture, pipelineFor } from "./ingest-fixtures.js";

const megabyte = 1024 * 1024;
let fixture: Fixture | null = null;
afterEach(() => fixture?.cleanup());

function serviceFor(fixture: Fixture, reading: Partial<typeof defaultReading>) {
  return createIndexService({
    knowledgeDir: fixture.knowledgeDir,
    maxFileBytes: fixture.config.maxFileBytes,
    store: createIndexStore(fixture.dataDir),
    embedder: createHashingEmbedder(),
    logger: silentLogger(),
    reading,
  });
}

describe("ingest: files that would inflate, stall or exhaust memory", () => {
  it("skips a PDF bomb and two .docx bombs with a clear reason, indexes the good PDF, and remembers the bombs", async () => {
    fixture = makeKnowledgeFixture({
      "documenti/buono.pdf": await makePdf(["Articolo 1 - Oggetto\nIl regolamento disciplina la gestione associata."]),
      "documenti/bomba.pdf": await makePdfBomb(200 * megabyte),
      "documenti/bomba.docx": await makeDocxBomb(300 * megabyte),
      "documenti/bomba-dichiarata-piccola.docx": await makeDocxBomb(300 * megabyte, { declaredSize: 1024 }),
    });
    const pipeline = await pipelineFor(fixture);
    const summary = await pipeline.index.ingest();

    expect(summary.skipped.map((item) => item.path)).toEqual([
      "documenti/bomba-dichiarata-piccola.docx",
      "documenti/bomba.docx",
      "documenti/bomba.pdf",
    ]);
    for (const item of summary.skipped) expect(item.reason).toMatch(/si espande oltre il limite di 100 MB/);
    expect(summary.added).toBe(1);
    const hits = await pipeline.retriever.search("gestione associata regolamento", { kind: "all" }, 3);
    expect(hits[0]?.path).toBe("documenti/buono.pdf");

    const again = await pipeline.index.ingest();
    expect(again.skipped).toEqual(summary.skipped);
    expect(again.unchanged).toBe(1);
  });

  it("abandons a file with no progress before the deadline, and goes on with the others", async () => {
    fixture = makeKnowledgeFixture({
      "documenti/nota.md": "# Nota\nLa convenzione dura cinque anni.",
      // Past the inflation limit set below, pdf.js would chew on 100 MB of spaces for a long while.
      "documenti/lento.pdf": await makePdfBomb(100 * megabyte),
    });
    const index = serviceFor(fixture, {
      stallMs: 200,
      loader: { ...defaultReading.loader, maxInflatedBytes: 1024 * megabyte },
    });
    const summary = await index.ingest();
    expect(summary.skipped).toEqual([
      { path: "documenti/lento.pdf", reason: expect.stringMatching(/nessun progresso/) },
    ]);
    expect(summary.added).toBe(1);
  });

  it("refuses too much text before chunking, too many pages before reading them, and too many passages", async () => {
    const pages = Array.from(
      { length: 5 },
      (_page, index) => `Articolo ${index + 1} - Disposizioni\nTesto della pagina.`,
    );
    const sections = Array.from(
      { length: 6 },
      (_section, index) => `## Sezione ${index + 1}\n${"Una frase breve. ".repeat(18)}`,
    );
    fixture = makeKnowledgeFixture({
      "documenti/nota.md": "# Nota\nLa convenzione dura cinque anni.",
      // 2 MB of XML, about a million characters of text: far more than 4 passages can hold.
      "documenti/verboso.docx": await makeDocxBomb(2 * megabyte),
      "documenti/cinque-pagine.pdf": await makePdf(pages),
      // Six sections of about 300 characters: six passages in under 2,000 characters.
      "documenti/sei-sezioni.md": `# Sei sezioni\n\n${sections.join("\n\n")}`,
    });
    const summary = await serviceFor(fixture, {
      maxPassages: 4,
      loader: { ...defaultReading.loader, maxPages: 3 },
    }).ingest();
    expect(summary.skipped).toEqual([
      { path: "documenti/cinque-pagine.pdf", reason: "troppe pagine (5, limite 3 per file)" },
      { path: "documenti/sei-sezioni.md", reason: expect.stringMatching(/^troppi passaggi \(6, limite 4 per file\)$/) },
      {
        path: "documenti/verboso.docx",
        reason: expect.stringMatching(/^troppo testo \([\d.]+ caratteri\): più dei 4 passaggi/),
      },
    ]);
    expect(summary.added).toBe(1);
  });
});
