/** What the router needs; built once by the composition root (src/app). */
import type { AskService } from "../answering/ask-service.js";
import type { Logger } from "../core/logger.js";
import type { DraftService } from "../drafting/draft-types.js";
import type { EvidenceService } from "../evidence/evidence-service.js";
import type { IndexService } from "../ingestion/index-service.js";
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import type { StatusService } from "../readiness/status-service.js";
import type { BindingService } from "../records/binding-store.js";
import type { FeedbackStore } from "../records/feedback-store.js";
import type { RecordsService, RecordUpdateService } from "../records/records-service.js";

/**
 * Operator tasks on the knowledge folder, composed in src/app from knowledge-check, readiness and drafting.
 * Asynchronous so that those layers are imported only when an operator runs one of them.
 */
export interface KnowledgeMaintenance {
  /** Every problem `unione check` reports, sorted by file and line. */
  check(): Promise<CheckProblem[]>;
  /** Writes the live records back to knowledge/unioni/<id>/record.yaml; returns the paths written. */
  exportRecords(): Promise<string[]>;
  /** Rewrites the records' JSON Schema for editors; returns the path written. */
  writeSchema(): Promise<string>;
}

export interface RouterDeps {
  ask: AskService;
  index: IndexService;
  records: RecordsService;
  status: StatusService;
  drafts: DraftService;
  bindings: BindingService;
  updates: RecordUpdateService;
  evidence: EvidenceService;
  catalog: FunctionCatalog;
  feedback: FeedbackStore;
  knowledge: KnowledgeMaintenance;
  logger: Logger;
  clock?: () => Date;
}
