/**
 * A typed request to the router. Chat lines are parsed into one (parse-command.ts); the command line builds
 * one from its flags. Chat sends loose words (`args`) that the router resolves; the command line sends the
 * fields its flags already separated.
 */
import type { DraftRequest } from "../drafting/draft-types.js";
import type { RecordUpdate } from "../records/records-service.js";

export type Command =
  | { name: "help" }
  /** `unione`: only from the command line (`--unione`), which narrows the operator's scope to one Unione. */
  | { name: "ask"; question: string; unione?: string | null }
  | { name: "status"; unione: string | null }
  | { name: "draft"; args: string[] }
  /** `docx`: build the .docx too (chat always attaches it; the command line only for `--out FILE.docx`). */
  | { name: "draft"; request: DraftRequest; docx: boolean }
  | { name: "sources" }
  | { name: "bind"; unione: string | null }
  | { name: "unbind" }
  | { name: "reindex"; onProgress?: (line: string) => void }
  | { name: "update"; args: string[] }
  | { name: "update"; update: Omit<RecordUpdate, "user"> }
  /**
   * The facts an Unione's acts propose. `apply` records the new ones (command line); `decision` is an admin's
   * "Conferma" or "Scarta" on one proposal (Slack buttons, or typed in chat).
   */
  | { name: "evidence"; unione: string | null; apply?: boolean; decision?: EvidenceDecision }
  | { name: "history"; unione: string | null }
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
