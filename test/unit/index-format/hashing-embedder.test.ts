import { describe, expect, it } from "vitest";
import { createHashingEmbedder } from "../../../src/index-format/hashing-embedder.js";
import { blendRanking, fuseRankings } from "../../../src/retrieval/fusion.js";

const cosine = (left: Float32Array, right: Float32Array) =>
  left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);
const norm = (vector: Float32Array) => Math.sqrt(cosine(vector, vector));

describe("offline hashing embedder", () => {
  const embedder = createHashingEmbedder();

  it("returns unit vectors, never all-zero, even for empty or stopword-only text", async () => {
    for (const text of ["", "il la di", "!!!", "Conferimento della polizia locale all'Unione"]) {
      const vector = await embedder.embedQuery(text);
      expect(vector).toHaveLength(embedder.dimensions);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
  });

  it("is deterministic and puts related Italian texts closer than unrelated ones", async () => {
    const [query, related, unrelated] = await embedder.embedDocuments([
      "conferimento delle funzioni all'unione",
      "le funzioni conferite all'Unione dai Comuni",
      "approvazione del bilancio della scuola materna",
    ]);
    expect(await embedder.embedQuery("conferimento delle funzioni all'unione")).toEqual(query);
    expect(cosine(query!, related!)).toBeGreaterThan(cosine(query!, unrelated!) + 0.2);
  });
});

describe("weighted reciprocal-rank fusion", () => {
  it("ranks a passage found by both searches above one found by a single search", () => {
    const fused = fuseRankings([1, 2, 3], [3, 4, 5]);
    expect(fused[0]!.position).toBe(3);
    expect(fused.every((hit) => hit.score > 0 && hit.score <= 1)).toBe(true);
  });

  it("gives score 1 to the first of both rankings", () => {
    const [first] = fuseRankings([7], [7]);
    expect(first?.position).toBe(7);
    expect(first?.score).toBeCloseTo(1, 10);
  });

  it("lets a page ranking move a passage whose page holds the question up, scores still within 0..1", () => {
    const fused = fuseRankings([1, 2, 3], []);
    expect(fused[0]!.position).toBe(1);
    const blended = blendRanking(fused, [3], 0.6, 20);
    expect(blended[0]!.position).toBe(3);
    expect(blended.every((hit) => hit.score > 0 && hit.score <= 1)).toBe(true);
    // Weight 0 leaves the order as it was.
    expect(blendRanking(fused, [3, 1], 0, 20).map((hit) => hit.position)).toEqual([1, 2, 3]);
  });
});
