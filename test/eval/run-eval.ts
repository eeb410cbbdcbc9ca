/**
 * Prints recall@5 over test/eval/dev-set-*.yaml (DEV) and test/eval/holdout-set.yaml (HOLDOUT, never tuned on) against an index of knowledge/ plus ../shared/corpus (copied to a
 * temporary folder, never into the repository), and how off-topic questions are handled.
 * Run: npx tsx test/eval/run-eval.ts [--verbose]
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AskService } from "../../src/answering/ask-service.js";
import { createKnowledgePipeline } from "../../src/app/knowledge-pipeline.js";
import { loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/core/logger.js";
import {
  corpusAvailable,
  corpusDir,
  corpusFolder,
  type DevQuestion,
  holdoutPattern,
  loadDevQuestions,
  type SourceLike,
} from "./dev-sets.js";

export const projectKnowledgeDir = join(new URL(".", import.meta.url).pathname, "..", "..", "knowledge");

/** knowledge/ plus the corpus files under documenti/, in a fresh temporary folder. */
export function prepareEvalKnowledge(): string {
  const directory = mkdtempSync(join(tmpdir(), "unione-eval-"));
  cpSync(projectKnowledgeDir, join(directory, "knowledge"), { recursive: true });
  if (corpusAvailable()) {
    for (const folder of readdirSync(corpusDir)) {
      const source = join(corpusDir, folder);
      if (statSync(source).isDirectory())
        cpSync(source, join(directory, "knowledge", corpusFolder), { recursive: true });
    }
  }
  return directory;
}

export interface EvalResult {
  recallAt5: number;
  answerable: number;
  hits: number;
  misses: { question: string; got: SourceLike[] }[];
  perSet: Record<string, { hits: number; total: number }>;
}

export async function evaluateRecall(
  search: (question: string) => Promise<SourceLike[]>,
  questions: DevQuestion[],
): Promise<EvalResult> {
  const result: EvalResult = { recallAt5: 0, answerable: 0, hits: 0, misses: [], perSet: {} };
  for (const question of questions.filter((item) => !item.offtopic)) {
    const sources = (await search(question.question)).slice(0, 5);
    const hit = sources.some((source) => question.answers(source));
    result.perSet[question.set] ??= { hits: 0, total: 0 };
    const set = result.perSet[question.set]!;
    set.total++;
    result.answerable++;
    if (hit) {
      set.hits++;
      result.hits++;
    } else result.misses.push({ question: question.question, got: sources });
  }
  result.recallAt5 = result.answerable ? result.hits / result.answerable : 0;
  return result;
}

export async function evaluateFoundGate(ask: AskService, questions: DevQuestion[]) {
  let correct = 0;
  const wrong: string[] = [];
  for (const question of questions) {
    const result = await ask.ask(question.question, { scope: { kind: "all" } });
    if (result.found === !question.offtopic) correct++;
    else wrong.push(`${question.offtopic ? "off-topic trovato" : "non trovato"}: ${question.question}`);
  }
  return { accuracy: correct / questions.length, wrong };
}

async function report(
  label: string,
  questions: DevQuestion[],
  search: (question: string) => Promise<SourceLike[]>,
  ask: AskService,
  verbose: boolean,
): Promise<void> {
  const recall = await evaluateRecall(search, questions);
  for (const [set, figures] of Object.entries(recall.perSet))
    console.log(`${set}: recall@5 ${figures.hits}/${figures.total} = ${(figures.hits / figures.total).toFixed(3)}`);
  console.log(`${label} recall@5 ${recall.hits}/${recall.answerable} = ${recall.recallAt5.toFixed(3)}`);
  const gate = await evaluateFoundGate(ask, questions);
  console.log(`${label} found/non trovato corretto: ${(gate.accuracy * 100).toFixed(1)}%`);
  if (!verbose) return;
  for (const miss of recall.misses)
    console.log(
      `MANCATA: ${miss.question}\n   ${miss.got.map((source) => `${source.path}|${source.article ?? ""}|p${source.page ?? "-"}`).join("\n   ")}`,
    );
  for (const line of gate.wrong) console.log(`GATE: ${line}`);
}

async function main(): Promise<void> {
  const verbose = process.argv.includes("--verbose");
  if (!corpusAvailable())
    process.stderr.write(`Corpus non trovato in ${corpusDir}: valuto solo le domande su knowledge/.\n`);
  const directory = prepareEvalKnowledge();
  try {
    const config = loadConfig({ knowledge: join(directory, "knowledge"), data: join(directory, "data") }, {});
    const pipeline = await createKnowledgePipeline(config, silentLogger());
    await pipeline.index.ingest();
    const search = (question: string) => pipeline.retriever.search(question, { kind: "all" }, 5);
    const usable = (question: DevQuestion) => corpusAvailable() || !question.corpus;
    for (const [label, questions] of [
      ["DEV", loadDevQuestions().filter(usable)],
      ["HOLDOUT", loadDevQuestions(undefined, holdoutPattern).filter(usable)],
    ] as const) {
      if (questions.length === 0) continue;
      await report(label, questions, search, pipeline.ask, verbose);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
