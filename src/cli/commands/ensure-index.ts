/** Builds the index on first use, so `npm start` and `unione ask` work right after `npm ci`. */
import type { CliContext } from "../cli-context.js";

export async function ensureIndex(context: CliContext): Promise<void> {
  const { index } = await context.container.pipeline();
  if (index.exists()) return;
  context.io.err("Indice assente: lo costruisco ora dalla cartella knowledge (solo la prima volta)…");
  const summary = await index.ingest({ onProgress: (line) => context.io.err(line) });
  context.io.err(`Indice pronto: ${summary.files} file, ${summary.chunks} passaggi.`);
}
