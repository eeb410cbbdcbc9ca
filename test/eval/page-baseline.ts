/**
 * The simplest peer the product must beat: plain BM25 (minisearch) with an Italian stemmer and stopwords over
 * whole pages — one document per PDF page, per `##` section of a Markdown file, or per text file. No synonyms, no
 * structure, no answer: only where the answer is, for hit@1 and recall@5 side by side with ours.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import MiniSearch from "minisearch";
import snowball from "snowball-stemmers";
import stopwordList from "stopwords-it" with { type: "json" };
import { unitOfHeading } from "../../src/core/legal-reference.js";
import { listKnowledgeFiles } from "../../src/ingestion/knowledge-files.js";
import type { SourceLike } from "./eval-sets.js";

interface PageDocument extends SourceLike {
  id: number;
  text: string;
}

const stemmer = snowball.newStemmer("italian");
const stopwords = new Set((stopwordList as string[]).map(fold));

function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

function processTerm(term: string): string | null {
  const folded = fold(term);
  return stopwords.has(folded) ? null : stemmer.stem(folded);
}

async function pdfPages(bytes: Buffer): Promise<{ page: number; text: string }[]> {
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).pages.map((page) => ({ page: page.num, text: page.text }));
  } catch {
    return [];
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function markdownSections(text: string): { article: string | null; text: string }[] {
  return text.split(/\n(?=##\s)/).map((section) => {
    const heading = /^##\s+(.*)/.exec(section)?.[1] ?? "";
    return { article: heading ? unitOfHeading(heading) : null, text: section };
  });
}

export interface PageBaseline {
  search(question: string): SourceLike[];
  pages: number;
}

/** PDF pages by content hash, so that a re-run does not parse the corpus again. */
function pageCache(file: string | null) {
  const cached: Record<string, { page: number; text: string }[]> =
    file && existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  return {
    async pages(bytes: Buffer) {
      const hash = createHash("sha256").update(bytes).digest("hex");
      cached[hash] ??= await pdfPages(bytes);
      return cached[hash];
    },
    save: () => file && writeFileSync(file, JSON.stringify(cached)),
  };
}

export async function buildPageBaseline(knowledgeDir: string, cacheFile: string | null = null): Promise<PageBaseline> {
  const cache = pageCache(cacheFile);
  const documents: PageDocument[] = [];
  const add = (path: string, text: string, page: number | null, article: string | null) => {
    const unione = /^unioni\/([^/]+)\//.exec(path)?.[1] ?? null;
    documents.push({ id: documents.length, path, text, page, article, unione });
  };
  for (const file of listKnowledgeFiles(knowledgeDir)) {
    const extension = extname(file.path).toLowerCase();
    if (extension === ".pdf")
      for (const page of await cache.pages(readFileSync(file.absolutePath))) add(file.path, page.text, page.page, null);
    else if (extension === ".md")
      for (const section of markdownSections(readFileSync(file.absolutePath, "utf8")))
        add(file.path, section.text, null, section.article);
    else if (extension === ".txt" || extension === ".rst")
      add(file.path, readFileSync(file.absolutePath, "utf8"), null, null);
  }
  cache.save();
  const index = new MiniSearch<PageDocument>({ fields: ["text"], storeFields: [], processTerm });
  index.addAll(documents);
  return {
    pages: documents.length,
    search(question) {
      return index
        .search(question)
        .slice(0, 5)
        .map((hit) => documents[hit.id as number]!);
    },
  };
}
