import { afterEach, describe, expect, it } from "vitest";
import { createKnowledgePipeline } from "../../src/app/knowledge-pipeline.js";
import { loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/core/logger.js";
import { createHashingEmbedder } from "../../src/index-format/hashing-embedder.js";
import { createIndexStore } from "../../src/index-format/index-store.js";
import { createIndexService } from "../../src/ingestion/ingest-service.js";
import { type DocumentLoader, loadDocument } from "../../src/ingestion/load-document.js";
import { makeEncryptedPdf, makePdf, makeTruncatedPdf } from "../support/make-pdf.js";
import { type Fixture, makeKnowledgeFixture } from "./ingest-fixtures.js";

let fixture: Fixture | null = null;
afterEach(() => fixture?.cleanup());

describe("ingest: bad files are named and skipped, the rest is indexed", () => {
  it("skips corrupt, truncated, encrypted, empty, binary and oversized files with an Italian reason each", async () => {
    fixture = makeKnowledgeFixture();
    const pages = [
      "Articolo 1 - Oggetto\nTesto della prima pagina.",
      "Articolo 2 - Durata\nTesto della seconda pagina.",
    ];
    fixture.write("documenti/corrotto.pdf", Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage garbage"));
    fixture.write("documenti/non-pdf.pdf", Buffer.from("questo non è un PDF ma testo rinominato"));
    fixture.write("documenti/troncato.pdf", await makeTruncatedPdf(pages));
    fixture.write("documenti/cifrato.pdf", await makeEncryptedPdf(pages));
    fixture.write("documenti/vuoto.md", "");
    fixture.write("documenti/binario.txt", Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x20]));
    fixture.write("documenti/grande.txt", "x".repeat(2 * 1024 * 1024));
    fixture.write("documenti/word-finto.docx", "non sono uno zip");
    fixture.write("documenti/buono.pdf", await makePdf(pages));
    const config = {
      ...loadConfig({ knowledge: fixture.knowledgeDir, data: fixture.dataDir }, {}),
      maxFileBytes: 1024 * 1024,
    };
    const { index, retriever } = await createKnowledgePipeline(config, silentLogger(), { chatModel: null });
    const lines: string[] = [];
    const summary = await index.ingest({ onProgress: (line) => lines.push(line) });
    const reasons = Object.fromEntries(
      summary.skipped.map((item) => [item.path.replace("documenti/", ""), item.reason]),
    );
    expect(reasons).toEqual({
      "corrotto.pdf": "PDF danneggiato o troncato",
      "non-pdf.pdf": "non è un PDF valido",
      "troncato.pdf": "PDF danneggiato o troncato",
      "cifrato.pdf": "PDF protetto da password",
      "vuoto.md": "file vuoto",
      "binario.txt": "file binario, non di testo",
      "grande.txt": "file troppo grande (2 MB, limite 1 MB)",
      "word-finto.docx": "non è un documento Word (.docx) valido",
    });
    for (const name of Object.keys(reasons))
      expect(lines.some((line) => line.includes(name) && line.includes("saltato"))).toBe(true);
    expect(summary.files).toBe(4);
    const [first] = await retriever.search("testo della seconda pagina", { kind: "all" }, 1);
    expect(first).toMatchObject({ path: "documenti/buono.pdf", page: 2 });
  });

  it("does not parse an unchanged bad file again, but still names it; a repaired file is read", async () => {
    fixture = makeKnowledgeFixture();
    const pages = [
      "Articolo 1 - Oggetto\nTesto della prima pagina.",
      "Articolo 2 - Durata\nTesto della seconda pagina.",
    ];
    fixture.write("documenti/troncato.pdf", await makeTruncatedPdf(pages));
    const config = loadConfig({ knowledge: fixture.knowledgeDir, data: fixture.dataDir }, {});
    const parsed: string[] = [];
    const loader: DocumentLoader = async (bytes, path) => {
      parsed.push(path);
      return loadDocument(bytes, path);
    };
    const store = createIndexStore(config.dataDir);
    const index = createIndexService({
      knowledgeDir: config.knowledgeDir,
      maxFileBytes: config.maxFileBytes,
      store,
      embedder: createHashingEmbedder(),
      logger: silentLogger(),
      loader,
    });
    const first = await index.ingest();
    expect(first.skipped.map((item) => item.path)).toContain("documenti/troncato.pdf");
    parsed.length = 0;
    const second = await index.ingest();
    expect(second.skipped).toEqual(first.skipped);
    expect(parsed).not.toContain("documenti/troncato.pdf");
    fixture.write("documenti/troncato.pdf", await makePdf(pages));
    const repaired = await index.ingest();
    expect(parsed).toContain("documenti/troncato.pdf");
    expect(repaired.skipped).toEqual([]);
    expect(repaired.added).toBe(1);
  });

  it("rejects a missing knowledge folder with a clear error", async () => {
    const config = loadConfig({ knowledge: "/percorso/che/non/esiste", data: "/tmp/unione-non-usato" }, {});
    const { index } = await createKnowledgePipeline(config, silentLogger(), { chatModel: null });
    await expect(index.ingest()).rejects.toMatchObject({ code: "INVALID_KNOWLEDGE" });
  });
});
