/** What a use case returns; each transport renders it (Block Kit, text, JSON). */
import type { AskResult } from "../core/types.js";
import type { StatusReport } from "../readiness/report-types.js";
import type { Draft } from "../drafting/draft-types.js";
import type { AuditEntry } from "../records/audit-log.js";
import type { SourceSummary } from "../ingestion/index-service.js";

export type CommandResult =
  | { type: "answer"; question: string; result: AskResult }
  | { type: "status"; report: StatusReport }
  /** `notice`: a line shown above the list (e.g. only the example Unione is visible from here). */
  | { type: "status-summary"; reports: StatusReport[]; notice?: string }
  | { type: "draft"; draft: Draft; docx: Buffer | null; fileName: string }
  | { type: "sources"; sources: SourceSummary[]; scopeLabel: string }
  | { type: "history"; unione: string; entries: AuditEntry[] }
  | { type: "help"; isAdmin: boolean }
  /** A plain Italian message: confirmations, refusals, "forse intendevi…". */
  | { type: "message"; level: "info" | "warning" | "error"; text: string; suggestions?: string[] };
