/** Dispatches a CommandResult to its Block Kit builder. Pure. */
import type { CommandResult } from "../../../commands/command-result.js";
import { renderResultText } from "../../console/render-text.js";
import { answerBlocks } from "./answer-blocks.js";
import type { SlackMessage } from "./block-kit.js";
import { draftBlocks } from "./draft-blocks.js";
import { evidenceBlocks } from "./evidence-blocks.js";
import { helpBlocks } from "./help-blocks.js";
import { historyBlocks } from "./history-blocks.js";
import { messageBlocks } from "./message-blocks.js";
import type { ReplyControls } from "./reply-controls.js";
import { sourcesBlocks } from "./sources-blocks.js";
import { statusBlocks } from "./status-blocks.js";
import { statusSummaryBlocks, statusSummaryJsonBlocks } from "./status-summary-blocks.js";

export interface RenderOptions extends ReplyControls {
  /** Under a draft preview: where the .docx went. */
  fileNote?: string | null;
}

export function renderResult(result: CommandResult, options: RenderOptions = {}): SlackMessage {
  switch (result.type) {
    case "answer":
      return answerBlocks(result.result, options);
    case "status":
      return statusBlocks(result.report, {
        ...options,
        ...(result.view?.full ? { full: true } : {}),
        ...(result.view?.json ? { json: true } : {}),
        ...(result.canEdit ? { canEdit: true } : {}),
        ...(result.newEvidence ? { newEvidence: result.newEvidence } : {}),
      });
    case "status-summary":
      return result.view?.json
        ? statusSummaryJsonBlocks(result.reports)
        : statusSummaryBlocks(result.reports, options, result.notice);
    case "draft":
      return draftBlocks(result.draft, options);
    case "sources":
      return sourcesBlocks(result.sources, result.scopeLabel, options);
    case "history":
      return historyBlocks(result.unione, result.entries, options, result.comuni);
    case "help":
      return helpBlocks(result.isAdmin);
    case "message":
      return messageBlocks(result.level, result.text, result.suggestions ?? []);
    case "reindex":
      return messageBlocks(result.level, result.text);
    case "evidence":
      // `--apply` is the command line's: chat confirms one proposal at a time.
      return result.application ? messageBlocks("info", renderResultText(result)) : evidenceBlocks(result.run);
    case "check":
    case "stats":
    case "files":
    case "record-form":
      // Operator commands of the command line: no chat word reaches them, the console text is enough.
      return messageBlocks("info", renderResultText(result));
  }
}

/** Results worth a "Condividi nel canale" button; help and refusals are personal. */
export function isShareable(result: CommandResult): boolean {
  // An admin's review of the acts' proposals is theirs to decide, not to post.
  return !["help", "message", "reindex", "check", "stats", "files", "record-form", "evidence"].includes(result.type);
}
