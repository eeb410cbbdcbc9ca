/**
 * The transport-neutral command router: one line in, one CommandResult out. Slack, the console and the CLI
 * all come through here, so access rules and messages are the same everywhere.
 */
import { isUnioneError, userMessageOf } from "../core/errors.js";
import type { RequestContext } from "../core/types.js";
import type { CommandResult } from "./command-result.js";
import type { CommandRouter } from "./command-router.js";
import { handleBind, handleReindex, handleUnbind, handleUpdate } from "./handle-admin.js";
import { handleDraft } from "./handle-draft.js";
import { handleHistory, handleStatus } from "./handle-status.js";
import { adminSubcommands, parseCommand, type ParsedCommand } from "./parse-command.js";
import type { RouterDeps } from "./router-deps.js";

const emptyQuestion: CommandResult = {
  type: "message",
  level: "warning",
  text: "Scrivi la domanda dopo il comando, ad esempio: `/unione chiedi la polizia locale deve essere conferita da tutti i Comuni?`",
};

const adminOnly: CommandResult = {
  type: "message",
  level: "warning",
  text: "Mi dispiace, questo comando è riservato agli amministratori del bot. Se ti serve, chiedi a un amministratore.",
};

async function dispatch(deps: RouterDeps, command: ParsedCommand, context: RequestContext): Promise<CommandResult> {
  if (command.name !== "unknown" && command.name !== "empty" && adminSubcommands.has(command.name) && !context.isAdmin) {
    return adminOnly;
  }
  switch (command.name) {
    case "empty":
    case "help":
      return { type: "help", isAdmin: context.isAdmin };
    case "ask": {
      if (!command.question.trim()) return emptyQuestion;
      const result = await deps.ask.ask(command.question, { scope: context.scope, history: context.history });
      return { type: "answer", question: command.question, result };
    }
    case "status":
      return handleStatus(deps, command.unione, context);
    case "history":
      return handleHistory(deps, command.unione, context);
    case "draft":
      return handleDraft(deps, command.args, context);
    case "sources":
      return { type: "sources", sources: await deps.index.sources(context.scope), scopeLabel: scopeLabel(deps, context) };
    case "bind":
      return handleBind(deps, command.unione, context);
    case "unbind":
      return handleUnbind(deps, context);
    case "reindex":
      return handleReindex(deps, context);
    case "update":
      return handleUpdate(deps, command.args, context);
    case "unknown":
      return {
        type: "message",
        level: "warning",
        text: `Non conosco il comando "${command.word}". Forse intendevi: ${command.suggestions.map((name) => `\`${name}\``).join(", ")}? Scrivi \`/unione aiuto\` per l'elenco dei comandi.`,
        suggestions: command.suggestions,
      };
  }
}

function scopeLabel(deps: RouterDeps, context: RequestContext): string {
  if (context.scope.kind === "all") return "tutte le fonti";
  if (context.scope.kind === "public") return "normativa, modelli e documenti comuni";
  const record = deps.records.get(context.scope.unione);
  return `normativa, modelli e documenti di ${record?.name ?? context.scope.unione}`;
}

export function createCommandRouter(deps: RouterDeps): CommandRouter {
  return {
    async handle(text, context) {
      const command = parseCommand(text);
      try {
        return await dispatch(deps, command, context);
      } catch (error) {
        if (isUnioneError(error) && error.code !== "INTERNAL") {
          deps.logger.info({ requestId: context.requestId, command: command.name, code: error.code }, "command refused");
        } else {
          deps.logger.error({ requestId: context.requestId, command: command.name, err: error }, "command failed");
        }
        return { type: "message", level: "error", text: userMessageOf(error) };
      }
    },
  };
}
