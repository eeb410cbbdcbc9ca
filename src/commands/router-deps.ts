/** What the router needs; built once by the composition root. */
import type { Logger } from "../core/logger.js";
import type {
  AskService,
  BindingService,
  DraftService,
  FunctionCatalog,
  IndexService,
  RecordUpdateService,
  RecordsService,
  StatusService,
} from "./ports.js";

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
