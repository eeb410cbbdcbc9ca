/**
 * `npm run bench`: one JSON object per line, each {"metric","value","unit","chunks"} (`cli_startup_ms` rows also
 * name their `command`, real-ingest rows their `files` and `pages`), plus the machine it ran on.
 * `npm run bench -- retrieval|slack|cli|ingest` runs one part.
 * Figures are measurements, not assertions: read them with the machine's noise in mind (2 shared cores).
 */
import { cpus, totalmem } from "node:os";
import type { BenchRow } from "./bench-row.js";
import { runCliStartupBench } from "./cli-startup.js";
import { runRealIngestBench } from "./ingest-real.js";
import { runRetrievalBench } from "./retrieval.js";
import { runSlackBench } from "./slack.js";

function emit(row: BenchRow): void {
  process.stdout.write(`${JSON.stringify({ ...row, value: Math.round(row.value * 100) / 100 })}\n`);
}

async function main(): Promise<void> {
  process.stderr.write(
    `bench: node ${process.version}, ${cpus().length} core, ${Math.round(totalmem() / 2 ** 30)} GiB, ${cpus()[0]?.model ?? "cpu sconosciuta"}\n`,
  );
  const only = process.argv[2];
  if (!only || only === "retrieval") await runRetrievalBench(emit);
  if (!only || only === "slack") await runSlackBench(emit);
  if (!only || only === "ingest") await runRealIngestBench(emit);
  if (!only || only === "cli") await runCliStartupBench(emit);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench fallito: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
