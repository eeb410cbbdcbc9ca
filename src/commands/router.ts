/**
 * The transport-neutral command router: one line or one typed command in, one CommandResult out. Slack, the
 * console and the command line all come through here, so access rules and messages are the same everywhere.
 */
import { isUnioneError, UnioneError, userMessageOf } from "../core/errors.js";
import { withRequestId } from "../core/logger.js";
import type { RequestContext } from "../core/types.js";
import type { Command } from "./command.js";
import type { CommandResult } from "./command-result.js";
import type { CommandRouter } from "./command-router.js";
import { handleBind, handleReindex, handleUnbind, handleUpdate } from "./handle-admin.js";
import { handleAsk } from "./handle-ask.js";
import { handleDraft } from "./handle-draft.js";
import { handleEvidence } from "./handle-evidence.js";
import { homeEntries, recordVote } from "./handle-feedback.js";
import { handleRecordEdit } from "./handle-record-edit.js";
import { handleSources } from "./handle-sources.js";
import { handleHistory, handleStatus } from "./handle-status.js";
import { assertWithinLimits, echoed, lineLimitError } from "./input-limits.js";
import { parseCommand } from "./parse-command.js";
import { recordForm } from "./record-form.js";
import type { RouterDeps } from "./router-deps.js";
import { isAdminOnly } from "./subcommands.js";

const adminOnly =
  "Mi dispiace, questo comando è riservato agli amministratori del bot. Se ti serve, chiedi a un amministratore.";

async function dispatch(deps: RouterDeps, command: Command, context: RequestContext): Promise<CommandResult> {
  if (isAdminOnly(command.name) && !context.isAdmin) throw new UnioneError("FORBIDDEN", adminOnly);
  assertWithinLimits(command);
  switch (command.name) {
    case "help":
      return { type: "help", isAdmin: context.isAdmin };
    case "ask":
      return handleAsk(deps, command, context);
    case "status":
      return handleStatus(deps, command, context);
    case "history":
      return handleHistory(deps, command.unione, context);
    case "draft":
      return handleDraft(deps, command, context);
    case "sources":
      return handleSources(deps, context);
    case "bind":
      return handleBind(deps, command.unione, context);
    case "unbind":
      return handleUnbind(deps, context);
    case "reindex":
      return handleReindex(deps, context, { onProgress: command.onProgress, rebuild: command.rebuild });
    case "update":
      return handleUpdate(deps, command, context);
    case "evidence":
      return handleEvidence(deps, command, context);
    case "check":
      return { type: "check", problems: await deps.knowledge.check() };
    case "stats":
      return { type: "stats", stats: deps.feedback.stats() };
    case "export":
      return { type: "files", paths: await deps.knowledge.exportRecords() };
    case "schema":
      return { type: "files", paths: [await deps.knowledge.writeSchema()] };
    case "record-form":
      return { type: "record-form", form: recordForm(deps, command, context) };
    case "record-edit":
      return handleRecordEdit(deps, command, context);
  }
}

function unknownCommand(word: string, suggestions: string[]): CommandResult {
  const names = suggestions.map((name) => `\`${name}\``).join(", ");
  return {
    type: "message",
    level: "warning",
    text: `Non conosco il comando "${echoed(word)}". Forse intendevi: ${names}? Scrivi \`/unione aiuto\` per l'elenco dei comandi.`,
    suggestions,
  };
}

export function createCommandRouter(deps: RouterDeps): CommandRouter {
  const execute = (command: Command, context: RequestContext) =>
    withRequestId(context.requestId, () => dispatch(deps, command, context));
  return {
    execute,
    async handle(text, context) {
      const tooLong = lineLimitError(text);
      if (tooLong) {
        deps.logger.info({ requestId: context.requestId, chars: text.length }, "comando rifiutato: testo troppo lungo");
        return { type: "message", level: "warning", text: tooLong.userMessage };
      }
      const parsed = parseCommand(text);
      if (parsed.name === "empty") return { type: "help", isAdmin: context.isAdmin };
      if (parsed.name === "unknown") return unknownCommand(parsed.word, parsed.suggestions);
      if (isAdminOnly(parsed.name) && !context.isAdmin) return { type: "message", level: "warning", text: adminOnly };
      try {
        return await execute(parsed, context);
      } catch (error) {
        const fields = { requestId: context.requestId, command: parsed.name };
        if (isUnioneError(error) && error.code !== "INTERNAL") {
          deps.logger.info({ ...fields, code: error.code }, "comando rifiutato");
        } else {
          deps.logger.error({ ...fields, err: error }, "comando non riuscito");
        }
        return { type: "message", level: "error", text: userMessageOf(error) };
      }
    },
    boundUnione: (channel) => deps.bindings.boundUnione(channel),
    vote: (input) => recordVote(deps, input),
    home: (input) => homeEntries(deps, input),
  };
}
