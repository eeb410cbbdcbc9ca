/**
 * `/unione evidenze [unione]` and `unione evidence <unione> [--apply]`: the facts an Unione's acts propose, and an
 * admin's decision on one of them ("Conferma" records it as an audited update keeping the act, "Scarta" remembers
 * it so it is not proposed again). Admins only (the router checks), where evidence-access.ts allows.
 */
import type { RequestContext } from "../core/types.js";
import type { Command } from "./command.js";
import type { CommandResult } from "./command-result.js";
import { assertEvidenceAccess } from "./evidence-access.js";
import { auditValueText } from "./history-text.js";
import { resolveUnione } from "./resolve-unione.js";
import type { RouterDeps } from "./router-deps.js";

const usage =
  "Indica l'Unione di cui esaminare gli atti, ad esempio: `/unione evidenze terre-del-delta` (oppure usa il comando nel canale collegato all'Unione).";

export async function handleEvidence(
  deps: RouterDeps,
  command: Extract<Command, { name: "evidence" }>,
  context: RequestContext,
): Promise<CommandResult> {
  const name = command.unione ?? (context.scope.kind === "unione" ? context.scope.unione : null);
  if (!name) return { type: "message", level: "warning", text: usage };
  const record = resolveUnione(deps.records, name, context.scope);
  assertEvidenceAccess(context, record.id, record.name);
  const user = context.user ?? context.transport;
  if (command.decision?.action === "conferma") {
    const { label, entries } = await deps.evidence.confirm(record.id, command.decision.id, user);
    const changes = entries.map(
      (entry) => `${entry.field}: ${auditValueText(entry.oldValue)} → ${auditValueText(entry.newValue)}`,
    );
    return {
      type: "message",
      level: "info",
      text: `Confermato per ${record.name}: ${label.fact} (da atto: ${label.act}). Registrato nello storico: ${changes.join("; ")}.`,
    };
  }
  if (command.decision?.action === "scarta") {
    const { label } = await deps.evidence.discard(record.id, command.decision.id, user);
    return {
      type: "message",
      level: "info",
      text: `Scartato per ${record.name}: ${label.fact} (${label.act}). Non verrà più proposto.`,
    };
  }
  if (command.apply) {
    const { run, applied, refused } = await deps.evidence.applyNew(record.id, user);
    return { type: "evidence", run, application: { applied, refused } };
  }
  return { type: "evidence", run: await deps.evidence.review(record.id) };
}
