/**
 * Builds the index on first use, so `npm start` and `unione ask` work right after `npm ci`, and rebuilds one built
 * by an earlier version of the program, whose terms no longer match how questions are read.
 */
import { formatCount, formatNumber } from "../../core/italian-format.js";
import { type CliContext, operatorRequest } from "../cli-context.js";

export async function ensureIndex(context: CliContext): Promise<void> {
  const state = context.app.indexState();
  if (state === "current") return;
  context.io.err(
    state === "missing"
      ? "Indice assente: lo costruisco ora dalla cartella knowledge (solo la prima volta)…"
      : "L'indice è stato costruito da una versione precedente del programma: lo ricostruisco ora dalla cartella knowledge…",
  );
  const result = await context.app
    .router()
    .execute({ name: "reindex", onProgress: (line) => context.io.err(line) }, operatorRequest());
  if (result.type !== "reindex") return;
  context.io.err(
    `Indice pronto: ${formatNumber(result.summary.files)} file, ${formatCount(result.summary.chunks, "passaggio", "passaggi")}.`,
  );
}
