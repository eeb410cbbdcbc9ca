/** What the router needs; built once by the composition root. */
import type { Logger } from "../core/logger.js";
import type { AskService } from "../answering/ask-service.js";
import type { BindingService } from "../records/binding-store.js";
import type { DraftService } from "../drafting/draft-types.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import type { IndexService } from "../ingestion/index-service.js";
import type { RecordUpdateService, RecordsService } from "../records/records-service.js";
import type { StatusService } from "../readiness/status-service.js";

export interface RouterDeps {
  ask: AskService;
  index: IndexService;
  records: RecordsService;
  status: StatusService;
  drafts: DraftService;
  bindings: BindingService;
  updates: RecordUpdateService;
  catalog: FunctionCatalog;
  logger: Logger;
  clock?: () => Date;
}
