/**
 * Embedders as LangChain `Embeddings`, both ways: the offline hashing embedder serves a LangChain vector store,
 * and any LangChain embeddings (here LangChain's synthetic fake) can feed the index. Bad input tried: a service
 * that returns fewer vectors than texts, vectors of two lengths, an all-zero vector, an outright failure.
 */
import { Embeddings } from "@langchain/core/embeddings";
import { FakeEmbeddings, FakeVectorStore, SyntheticEmbeddings } from "@langchain/core/utils/testing";
import { describe, expect, it } from "vitest";
import { createHashingEmbedder, HashingEmbeddings } from "../../../src/index-format/hashing-embedder.js";
import { embedderFromEmbeddings } from "../../../src/llm/embeddings-embedder.js";

/** Returns whatever vectors the test scripts, whatever the texts. */
class ScriptedEmbeddings extends Embeddings {
  constructor(private readonly vectors: () => number[][]) {
    super({});
  }
  async embedDocuments(): Promise<number[][]> {
    return this.vectors();
  }
  async embedQuery(): Promise<number[]> {
    return this.vectors()[0] ?? [];
  }
}

const length = (vector: ArrayLike<number>) => Math.sqrt(Array.from(vector).reduce((sum, value) => sum + value ** 2, 0));

describe("HashingEmbeddings (LangChain Embeddings)", () => {
  it("gives the index embedder's own vectors", async () => {
    const text = "Conferimento della polizia locale all'Unione";
    const viaLangChain = await new HashingEmbeddings().embedQuery(text);
    expect(viaLangChain).toHaveLength(256);
    const indexVector = await createHashingEmbedder().embedQuery(text);
    for (const [index, value] of viaLangChain.entries()) expect(indexVector[index]).toBeCloseTo(value, 6);
  });

  it("serves a LangChain vector store offline", async () => {
    const store = await FakeVectorStore.fromTexts(
      [
        "Il conferimento di una funzione all'Unione dura almeno cinque anni.",
        "Il bilancio della scuola materna è approvato dal consiglio.",
      ],
      [{ id: 1 }, { id: 2 }],
      new HashingEmbeddings(),
    );
    const [best] = await store.similaritySearch("quanto dura il conferimento delle funzioni?", 1);
    expect(best?.metadata.id).toBe(1);
  });
});

describe("embedderFromEmbeddings (any LangChain Embeddings to the index)", () => {
  it("turns LangChain's vectors into unit Float32 vectors and learns their length", async () => {
    const embedder = embedderFromEmbeddings("synthetic-8", new SyntheticEmbeddings({ vectorSize: 8 }));
    expect(embedder.dimensions).toBe(0);
    const vectors = await embedder.embedDocuments(["primo passaggio", "secondo passaggio"]);
    expect(vectors.every((vector) => vector instanceof Float32Array && vector.length === 8)).toBe(true);
    for (const vector of vectors) expect(length(vector)).toBeCloseTo(1, 5);
    expect(embedder.dimensions).toBe(8);
    expect(await embedder.embedDocuments([])).toEqual([]);
  });

  it("never hands hnswlib an all-zero vector", async () => {
    const embedder = embedderFromEmbeddings("zeri", new ScriptedEmbeddings(() => [[0, 0, 0]]));
    expect(Array.from(await embedder.embedQuery("x"))).toEqual([1, 0, 0]);
  });

  it("refuses a short answer or vectors of another length with LLM_FAILED", async () => {
    const short = embedderFromEmbeddings("corto", new ScriptedEmbeddings(() => [[1, 0]]));
    await expect(short.embedDocuments(["a", "b"])).rejects.toMatchObject({ code: "LLM_FAILED" });
    const mixed = embedderFromEmbeddings(
      "misto",
      new ScriptedEmbeddings(() => [
        [1, 0],
        [1, 0, 0],
      ]),
    );
    await expect(mixed.embedDocuments(["a", "b"])).rejects.toMatchObject({ code: "LLM_FAILED" });
    const known = embedderFromEmbeddings("noto", new FakeEmbeddings(), 3);
    await expect(known.embedQuery("a")).rejects.toMatchObject({ code: "LLM_FAILED" });
  });

  it("reports a failing service in Italian", async () => {
    const failing = embedderFromEmbeddings(
      "guasto",
      new ScriptedEmbeddings(() => {
        throw new Error("ECONNREFUSED");
      }),
    );
    const error = await failing.embedQuery("x").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "LLM_FAILED", userMessage: expect.stringMatching(/servizio di embedding/) });
  });
});
