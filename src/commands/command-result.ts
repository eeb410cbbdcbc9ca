/** What a use case returns; each transport renders it (Block Kit, text, JSON). */

import type { AskResult } from "../core/types.js";
import type { Draft } from "../drafting/draft-types.js";
import type { EvidenceApplication, EvidenceRun } from "../evidence/evidence-service.js";
import type { IngestSummary, SourceSummary } from "../ingestion/index-service.js";
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { StatusReport } from "../readiness/report-types.js";
import type { AuditEntry } from "../records/audit-log.js";
import type { FeedbackStats } from "../records/feedback-store.js";
import type { StatusView } from "./command.js";
import type { RecordFormData } from "./record-form.js";

export type CommandResult =
  /** `answerId`: the stored answer the 👍/👎 buttons refer to, when the request asked for it to be recorded. */
  | { type: "answer"; question: string; result: AskResult; answerId?: string | null }
  /** `view`: the JSON object or the full list of gaps, as asked; `canEdit`: the requester may edit the record here. */
  /** `newEvidence`: how many facts the Unione's acts propose that are not yet recorded (admins where they may edit). */
  | { type: "status"; report: StatusReport; view?: StatusView; canEdit?: boolean; newEvidence?: number }
  /** `notice`: a line shown above the list (e.g. only the example Unione is visible from here). */
  | { type: "status-summary"; reports: StatusReport[]; notice?: string; view?: StatusView }
  | { type: "draft"; draft: Draft; docx: Buffer | null; fileName: string }
  | { type: "sources"; sources: SourceSummary[]; scopeLabel: string }
  /** `comuni`: the record's Comuni, to name the Comune of an act an entry rests on. */
  | { type: "history"; unione: string; entries: AuditEntry[]; comuni?: Array<{ id: string; name: string }> }
  /** The proposals of an Unione's acts; with `application`, what `--apply` recorded. */
  | { type: "evidence"; run: EvidenceRun; application?: Omit<EvidenceApplication, "run"> }
  | { type: "record-form"; form: RecordFormData }
  | { type: "help"; isAdmin: boolean }
  /** `text`: the chat wording, which names only the skipped files the request's scope may see. */
  | { type: "reindex"; summary: IngestSummary; level: "info" | "warning"; text: string }
  | { type: "check"; problems: CheckProblem[] }
  | { type: "stats"; stats: FeedbackStats }
  /** Files written (record export, JSON schema). */
  | { type: "files"; paths: string[] }
  /** A plain Italian message: confirmations, refusals, "forse intendevi…". */
  | { type: "message"; level: "info" | "warning" | "error"; text: string; suggestions?: string[] };
