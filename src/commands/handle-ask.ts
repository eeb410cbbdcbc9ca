/** `/unione chiedi <domanda>` and `unione ask`: a grounded answer within the request's scope. */
import type { AccessScope, RequestContext } from "../core/types.js";
import type { Command } from "./command.js";
import type { CommandResult } from "./command-result.js";
import { recordAnswer } from "./handle-feedback.js";
import { answerFromRecords } from "./record-answers/answer-from-records.js";
import { unioniNamedIn } from "./record-answers/unione-in-question.js";
import { resolveUnione } from "./resolve-unione.js";
import type { RouterDeps } from "./router-deps.js";

const emptyQuestion: CommandResult = {
  type: "message",
  level: "warning",
  text: "Scrivi la domanda dopo il comando, ad esempio: `/unione chiedi la polizia locale deve essere conferita da tutti i Comuni?`",
};

export async function handleAsk(
  deps: RouterDeps,
  command: Extract<Command, { name: "ask" }>,
  context: RequestContext,
): Promise<CommandResult> {
  if (!command.question.trim()) return emptyQuestion;
  // Naming an Unione narrows the scope to it, and only within what the request may see already.
  const scope: AccessScope = command.unione
    ? { kind: "unione", unione: resolveUnione(deps.records, command.unione, context.scope).id }
    : context.scope;
  // Questions about an Unione's own data are answered from its record and readiness report; the rest from the
  // indexed documents.
  const result =
    answerFromRecords(deps, command.question, scope) ??
    (await deps.ask.ask(command.question, {
      scope,
      history: context.history,
      ...unioniNotAsked(deps, command.question, scope),
    }));
  const answer: CommandResult = { type: "answer", question: command.question, result };
  // Every answer is stored, whatever the transport, so that `unione stats` counts them all; only Slack shows
  // the 👍/👎 buttons that refer to the stored answer.
  const answerId = recordAnswer(deps, command.question, result, context);
  return context.recordAnswer ? { ...answer, answerId } : answer;
}

/**
 * The fictional example Unione shows how a ready Unione looks; its texts never answer a question about the law or
 * about a real Unione. They do when the question, or the channel, is about the example itself.
 * A real Unione's own records (its scheda, its acts) rank below the law and the shared documents when the
 * question names neither it nor one of its Comuni and the channel is not bound to it: "se diamo il SUAP
 * all'Unione possiamo tenere gli sportelli?" asks the rule, not what Terre del Delta did.
 */
function unioniNotAsked(
  deps: RouterDeps,
  question: string,
  scope: AccessScope,
): { excludeUnioni: string[]; demoteUnioni: string[] } {
  const records = deps.records.list();
  const named = new Set(unioniNamedIn(question, records).map((record) => record.id));
  const asked = question.toLowerCase();
  const notAsked = records
    .filter((record) => !(scope.kind === "unione" && scope.unione === record.id))
    .filter((record) => !named.has(record.id));
  return {
    excludeUnioni: notAsked
      .filter((record) => record.example)
      .filter((record) => !asked.includes("esempio") && !asked.includes(record.name.toLowerCase()))
      .map((record) => record.id),
    demoteUnioni: notAsked.filter((record) => !record.example).map((record) => record.id),
  };
}
