/**
 * The services the command router depends on. Each is built once by the composition root
 * (src/app/container.ts) and is transport-neutral: no Slack, no console, no environment variables here.
 */
import type { AccessScope, AskOptions, AskResult, RequestContext } from "../core/types.js";
import type { UnioneRecord } from "../records/schema.js";
import type { StatusReport } from "../readiness/report-types.js";
import type { Draft, DraftRequest } from "../drafting/draft-types.js";

/** Issue 2: retrieval + grounded answers. */
export interface AskService {
  ask(question: string, options: AskOptions): Promise<AskResult>;
}

/** Summary of the indexed sources a scope may see (for `/unione fonti`). */
export interface SourceSummary {
  path: string;
  title: string;
  kind: string;
  unione: string | null;
  chunks: number;
  pages: number | null;
}

export interface IngestSummary {
  files: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  skipped: { path: string; reason: string }[];
  pages: number;
  chunks: number;
  seconds: number;
}

export interface IndexService {
  /** Incremental ingest of the knowledge folder; `onProgress` gets one Italian line per file. */
  ingest(options?: { onProgress?: (line: string) => void }): Promise<IngestSummary>;
  /** True when an index exists on disk. */
  exists(): boolean;
  sources(scope: AccessScope): Promise<SourceSummary[]>;
}

/** Issue 3/5: Unione records (YAML seed + SQLite live store). */
export interface RecordsService {
  list(): UnioneRecord[];
  get(id: string): UnioneRecord | null;
  /** Loose name matching ("Delta", "terre d'acqua"); null when nothing matches. */
  resolve(name: string): UnioneRecord | null;
  /** Closest names, for suggestions after a failed resolve. */
  suggest(name: string): string[];
}

/** Issue 5: readiness. */
export interface StatusService {
  status(unioneId: string, today?: Date): StatusReport;
  summary(scope: AccessScope, today?: Date): StatusReport[];
}

/** Issue 6: drafting. */
export interface DraftService {
  /** Template ids with their Italian names. */
  types(): { id: string; name: string }[];
  draft(request: DraftRequest, context: RequestContext): Promise<Draft>;
  toDocx(draft: Draft): Promise<Buffer>;
}

/** Channel bindings (issue 4), stored in SQLite. */
export interface BindingService {
  boundUnione(channel: string): string | null;
  bind(channel: string, unioneId: string, user: string): void;
  unbind(channel: string, user: string): boolean;
  list(): { channel: string; unione: string }[];
}

/** A function of the catalogue (knowledge/rules/functions.yaml). */
export interface FunctionInfo {
  code: string;
  name: string;
  aliases: string[];
  /** "ict": the ICT function required by art. 7 c.3; "elenco": one of the 7 listed there; null otherwise. */
  art7: "ict" | "elenco" | null;
}

export interface FunctionCatalog {
  list(): FunctionInfo[];
  get(code: string): FunctionInfo | null;
  /** Loose match on code, name and aliases ("vigili" -> polizia-locale). */
  resolve(name: string): FunctionInfo | null;
}

export interface RecordUpdate {
  unione: string;
  /** Function code, deliverable id, or null for a field of the Unione itself. */
  target: string | null;
  field: string;
  value: string;
  user: string;
}

export interface AuditEntry {
  at: string;
  user: string;
  unione: string;
  target: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** Issue 5: audited changes to the live records. Invalid updates throw UnioneError and change nothing. */
export interface RecordUpdateService {
  update(update: RecordUpdate): AuditEntry;
  history(unioneId: string, limit?: number): AuditEntry[];
}

/** Issue 2: hybrid retrieval, used by answering and by drafting's optional LLM refinement. */
export interface Retriever {
  /** Best passages first; never returns passages outside `scope`. */
  search(query: string, scope: AccessScope, topK?: number): Promise<import("../core/types.js").Source[]>;
}

/** One problem found by `unione check`, named by file, line and field, with an Italian message. */
export interface CheckProblem {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
  severity: "error" | "warning";
}
