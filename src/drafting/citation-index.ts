/**
 * What the knowledge base lets a draft cite: every "<short> art. N[ c.M]" found in knowledge/law/*.md, from the
 * front matter `short` (and optional `aliases`) plus the `##` headings that start with a citable unit
 * ("## Art. 24 c.4 — …", "## Art. 30 — …", "## DGR 941/2024 — …"). A citation of "art. 24" is accepted when only
 * comma sections of art. 24 exist; a comma of an article that has a whole-article section is accepted too.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { normalizeName } from "../core/fuzzy-match.js";
import { articleAtStart } from "../core/legal-reference.js";
import { readFrontMatter } from "../knowledge/front-matter.js";
import { readTextFile } from "../knowledge/read-text-file.js";
import { type Citation, canonicalSource, formatCitation, sourceAtStart } from "./legal-citations.js";
import { loadSectorLaws } from "./sector-laws.js";

export interface CitationIndex {
  has(citation: Citation): boolean;
  /** Canonical sources known ("L.R. 21/2012", "D.Lgs. 267/2000", …). */
  sources(): string[];
  /** Every citable unit, formatted like "L.R. 21/2012 art. 24 c.4". */
  units(): string[];
}

/** Per source: article -> commas ("" stands for a section on the whole article). */
type SourceTable = Map<string, Map<string, Set<string>>>;

const headingLine = /^#{2,3}\s+(.*)$/;

export function buildCitationIndex(knowledgeDir: string): CitationIndex {
  const table: SourceTable = new Map();
  const directory = join(knowledgeDir, "law");
  const files = existsSync(directory)
    ? readdirSync(directory)
        .filter((name) => name.endsWith(".md"))
        .sort()
    : [];
  // An unreadable law file (a dangling link) cites nothing; `unione check` reports it once, against the file.
  for (const name of files) addLawFile(table, readTextFile(join(directory, name)).text ?? "");
  // The sector laws and the laws on the form of agreements (knowledge/rules/sector-laws.yaml), with the articles
  // the file lists: an act may cite them, and only those articles.
  for (const law of loadSectorLaws(knowledgeDir).laws) {
    ensure(table, law.source);
    for (const article of law.articles) addUnit(table, law.source, article, "");
  }
  return indexFromTable(table);
}

/** For tests and for callers that already hold the files' text. */
export function citationIndexFromTexts(texts: string[]): CitationIndex {
  const table: SourceTable = new Map();
  for (const text of texts) addLawFile(table, text);
  return indexFromTable(table);
}

function addLawFile(table: SourceTable, text: string): void {
  const document = readFrontMatter(text);
  // A broken front matter names no source: `unione check` reports it; nothing of the file is citable meanwhile.
  if (document.error) return;
  const names = [document.data.short, ...(Array.isArray(document.data.aliases) ? document.data.aliases : [])];
  const fileSources = names.flatMap((name) => (typeof name === "string" ? [canonicalSource(name) ?? name.trim()] : []));
  for (const source of fileSources) ensure(table, source);
  for (const line of document.body.split("\n")) {
    const article = /^#{2,3}\s/.test(line) ? articleAtStart(line.replace(/^#+\s*/, "")) : null;
    if (article) {
      for (const source of fileSources) addUnit(table, source, article.article, article.comma ?? "");
      continue;
    }
    const heading = headingLine.exec(line);
    if (heading) {
      const source = headingSource(heading[1]!);
      if (source) ensure(table, source);
    }
  }
}

/**
 * A heading that starts with a source ("## DGR 941/2024 — PRT 2024-2026") or names a unit before a dash
 * ("## Direttiva Min. PA 14/1/2025 — …", "## Sentenza Corte cost. 33/2019 — …") makes that unit citable.
 */
function headingSource(heading: string): string | null {
  const canonical = sourceAtStart(heading);
  if (canonical) return canonical;
  const parts = heading.split(/\s[—–]\s/);
  return parts.length > 1 && parts[0]!.trim() ? parts[0]!.trim() : null;
}

function ensure(table: SourceTable, source: string): Map<string, Set<string>> {
  let articles = table.get(source);
  if (!articles) {
    articles = new Map();
    table.set(source, articles);
  }
  return articles;
}

function addUnit(table: SourceTable, source: string, article: string, comma: string): void {
  const articles = ensure(table, source);
  const commas = articles.get(article) ?? new Set<string>();
  commas.add(comma);
  articles.set(article, commas);
}

function indexFromTable(table: SourceTable): CitationIndex {
  // Sources without a standard form ("Direttiva Min. PA 14/1/2025") match loosely on their normalized name.
  const byName = new Map([...table.keys()].map((source) => [normalizeName(source), source]));
  const lookup = (source: string) => table.get(source) ?? table.get(byName.get(normalizeName(source)) ?? "");
  const articleKnown = (articles: Map<string, Set<string>>, citation: Citation): boolean => {
    const commas = articles.get(citation.article!);
    if (!commas) return false;
    return citation.comma === null || commas.has(citation.comma) || commas.has("");
  };
  return {
    has(citation) {
      if (citation.source === null) {
        return citation.article !== null && [...table.values()].some((articles) => articleKnown(articles, citation));
      }
      const articles = lookup(citation.source);
      if (!articles) return false;
      return citation.article === null || articleKnown(articles, citation);
    },
    sources: () => [...table.keys()],
    units: () =>
      [...table.entries()].flatMap(([source, articles]) =>
        articles.size === 0
          ? [source]
          : [...articles.entries()].flatMap(([article, commas]) =>
              [...commas].map((comma) => formatCitation({ source, article, comma: comma || null })),
            ),
      ),
  };
}
