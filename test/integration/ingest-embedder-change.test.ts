import { afterEach, describe, expect, it } from "vitest";
import { createHashingEmbedder } from "../../src/index-format/hashing-embedder.js";
import type { Embedder } from "../../src/llm/embedder.js";
import { type Fixture, makeKnowledgeFixture, pipelineFor } from "./ingest-fixtures.js";

let fixture: Fixture | null = null;
afterEach(() => fixture?.cleanup());

/** Counts the texts it embeds, so the test sees whether vectors were recomputed. */
function countingEmbedder(dimensions: number): Embedder & { embedded: number } {
  const inner = createHashingEmbedder(dimensions);
  const counting = {
    id: inner.id,
    dimensions,
    embedded: 0,
    async embedDocuments(texts: string[]) {
      counting.embedded += texts.length;
      return inner.embedDocuments(texts);
    },
    embedQuery: (text: string) => inner.embedQuery(text),
  };
  return counting;
}

describe("ingest: the index records its embedder", () => {
  it("re-embeds every chunk when the embedder changes, and only new chunks otherwise", async () => {
    fixture = makeKnowledgeFixture();
    const first = countingEmbedder(256);
    const summary = await (await pipelineFor(fixture, { embedder: first })).index.ingest();
    expect(first.embedded).toBe(summary.chunks);

    fixture.write("law/altra.md", "# Altra\n\nLa fusione di comuni crea un nuovo comune.\n");
    const same = countingEmbedder(256);
    await (await pipelineFor(fixture, { embedder: same })).index.ingest();
    expect(same.embedded).toBe(1);

    const other = countingEmbedder(128);
    const pipeline = await pipelineFor(fixture, { embedder: other });
    const rebuilt = await pipeline.index.ingest();
    expect(rebuilt).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(other.embedded).toBe(rebuilt.chunks);
    const [hit] = await pipeline.retriever.search("fusione di comuni", { kind: "all" }, 1);
    expect(hit?.path).toBe("law/altra.md");
  });

  it("searches by keywords only, without failing, when the index was built by another embedder", async () => {
    fixture = makeKnowledgeFixture();
    await (await pipelineFor(fixture, { embedder: countingEmbedder(256) })).index.ingest();
    const { retriever } = await pipelineFor(fixture, { embedder: countingEmbedder(64) });
    const [hit] = await retriever.search("Codigoro Goro Mesola", { kind: "all" }, 1);
    expect(hit?.path).toBe("unioni/terre-del-delta/scheda.md");
  });
});
