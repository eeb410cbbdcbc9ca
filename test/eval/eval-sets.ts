/**
 * The evaluation sets (test/eval/sets/<split>-<set>.yaml): questions written by reading the documents, each with
 * where the answer is (`expect`) and the facts the answer text must state (`facts`), or `offtopic: true` when the
 * right reply is "Non ho trovato". The format is documented in test/eval/README.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface SourceLike {
  path: string;
  article: string | null;
  page: number | null;
  unione?: string | null;
}

export interface EvalQuestion {
  id: string;
  /** "dev" or "holdout" (from the file name). */
  split: string;
  /** "law", "acts", "unioni", "offtopic" (from the file name). */
  set: string;
  question: string;
  offtopic: boolean;
  /** "unanswerable" for on-domain questions the documents do not answer. */
  kind: string | null;
  /** Every fact must be stated; a fact is a list of alternative phrasings. */
  facts: string[][];
  /** True when the answer is in a document of ../shared/corpus. */
  corpus: boolean;
  /** True when this source is one of the places that answer. */
  answers(source: SourceLike): boolean;
}

interface RawExpect {
  file?: string;
  page?: number | number[] | null;
  path?: string;
  article?: string | null;
  unione?: string;
}

interface RawEntry {
  id?: string;
  question?: unknown;
  offtopic?: boolean;
  kind?: string;
  expect?: RawExpect | RawExpect[] | null;
  facts?: (string | string[])[];
}

export const evalDir = new URL(".", import.meta.url).pathname;
export const setsDir = join(evalDir, "sets");
/** Where the real documents live when the shared folder is mounted next to the repository. */
export const corpusDir = join(evalDir, "..", "..", "..", "shared", "corpus");

const setFile = /^(dev|holdout)-([a-z]+)\.ya?ml$/;

export function loadEvalQuestions(directory = setsDir): EvalQuestion[] {
  const names = readdirSync(directory);
  // A set file named otherwise ("holdout-s5acts.yaml") would be skipped without a word: it is an error.
  const misnamed = names.filter((name) => /\.ya?ml$/.test(name) && !setFile.test(name));
  if (misnamed.length > 0)
    throw new Error(
      `${misnamed.join(", ")}: il nome di un insieme è <dev|holdout>-<lettere>.yaml (es. dev-actsc.yaml)`,
    );
  const files = names.filter((name) => setFile.test(name)).sort();
  const seen = new Set<string>();
  return files.flatMap((name) => {
    const [, split, set] = setFile.exec(name) as unknown as [string, string, string];
    const entries = (parse(readFileSync(join(directory, name), "utf8")) ?? []) as RawEntry[];
    return entries.map((entry, index) => {
      const question = toQuestion(split, set, entry, `${name}#${index + 1}`);
      if (seen.has(question.id)) throw new Error(`${name}: id ripetuto ${question.id}`);
      seen.add(question.id);
      return question;
    });
  });
}

function toQuestion(split: string, set: string, entry: RawEntry, where: string): EvalQuestion {
  if (typeof entry.question !== "string" || !entry.question.trim()) throw new Error(`${where}: manca "question"`);
  const expects = entry.expect ? [entry.expect].flat() : [];
  const facts = (entry.facts ?? []).map((fact) => [fact].flat().map(String));
  const offtopic = entry.offtopic === true;
  if (!offtopic && (expects.length === 0 || facts.length === 0))
    throw new Error(`${where}: una domanda con risposta vuole "expect" e "facts"`);
  if (offtopic && facts.length > 0) throw new Error(`${where}: una domanda fuori tema non ha "facts"`);
  const matchers = expects.map(matcherOf);
  return {
    id: entry.id ?? where,
    split,
    set,
    question: entry.question.trim(),
    offtopic,
    kind: entry.kind ?? null,
    facts,
    corpus: expects.some((expect) => Boolean(expect.file)),
    answers: (source) => matchers.some((matches) => matches(source)),
  };
}

function matcherOf(expect: RawExpect): (source: SourceLike) => boolean {
  const pages = expect.page === undefined || expect.page === null ? null : [expect.page].flat();
  const article = expect.article ? normaliseArticle(expect.article) : null;
  return (source) => {
    if (expect.unione) return source.unione === expect.unione || source.path.startsWith(`unioni/${expect.unione}/`);
    if (expect.file)
      return (
        source.path.endsWith(`/${expect.file}`) &&
        (pages === null || (source.page !== null && pages.includes(source.page)))
      );
    if (expect.path && source.path !== expect.path) return false;
    return article === null || (source.article !== null && unitStartsWith(normaliseArticle(source.article), article));
  };
}

/** "art. 24" is answered by "art. 24 c.5" but not by "art. 240" or "art. 24-bis". */
function unitStartsWith(unit: string, expected: string): boolean {
  return unit === expected || (unit.startsWith(expected) && /^[\s,]/.test(unit.slice(expected.length)));
}

function normaliseArticle(article: string): string {
  return article
    .toLowerCase()
    .replace(/articolo/g, "art.")
    .replace(/comma\s*/g, "c.")
    .replace(/\s+/g, " ")
    .trim();
}

export function corpusAvailable(): boolean {
  return existsSync(corpusDir);
}
