/**
 * Stand-ins that build the knowledge pipeline on first use. The pipeline loads asynchronously (the OpenAI client
 * is imported only when configured), while the router and the draft service are built synchronously.
 */
import type { AskService } from "../answering/ask-service.js";
import type { IndexStore } from "../index-format/index-store.js";
import type { IndexService } from "../ingestion/index-service.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import type { ChatModel } from "../llm/chat-model.js";
import type { Retriever } from "../retrieval/retriever.js";
import type { KnowledgePipeline } from "./knowledge-pipeline.js";

type Pipeline = () => Promise<KnowledgePipeline>;

export function lazyAsk(pipeline: Pipeline): AskService {
  return { ask: async (question, options) => (await pipeline()).ask.ask(question, options) };
}

export function lazyIndex(pipeline: Pipeline, store: () => IndexStore): IndexService {
  return {
    ingest: async (options) => (await pipeline()).index.ingest(options),
    // Whether an index exists needs no embedder: just the pointer file.
    exists: () => store().currentGeneration() !== null,
    sources: async (scope) => (await pipeline()).index.sources(scope),
  };
}

export function lazyRetriever(pipeline: Pipeline): Retriever {
  return { search: async (query, scope, topK) => (await pipeline()).retriever.search(query, scope, topK) };
}

/** Only for a configured model: offline, callers get null and never a stand-in. */
export function lazyChatModel(name: string, pipeline: Pipeline): ChatModel {
  return {
    name,
    async complete(messages, options) {
      const { chatModel } = await pipeline();
      if (!chatModel) throw new Error("modello linguistico non configurato");
      return chatModel.complete(messages, options);
    },
  };
}

/** The function catalogue, read (and validated, throwing if broken) when first consulted. */
export function lazyCatalog(catalog: () => FunctionCatalog): FunctionCatalog {
  return {
    list: () => catalog().list(),
    get: (code) => catalog().get(code),
    resolve: (name) => catalog().resolve(name),
  };
}
