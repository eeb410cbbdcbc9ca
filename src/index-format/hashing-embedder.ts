/**
 * The offline default embedder: feature hashing ("hashing trick") of the analyzer's stems plus character
 * trigrams of each folded word, into 256 signed dimensions, L2-normalised.
 *
 * Why this and not a neural model: the bot must work on a laptop with no network, and every neural embedder for
 * Italian needs a model download (tens to hundreds of MB) and seconds of CPU per page on 2 cores. Hashing needs no
 * data, embeds about 100k chunks a minute, is deterministic (tests and rebuilds are reproducible), and
 * complements BM25 where BM25 is weakest: stems catch inflections, trigrams catch partial matches across word
 * forms the stemmer splits ("conferimento"/"conferite", "comunale"/"comuni") and small typos. 256 dimensions keep
 * collisions tolerable for passages of a few hundred words while keeping the index small (1 KB per chunk).
 *
 * It is a LangChain `Embeddings`, so a LangChain vector store or chain can use it offline too.
 */
import { createHash } from "node:crypto";
import { Embeddings } from "@langchain/core/embeddings";
import type { Embedder } from "../llm/embedder.js";
import { normalise } from "../llm/embedder.js";
import { embedderFromEmbeddings } from "../llm/embeddings-embedder.js";
import { analyze, fold, stopwords, words } from "./italian-analyzer.js";

export const hashingDimensions = 256;
const trigramWeight = 0.35;

export class HashingEmbeddings extends Embeddings {
  constructor(readonly dimensions = hashingDimensions) {
    super({});
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => Array.from(embedText(text, this.dimensions)));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(embedText(text, this.dimensions));
  }
}

/** The index's embedder over the same hashing; the id names the scheme, so a change of it rebuilds the vectors. */
export function createHashingEmbedder(dimensions = hashingDimensions): Embedder {
  return embedderFromEmbeddings(`hashing-v1-${dimensions}`, new HashingEmbeddings(dimensions), dimensions);
}

const slotCache = new Map<string, number>();

/** Signed slot: the sign halves the bias that collisions add to cosine similarity. */
function slotOf(feature: string, dimensions: number): number {
  const key = `${dimensions}:${feature}`;
  let slot = slotCache.get(key);
  if (slot === undefined) {
    const digest = createHash("md5").update(feature).digest();
    const index = digest.readUInt32LE(0) % dimensions;
    slot = (digest[4]! & 1 ? 1 : -1) * (index + 1);
    if (slotCache.size > 500_000) slotCache.clear();
    slotCache.set(key, slot);
  }
  return slot;
}

function add(vector: Float32Array, feature: string, weight: number): void {
  const slot = slotOf(feature, vector.length);
  const index = Math.abs(slot) - 1;
  vector[index] = (vector[index] ?? 0) + Math.sign(slot) * weight;
}

function embedText(text: string, dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions);
  const counts = new Map<string, number>();
  for (const term of analyze(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  // Sublinear term frequency: a word repeated ten times in a page is not ten times more telling.
  for (const [term, count] of counts) add(vector, `t:${term}`, 1 + Math.log(count));
  for (const word of words(fold(text))) {
    if (word.length < 4 || stopwords.has(word)) continue;
    const padded = `_${word}_`;
    for (let start = 0; start + 3 <= padded.length; start++)
      add(vector, `g:${padded.slice(start, start + 3)}`, trigramWeight);
  }
  return normalise(vector);
}
