/**
 * The composition root: builds every service once from the config. Pieces are created lazily and memoised,
 * so `unione status` does not load the vector index and `unione ask` does not open Slack.
 */
import type { Config } from "../config/config.js";
import type { CommandRouter } from "../commands/command-router.js";
import type { DraftService } from "../drafting/draft-types.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import type { StatusService } from "../readiness/status-service.js";
import { createCommandRouter } from "../commands/router.js";
import type { Logger } from "../core/logger.js";
import { createDraftService } from "../drafting/create-draft-service.js";
import { createFunctionCatalog } from "../knowledge/function-catalog.js";
import { loadUnioneRecords } from "../knowledge/load-records.js";
import { loadReadinessRules, type ReadinessRules } from "../readiness/rules.js";
import { createStatusService } from "../readiness/status-service.js";
import { createBindingStore } from "../records/binding-store.js";
import { formatProblem } from "../knowledge-check/format-problems.js";
import { openDatabase, type SqliteDatabase } from "../records/database.js";
import { createFeedbackStore, type FeedbackStore } from "../records/feedback-store.js";
import { createRecordStore, type RecordStore } from "../records/record-store.js";
import { createKnowledgePipeline, defaultPromptsDir, type KnowledgePipeline } from "./knowledge-pipeline.js";

export interface Container {
  readonly config: Config;
  readonly logger: Logger;
  readonly promptsDir: string;
  database(): SqliteDatabase;
  catalog(): FunctionCatalog;
  rules(): ReadinessRules;
  records(): RecordStore;
  status(): StatusService;
  bindings(): ReturnType<typeof createBindingStore>;
  feedback(): FeedbackStore;
  pipeline(): Promise<KnowledgePipeline>;
  drafts(): Promise<DraftService>;
  router(): Promise<CommandRouter>;
  close(): void;
}

function memo<T>(factory: () => T): () => T {
  let value: { current: T } | null = null;
  return () => (value ??= { current: factory() }).current;
}

export function createContainer(config: Config, logger: Logger, options: { clock?: () => Date; promptsDir?: string } = {}): Container {
  const clock = options.clock ?? (() => new Date());
  const promptsDir = options.promptsDir ?? defaultPromptsDir;
  let openedDatabase: SqliteDatabase | null = null;
  const database = memo(() => (openedDatabase = openDatabase(config.dataDir)));
  const catalog = memo(() => createFunctionCatalog(config.knowledgeDir));
  const rules = memo(() => loadReadinessRules(config.knowledgeDir));
  const records = memo(() => {
    const loaded = loadUnioneRecords(config.knowledgeDir);
    for (const problem of loaded.problems) {
      logger.warn({ problem }, `scheda non valida: ${formatProblem(problem)}`);
    }
    return createRecordStore({ database: database(), seed: loaded.records, invalidSeeds: loaded.invalidFolders, catalog: catalog(), clock, logger });
  });
  const status = memo(() => createStatusService({ records: records(), rules: rules(), catalog: catalog(), clock }));
  const bindings = memo(() => createBindingStore(database()));
  const feedback = memo(() => createFeedbackStore(database()));
  const pipeline = memo(() => createKnowledgePipeline(config, logger, { promptsDir }));
  const drafts = memo(async () => {
    const { retriever, chatModel } = await pipeline();
    return createDraftService({
      knowledgeDir: config.knowledgeDir,
      records: records(),
      catalog: catalog(),
      retriever,
      chatModel,
      promptsDir,
      logger,
      clock,
      minimumDurationYears: rules().minimumDurationYears,
    });
  });
  const router = memo(async () => {
    const { ask, index } = await pipeline();
    const store = records();
    return createCommandRouter({
      ask,
      index,
      records: store,
      status: status(),
      drafts: await drafts(),
      bindings: bindings(),
      updates: store,
      catalog: catalog(),
      logger,
      clock,
    });
  });
  return {
    config,
    logger,
    promptsDir,
    database,
    catalog,
    rules,
    records,
    status,
    bindings,
    feedback,
    pipeline,
    drafts,
    router,
    close() {
      if (openedDatabase?.open) openedDatabase.close();
    },
  };
}
