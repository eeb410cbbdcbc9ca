/**
 * Builds the knowledge pipeline from config: index service (ingest), hybrid retriever over the live index,
 * ask service, and the chat model (null offline). Loading is lazy: nothing is read from disk until the first
 * search, so commands that never search stay fast.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AskService } from "../answering/ask-service.js";
import { createAskService } from "../answering/ask-service.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../core/logger.js";
import { createIndexStore, type IndexStore } from "../index-format/index-store.js";
import type { IndexService } from "../ingestion/index-service.js";
import type { ChatModel } from "../llm/chat-model.js";
import type { Embedder } from "../llm/embedder.js";
import { createHybridRetriever, type HybridRetriever } from "../retrieval/hybrid-retriever.js";
import { createIndexHolder } from "../retrieval/index-holder.js";
import { loadSynonymExpander } from "../retrieval/synonym-cache.js";
import { createEmbedder } from "./create-embedder.js";
import { deferredIndex } from "./deferred-services.js";

/**
 * prompts/ of the project, wherever the process was started from and wherever this code sits: src/app/ when run
 * through tsx, a chunk of the compiled bundle in dist/ otherwise.
 */
export const defaultPromptsDir = projectFolder("prompts");

function projectFolder(name: string): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, name, "answer.md"))) return join(directory, name);
    if (dirname(directory) === directory) return join(start, "..", "..", name);
  }
}

export interface KnowledgePipeline {
  index: IndexService;
  retriever: HybridRetriever;
  ask: AskService;
  chatModel: ChatModel | null;
}

export interface KnowledgePipelineOverrides {
  embedder?: Embedder;
  chatModel?: ChatModel | null;
  promptsDir?: string;
  /** The index on disk, when the caller already opened it. */
  store?: IndexStore;
}

export async function createKnowledgePipeline(
  config: Config,
  logger: Logger,
  overrides: KnowledgePipelineOverrides = {},
): Promise<KnowledgePipeline> {
  const embedder = overrides.embedder ?? (await createEmbedder(config));
  const chatModel =
    overrides.chatModel !== undefined ? overrides.chatModel : await createConfiguredChatModel(config, logger);
  const store = overrides.store ?? createIndexStore(config.dataDir);
  const expander = loadSynonymExpander({
    knowledgeDir: config.knowledgeDir,
    cacheFile: join(config.dataDir, "cache", "synonyms.json"),
    logger,
  });
  const index = deferredIndex(
    async () =>
      (await import("../ingestion/ingest-service.js")).createIndexService({
        knowledgeDir: config.knowledgeDir,
        maxFileBytes: config.maxFileBytes,
        store,
        embedder,
        logger,
        reading: readingOptions(config),
      }),
    () => store.currentGeneration() !== null,
  );
  const retriever = createHybridRetriever(createIndexHolder(store, { embedder, expander }, logger));
  const ask = createAskService({ retriever, chatModel, promptsDir: overrides.promptsDir ?? defaultPromptsDir, logger });
  return { index, retriever, ask, chatModel };
}

/** Ingest's workers, limits and OCR, from the settings; OCR results are cached in the data folder. */
export function readingOptions(config: Config) {
  const { ingest, ocr } = config;
  return {
    workers: ingest.workers,
    // A page read by OCR shows no progress until tesseract is done: the file's deadline waits longer than a page's.
    stallMs: Math.max(ingest.stallMs, ocr.pageTimeoutMs + 15_000),
    // A worker must hold what a file may inflate to several times over (bytes, text, passages) without reaching
    // its limit: past it V8 may abort the whole process rather than the worker.
    workerMemoryMb: Math.max(ingest.workerMemoryMb, 4 * Math.ceil(ingest.maxInflatedBytes / (1024 * 1024))),
    maxPassages: ingest.maxPassagesPerFile,
    loader: {
      maxInflatedBytes: ingest.maxInflatedBytes,
      maxPages: ingest.maxPagesPerFile,
      ocr: ocr.enabled
        ? {
            searchPath: ocr.searchPath,
            tessdataDir: ocr.tessdataDir,
            language: ocr.language,
            pageTimeoutMs: ocr.pageTimeoutMs,
            renderLongSide: 3508,
            cacheDir: join(config.dataDir, "ocr-cache"),
          }
        : null,
    },
  };
}

/** Null offline; the provider's LangChain package is imported only when a model is configured. */
async function createConfiguredChatModel(config: Config, logger: Logger): Promise<ChatModel | null> {
  if (!config.llm.enabled) return null;
  const { createChatModel } = await import("../llm/create-chat-model.js");
  return createChatModel(config.llm, logger);
}
