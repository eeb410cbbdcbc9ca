/**
 * Loads the dev sets (test/eval/dev-set-*.yaml) as questions with a predicate over returned sources. Two formats:
 * corpus questions expect {file, page} in ../shared/corpus; knowledge questions expect {path, article?} under
 * knowledge/. `offtopic: true` questions expect "Non ho trovato…".
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface SourceLike {
  path: string;
  article: string | null;
  page: number | null;
}

export interface DevQuestion {
  set: string;
  question: string;
  offtopic: boolean;
  /** True when the expected source is one of the real documents of ../shared/corpus. */
  corpus: boolean;
  /** True when this source answers the question. */
  answers(source: SourceLike): boolean;
}

export const evalDir = new URL(".", import.meta.url).pathname;
/** Where the real documents live when the shared folder is mounted next to the repository. */
export const corpusDir = join(evalDir, "..", "..", "..", "shared", "corpus");
/** Corpus files are placed under this folder of the evaluation's knowledge directory. */
export const corpusFolder = "documenti";

interface RawExpect {
  file?: string;
  page?: number | number[] | null;
  path?: string;
  article?: string | null;
}

interface RawEntry {
  question?: string;
  offtopic?: boolean;
  /** A list when more than one passage answers (any of them counts). */
  expect?: RawExpect | RawExpect[] | null;
}

/** The held-out set: questions written after tuning, never used to choose weights or thresholds. */
export const holdoutPattern = /^holdout-set.*\.ya?ml$/;

export function loadDevQuestions(directory = evalDir, pattern = /^dev-set-.*\.ya?ml$/): DevQuestion[] {
  const files = readdirSync(directory)
    .filter((name) => pattern.test(name))
    .sort();
  return files.flatMap((name) => {
    const entries = (parse(readFileSync(join(directory, name), "utf8")) ?? []) as RawEntry[];
    return entries.filter((entry) => typeof entry.question === "string").map((entry) => toQuestion(name, entry));
  });
}

function toQuestion(set: string, entry: RawEntry): DevQuestion {
  const expects = entry.expect ? [entry.expect].flat() : [];
  const matchers = expects.map(matcherOf);
  return {
    set,
    question: entry.question!,
    offtopic: entry.offtopic === true || expects.length === 0,
    corpus: expects.some((expect) => Boolean(expect.file)) || set.includes("corpus"),
    answers: (source) => matchers.some((matches) => matches(source)),
  };
}

function matcherOf(expect: RawExpect): (source: SourceLike) => boolean {
  const pages = expect.page === undefined || expect.page === null ? null : [expect.page].flat();
  const article = expect.article ? normaliseArticle(expect.article) : null;
  return (source) => {
    if (expect.file)
      return (
        source.path.endsWith(`/${expect.file}`) &&
        (pages === null || (source.page !== null && pages.includes(source.page)))
      );
    if (expect.path && source.path !== expect.path) return false;
    return article === null || (source.article !== null && normaliseArticle(source.article).startsWith(article));
  };
}

function normaliseArticle(article: string): string {
  return article
    .toLowerCase()
    .replace(/articolo/g, "art.")
    .replace(/\s+/g, " ")
    .replace(/comma\s*/g, "c.")
    .trim();
}

export function corpusAvailable(): boolean {
  return existsSync(corpusDir);
}
