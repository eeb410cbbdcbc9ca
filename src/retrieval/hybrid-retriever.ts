/** The Retriever port over the live index generation, plus the details the answer layer needs. */
import { scopeAllows } from "../core/access.js";
import { UnioneError } from "../core/errors.js";
import type { AccessScope, Source } from "../core/types.js";
import type { DetailedSearch, SearchFilter } from "./hybrid-index.js";
import type { IndexHolder } from "./index-holder.js";
import type { Retriever } from "./retriever.js";

export interface HybridRetriever extends Retriever {
  searchDetailed(query: string, scope: AccessScope, topK: number, filter?: SearchFilter): Promise<DetailedSearch>;
  /** Document frequencies of the live index, for idf weighting. */
  statistics(): { documentCount: number; documentFrequency(term: string): number };
}

const defaultTopK = 5;
const maxTopK = 50;

export function createHybridRetriever(holder: IndexHolder): HybridRetriever {
  const live = () => {
    const index = holder.current();
    if (!index)
      throw new UnioneError("INDEX_MISSING", "L'indice dei documenti non esiste ancora: esegui prima `unione ingest`.");
    return index;
  };
  const searchDetailed = async (
    query: string,
    scope: AccessScope,
    topK: number,
    filter: SearchFilter = {},
  ): Promise<DetailedSearch> => {
    const result = await live().search(query, scope, Math.min(Math.max(1, topK), maxTopK), filter);
    // Defence in depth: the filter already ran inside both searches.
    const allowed = result.sources.map((source) => scopeAllows(scope, source.unione));
    return {
      ...result,
      sources: result.sources.filter((_source, index) => allowed[index]),
      matchedTerms: result.matchedTerms.filter((_terms, index) => allowed[index]),
      units: result.units.filter((_unit, index) => allowed[index]),
    };
  };
  return {
    searchDetailed,
    async search(query: string, scope: AccessScope, topK = defaultTopK): Promise<Source[]> {
      return (await searchDetailed(query, scope, topK)).sources;
    },
    statistics() {
      const { keywords } = live();
      return {
        documentCount: keywords.documentCount,
        documentFrequency: (term: string) => keywords.documentFrequency(term),
      };
    },
  };
}
