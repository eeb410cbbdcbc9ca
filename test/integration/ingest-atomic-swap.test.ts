import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { createHashingEmbedder } from "../../src/index-format/hashing-embedder.js";
import { createIndexStore } from "../../src/index-format/index-store.js";
import { createIndexService } from "../../src/ingestion/ingest-service.js";
import { type Fixture, makeKnowledgeFixture, pipelineFor } from "./ingest-fixtures.js";

let fixture: Fixture | null = null;
afterEach(() => fixture?.cleanup());

class SimulatedCrash extends Error {}

function crashingService(fixture: Fixture, crashAt: "generation-written" | "embedding") {
  const embedder = createHashingEmbedder();
  return createIndexService({
    knowledgeDir: fixture.knowledgeDir,
    maxFileBytes: fixture.config.maxFileBytes,
    store: createIndexStore(fixture.dataDir),
    embedder:
      crashAt === "embedding"
        ? {
            ...embedder,
            id: embedder.id,
            dimensions: embedder.dimensions,
            embedDocuments: async () => {
              throw new SimulatedCrash("kill -9 durante gli embedding");
            },
          }
        : embedder,
    logger: silentLogger(),
    afterStep: (step) => {
      if (step === crashAt) throw new SimulatedCrash(`kill -9 dopo ${step}`);
    },
  });
}

describe("ingest: atomic swap of the on-disk index", () => {
  it("keeps the previous index loadable when the build dies after writing the new generation but before the swap", async () => {
    fixture = makeKnowledgeFixture();
    const { index, retriever } = await pipelineFor(fixture);
    await index.ingest();
    const pointerBefore = readFileSync(join(fixture.dataDir, "index", "CURRENT"), "utf8");
    fixture.write(
      "unioni/terre-del-delta/scheda.md",
      "# Delta\n\nTesto nuovo: la sede si trova a Mesola in piazza Santo Spirito.\n",
    );
    await expect(crashingService(fixture, "generation-written").ingest()).rejects.toBeInstanceOf(SimulatedCrash);

    expect(readFileSync(join(fixture.dataDir, "index", "CURRENT"), "utf8")).toBe(pointerBefore);
    // A fresh process (new pipeline) still loads the previous, complete index.
    const restarted = await pipelineFor(fixture);
    const [old] = await restarted.retriever.search("Codigoro Goro Mesola", { kind: "all" }, 1);
    expect(old?.path).toBe("unioni/terre-del-delta/scheda.md");
    expect(old?.text).toContain("Codigoro");
    expect(
      (await retriever.search("piazza Santo Spirito", { kind: "all" }, 5)).some((source) =>
        source.text.includes("Santo Spirito"),
      ),
    ).toBe(false);

    // The next ingest completes, swaps and removes the interrupted build's leftovers.
    const summary = await restarted.index.ingest();
    expect(summary.changed).toBe(1);
    const [fresh] = await retriever.search("piazza Santo Spirito", { kind: "all" }, 1);
    expect(fresh?.text).toContain("Santo Spirito");
    expect(readdirSync(join(fixture.dataDir, "index")).filter((name) => name.startsWith("gen-"))).toHaveLength(1);
  });

  it("keeps the previous index when the build dies while embedding", async () => {
    fixture = makeKnowledgeFixture();
    const { index } = await pipelineFor(fixture);
    await index.ingest();
    fixture.write("law/nuova.md", "# Nuova\n\nUna legge nuova sulle fusioni di comuni.\n");
    await expect(crashingService(fixture, "embedding").ingest()).rejects.toBeInstanceOf(SimulatedCrash);
    const restarted = await pipelineFor(fixture);
    expect(restarted.index.exists()).toBe(true);
    expect((await restarted.index.sources({ kind: "all" })).map((source) => source.path)).not.toContain("law/nuova.md");
  });

  it("reports no index when the very first build dies before the swap", async () => {
    fixture = makeKnowledgeFixture();
    await expect(crashingService(fixture, "generation-written").ingest()).rejects.toBeInstanceOf(SimulatedCrash);
    const { index, retriever } = await pipelineFor(fixture);
    expect(index.exists()).toBe(false);
    await expect(retriever.search("unione", { kind: "all" })).rejects.toMatchObject({ code: "INDEX_MISSING" });
  });
});
