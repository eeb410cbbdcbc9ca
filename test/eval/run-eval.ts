/**
 * `npm run eval`: answer quality as the user reads it. Every question goes through the same code as
 * `unione ask --json` (the CLI command, in process), against an index of knowledge/ plus the real documents of
 * ../shared/corpus (copied under data/eval, never into the repository). One JSON line per figure and per split/set:
 * answer_accuracy, hit_at_1, recall_at_5, notfound_on_answerable, notfound_on_offtopic; then the same places for the
 * plain page-BM25 baseline. With a model configured (OPENAI_API_KEY or OPENAI_BASE_URL) the questions run a second
 * time through it, reported with "mode": "llm".
 *
 * Options: --split dev|holdout, --set law|acts|unioni|offtopic, --verbose (failures on stderr),
 * --report FILE (every outcome as JSON), --no-baseline.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type Container, createContainer } from "../../src/app/container.js";
import type { UnioneApp } from "../../src/app/open-app.js";
import { askCommand } from "../../src/cli/commands/ask-command.js";
import { type Config, loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/core/logger.js";
import { indexState } from "../../src/ingestion/index-freshness.js";
import { prepareEvalKnowledge } from "./eval-knowledge.js";
import { corpusAvailable, corpusDir, type EvalQuestion, loadEvalQuestions } from "./eval-sets.js";
import { type AnswerLike, figuresOf, groupOutcomes, judge, type Outcome } from "./metrics.js";
import { buildPageBaseline } from "./page-baseline.js";

interface Row {
  metric: string;
  value: number;
  unit: string;
  split: string;
  set: string;
  mode: string;
  questions: number;
  passages: number;
}

const print = (row: Row) => process.stdout.write(`${JSON.stringify(row)}\n`);

/** The command line's own `ask` command, over an app built from an explicit configuration. */
function evalApp(config: Config): UnioneApp & { pipeline: Container["pipeline"] } {
  const logger = silentLogger();
  const container = createContainer(config, logger);
  return {
    config,
    logger,
    isServer: false,
    router: container.router,
    indexState: () => indexState(container.indexStore()),
    startSlack: async () => undefined,
    close: container.close,
    pipeline: container.pipeline,
  };
}

async function answerAll(
  config: Config,
  questions: EvalQuestion[],
): Promise<{ outcomes: Outcome[]; passages: number }> {
  const app = evalApp(config);
  try {
    const { index, retriever } = await app.pipeline();
    await index.ingest();
    const outcomes: Outcome[] = [];
    for (const question of questions) {
      let output = "";
      const io = { out: (text: string) => (output += text), err: () => undefined, stdin: process.stdin };
      const code = await askCommand([question.question, "--json"], { app, io });
      const reply: AnswerLike =
        code === 0 ? (JSON.parse(output) as AnswerLike) : { answer: "", found: false, sources: [] };
      outcomes.push(judge(question, reply));
    }
    return { outcomes, passages: retriever.statistics().documentCount };
  } finally {
    app.close();
  }
}

function report(outcomes: Outcome[], mode: string, passages: number): void {
  for (const [key, group] of groupOutcomes(outcomes)) {
    const [split, set] = key.split("/") as [string, string];
    for (const figure of figuresOf(group)) print({ ...figure, split, set, mode, passages });
  }
}

function explain(outcomes: Outcome[]): void {
  for (const outcome of outcomes.filter((item) => !item.correct || !item.hitAt1)) {
    const verdict = outcome.correct
      ? "fonte [1] sbagliata"
      : outcome.offtopic
        ? "doveva dire non ho trovato"
        : !outcome.found
          ? "non trovato"
          : `mancano ${outcome.missing.map((fact) => fact.join(" | ")).join("; ")}`;
    process.stderr.write(
      `\n✗ ${outcome.id} (${verdict})\n  D: ${outcome.question}\n  R: ${outcome.answer.replace(/\n/g, "\n     ")}\n  F: ${outcome.sources.join("\n     ")}\n`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: "string" },
      set: { type: "string" },
      verbose: { type: "boolean", default: false },
      report: { type: "string" },
      "no-baseline": { type: "boolean", default: false },
    },
  });
  if (!corpusAvailable())
    process.stderr.write(`Corpus non trovato in ${corpusDir}: le domande sugli atti sono saltate.\n`);
  const questions = loadEvalQuestions().filter(
    (question) =>
      (!values.split || question.split === values.split) &&
      (!values.set || question.set === values.set) &&
      (corpusAvailable() || !question.corpus),
  );
  const { knowledgeDir, dataDir } = prepareEvalKnowledge();
  const offline = loadConfig({ knowledge: knowledgeDir, data: dataDir }, {});
  const { outcomes, passages } = await answerAll(offline, questions);
  report(outcomes, "extractive", passages);
  const all = [...outcomes];
  const withModel = loadConfig({ knowledge: knowledgeDir, data: dataDir });
  if (withModel.llm.enabled) {
    const model = await answerAll(withModel, questions);
    report(model.outcomes, "llm", model.passages);
    all.push(...model.outcomes);
  }
  if (!values["no-baseline"]) {
    const baseline = await buildPageBaseline(knowledgeDir, join(dataDir, "..", "baseline-pages.json"));
    const baselineOutcomes = questions.map((question) =>
      judge(question, { answer: "", found: true, sources: baseline.search(question.question) }),
    );
    for (const [key, group] of groupOutcomes(baselineOutcomes)) {
      const [split, set] = key.split("/") as [string, string];
      for (const figure of figuresOf(group).filter(
        (item) => item.metric === "hit_at_1" || item.metric === "recall_at_5",
      )) {
        print({
          ...figure,
          metric: `baseline_${figure.metric}`,
          split,
          set,
          mode: "page-bm25",
          passages: baseline.pages,
        });
      }
    }
  }
  if (values.verbose) explain(outcomes);
  if (values.report) writeFileSync(values.report, JSON.stringify(all, null, 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
