/**
 * The naive baseline the bench compares against: LangChain's character splitter and HNSWLib with its defaults
 * (ef = 10, never set), vectors only, no BM25, same offline hashing embedder.
 */
import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import { Document } from "@langchain/core/documents";
import { Embeddings } from "@langchain/core/embeddings";
import { CharacterTextSplitter } from "@langchain/textsplitters";
import type { Embedder } from "../src/llm/embedder.js";

class HashingEmbeddings extends Embeddings {
  constructor(private readonly embedder: Embedder) {
    super({});
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return (await this.embedder.embedDocuments(texts)).map((vector) => Array.from(vector));
  }
  async embedQuery(text: string): Promise<number[]> {
    return Array.from(await this.embedder.embedQuery(text));
  }
}

export interface BaselineUnit {
  text: string;
  path: string;
  page: number | null;
}

export async function buildBaseline(units: BaselineUnit[], embedder: Embedder) {
  const splitter = new CharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });
  // The splitter warns on stderr for every piece longer than chunkSize: that is the baseline's known weakness.
  const warn = console.warn;
  console.warn = () => undefined;
  const documents = await splitter
    .splitDocuments(
      units.map((unit) => new Document({ pageContent: unit.text, metadata: { path: unit.path, page: unit.page } })),
    )
    .finally(() => (console.warn = warn));
  const store = await HNSWLib.fromDocuments(documents, new HashingEmbeddings(embedder));
  return {
    chunks: documents.length,
    async search(query: string, topK = 5) {
      const results = await store.similaritySearch(query, topK);
      return results.map((result) => ({
        path: String(result.metadata.path),
        page: (result.metadata.page as number | null) ?? null,
        article: null,
      }));
    },
  };
}
