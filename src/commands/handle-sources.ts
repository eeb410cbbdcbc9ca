/** `/unione fonti`: the indexed documents the request's scope may read. */
import type { RequestContext } from "../core/types.js";
import type { CommandResult } from "./command-result.js";
import type { RouterDeps } from "./router-deps.js";

function scopeLabel(deps: RouterDeps, context: RequestContext): string {
  if (context.scope.kind === "all") return "tutte le fonti";
  if (context.scope.kind === "public") return "normativa, modelli e documenti comuni";
  const record = deps.records.get(context.scope.unione);
  return `normativa, modelli e documenti di ${record?.name ?? context.scope.unione}`;
}

export async function handleSources(deps: RouterDeps, context: RequestContext): Promise<CommandResult> {
  return { type: "sources", sources: await deps.index.sources(context.scope), scopeLabel: scopeLabel(deps, context) };
}
