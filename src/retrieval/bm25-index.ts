/**
 * BM25 keyword index (minisearch) over the Italian analyzer. Documents are identified by their position in the
 * chunk array. Document frequencies are collected while indexing and saved with the index: the answer layer
 * weighs query terms by rarity (idf) to decide whether anything relevant was found.
 */
import MiniSearch from "minisearch";
import type { Chunk } from "../core/types.js";
import { analyze } from "./italian-analyzer.js";
import type { WeightedTerm } from "./synonyms.js";

interface IndexedChunk {
  n: number;
  title: string;
  article: string;
  text: string;
}

export interface KeywordHit {
  position: number;
  score: number;
  /** Query terms found in the passage. */
  terms: string[];
}

export interface Bm25Index {
  search(terms: WeightedTerm[], allow: (position: number) => boolean, limit: number): KeywordHit[];
  documentFrequency(term: string): number;
  readonly documentCount: number;
  toJSON(): { index: string; documentFrequencies: Record<string, number> };
}

const fields = ["title", "article", "text"];
const fieldBoost = { title: 1.5, article: 2, text: 1 };

function options(onText?: (terms: string[]) => void) {
  return {
    idField: "n",
    fields,
    tokenize: (text: string, fieldName?: string) => {
      const terms = analyze(text);
      if (fieldName === "text" && onText) onText(terms);
      return terms;
    },
    processTerm: (term: string) => term,
    searchOptions: { tokenize: (text: string) => text.split(" ").filter(Boolean), processTerm: (term: string) => term },
  };
}

export function buildBm25Index(chunks: readonly Chunk[]): Bm25Index {
  const frequencies = new Map<string, number>();
  const search = new MiniSearch<IndexedChunk>(
    options((terms) => {
      for (const term of new Set(terms)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    }),
  );
  search.addAll(chunks.map((chunk, n) => ({ n, title: chunk.title, article: chunk.article ?? "", text: chunk.text })));
  return wrap(search, frequencies);
}

export function loadBm25Index(saved: { index: string; documentFrequencies: Record<string, number> }): Bm25Index {
  return wrap(MiniSearch.loadJSON<IndexedChunk>(saved.index, options()), new Map(Object.entries(saved.documentFrequencies)));
}

function wrap(search: MiniSearch<IndexedChunk>, frequencies: Map<string, number>): Bm25Index {
  return {
    documentCount: search.documentCount,
    documentFrequency: (term) => frequencies.get(term) ?? 0,
    search(terms, allow, limit) {
      if (terms.length === 0) return [];
      const weights = new Map(terms.map((item) => [item.term, item.weight]));
      const results = search.search(terms.map((item) => item.term).join(" "), {
        boost: fieldBoost,
        boostTerm: (term) => weights.get(term) ?? 1,
        filter: (result) => allow(result.id as number),
      });
      return results.slice(0, limit).map((result) => ({ position: result.id as number, score: result.score, terms: result.queryTerms }));
    },
    toJSON: () => ({ index: JSON.stringify(search), documentFrequencies: Object.fromEntries(frequencies) }),
  };
}
