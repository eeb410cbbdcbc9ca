/**
 * The composition root: builds every service once from the config. Pieces are created lazily and memoised, so
 * `unione status` does not load the vector index, `unione check` opens no database and `unione ask` does not
 * open Slack. The router is built synchronously over lazy stand-ins for the parts that load asynchronously.
 */
import type { CommandRouter } from "../commands/command-router.js";
import { createCommandRouter } from "../commands/router.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../core/logger.js";
import type { DraftService } from "../drafting/draft-types.js";
import { loadTemplates } from "../drafting/template-registry.js";
import type { EvidenceService } from "../evidence/evidence-service.js";
import { createIndexStore, type IndexStore } from "../index-format/index-store.js";
import { createFunctionCatalog, type FunctionCatalog } from "../knowledge/function-catalog.js";
import { loadUnioneRecords, recordFilesFingerprint } from "../knowledge/load-records.js";
import { formatProblem } from "../knowledge-check/format-problems.js";
import { loadReadinessRules, type ReadinessRules } from "../readiness/rules.js";
import { createStatusService, type StatusService } from "../readiness/status-service.js";
import { type BindingStore, createBindingStore } from "../records/binding-store.js";
import { openDatabase, type SqliteDatabase } from "../records/database.js";
import { createFeedbackStore, type FeedbackStore } from "../records/feedback-store.js";
import { createRecordStore, type RecordStore } from "../records/record-store.js";
import { deferredDrafts, deferredEvidence, deferredKnowledge } from "./deferred-services.js";
import {
  createKnowledgePipeline,
  defaultPromptsDir,
  type KnowledgePipeline,
  readingOptions,
} from "./knowledge-pipeline.js";
import { lazyAsk, lazyCatalog, lazyChatModel, lazyIndex, lazyRetriever } from "./lazy-services.js";

export interface Container {
  readonly config: Config;
  readonly logger: Logger;
  readonly promptsDir: string;
  database(): SqliteDatabase;
  catalog(): FunctionCatalog;
  rules(): ReadinessRules;
  records(): RecordStore;
  status(): StatusService;
  bindings(): BindingStore;
  feedback(): FeedbackStore;
  indexStore(): IndexStore;
  pipeline(): Promise<KnowledgePipeline>;
  drafts(): DraftService;
  evidence(): EvidenceService;
  router(): CommandRouter;
  close(): void;
}

function memo<T>(factory: () => T): () => T {
  let value: { current: T } | null = null;
  return () => {
    value ??= { current: factory() };
    return value.current;
  };
}

export function createContainer(
  config: Config,
  logger: Logger,
  options: { clock?: () => Date; promptsDir?: string } = {},
): Container {
  const clock = options.clock ?? (() => new Date());
  const promptsDir = options.promptsDir ?? defaultPromptsDir;
  let openedDatabase: SqliteDatabase | null = null;
  const database = memo(() => {
    openedDatabase = openDatabase(config.dataDir);
    return openedDatabase;
  });
  const catalog = memo(() => createFunctionCatalog(config.knowledgeDir));
  const rules = memo(() => loadReadinessRules(config.knowledgeDir));
  const records = memo(() =>
    createRecordStore({
      database: database(),
      // Parsed only when the files changed: most start-ups find them as the last one left them.
      seed: {
        fingerprint: recordFilesFingerprint(config.knowledgeDir),
        load: () => {
          const loaded = loadUnioneRecords(config.knowledgeDir);
          for (const problem of loaded.problems)
            logger.warn({ problem }, `scheda non valida: ${formatProblem(problem)}`);
          return { records: loaded.records, invalid: loaded.invalidFolders };
        },
      },
      // Read at the first edit: a question never needs it.
      catalog: lazyCatalog(catalog),
      clock,
      logger,
    }),
  );
  const status = memo(() => createStatusService({ records: records(), rules: rules(), catalog: catalog(), clock }));
  const bindings = memo(() => createBindingStore(database()));
  const feedback = memo(() => createFeedbackStore(database()));
  const indexStore = memo(() => createIndexStore(config.dataDir));
  const pipeline = memo(() => createKnowledgePipeline(config, logger, { promptsDir, store: indexStore() }));
  const drafts = memo(() =>
    deferredDrafts(
      async () =>
        (await import("../drafting/create-draft-service.js")).createDraftService({
          knowledgeDir: config.knowledgeDir,
          records: records(),
          catalog: catalog(),
          retriever: lazyRetriever(pipeline),
          chatModel: config.llm.enabled ? lazyChatModel(config.llm.model, pipeline) : null,
          promptsDir,
          logger,
          clock,
          minimumDurationYears: rules().minimumDurationYears,
        }),
      () => loadTemplates(config.knowledgeDir).templates.map((template) => ({ id: template.id, name: template.name })),
    ),
  );
  const knowledge = deferredKnowledge(async () =>
    (await import("./knowledge-maintenance.js")).createKnowledgeMaintenance({
      knowledgeDir: config.knowledgeDir,
      records,
      clock,
      logger,
    }),
  );
  const evidence = memo(() =>
    deferredEvidence(async () =>
      (await import("../evidence/evidence-service.js")).createEvidenceService({
        knowledgeDir: config.knowledgeDir,
        maxFileBytes: config.maxFileBytes,
        // Ingest's limits and OCR (with its cache): a scanned act yields the words it was indexed with.
        loader: (await import("../ingestion/load-document.js")).createDocumentLoader(readingOptions(config).loader),
        records: records(),
        updates: records(),
        catalog: catalog(),
        decisions: (await import("../records/evidence-decisions.js")).createEvidenceDecisions(database()),
        model: config.llm.enabled
          ? { chatModel: lazyChatModel(config.llm.model, pipeline), promptsDir, catalog: catalog(), logger }
          : null,
        logger,
        clock,
      }),
    ),
  );
  const router = memo(() =>
    // Getters: a command touches only what it needs (`check` never opens the database).
    createCommandRouter({
      ask: lazyAsk(pipeline),
      index: lazyIndex(pipeline, indexStore),
      get records() {
        return records();
      },
      get status() {
        return status();
      },
      get drafts() {
        return drafts();
      },
      get bindings() {
        return bindings();
      },
      get updates() {
        return records();
      },
      get evidence() {
        return evidence();
      },
      get catalog() {
        return catalog();
      },
      get feedback() {
        return feedback();
      },
      knowledge,
      logger,
      clock,
    }),
  );
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
    indexStore,
    pipeline,
    drafts,
    evidence,
    router,
    close() {
      if (openedDatabase?.open) openedDatabase.close();
    },
  };
}
