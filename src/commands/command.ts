/**
 * A typed request to the router. Chat lines are parsed into one (parse-command.ts); the command line builds
 * one from its flags. Chat sends loose words (`args`) that the router resolves; the command line sends the
 * fields its flags already separated.
 */
import type { DraftRequest } from "../drafting/draft-types.js";
import type { IngestOptions } from "../ingestion/index-service.js";
import type { RecordUpdate } from "../records/records-service.js";
import type { RecordEditInput } from "./record-edit-input.js";

/** What a Slack data-entry form edits: one function of an Unione, or its programme deliverables. */
export type FormTarget = { kind: "function"; code: string } | { kind: "deliverables" };

/** How a status is shown: as the `status --json` object, or with every gap listed ("mostra tutto"). */
export interface StatusView {
  json?: boolean;
  full?: boolean;
}

export type Command =
  | { name: "help" }
  /** `unione`: only from the command line (`--unione`), which narrows the operator's scope to one Unione. */
  | { name: "ask"; question: string; unione?: string | null }
  | { name: "status"; unione: string | null; view?: StatusView }
  | { name: "draft"; args: string[] }
  /** `docx`: build the .docx too (chat always attaches it; the command line only for `--out FILE.docx`). */
  | { name: "draft"; request: DraftRequest; docx: boolean }
  | { name: "sources" }
  | { name: "bind"; unione: string | null }
  | { name: "unbind" }
  /** `rebuild`: read every file again (the command line's `ingest --rebuild`). */
  | { name: "reindex"; onProgress?: IngestOptions["onProgress"]; rebuild?: boolean }
  | { name: "update"; args: string[] }
  | { name: "update"; update: Omit<RecordUpdate, "user"> }
  /**
   * The facts an Unione's acts propose. `apply` records the new ones (command line); `decision` is an admin's
   * "Conferma" or "Scarta" on one proposal (Slack buttons, or typed in chat).
   */
  | { name: "evidence"; unione: string | null; apply?: boolean; decision?: EvidenceDecision }
  | { name: "history"; unione: string | null }
  /** The data to draw a data-entry form (Slack modal) for one function, or the programme documents, of an Unione. */
  | { name: "record-form"; unione: string; target: FormTarget }
  /** A submitted data-entry form. */
  | { name: "record-edit"; unione: string; edit: RecordEditInput }
  | { name: "check" }
  | { name: "stats" }
  | { name: "export" }
  | { name: "schema" };

export interface EvidenceDecision {
  action: "conferma" | "scarta";
  /** The proposal's id. */
  id: string;
}

export type CommandName = Command["name"];
