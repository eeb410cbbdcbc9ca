/** Builds the index on first use, so `npm start` and `unione ask` work right after `npm ci`. */
import { formatCount, formatNumber } from "../../core/italian-format.js";
import { type CliContext, operatorRequest } from "../cli-context.js";

export async function ensureIndex(context: CliContext): Promise<void> {
  if (context.app.indexExists()) return;
  context.io.err("Indice assente: lo costruisco ora dalla cartella knowledge (solo la prima volta)…");
  const result = await context.app
    .router()
    .execute({ name: "reindex", onProgress: (line) => context.io.err(line) }, operatorRequest());
  if (result.type !== "reindex") return;
  context.io.err(
    `Indice pronto: ${formatNumber(result.summary.files)} file, ${formatCount(result.summary.chunks, "passaggio", "passaggi")}.`,
  );
}
