/** `/unione stato [unione]` and `/unione storico <unione>`. */
import type { RequestContext } from "../core/types.js";
import type { Command } from "./command.js";
import type { CommandResult } from "./command-result.js";
import { editAllowed } from "./edit-access.js";
import { isVisible, resolveUnione } from "./resolve-unione.js";
import type { RouterDeps } from "./router-deps.js";

const unboundHint =
  "Questo canale non è collegato a nessuna Unione, quindi qui non posso mostrare lo stato di avanzamento. " +
  "Un amministratore può collegarlo con `/unione collega <unione>`; intanto puoi fare domande sulla normativa.";

function missingBoundRecord(unione: string): string {
  return (
    `Questo canale è collegato all'Unione «${unione}», ma i suoi dati non risultano caricati. ` +
    "Un amministratore verifichi il file record.yaml con `unione check` oppure ricolleghi il canale con `/unione collega <unione>`."
  );
}

/**
 * How many facts the Unione's acts propose that the record lacks, for an admin where they may decide them (Slack,
 * the console, the CLI: the status then offers the evidence step); null elsewhere, or when the acts cannot be read
 * right now.
 */
async function newEvidence(deps: RouterDeps, context: RequestContext, id: string): Promise<number | null> {
  if (!editAllowed(context, id)) return null;
  try {
    const run = await deps.evidence.review(id);
    return run.proposals.filter((proposal) => proposal.status === "nuova").length;
  } catch (error) {
    deps.logger.warn({ err: error, unione: id }, "proposte dagli atti non calcolate per lo stato");
    return null;
  }
}

export async function handleStatus(
  deps: RouterDeps,
  command: Extract<Command, { name: "status" }>,
  context: RequestContext,
): Promise<CommandResult> {
  const today = deps.clock?.();
  const view = command.view ? { view: command.view } : {};
  const detail = async (id: string): Promise<CommandResult> => {
    const proposals = command.view?.json ? null : await newEvidence(deps, context, id);
    return {
      type: "status",
      report: deps.status.status(id, today),
      ...view,
      ...(editAllowed(context, id) ? { canEdit: true } : {}),
      ...(proposals ? { newEvidence: proposals } : {}),
    };
  };
  if (command.unione) return detail(resolveUnione(deps.records, command.unione, context.scope).id);
  if (context.scope.kind === "unione") {
    // Exact id only: the status service also matches loose names, and a bound Unione whose record is gone
    // (renamed folder, invalid record.yaml) must not resolve to a similarly named one.
    const bound = deps.records.get(context.scope.unione);
    if (!bound) return { type: "message", level: "warning", text: missingBoundRecord(context.scope.unione) };
    return detail(bound.id);
  }
  const reports = deps.status.summary(context.scope, today);
  // The operator's view lists every Unione, even when there is none yet.
  if (reports.length > 0 || context.scope.kind === "all") return { type: "status-summary", reports, ...view };
  const examples = deps.records.list().filter((record) => isVisible(record, context.scope));
  if (examples.length === 0) return { type: "message", level: "info", text: unboundHint };
  return {
    type: "status-summary",
    reports: examples.map((record) => deps.status.status(record.id, today)),
    notice: `${unboundHint} Qui sotto solo l'Unione di esempio, con dati inventati.`,
    ...view,
  };
}

export function handleHistory(deps: RouterDeps, unione: string | null, context: RequestContext): CommandResult {
  const name = unione ?? (context.scope.kind === "unione" ? context.scope.unione : null);
  if (!name) {
    return {
      type: "message",
      level: "warning",
      text: "Indica l'Unione di cui vuoi lo storico, ad esempio: `/unione storico terre-del-delta`.",
    };
  }
  const record = resolveUnione(deps.records, name, context.scope);
  return {
    type: "history",
    unione: record.id,
    entries: deps.updates.history(record.id),
    comuni: record.comuni.map(({ id, name }) => ({ id, name })),
  };
}
