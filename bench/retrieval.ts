/**
 * Retrieval figures for `npm run bench`: ingest speed, unchanged re-ingest, search latency at 1k/10k/100k
 * synthetic chunks, extractive ask latency and RSS at 10k, dev-set recall@5 against a naive LangChain baseline.
 * The 100k case builds its indexes in memory with a cheaper HNSW construction (efConstruction 40) to keep the
 * bench within a few minutes on 2 cores; search settings (ef 64) are the production ones.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAskService } from "../src/answering/ask-service.js";
import { createKnowledgePipeline, defaultPromptsDir } from "../src/app/knowledge-pipeline.js";
import { loadConfig } from "../src/config/config.js";
import { silentLogger } from "../src/core/logger.js";
import type { Chunk } from "../src/core/types.js";
import { type Bm25Index, buildBm25Index } from "../src/index-format/bm25-index.js";
import { createHashingEmbedder } from "../src/index-format/hashing-embedder.js";
import { createIndexStore, indexFormatVersion } from "../src/index-format/index-store.js";
import { buildVectorIndex, type VectorIndex } from "../src/index-format/vector-index.js";
import { chunkerVersion } from "../src/ingestion/chunker.js";
import { listKnowledgeFiles } from "../src/ingestion/knowledge-files.js";
import { loadDocument } from "../src/ingestion/load-document.js";
import { createHybridIndex } from "../src/retrieval/hybrid-index.js";
import { createHybridRetriever } from "../src/retrieval/hybrid-retriever.js";
import { builtinSynonymGroups, createSynonymExpander } from "../src/retrieval/synonyms.js";
import { prepareEvalKnowledge, projectKnowledgeDir } from "../test/eval/eval-knowledge.js";
import { type EvalQuestion, loadEvalQuestions, type SourceLike } from "../test/eval/eval-sets.js";
import { makePdf } from "../test/support/make-pdf.js";
import type { Emit } from "./bench-row.js";
import { buildBaseline } from "./retrieval-baseline.js";
import { seededRandom, syntheticPassage, syntheticQueries } from "./retrieval-synthetic.js";

const embedder = createHashingEmbedder();
const expander = createSynonymExpander(builtinSynonymGroups);

export async function runRetrievalBench(emit: Emit): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), "unione-bench-"));
  try {
    // The 10k figures (including RSS) come first, before PDF parsing and the 100k case have grown the heap.
    for (const size of [1_000, 10_000]) await benchSearch(emit, size);
    await benchIngest(emit, scratch);
    await benchReingest(emit, scratch);
    await benchSearch(emit, 100_000);
    await benchRecall(emit);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function benchIngest(emit: Emit, scratch: string): Promise<void> {
  const knowledgeDir = join(scratch, "generated");
  const random = seededRandom(7);

  mkdirSync(join(knowledgeDir, "documenti"), { recursive: true });
  for (let file = 0; file < 25; file++) {
    const pages = Array.from(
      { length: 20 },
      (_page, index) => `Articolo ${index + 1} - Disposizioni\n${syntheticPassage(random, 14)}`,
    );
    writeFileSync(join(knowledgeDir, "documenti", `delibera-${file}.pdf`), await makePdf(pages));
  }
  const pipeline = await createKnowledgePipeline(
    loadConfig({ knowledge: knowledgeDir, data: join(scratch, "data-generated") }, {}),
    silentLogger(),
    { chatModel: null },
  );
  const started = performance.now();
  const summary = await pipeline.index.ingest();
  emit({
    metric: "ingest_pages_per_s",
    value: summary.pages / ((performance.now() - started) / 1000),
    unit: "pages/s",
    chunks: summary.chunks,
  });
}

async function benchReingest(emit: Emit, scratch: string): Promise<void> {
  const config = loadConfig({ knowledge: projectKnowledgeDir, data: join(scratch, "data-default") }, {});
  const pipeline = await createKnowledgePipeline(config, silentLogger(), { chatModel: null });
  await pipeline.index.ingest();
  const started = performance.now();
  const summary = await pipeline.index.ingest();
  emit({ metric: "reingest_unchanged_ms", value: performance.now() - started, unit: "ms", chunks: summary.chunks });
}

function syntheticChunks(size: number): Chunk[] {
  const random = seededRandom(size);
  return Array.from({ length: size }, (_value, index) => ({
    id: `synthetic/${Math.floor(index / 20)}.pdf#${index}`,
    path: `synthetic/${Math.floor(index / 20)}.pdf`,
    title: `Delibera sintetica ${Math.floor(index / 20)}`,
    kind: "document" as const,
    unione: index % 10 === 0 ? "terre-del-delta" : null,
    article: `art. ${(index % 30) + 1}`,
    page: (index % 20) + 1,
    text: syntheticPassage(random, 6),
  }));
}

async function benchSearch(emit: Emit, size: number): Promise<void> {
  const chunks = syntheticChunks(size);
  const vectors = await embedder.embedDocuments(chunks.map((chunk) => chunk.text));
  const keywords = buildBm25Index(chunks);
  const vectorIndex = buildVectorIndex(
    vectors,
    embedder.dimensions,
    size > 20_000 ? { efConstruction: 40, m: 12 } : {},
  );
  const index = createHybridIndex(
    { generation: "bench", chunks, keywords, vectors: vectorIndex },
    { embedder, expander },
  );
  const retriever = createHybridRetriever({ current: () => index });
  const scope = { kind: "unione", unione: "terre-d-acqua" } as const;
  const search = await timings(200, (round) =>
    retriever.search(syntheticQueries[round % syntheticQueries.length]!, scope, 5),
  );
  emit({ metric: "search_p50_ms", value: percentile(search, 50), unit: "ms", chunks: size });
  emit({ metric: "search_p95_ms", value: percentile(search, 95), unit: "ms", chunks: size });
  if (size !== 10_000) return;
  const ask = createAskService({ retriever, chatModel: null, promptsDir: defaultPromptsDir, logger: silentLogger() });
  const asks = await timings(100, (round) => ask.ask(syntheticQueries[round % syntheticQueries.length]!, { scope }));
  emit({ metric: "ask_extractive_p50_ms", value: percentile(asks, 50), unit: "ms", chunks: size });
  emit({ metric: "ask_extractive_p95_ms", value: percentile(asks, 95), unit: "ms", chunks: size });
  emit({ metric: "rss_mb", value: await servingRss(chunks, vectors, vectorIndex, keywords), unit: "MB", chunks: size });
  const baseline = await buildBaseline(
    chunks.map((chunk) => ({ text: chunk.text, path: chunk.path, page: chunk.page })),
    embedder,
  );
  const baselineSearch = await timings(200, (round) =>
    baseline.search(syntheticQueries[round % syntheticQueries.length]!),
  );
  emit({
    metric: "baseline_search_p50_ms",
    value: percentile(baselineSearch, 50),
    unit: "ms",
    chunks: baseline.chunks,
  });
}

/** Share of the answerable dev questions whose answering passage is among the first five. */
async function recallAt5(
  search: (question: string) => Promise<SourceLike[]>,
  questions: EvalQuestion[],
): Promise<number> {
  let hits = 0;
  for (const question of questions)
    if ((await search(question.question)).slice(0, 5).some((source) => question.answers(source))) hits++;
  return questions.length ? hits / questions.length : 0;
}

async function benchRecall(emit: Emit): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), "unione-bench-eval-"));
  try {
    const { knowledgeDir, dataDir } = prepareEvalKnowledge(directory);
    const pipeline = await createKnowledgePipeline(
      loadConfig({ knowledge: knowledgeDir, data: dataDir }, {}),
      silentLogger(),
      { chatModel: null },
    );
    const summary = await pipeline.index.ingest();
    const questions = loadEvalQuestions().filter((question) => question.split === "dev" && !question.offtopic);
    const ours = await recallAt5((question) => pipeline.retriever.search(question, { kind: "all" }, 5), questions);
    emit({ metric: "dev_recall_at_5", value: ours, unit: "ratio", chunks: summary.chunks });
    const units = [];
    for (const file of listKnowledgeFiles(knowledgeDir)) {
      try {
        const document = await loadDocument(readFileSync(file.absolutePath), file.path);
        units.push(...document.units.map((unit) => ({ text: unit.text, path: file.path, page: unit.page })));
      } catch {
        // The baseline skips unreadable files too.
      }
    }
    const baseline = await buildBaseline(units, embedder);
    const theirs = await recallAt5((question) => baseline.search(question, 5), questions);
    emit({ metric: "baseline_dev_recall_at_5", value: theirs, unit: "ratio", chunks: baseline.chunks });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Writes the index as ingest would, then measures a fresh process that loads it and answers questions. */
async function servingRss(
  chunks: Chunk[],
  vectors: Float32Array[],
  vectorIndex: VectorIndex,
  keywords: Bm25Index,
): Promise<number> {
  const directory = mkdtempSync(join(tmpdir(), "unione-bench-rss-"));
  try {
    const manifest = {
      formatVersion: indexFormatVersion,
      chunker: chunkerVersion,
      embedder: { id: embedder.id, dimensions: embedder.dimensions },
      createdAt: new Date().toISOString(),
      chunkCount: chunks.length,
      files: {},
    };
    createIndexStore(join(directory, "data")).write({
      manifest,
      chunks,
      vectors,
      keywords: keywords.toJSON(),
      saveVectorIndex: vectorIndex.save,
    });
    mkdirSync(join(directory, "knowledge"));
    const child = join(import.meta.dirname, "retrieval-rss-child.ts");
    const output = execFileSync(
      process.execPath,
      ["--import", "tsx", child, join(directory, "knowledge"), join(directory, "data")],
      { encoding: "utf8" },
    );
    return (JSON.parse(output.trim().split("\n").at(-1)!) as { rssMb: number }).rssMb;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function timings(rounds: number, task: (round: number) => Promise<unknown>): Promise<number[]> {
  for (let round = 0; round < 5; round++) await task(round);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await task(round);
    samples.push(performance.now() - started);
  }
  return samples;
}

function percentile(samples: number[], rank: number): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor((rank / 100) * sorted.length))] ?? 0;
}
